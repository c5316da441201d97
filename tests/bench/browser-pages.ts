// The pages of the browser benchmark, built with the e2e harness: a news page
// around a 20 000-character article and around the 1 MB article of the load
// tests, and a portal page (harness/layouts.ts: menus, sidebars, comments and
// frames around a 3,000-character article), each as Tifa meets it, and with
// one of two baselines given the mentions Tifa paints: the classic approach, a
// page script (mark.js) wrapping them in <mark> elements; and the least that
// painting them with the CSS Custom Highlight API can cost, a page script
// registering their ranges, with Tifa's style sheet in the page from the
// start; and handing the ranges to the extension floor, an extension that
// registers them from its content script. And the English page of the e2e
// site, which Tifa skips.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { Mention } from '../../lib/extract';
import { MentionKindSchema } from '../../lib/extract/schema';
import { DEFAULT_MARKS, highlightName } from '../../lib/dom/mark-styles';
import { LONG_TASK_OBSERVER } from '../e2e/harness/long-tasks';
import { HIGHLIGHT_PREFIX } from '../e2e/harness/marks';
import { type Layout, portalArticle, portalPageHtml } from '../e2e/harness/layouts';
import { articleText, englishPageHtml, megabyteArticle, type NewsArticle, newsPageHtml, repeatedSeedParagraphs, testArticle } from '../e2e/harness/news-page';
import { html, type Route } from '../e2e/harness/server';
import { REPO } from '../support/paths';

export type PageKey = 'article20k' | 'page1m' | 'portal';

/** The baselines, and how the tables name them. */
export const BASELINES = { markjs: 'mark.js', highlights: 'Highlight API, ranges given' } as const;
export type Baseline = keyof typeof BASELINES;

export interface BenchPage {
  key: PageKey;
  label: string;
  article: NewsArticle;
  /** The page around the article; its paragraphs are `[data-region="article"] .content > p`, which the baselines mark. */
  layout: Layout;
  /** The article's text as the content script reads it. */
  text: string;
  /** The page for Tifa, and for the browser without it. */
  path: string;
  /** The same page with each baseline marking the mentions. */
  baselinePath: Record<Baseline, string>;
  /** The same page handing the mentions' ranges to the extension floor (extensionFloorFiles). */
  extensionFloorPath: string;
}

export function benchPages(): BenchPage[] {
  const page = (key: PageKey, label: string, article: NewsArticle, layout: Layout = newsPageHtml): BenchPage => ({
    key,
    label,
    article,
    layout,
    text: articleText(article),
    path: `/bench/${key}.html`,
    baselinePath: { markjs: `/bench/${key}-markjs.html`, highlights: `/bench/${key}-highlights.html` },
    extensionFloorPath: `/bench/${key}-extension.html`,
  });
  return [
    page('article20k', '20k article', testArticle('bench-20k.txt', '2021年05月21日 星期五 第03版：要闻', repeatedSeedParagraphs(20_000))),
    page('page1m', '1 MB page', megabyteArticle()),
    page('portal', 'portal page', portalArticle(), portalPageHtml),
  ];
}

/** The English page of the e2e site, where Tifa only starts up and skips. */
export const SKIPPED_PAGE = { label: 'English page', path: '/bench/skipped-english.html' } as const;

const script = (source: string): string => `<script>${source}</script>`;
/** How the pages' scripts start what they report on the console: `<REPORT> <what> <JSON>`. */
const REPORT = 'tifa-bench';
/** JSON inside an inline script: `<` escaped so the data cannot end the script. */
const scriptData = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');

/**
 * Markup for <head> of every bench page. The mark `tifa-working` is set when
 * the content script first marks the page working; once it reports done, its
 * highlights registered, or skipped, the mark `tifa-done` or `tifa-skipped` is
 * set and `passed` reported (Passed: that state, the mention count and the
 * ranges registered, for the caller to compare).
 */
const PROBE = script(`
(() => {
  const html = document.documentElement;
  const prefixes = ${scriptData(MentionKindSchema.options.map((k) => `${HIGHLIGHT_PREFIX}${k}-`))};
  let working = false;
  const observer = new MutationObserver(() => {
    const state = html.getAttribute('data-tifa-state');
    if (state === 'working' && !working) {
      working = true;
      performance.mark('tifa-working');
    }
    if (state !== 'done' && state !== 'skipped') return;
    performance.mark('tifa-' + state);
    observer.disconnect();
    let ranges = 0;
    for (const [name, h] of CSS.highlights) if (prefixes.some((p) => name.startsWith(p))) ranges += h.size;
    console.debug(${scriptData(`${REPORT} passed `)} + JSON.stringify({ state, mentions: Number(html.getAttribute('data-tifa-mentions')), ranges }));
  });
  observer.observe(html, { attributes: true, attributeFilter: ['data-tifa-state'] });
})();`);

