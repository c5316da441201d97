// `npm run bench`, in the browser: Tifa's content script in headless Chromium
// on a news page around a 20 000-character article, on the 1 MB page of the
// load tests and on a portal page (menus, sidebars, comments and frames around
// a 3,000-character article), against two baselines in the same browser
// without the extension, each given the mentions Tifa paints: the classic
// approach (a page script has mark.js 8.11.1 wrap them in <mark> elements) and
// the least the Highlight API costs (a page script registers their ranges,
// Tifa's style sheet in the page from the start), the floor Tifa's goals are
// ratios to; the least an extension costs doing the same from its content
// script (the extension floor: the platform's share of Tifa's cost); what Tifa costs a page it does not work on (an English page);
// and what Tifa costs the page: the content script's size, the JS heap it
// keeps, the layout and style work it adds.
// Main-thread figures come from a trace of each load (main-thread.ts);
// every figure is the median of a few loads, each in a fresh tab. Prints
// figures; never fails on speed.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, CDPSession } from 'playwright-core';
import { formatTable } from '../../lib/cli/table';
import type { Mention } from '../../lib/extract';
import { type Chromium, launchChromium, launchTifa, type TifaBrowser } from '../e2e/harness/browser';
import { extractIn, openPopup } from '../e2e/harness/extension';
import { recordedLongTasks } from '../e2e/harness/long-tasks';
import { EXTENSION_DIR } from '../e2e/harness/paths';
import { startServer, type StaticServer } from '../e2e/harness/server';
import {
  type BenchPage,
  BASELINES,
  type Baseline,
  baselineRoutes,
  benchPages,
  extensionFloorFiles,
  extensionFloorRoutes,
  openAndWait,
  type PageKey,
  pageRoutes,
  type Passed,
  SKIPPED_PAGE,
} from './browser-pages';
import { CONTENT_SCRIPT, LANGUAGE_PROBE } from '../../lib/background/injection';
import { PAINT_ALL_UP_TO } from '../../lib/dom/highlight';
import { fixed, int } from './format';
import { BASELINE_PHASES, baselineWork, type MainThreadWork, SETTLE_MS, skippedWork, TIFA_PHASES, tifaWork } from './main-thread';
import { median } from './measure';
import { startTrace, type TraceEvent } from './trace';

/** Loads of each page per job; the 1 MB page takes seconds a load, mark.js there ten times more. */
const RUNS: Record<PageKey, number> = { article20k: 5, page1m: 3, portal: 5 };
const SKIPPED_RUNS = 5;

// The issue's goals: main-thread time as a ratio to the Highlight API given the
// ranges in the same run (absolute times are context), the longest task, what a
// page Tifa skips pays, and the size of what the manifest injects everywhere.
const GOALS = {
  article20kFloorRatio: 1.5,
  page1mLongestTaskMs: 50,
  page1mFloorRatio: 2,
  skippedPageMainThreadMs: 3,
  contentScriptGzipBytes: 60 * 1024,
};

/** The Performance domain's counters over the page's life, its load included. */
export interface PageCost {
  layoutCount: number;
  recalcStyleCount: number;
  layoutMs: number;
  recalcStyleMs: number;
  /** JS heap in use after the work and a forced garbage collection. */
  heapUsedBytes: number;
}

export interface JobFigures extends PageCost {
  chars: number;
  mentions: number;
  paintedMs: number;
  mainThreadMs: number;
  /** The longest top-level task in the job's span, from the trace. */
  longestTaskMs: number;
  longestTaskPhase: string;
  /** Tasks over 50 ms the page's PerformanceObserver saw from the job's start, and the longest of them. */
  longTasks: number;
  longestLongTaskMs: number;
  gcMs: number;
  compileMs: number;
  codeMs: number;
  /** Tasks in the job's span that are not the job's (main-thread.ts). */
  uncountedMs: number;
  /** Median of each phase on its own: they need not add up to mainThreadMs. */
  phasesMs: Record<string, number>;
  /** The style and layout work in the job's own tasks (the page's counters above include its load). */
  ownRendering: Omit<PageCost, 'heapUsedBytes'>;
  runs: number;
}

