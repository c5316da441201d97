// What one job cost a page's main thread, read from a trace of the page
// (trace.ts): the sum of the job's top-level tasks, split into phases. Not the
// Performance domain's TaskDuration against a load without the extension: the
// page's own load (over half a second of layout on the 1 MB page, varying by
// tens of ms from load to load) would swamp a difference of a few ms.
//
// Tifa's code is every chrome-extension:// script: the language probe the
// background runs in the page's world, the content script it then loads, and
// the scripts that imports (web_accessible_resources).
// Compiling, evaluating and caching any of them is counted in whichever task
// of the span it happens. A module's evaluation carries no URL in the trace,
// only its world: one of the extension's (isolated) worlds, not the page's 0.
//
// Tifa's span runs from the task that evaluates its first script (the probe)
// to SETTLE_MS after it reported done (or skipped). The page is static and its
// scripts idle by then, so the tasks in the span that run script are Tifa's
// (the callbacks of its replies and timers carry no URL), and so are those
// that load its code, those that only collect garbage (the page makes none
// worth a collection once loaded), and the frames drawn after it painted (its
// highlights).
// Left out, and reported as uncounted: frames before that (the page's own: the
// probe starts at document_idle, often before the page's last frame of
// loading), tasks that do none of that, such as the browser asking the
// loaded page for its manifest and favicon, the page's own callbacks inside
// Tifa's tasks (the bench's probe observes the state Tifa sets on <html>, in
// the same task), and the page's own loading work that the browser runs in
// a task before Tifa's script in it (a frame's document parsed, its load
// event, style and layout: pageLoadWork).
// Tifa's phases, task by task:
// - start-up: what every page pays before Tifa goes on from its first
//   message's answer: Tifa's tasks before the first that asks for more of its
//   code (a content script that imports the rest once the background said yes) or
//   that comes after the task marking the page `working` (a script that marks
//   it before its first message: all of it evaluated at once);
// - loading code: later tasks before the paint that load, compile, evaluate
//   or cache the extension's scripts (a task doing that is counted there whole);
// - article and ranges: Tifa's other tasks before the paint;
// - paint: the task in which the page sees `done`;
// - rendering and after: frames, and Tifa's other tasks, after it.
// A baseline's span runs from the task that calls it (after the page's first
// frame) to SETTLE_MS after it returned; it counts that task, the frames that
// draw its marks, and any script or garbage collection after.
import { contains, eventsMs, gcMs, mainThreadTasks, markTs, renders, runsScript, type Task, type TraceEvent } from './trace';

/** How long after the job reports done its span goes on: the frames that draw its marks, and its last work. */
export const SETTLE_MS = 500;

export const TIFA_PHASES = ['start-up', 'loading code', 'article and ranges', 'paint', 'rendering', 'after'] as const;
export const BASELINE_PHASES = ['call', 'rendering', 'after'] as const;
/** On a page Tifa does not work on, all it does is start up. */
export const SKIPPED_PHASES = ['start-up'] as const;

export interface MainThreadWork<P extends string> {
  /** From the job's start (Tifa's first script evaluated; the baseline's call) to its marks being set (Tifa: or to its skipping the page), ms. */
  paintedMs: number;
  /** The job's tasks, ms. */
  mainThreadMs: number;
  longestTaskMs: number;
  longestTaskPhase: P;
  /** Of mainThreadMs: garbage collection. */
  gcMs: number;
  /** Of mainThreadMs: compiling the extension's scripts. */
  compileMs: number;
  /** Of mainThreadMs: loading the extension's scripts: compiling, evaluating their top level, caching their compiled code. */
  codeMs: number;
  phases: Record<P, number>;
  /** The style and layout work in the job's tasks. */
  rendering: { layoutCount: number; recalcStyleCount: number; layoutMs: number; recalcStyleMs: number };
  /** Time in the span that is not the job's, ms. */
  uncountedMs: number;
}

const EXTENSION_URL = /^chrome-extension:\/\//;
const COMPILES = new Set(['v8.compile', 'v8.compileModule']);
/** Events that name the script they load; EvaluateScript holds its own v8.compile. */
const LOADS = new Set(['EvaluateScript', 'v8.compileModule', 'v8.produceCache', 'v8.produceModuleCache']);
const ms = (t: Task): number => t.dur / 1000;
/** Script, or garbage collection outside a frame: the job's work once the page is idle. */
const works = (t: Task): boolean => runsScript(t) || (gcMs(t) > 0 && !renders(t));

