// What one job cost a page's main thread, read from a trace of the page
// (trace.ts): the sum of the job's top-level tasks, split into phases. Not the
// Performance domain's TaskDuration against a load without the extension: the
// page's own load (over half a second of layout on the 1 MB page, varying by
// tens of ms from load to load) would swamp a difference of a few ms.
//
// Tifa's span runs from the task that evaluates the content script to
// SETTLE_MS after it reported done. The page is static and its scripts idle by
// then, so the tasks in the span that run script are Tifa's, and so are the
// frames drawn after it painted (its highlights). Left out, and reported as
// uncounted: frames before that (the page's own: the content script starts at
// document_idle, often before the page's last frame of loading) and tasks that
// run no script, such as the browser asking the loaded page for its manifest
// and favicon.
// A baseline's span runs from the task that calls it (after the page's first
// frame) to SETTLE_MS after it returned; it counts that task, the frames that
// draw its marks, and any script after.
import { contains, eventsMs, gcMs, mainThreadTasks, markTs, renders, runsScript, type Task, type TraceEvent } from './trace';

/** How long after the job reports done its span goes on (Tifa then records the page). */
export const SETTLE_MS = 500;

export const TIFA_PHASES = ['start-up', 'article and ranges', 'paint', 'rendering', 'record'] as const;
export const BASELINE_PHASES = ['call', 'rendering', 'script after'] as const;

export interface MainThreadWork<P extends string> {
  /** From the job's start (the content script's evaluation; the baseline's call) to its marks being set, ms. */
  paintedMs: number;
  /** The job's tasks, ms. */
  mainThreadMs: number;
  longestTaskMs: number;
  longestTaskPhase: P;
  /** Of mainThreadMs: garbage collection. */
  gcMs: number;
  /** Of mainThreadMs: compiling the content script (Tifa only). */
  compileMs: number;
  phases: Record<P, number>;
  /** The style and layout work in the job's tasks. */
  rendering: { layoutCount: number; recalcStyleCount: number; layoutMs: number; recalcStyleMs: number };
  /** Tasks in the span that are not the job's, ms. */
  uncountedMs: number;
}

const CONTENT_SCRIPT = /^chrome-extension:\/\/[^/]+\/content-scripts\//;
const isContentScript = (e: TraceEvent): boolean => CONTENT_SCRIPT.test(e.args?.data?.url ?? '');
const ms = (t: Task): number => t.dur / 1000;

/** `phaseOf` gives each task of the span its phase, or null when it is not the job's. */
function summarize<P extends string>(
  phases: readonly P[],
  span: readonly Task[],
  phaseOf: (t: Task, i: number) => P | null,
  paintedMs: number,
  compileMs: number,
): MainThreadWork<P> {
  const phased = span.flatMap((t, i) => {
    const phase = phaseOf(t, i);
    return phase === null ? [] : [[t, phase] as const];
  });
  const longest = phased.reduce((a, b) => (ms(b[0]) > ms(a[0]) ? b : a));
  const byPhase = Object.fromEntries(phases.map((p) => [p, 0])) as Record<P, number>;
  for (const [t, p] of phased) byPhase[p] += ms(t);
  const mainThreadMs = phased.reduce((sum, [t]) => sum + ms(t), 0);
  const named = (name: string): TraceEvent[] => phased.flatMap(([t]) => t.events.filter((e) => e.name === name && e.ph === 'X'));
  const totalMs = (events: readonly TraceEvent[]): number => events.reduce((sum, e) => sum + (e.dur ?? 0) / 1000, 0);
  const [layouts, recalcs] = [named('Layout'), named('UpdateLayoutTree')];
  return {
    paintedMs,
    mainThreadMs,
    longestTaskMs: ms(longest[0]),
    longestTaskPhase: longest[1],
    gcMs: phased.reduce((sum, [t]) => sum + gcMs(t), 0),
    compileMs,
    phases: byPhase,
    rendering: { layoutCount: layouts.length, recalcStyleCount: recalcs.length, layoutMs: totalMs(layouts), recalcStyleMs: totalMs(recalcs) },
    uncountedMs: span.reduce((sum, t) => sum + ms(t), 0) - mainThreadMs,
  };
}

/** The tasks from the first to SETTLE_MS after `doneTs`. */
const spanOf = (tasks: readonly Task[], first: number, doneTs: number): Task[] =>
  tasks.slice(first).filter((t) => t.ts < doneTs + SETTLE_MS * 1000);

type TifaPhase = (typeof TIFA_PHASES)[number];

/** Tifa's work on the page at `url`; the page marked `tifa-painted` when the content script reported done. */
export function tifaWork(events: readonly TraceEvent[], url: string): MainThreadWork<TifaPhase> {
  const tasks = mainThreadTasks(events, url);
  const first = tasks.findIndex((t) => t.events.some((e) => e.name === 'EvaluateScript' && isContentScript(e)));
  if (first < 0) throw new Error(`the trace does not show the content script running on ${url}`);
  const start = tasks[first]!.events.find((e) => e.name === 'EvaluateScript' && isContentScript(e))!.ts;
  const painted = markTs(events, 'tifa-painted');
  const phaseOf = (t: Task, i: number): TifaPhase | null => {
    if (i === 0) return 'start-up';
    if (contains(t, painted)) return 'paint';
    if (t.ts > painted) return renders(t) ? 'rendering' : runsScript(t) ? 'record' : null;
    // Between the replies to its messages: Readability, laying out the text, and
    // turning the extraction the background sends back into ranges.
    return runsScript(t) ? 'article and ranges' : null;
  };
  const compileMs = eventsMs(tasks[first]!, (e) => e.name === 'v8.compile' && isContentScript(e));
  return summarize(TIFA_PHASES, spanOf(tasks, first, painted), phaseOf, (painted - start) / 1000, compileMs);
}

type BaselinePhase = (typeof BASELINE_PHASES)[number];

/** A baseline's work on the page at `url`, between its marks `baseline-start` and `baseline-done`. */
export function baselineWork(events: readonly TraceEvent[], url: string): MainThreadWork<BaselinePhase> {
  const tasks = mainThreadTasks(events, url);
  const start = markTs(events, 'baseline-start');
  const done = markTs(events, 'baseline-done');
  const first = tasks.findIndex((t) => contains(t, start));
  if (first < 0) throw new Error(`no task holds the baseline's call on ${url}`);
  const phaseOf = (t: Task, i: number): BaselinePhase | null =>
    i === 0 ? 'call' : renders(t) ? 'rendering' : runsScript(t) ? 'script after' : null;
  return summarize(BASELINE_PHASES, spanOf(tasks, first, done), phaseOf, (done - start) / 1000, 0);
}