export interface TifaFigures extends JobFigures {
  /** Heap in use against the same page in the browser without the extension. */
  heapAddedBytes: number;
  /** Tifa's main-thread time over that of the Highlight API given the ranges, in the same run. */
  floorRatio: number;
  /** Tifa's main-thread time over that of the extension floor, in the same run. */
  extensionFloorRatio: number;
}

/** Tifa on a page it does not work on: from evaluating its first script there (the language probe) to SETTLE_MS after the page was marked skipped. */
export interface SkippedFigures {
  mainThreadMs: number;
  longestTaskMs: number;
  /** From evaluating its first script to the page marked skipped. */
  skippedMs: number;
  compileMs: number;
  codeMs: number;
  uncountedMs: number;
  runs: number;
}

interface ScriptFiles {
  files: string[];
  bytes: number;
  /** Each file gzipped (-9), summed. */
  gzipBytes: number;
}

export interface Goal {
  goal: string;
  unit: 'ratio' | 'ms' | 'bytes';
  target: number;
  measured: number;
  met: boolean;
  /** A ratio goal's two times, ms. */
  of?: { tifaMs: number; floorMs: number };
}

/** Top-level keys of results.json (a type, not an interface, so that it is a Record<string, unknown>). */
export type BrowserBench = {
  browser: Record<PageKey, TifaFigures> & { version: string; extensionDir: string; skippedPage: SkippedFigures };
  markjs: Record<PageKey, JobFigures>;
  highlights: Record<PageKey, JobFigures>;
  /** The Highlight API given the ranges, from an extension's content script (browser-pages.ts, extensionFloorFiles). */
  extensionFloor: Record<PageKey, JobFigures & { floorRatio: number }>;
  noExtension: Record<PageKey, PageCost>;
  /** The scripts every page of a site switched on runs; `chinese`: the content script loaded where the page is Chinese; `lazy`: the scripts it may import (web_accessible_resources). */
  contentScript: ScriptFiles & { chinese: ScriptFiles; lazy: ScriptFiles };
  goals: Goal[];
};

type Job = 'tifa' | 'skipped' | 'extension' | Baseline | 'none';

interface Load {
  events: TraceEvent[];
  outcome: unknown;
  cost: PageCost;
  /** Long tasks (over 50 ms) the page saw from the job's start. */
  longTaskMs: number[];
}

async function metrics(cdp: CDPSession): Promise<Map<string, number>> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return new Map(list.map((m) => [m.name, m.value]));
}

/** Jobs that report as Tifa does, through the state on <html>. */
const isTifa = (job: Job): boolean => job === 'tifa' || job === 'skipped' || job === 'extension';

/** One load of `url` in a fresh tab, traced unless no job runs on it. */
async function load(context: BrowserContext, url: string, job: Job): Promise<Load> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const stopTrace = job === 'none' ? null : await startTrace(cdp);
    const outcome = await openAndWait(page, url, isTifa(job) ? 'passed' : job === 'none' ? 'loaded' : 'marked');
    // Tifa records the page after painting, and frames follow either job: all in the span.
    await page.waitForTimeout(SETTLE_MS + 200);
    // A frame and a task later, a long last frame (mark.js on the 1 MB page) is whole in the trace.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
    const events = stopTrace ? await stopTrace() : [];
    const m = await metrics(cdp);
    const { all, workingAt } = await recordedLongTasks(page);
    const since = isTifa(job)
      ? (workingAt ?? 0)
      : job === 'none'
        ? 0
        : await page.evaluate(() => performance.getEntriesByName('baseline-start')[0]?.startTime ?? 0);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await metrics(cdp);
    return {
      events,
      outcome,
      cost: {
        layoutCount: m.get('LayoutCount') ?? 0,
        recalcStyleCount: m.get('RecalcStyleCount') ?? 0,
        layoutMs: (m.get('LayoutDuration') ?? 0) * 1000,
        recalcStyleMs: (m.get('RecalcStyleDuration') ?? 0) * 1000,
        heapUsedBytes: heap.get('JSHeapUsedSize') ?? 0,
      },
      longTaskMs: all.filter((t) => t.start + t.duration >= since).map((t) => t.duration),
    };
  } finally {
    await page.close();
  }
}