const extensionUrl = (e: TraceEvent): boolean => EXTENSION_URL.test(e.args?.data?.url ?? e.args?.fileName ?? '');

/** What of a trace is Tifa loading its code: the events, and the tasks that hold any. */
function extensionCode(events: readonly TraceEvent[]) {
  // A request's later events (response, data, finish) name it by id only.
  const requests = new Set(events.flatMap((e) => (e.name === 'ResourceSendRequest' && extensionUrl(e) && e.args?.data?.requestId ? [e.args.data.requestId] : [])));
  const isCode = (e: TraceEvent): boolean =>
    (LOADS.has(e.name) && extensionUrl(e)) || (e.name === 'v8.evaluateModule' && (e.args?.worldId ?? 0) !== 0);
  const isRequest = (e: TraceEvent): boolean => e.name.startsWith('Resource') && requests.has(e.args?.data?.requestId ?? '');
  return {
    isCode,
    /** The task evaluates, compiles, caches or receives extension script. */
    loads: (t: Task): boolean => t.events.some((e) => isCode(e) || isRequest(e)),
    /** The task asks for an extension script. */
    requests: (t: Task): boolean => t.events.some((e) => e.name === 'ResourceSendRequest' && extensionUrl(e)),
  };
}

/** Milliseconds of the events `pick` accepts in `t`, less those of the events `notJob` accepts nested in them. */
function jobEventsMs(t: Task, pick: (e: TraceEvent) => boolean, notJob: (e: TraceEvent) => boolean): number {
  const picked = t.events.filter((e) => pick(e) && e.ph === 'X');
  const inPicked = (e: TraceEvent): boolean => picked.some((p) => e.ts >= p.ts && e.ts < p.ts + (p.dur ?? 0));
  return eventsMs(t, pick) - eventsMs(t, (e) => notJob(e) && inPicked(e));
}

/**
 * `phaseOf` gives each task of the span its phase, or null when it is not the
 * job's; in the job's tasks, the events `notJob` accepts are left out.
 */
function summarize<P extends string>(
  phases: readonly P[],
  span: readonly Task[],
  phaseOf: (t: Task, i: number) => P | null,
  paintedMs: number,
  isCode: (e: TraceEvent) => boolean,
  notJob: (e: TraceEvent) => boolean = () => false,
): MainThreadWork<P> {
  const jobMs = (t: Task): number => ms(t) - eventsMs(t, notJob);
  const phased = span.flatMap((t, i) => {
    const phase = phaseOf(t, i);
    return phase === null ? [] : [[t, phase] as const];
  });
  const longest = phased.reduce((a, b) => (jobMs(b[0]) > jobMs(a[0]) ? b : a));
  const byPhase = Object.fromEntries(phases.map((p) => [p, 0])) as Record<P, number>;
  for (const [t, p] of phased) byPhase[p] += jobMs(t);
  const mainThreadMs = phased.reduce((sum, [t]) => sum + jobMs(t), 0);
  const named = (name: string): TraceEvent[] => phased.flatMap(([t]) => t.events.filter((e) => e.name === name && e.ph === 'X'));
  const totalMs = (events: readonly TraceEvent[]): number => events.reduce((sum, e) => sum + (e.dur ?? 0) / 1000, 0);
  const [layouts, recalcs] = [named('Layout'), named('UpdateLayoutTree')];
  return {
    paintedMs,
    mainThreadMs,
    longestTaskMs: jobMs(longest[0]),
    longestTaskPhase: longest[1],
    gcMs: phased.reduce((sum, [t]) => sum + gcMs(t), 0),
    compileMs: phased.reduce((sum, [t]) => sum + eventsMs(t, (e) => COMPILES.has(e.name) && extensionUrl(e)), 0),
    codeMs: phased.reduce((sum, [t]) => sum + jobEventsMs(t, isCode, notJob), 0),
    phases: byPhase,
    rendering: { layoutCount: layouts.length, recalcStyleCount: recalcs.length, layoutMs: totalMs(layouts), recalcStyleMs: totalMs(recalcs) },
    uncountedMs: span.reduce((sum, t) => sum + ms(t), 0) - mainThreadMs,
  };
}