/**
 * Each mention as [paragraph, start, length, highlight]: offsets into the
 * paragraph's text as mark.js reads it (its text nodes joined; a <br> between
 * lines adds nothing), paragraphs as the page's `.content > p`, and the name of
 * the highlight Tifa paints its kind with.
 */
function paragraphRanges(article: NewsArticle, mentions: readonly Mention[]): [number, number, number, string][] {
  // For every character of the article text: its paragraph and its offset there.
  const paragraphOf: number[] = [];
  const offsetIn: number[] = [];
  article.paragraphs.forEach((lines, p) => {
    const text = `${lines.join('\n')}\n`;
    for (let i = 0, offset = 0; i < text.length; i++) {
      paragraphOf.push(p);
      offsetIn.push(offset);
      if (text[i] !== '\n') offset++;
    }
  });
  return mentions.map((m) => {
    const p = paragraphOf[m.start]!;
    if (paragraphOf[m.end - 1] !== p) throw new Error(`mention ${m.text} spans two paragraphs`);
    const start = offsetIn[m.start]!;
    return [p, start, offsetIn[m.end - 1]! + 1 - start, highlightName(m.kind, DEFAULT_MARKS[m.kind], 'light')];
  });
}

// Each baseline's work, given `byParagraph` (paragraph index → [{start, length, name}])
// and `paragraphs`; it counts `marks` made and ranges `refused`. The Highlight
// API paints each kind with Tifa's own highlight and style: a wavy or dotted
// line costs more to draw than a solid one.
const BASELINE_WORK: Record<Baseline, string> = {
  markjs: `
      for (const [p, wanted] of byParagraph) {
        new Mark(paragraphs[p]).markRanges(wanted, { noMatch: () => refused++, done: (n) => (marks += n) });
      }`,
  highlights: `
      const highlights = new Map();
      for (const [p, wanted] of byParagraph) {
        const nodes = [];
        const walker = document.createTreeWalker(paragraphs[p], NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(), at = 0; node; at += node.data.length, node = walker.nextNode()) nodes.push({ node, at });
        for (const { start, length, name } of wanted) {
          const found = nodes.findLast((n) => n.at <= start);
          if (!found || start + length > found.at + found.node.data.length) {
            refused++;
            continue;
          }
          const offset = start - found.at;
          if (!highlights.has(name)) highlights.set(name, new Highlight());
          highlights.get(name).add(new StaticRange({ startContainer: found.node, startOffset: offset, endContainer: found.node, endOffset: offset + length }));
          marks++;
        }
      }
      for (const [name, highlight] of highlights) CSS.highlights.set(name, highlight);`,
};

// The mentions' paragraphs, and their ranges grouped by paragraph, from `ranges` (paragraphRanges).
const BY_PARAGRAPH = `
    const paragraphs = document.querySelectorAll('[data-region="article"] .content > p');
    const byParagraph = new Map();
    for (const [p, start, length, name] of ranges) {
      if (!byParagraph.has(p)) byParagraph.set(p, []);
      byParagraph.get(p).push({ start, length, name });
    }`;

/**
 * Markup for <head>: once the page is loaded and has drawn its first frame, in
 * a task of its own between the marks `baseline-start` and `baseline-done`, the
 * baseline marks the mentions, paragraph by paragraph: with the whole article
 * as one context, mark.js rebuilds its copy of the text for every range and
 * takes half a minute on the 1 MB page, an artefact of the library rather than
 * of wrapping. It reports `marked`: the number of marks made and of ranges
 * refused.
 */
function baselineHead(baseline: Baseline, article: NewsArticle, mentions: readonly Mention[]): string {
  const setup =
    baseline === 'markjs'
      ? `<script src="${MARK_JS_PATH}"></script>`
      : `<style>${readFileSync(join(REPO, 'lib', 'dom', 'highlight.css'), 'utf8')}</style>`;
  return `${setup}${script(`
(() => {
  addEventListener('load', () => requestAnimationFrame(() => setTimeout(() => {
    const ranges = ${scriptData(paragraphRanges(article, mentions))};${BY_PARAGRAPH}
    setTimeout(() => {
      let marks = 0;
      let refused = 0;
      performance.mark('baseline-start');${BASELINE_WORK[baseline]}
      performance.mark('baseline-done');
      console.debug(${scriptData(`${REPORT} marked `)} + JSON.stringify({ marks, refused }));
    }, 0);
  }, 0)));
})();`)}`;
}

const MARK_JS_PATH = '/bench/mark.min.js';

const HEAD = LONG_TASK_OBSERVER + PROBE;