interface JobRun {
  work: MainThreadWork<string>;
  cost: PageCost;
  longTaskMs: number[];
}

async function runTifa(browser: TifaBrowser, site: StaticServer, p: BenchPage, expected: number): Promise<JobRun> {
  const url = site.url(p.path);
  const { events, outcome, cost, longTaskMs } = await load(browser.context, url, 'tifa');
  const { state, mentions, ranges } = outcome as Passed;
  // Past PAINT_ALL_UP_TO, only the mentions near the viewport are registered.
  const rangesOk = expected <= PAINT_ALL_UP_TO ? ranges === expected : ranges > 0 && ranges < expected;
  if (state !== 'done' || mentions !== expected || !rangesOk) {
    throw new Error(`Tifa ended ${state}, reported ${mentions} mentions and registered ${ranges} ranges on the ${p.label}; extract() finds ${expected}`);
  }
  return { work: tifaWork(events, url), cost, longTaskMs };
}

async function runExtensionFloor(floor: Chromium, floorSite: StaticServer, p: BenchPage, expected: number): Promise<JobRun> {
  const url = floorSite.url(p.extensionFloorPath);
  const { events, outcome, cost, longTaskMs } = await load(floor.context, url, 'extension');
  const { state, mentions, ranges } = outcome as Passed;
  if (state !== 'done' || mentions !== expected || ranges !== expected) {
    throw new Error(`the extension floor ended ${state}, made ${mentions} marks and registered ${ranges} ranges on the ${p.label}; ${expected} expected`);
  }
  return { work: tifaWork(events, url), cost, longTaskMs };
}

async function runSkipped(browser: TifaBrowser, site: StaticServer): Promise<MainThreadWork<string>> {
  const url = site.url(SKIPPED_PAGE.path);
  const { events, outcome } = await load(browser.context, url, 'skipped');
  const { state } = outcome as Passed;
  if (state !== 'skipped') throw new Error(`Tifa ended ${state} on the ${SKIPPED_PAGE.label}; skipped expected`);
  return skippedWork(events, url);
}

async function runBaseline(baseline: Baseline, plain: Chromium, baselineSite: StaticServer, p: BenchPage, expected: number): Promise<JobRun> {
  const url = baselineSite.url(p.baselinePath[baseline]);
  const { events, outcome, cost, longTaskMs } = await load(plain.context, url, baseline);
  const { marks, refused } = outcome as { marks: number; refused: number };
  if (marks !== expected || refused > 0) throw new Error(`${BASELINES[baseline]} made ${marks} marks (${refused} ranges refused) on the ${p.label}; ${expected} expected`);
  return { work: baselineWork(events, url), cost, longTaskMs };
}

/** Median, to a tenth (ms) or a unit (counts, bytes). */
const med1 = (xs: readonly number[]): number => Number(median(xs).toFixed(1));
const med0 = (xs: readonly number[]): number => Math.round(median(xs));

const costOf = (runs: readonly { cost: PageCost }[]): PageCost => ({
  layoutCount: med0(runs.map((r) => r.cost.layoutCount)),
  recalcStyleCount: med0(runs.map((r) => r.cost.recalcStyleCount)),
  layoutMs: med1(runs.map((r) => r.cost.layoutMs)),
  recalcStyleMs: med1(runs.map((r) => r.cost.recalcStyleMs)),
  heapUsedBytes: med0(runs.map((r) => r.cost.heapUsedBytes)),
});