/** The tasks from the first to SETTLE_MS after `doneTs`. */
const spanOf = (tasks: readonly Task[], first: number, doneTs: number): Task[] =>
  tasks.slice(first).filter((t) => t.ts < doneTs + SETTLE_MS * 1000);

/** Tifa's tasks on the page at `url` from its first script's evaluation to SETTLE_MS after the page mark `endMark`. */
function tifaSpan(events: readonly TraceEvent[], url: string, endMark: string) {
  const tasks = mainThreadTasks(events, url);
  const code = extensionCode(events);
  const first = tasks.findIndex((t) => t.events.some(code.isCode));
  if (first < 0) throw new Error(`the trace does not show Tifa's scripts running on ${url}`);
  const start = tasks[first]!.events.find(code.isCode)!.ts;
  const end = markTs(events, endMark);
  const span = spanOf(tasks, first, end);
  const pageWork = pageLoadWork(span, code.isCode);
  return {
    code,
    start,
    end,
    span,
    isTifas: (t: Task): boolean => works(t) || code.loads(t),
    /** The page's own callbacks, and its own loading work, even in Tifa's tasks. */
    notTifas: (e: TraceEvent): boolean => (e.name === 'FunctionCall' && e.args?.data?.url === url) || pageWork.has(e),
  };
}

/** What the page's loading does, which the browser may run in the task that then runs Tifa's script. */
const LOADING = new Set(['ParseHTML', 'EventDispatch', 'UpdateLayoutTree', 'Layout']);

/**
 * The page's own loading work in tasks that also load or run Tifa's code:
 * events outside every other (frames' style and layout, a frame's document
 * parsed, its load event), before the task's first event of Tifa's code.
 * A layout Tifa forces is inside its script, and stays Tifa's.
 */
function pageLoadWork(span: readonly Task[], isCode: (e: TraceEvent) => boolean): Set<TraceEvent> {
  const work = new Set<TraceEvent>();
  for (const t of span) {
    const ours = t.events.find(isCode);
    if (!ours) continue;
    let outerEnd = -Infinity;
    for (const e of t.events) {
      if (e.ts >= ours.ts) break;
      if (e.ph !== 'X') continue;
      // Nested in an earlier event: counted, or left out, with it.
      if (e.ts < outerEnd) continue;
      outerEnd = e.ts + (e.dur ?? 0);
      if (LOADING.has(e.name)) work.add(e);
    }
  }
  return work;
}

type TifaPhase = (typeof TIFA_PHASES)[number];

/** Tifa's work on the page at `url`; the page marked `tifa-working` and `tifa-done` as the content script reported them. */
export function tifaWork(events: readonly TraceEvent[], url: string): MainThreadWork<TifaPhase> {
  const { code, start, end: done, span, isTifas, notTifas } = tifaSpan(events, url, 'tifa-done');
  const working = markTs(events, 'tifa-working');
  const startUpEnds = span.findIndex((t) => isTifas(t) && (code.requests(t) || t.ts > working));
  const phaseOf = (t: Task, i: number): TifaPhase | null => {
    if (contains(t, done)) return 'paint';
    if (t.ts > done) return renders(t) ? 'rendering' : isTifas(t) ? 'after' : null;
    if (!isTifas(t)) return null;
    if (startUpEnds < 0 || i < startUpEnds) return 'start-up';
    return code.loads(t) ? 'loading code' : 'article and ranges';
  };
  return summarize(TIFA_PHASES, span, phaseOf, (done - start) / 1000, code.isCode, notTifas);
}

/** Tifa on a page it does not work on (`url`), which the page marked `tifa-skipped` as Tifa reported it (the probe, or the content script). */
export function skippedWork(events: readonly TraceEvent[], url: string): MainThreadWork<(typeof SKIPPED_PHASES)[number]> {
  const { code, start, end, span, isTifas, notTifas } = tifaSpan(events, url, 'tifa-skipped');
  return summarize(SKIPPED_PHASES, span, (t) => (isTifas(t) ? 'start-up' : null), (end - start) / 1000, code.isCode, notTifas);
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
    i === 0 ? 'call' : renders(t) ? 'rendering' : works(t) ? 'after' : null;
  return summarize(BASELINE_PHASES, spanOf(tasks, first, done), phaseOf, (done - start) / 1000, () => false);
}