/** The pages as Tifa meets them (and the browser without it), the skipped page's included. */
export function pageRoutes(pages: readonly BenchPage[]): Map<string, Route> {
  const routes = new Map<string, Route>(pages.map((p) => [p.path, html(p.layout(p.article, { head: HEAD }))]));
  // The English page takes no options: the probe goes in before its </head>.
  routes.set(SKIPPED_PAGE.path, html(englishPageHtml().replace('</head>', `${HEAD}</head>`)));
  return routes;
}

// Where the extension floor finds the ranges on its page: data, not script, so that the page runs none of it.
const RANGES_ID = 'tifa-bench-ranges';

/**
 * The extension floor: an unpacked extension whose manifest content script,
 * in its isolated world at document_idle, registers the ranges its page hands
 * it as the Highlight API baseline does, and reports through the state Tifa
 * sets on <html>, so that its span is measured as Tifa's. What any extension
 * pays on top of a page's own script: its world, its script's evaluation.
 * File name → content.
 */
export function extensionFloorFiles(): Record<string, string> {
  const manifest = {
    manifest_version: 3,
    name: 'Tifa bench: the extension floor',
    version: '1.0',
    content_scripts: [{ matches: ['http://*/*'], js: ['content.js'], css: ['content.css'], run_at: 'document_idle' }],
  };
  const content = `(async () => {
  const data = document.getElementById(${scriptData(RANGES_ID)});
  if (!data) return;
  const html = document.documentElement;
  html.setAttribute('data-tifa-state', 'working');
  // The page's observer marks \`working\` before the work, in the same task.
  await Promise.resolve();
  const ranges = JSON.parse(data.textContent);${BY_PARAGRAPH}
  let marks = 0;
  let refused = 0;${BASELINE_WORK.highlights}
  html.setAttribute('data-tifa-mentions', String(refused > 0 ? -1 : marks));
  html.setAttribute('data-tifa-state', 'done');
})();
`;
  return { 'manifest.json': JSON.stringify(manifest), 'content.js': content, 'content.css': readFileSync(join(REPO, 'lib', 'dom', 'highlight.css'), 'utf8') };
}

/** The pages handing the extension floor `mentions`, what Tifa paints on each page. */
export function extensionFloorRoutes(pages: readonly BenchPage[], mentions: ReadonlyMap<PageKey, readonly Mention[]>): Map<string, Route> {
  return new Map(
    pages.map((p) => {
      const data = `<script type="application/json" id="${RANGES_ID}">${scriptData(paragraphRanges(p.article, mentions.get(p.key) ?? []))}</script>`;
      return [p.extensionFloorPath, html(p.layout(p.article, { head: HEAD + data }))];
    }),
  );
}

/** The pages with each baseline marking `mentions`, what Tifa paints on each page. */
export function baselineRoutes(pages: readonly BenchPage[], mentions: ReadonlyMap<PageKey, readonly Mention[]>): Map<string, Route> {
  const markJs = readFileSync(createRequire(import.meta.url).resolve('mark.js/dist/mark.min.js'), 'utf8');
  const routes = new Map<string, Route>([[MARK_JS_PATH, { type: 'text/javascript; charset=utf-8', body: markJs }]]);
  for (const p of pages) {
    for (const baseline of Object.keys(BASELINES) as Baseline[]) {
      routes.set(p.baselinePath[baseline], html(p.layout(p.article, { head: HEAD + baselineHead(baseline, p.article, mentions.get(p.key) ?? []) })));
    }
  }
  return routes;
}

const TIMEOUT_MS = 120_000;

/** What the probe saw when the content script finished its pass. */
export interface Passed {
  state: 'done' | 'skipped';
  mentions: number;
  ranges: number;
}

/**
 * Navigates `page` to `url` and waits for `what` on it. The page's scripts
 * report what they wait for on the console, so nothing of Playwright's runs on
 * the page's main thread while the work under test does (an evaluation there
 * compiles and runs script in a task the trace would give to the job).
 */
export async function openAndWait(page: Page, url: string, what: 'passed' | 'marked' | 'loaded'): Promise<unknown> {
  if (what === 'loaded') {
    await page.goto(url, { waitUntil: 'load', timeout: TIMEOUT_MS });
    // The page rendered once more: its first frame is in.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
    return null;
  }
  const prefix = `${REPORT} ${what} `;
  const told = page.waitForEvent('console', { predicate: (m) => m.text().startsWith(prefix), timeout: TIMEOUT_MS });
  // A failed navigation leaves the wait to time out: its rejection is then expected.
  told.catch(() => undefined);
  await page.goto(url, { waitUntil: 'commit', timeout: TIMEOUT_MS });
  try {
    return JSON.parse((await told).text().slice(prefix.length)) as unknown;
  } catch (err) {
    throw new Error(`${url}: not ${what} after ${TIMEOUT_MS / 1000} s`, { cause: err });
  }
}