function figures(p: BenchPage, mentions: number, runs: readonly JobRun[]): JobFigures {
  const med = (pick: (w: MainThreadWork<string>) => number): number => med1(runs.map((r) => pick(r.work)));
  // The phase of the longest task in the run whose longest task is the median one.
  const byLongest = [...runs].sort((a, b) => a.work.longestTaskMs - b.work.longestTaskMs);
  return {
    chars: p.text.length,
    mentions,
    paintedMs: med((w) => w.paintedMs),
    mainThreadMs: med((w) => w.mainThreadMs),
    longestTaskMs: med((w) => w.longestTaskMs),
    longestTaskPhase: byLongest[byLongest.length >> 1]!.work.longestTaskPhase,
    longTasks: med0(runs.map((r) => r.longTaskMs.length)),
    longestLongTaskMs: med1(runs.map((r) => Math.max(0, ...r.longTaskMs))),
    gcMs: med((w) => w.gcMs),
    compileMs: med((w) => w.compileMs),
    codeMs: med((w) => w.codeMs),
    uncountedMs: med((w) => w.uncountedMs),
    phasesMs: Object.fromEntries(Object.keys(runs[0]!.work.phases).map((phase) => [phase, med((w) => w.phases[phase] ?? 0)])),
    ownRendering: {
      layoutCount: med0(runs.map((r) => r.work.rendering.layoutCount)),
      recalcStyleCount: med0(runs.map((r) => r.work.rendering.recalcStyleCount)),
      layoutMs: med((w) => w.rendering.layoutMs),
      recalcStyleMs: med((w) => w.rendering.recalcStyleMs),
    },
    ...costOf(runs),
    runs: runs.length,
  };
}

function skippedFigures(runs: readonly MainThreadWork<string>[]): SkippedFigures {
  const med = (pick: (w: MainThreadWork<string>) => number): number => med1(runs.map(pick));
  return {
    mainThreadMs: med((w) => w.mainThreadMs),
    longestTaskMs: med((w) => w.longestTaskMs),
    skippedMs: med((w) => w.paintedMs),
    compileMs: med((w) => w.compileMs),
    codeMs: med((w) => w.codeMs),
    uncountedMs: med((w) => w.uncountedMs),
    runs: runs.length,
  };
}

function scriptFiles(files: string[]): ScriptFiles {
  const bodies = files.map((f) => readFileSync(join(EXTENSION_DIR, f)));
  return {
    files,
    bytes: bodies.reduce((n, b) => n + b.length, 0),
    gzipBytes: bodies.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0),
  };
}

/** A web_accessible_resources pattern as a test of a path in the build: `*` matches any characters, `/` included. */
const resourcePattern = (pattern: string): RegExp =>
  new RegExp(`^${pattern.replace(/^\//, '').split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);

/**
 * The scripts of a page's start, as shipped and gzipped (-9): the probe the
 * background runs on every page of a site switched on, the content script it
 * loads where the page is Chinese (lib/background/injection.ts), and the
 * scripts that imports (web_accessible_resources). Any script the manifest
 * itself injects is counted with the probe: every page would run it.
 */
function contentScriptSize(): BrowserBench['contentScript'] {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
    content_scripts?: { js?: string[] }[];
    web_accessible_resources?: { resources?: string[] }[];
  };
  const file = (path: string): string => path.replace(/^\//, '');
  const everyPage = [file(LANGUAGE_PROBE), ...new Set((manifest.content_scripts ?? []).flatMap((c) => c.js ?? []))];
  const chinese = [file(CONTENT_SCRIPT)];
  const patterns = (manifest.web_accessible_resources ?? []).flatMap((w) => w.resources ?? []).map(resourcePattern);
  const lazy = readdirSync(EXTENSION_DIR, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.js') && ![...everyPage, ...chinese].includes(f) && patterns.some((p) => p.test(f)))
    .sort();
  return { ...scriptFiles(everyPage), chinese: scriptFiles(chinese), lazy: scriptFiles(lazy) };
}

const ms = (x: number): string => fixed(x, 1);
const kib = (bytes: number): string => `${fixed(bytes / 1024, 1)} KiB`;
const mib = (bytes: number): string => `${fixed(bytes / 1024 / 1024, 2)} MiB`;
const times = (x: number): string => `${fixed(x, 2)}×`;

const EXTENSION_FLOOR = 'extension floor';

type TifaPhase = (typeof TIFA_PHASES)[number];
type BaselinePhase = (typeof BASELINE_PHASES)[number];

// Tifa's phases beside the Highlight API's: the call that registers the ranges is its paint.
const PHASE_ROWS: readonly [string, TifaPhase, BaselinePhase | null][] = [
  ['start-up', 'start-up', null],
  ['loading code', 'loading code', null],
  ['article and ranges', 'article and ranges', null],
  ['paint / the call', 'paint', 'call'],
  ['rendering', 'rendering', 'rendering'],
  ['after the paint', 'after', 'after'],
];

function printAgainstFloor(result: BrowserBench, pages: readonly BenchPage[]): void {
  const { browser, highlights, extensionFloor } = result;
  console.log(`\nTifa against the ${BASELINES.highlights} and the ${EXTENSION_FLOOR}, phase by phase (ms, median of each phase; totals are medians of totals)`);
  const each = (f: (p: BenchPage) => [string, string, string]): string[] => pages.flatMap(f);
  const all = (pick: (f: JobFigures) => number): string[] => each((p) => [ms(pick(browser[p.key])), ms(pick(highlights[p.key])), ms(pick(extensionFloor[p.key]))]);
  console.log(
    formatTable(
      ['phase', ...pages.flatMap((p) => [`${p.label}: Tifa`, 'Highlight API', 'extension'])],
      [
        ...PHASE_ROWS.map(([label, tifa, floor]) => [
          label,
          ...each((p) => [
            ms(browser[p.key].phasesMs[tifa] ?? 0),
            floor ? ms(highlights[p.key].phasesMs[floor] ?? 0) : '',
            ms(extensionFloor[p.key].phasesMs[tifa] ?? 0),
          ]),
        ]),
        ['total', ...all((f) => f.mainThreadMs)],
        ['ratio of totals to the Highlight API', ...each((p) => [times(browser[p.key].floorRatio), '', times(extensionFloor[p.key].floorRatio)])],
        ['ratio of totals to the extension', ...each((p) => [times(browser[p.key].extensionFloorRatio), '', ''])],
        ['of all: loading the extension\'s scripts', ...all((f) => f.codeMs)],
        ['of which compiling them', ...all((f) => f.compileMs)],
        ['of all: garbage collection', ...all((f) => f.gcMs)],
        ['not counted: the rest of the span', ...all((f) => f.uncountedMs)],
      ],
    ),
  );
  console.log(
    '  start-up: the language probe (where the title is not Chinese), the content script and its work before going on from its first message\'s answer; loading code: then fetching, compiling, evaluating and caching any script it imports;',
  );
  console.log('  article and ranges: finding the article, laying out its text, turning the extraction the background sends back into ranges; after the paint: script and garbage collection');
  console.log(`  ${BASELINES.markjs}: ${pages.map((p) => `${p.label} ${ms(result.markjs[p.key].mainThreadMs)} (${Object.entries(result.markjs[p.key].phasesMs).map(([phase, x]) => `${phase} ${ms(x)}`).join(', ')})`).join('; ')}`);
}

function print(result: BrowserBench, pages: readonly BenchPage[], loadAverage: number): void {
  const { browser, noExtension, contentScript } = result;
  const baselines = Object.keys(BASELINES) as Baseline[];
  const skipped = browser.skippedPage;
  console.log(`\nIn the browser: ${browser.version} headless, extension from ${browser.extensionDir}`);
  console.log(
    `  medians of ${pages.map((p) => `${browser[p.key].runs} loads of the ${p.label}`).join(', ')}, ${skipped.runs} of the ${SKIPPED_PAGE.label}; load average ${fixed(loadAverage, 1)} at the start`,
  );
  console.log(
    formatTable(
      ['page', 'who', 'chars', 'mentions', 'painted ms', 'main thread ms', 'longest task ms', 'tasks > 50 ms', 'GC ms'],
      pages.flatMap((p) =>
        (
          [
            ['Tifa', browser[p.key]],
            ...baselines.map((b) => [BASELINES[b], result[b][p.key]]),
            [EXTENSION_FLOOR, result.extensionFloor[p.key]],
          ] as [string, JobFigures][]
        ).map(([who, f]) => [
          p.label,
          who,
          int(f.chars),
          int(f.mentions),
          ms(f.paintedMs),
          ms(f.mainThreadMs),
          `${ms(f.longestTaskMs)} (${f.longestTaskPhase})`,
          String(f.longTasks),
          ms(f.gcMs),
        ]),
      ),
    ),
  );
  console.log(
    `  painted: Tifa (and the ${EXTENSION_FLOOR}) from evaluating its first script on the page (message round trips included) to its highlights registered; a baseline from its call to its return, mentions given`,
  );
  console.log(`  ${EXTENSION_FLOOR}: an extension whose content script is handed the ranges and registers them as the Highlight API baseline does: what any extension pays to paint them`);
  console.log("  main thread: the job's top-level tasks from its start to 0.5 s after it is done, the frames drawing its marks included");

  printAgainstFloor(result, pages);

  console.log(`\nOn a page Tifa does not work on (the ${SKIPPED_PAGE.label}), from evaluating its first script (the language probe) to 0.5 s after the page was marked skipped`);
  console.log(
    formatTable(
      ['main thread ms', 'longest task ms', 'skipped after ms', 'loading its scripts ms', 'compiling ms', 'not counted ms'],
      [[ms(skipped.mainThreadMs), ms(skipped.longestTaskMs), ms(skipped.skippedMs), ms(skipped.codeMs), ms(skipped.compileMs), ms(skipped.uncountedMs)]],
    ),
  );

  console.log('\nCost to the page: JS heap after the work and a forced GC; layout and style over the whole load (Performance domain) and in the job\'s own tasks (trace)');
  const own = (f: JobFigures | null): string[] =>
    f ? [String(f.ownRendering.layoutCount), String(f.ownRendering.recalcStyleCount), ms(f.ownRendering.layoutMs), ms(f.ownRendering.recalcStyleMs)] : ['', '', '', ''];
  console.log(
    formatTable(
      ['page', 'browser', 'JS heap used', 'layouts', 'style recalcs', 'layout ms', 'style ms', 'own layouts', 'own recalcs', 'own layout ms', 'own style ms'],
      pages.flatMap((p) =>
        (
          [
            ['no extension', noExtension[p.key], null],
            ['Tifa', browser[p.key], browser[p.key]],
            ...baselines.map((b) => [`no extension + ${BASELINES[b]}`, result[b][p.key], result[b][p.key]]),
          ] as [string, PageCost, JobFigures | null][]
        ).map(([who, c, f]) => [
          p.label,
          who,
          mib(c.heapUsedBytes),
          String(c.layoutCount),
          String(c.recalcStyleCount),
          ms(c.layoutMs),
          ms(c.recalcStyleMs),
          ...own(f),
        ]),
      ),
    ),
  );
  console.log(`  Tifa adds ${pages.map((p) => `${mib(browser[p.key].heapAddedBytes)} of heap on the ${p.label}`).join(', ')}`);

  console.log('\nThe scripts of a page\'s start, as shipped and gzipped (-9)');
  console.log(
    formatTable(
      ['scripts', 'files', 'bytes', 'gzip'],
      [
        ['run on every page of a site switched on', contentScript.files.join(', '), kib(contentScript.bytes), kib(contentScript.gzipBytes)],
        ['loaded where the page is Chinese', contentScript.chinese.files.join(', '), kib(contentScript.chinese.bytes), kib(contentScript.chinese.gzipBytes)],
        ['imported where Tifa works (web_accessible_resources)', contentScript.lazy.files.join(', ') || 'none', kib(contentScript.lazy.bytes), kib(contentScript.lazy.gzipBytes)],
      ],
    ),
  );

  console.log('\nGoals');
  const show = (unit: Goal['unit'], x: number): string => (unit === 'ms' ? `${ms(x)} ms` : unit === 'bytes' ? kib(x) : times(x));
  console.log(
    formatTable(
      ['goal', 'target', 'measured', 'ratio', 'met'],
      result.goals.map((g) => [
        g.goal,
        `≤ ${show(g.unit, g.target)}`,
        g.of ? `${ms(g.of.tifaMs)} ms against ${ms(g.of.floorMs)} ms` : show(g.unit, g.measured),
        g.unit === 'ratio' ? times(g.measured) : `${times(g.measured / g.target)} the target`,
        g.met ? 'yes' : 'no',
      ]),
    ),
  );
  console.log("  ratio: Tifa's main-thread time over the Highlight API's (ranges given) in this run, or the measure over its target");
  const e = result.extensionFloor.article20k;
  console.log(
    `  the platform's share, 20k article: the ${EXTENSION_FLOOR} costs ${ms(e.mainThreadMs)} ms, ${times(e.floorRatio)} the page's own script; Tifa costs ${times(browser.article20k.extensionFloorRatio)} the ${EXTENSION_FLOOR}`,
  );
}

/** Tifa's main-thread time over the Highlight API's on one page, to two decimals. */
const floorRatio = (tifa: JobFigures, floor: JobFigures): number => Number((tifa.mainThreadMs / floor.mainThreadMs).toFixed(2));

function goals(result: Omit<BrowserBench, 'goals'>): Goal[] {
  const { browser, highlights, contentScript } = result;
  const ratio = (key: PageKey, label: string, target: number): Omit<Goal, 'met'> => ({
    goal: `main thread, Tifa ÷ Highlight API given the ranges, ${label}`,
    unit: 'ratio',
    target,
    measured: browser[key].floorRatio,
    of: { tifaMs: browser[key].mainThreadMs, floorMs: highlights[key].mainThreadMs },
  });
  return [
    ratio('article20k', '20k article', GOALS.article20kFloorRatio),
    { goal: 'longest task of Tifa, 1 MB page', unit: 'ms' as const, target: GOALS.page1mLongestTaskMs, measured: browser.page1m.longestTaskMs },
    ratio('page1m', '1 MB page', GOALS.page1mFloorRatio),
    { goal: `Tifa's main-thread time, ${SKIPPED_PAGE.label} (skipped)`, unit: 'ms' as const, target: GOALS.skippedPageMainThreadMs, measured: browser.skippedPage.mainThreadMs },
    { goal: 'script run on every page, gzip -9', unit: 'bytes' as const, target: GOALS.contentScriptGzipBytes, measured: contentScript.gzipBytes },
  ].map((g) => ({ ...g, met: g.measured <= g.target }));
}

export async function benchBrowser(): Promise<BrowserBench> {
  const loadAverage = loadavg()[0]!;
  const pages = benchPages();
  const tifa = await launchTifa();
  const floorDir = mkdtempSync(join(tmpdir(), 'tifa-extension-floor-'));
  for (const [name, body] of Object.entries(extensionFloorFiles())) writeFileSync(join(floorDir, name), body);
  let plain: Chromium | undefined;
  let floor: Chromium | undefined;
  let site: StaticServer | undefined;
  let baselineSite: StaticServer | undefined;
  try {
    plain = await launchChromium();
    floor = await launchChromium({ extensionDir: floorDir });
    site = await startServer(pageRoutes(pages));
    // One unmeasured load of each page first: the service worker, fonts and
    // caches warm up, and the history learns the names of every article, which
    // Tifa then knows everywhere: what it finds stays the same from load to load.
    for (const p of pages) await load(tifa.context, site.url(p.path), 'tifa');
    await runSkipped(tifa, site);
    const popup = await openPopup(tifa);
    // What Tifa knows does not depend on the address (only whether it works there).
    const mentions = new Map<PageKey, Mention[]>();
    for (const p of pages) mentions.set(p.key, (await extractIn(popup, 'http://127.0.0.1/', p.text)).mentions);
    const cdp = await tifa.context.newCDPSession(popup);
    const { product } = await cdp.send('Browser.getVersion');
    await popup.close();
    const expected = (p: BenchPage): number => mentions.get(p.key)!.length;
    baselineSite = await startServer(new Map([...baselineRoutes(pages, mentions), ...extensionFloorRoutes(pages, mentions)]));

    const runs = new Map(pages.map((p) => [p.key, { tifa: [] as JobRun[], markjs: [] as JobRun[], highlights: [] as JobRun[], extension: [] as JobRun[], none: [] as Load[] }]));
    const skippedRuns: MainThreadWork<string>[] = [];
    const baselines = Object.keys(BASELINES) as Baseline[];
    const small = pages[0]!;
    await load(plain.context, site.url(small.path), 'none');
    for (const b of baselines) await runBaseline(b, plain, baselineSite, small, expected(small));
    await runExtensionFloor(floor, baselineSite, small, expected(small));
    // Round after round, so that other work on the machine weighs on every job alike.
    for (let round = 0; round < Math.max(SKIPPED_RUNS, ...Object.values(RUNS)); round++) {
      for (const p of pages.filter((p) => round < RUNS[p.key])) {
        const r = runs.get(p.key)!;
        r.tifa.push(await runTifa(tifa, site, p, expected(p)));
        r.none.push(await load(plain.context, site.url(p.path), 'none'));
        for (const b of baselines) r[b].push(await runBaseline(b, plain, baselineSite, p, expected(p)));
        r.extension.push(await runExtensionFloor(floor, baselineSite, p, expected(p)));
      }
      if (round < SKIPPED_RUNS) skippedRuns.push(await runSkipped(tifa, site));
    }

    const perPage = <T>(f: (p: BenchPage) => T): Record<PageKey, T> => Object.fromEntries(pages.map((p) => [p.key, f(p)])) as Record<PageKey, T>;
    const noExtension = perPage((p) => costOf(runs.get(p.key)!.none));
    const highlights = perPage((p) => figures(p, expected(p), runs.get(p.key)!.highlights));
    const extensionFloor = perPage((p) => {
      const f = figures(p, expected(p), runs.get(p.key)!.extension);
      return { ...f, floorRatio: floorRatio(f, highlights[p.key]) };
    });
    const browserFigures = perPage((p): TifaFigures => {
      const f = figures(p, expected(p), runs.get(p.key)!.tifa);
      return {
        ...f,
        heapAddedBytes: f.heapUsedBytes - noExtension[p.key].heapUsedBytes,
        floorRatio: floorRatio(f, highlights[p.key]),
        extensionFloorRatio: floorRatio(f, extensionFloor[p.key]),
      };
    });
    const measured = {
      browser: { version: product, extensionDir: EXTENSION_DIR, ...browserFigures, skippedPage: skippedFigures(skippedRuns) },
      markjs: perPage((p) => figures(p, expected(p), runs.get(p.key)!.markjs)),
      highlights,
      extensionFloor,
      noExtension,
      contentScript: contentScriptSize(),
    };
    const result: BrowserBench = { ...measured, goals: goals(measured) };
    print(result, pages, loadAverage);
    return result;
  } finally {
    await baselineSite?.close();
    await site?.close();
    await plain?.close();
    await floor?.close();
    await tifa.close();
    rmSync(floorDir, { recursive: true, force: true });
  }
}
