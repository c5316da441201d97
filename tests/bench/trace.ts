// Main-thread work on one page, read from a Chrome trace recorded through the
// DevTools protocol with the categories of the DevTools performance panel: the
// top-level tasks of the renderer thread that parsed the page, each with the
// events nested in it (script, style, layout, paint, GC, user timing marks).
import type { CDPSession } from 'playwright-core';

export interface TraceEvent {
  name: string;
  cat: string;
  /** X: complete event with `dur`; I, R, n: instants and marks. */
  ph: string;
  /** Microseconds, on the trace clock. */
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: {
    data?: { url?: string; requestId?: string };
    beginData?: { url?: string };
    /** The script of a compile or code-cache event. */
    fileName?: string;
    /** The world a module is evaluated in: 0 the page's, else an extension's (isolated) world. */
    worldId?: number;
  };
}

export interface Task {
  /** Microseconds, on the trace clock. */
  ts: number;
  dur: number;
  /** Every event on the thread that starts inside the task, in order. */
  events: TraceEvent[];
}

// v8.execute adds RunMicrotasks, where the content script's async code runs.
// No CPU sampling (disabled-by-default-v8.cpu_profiler): it slows script
// several times over, which would distort exactly what is measured.
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'v8.execute'];

/** Starts tracing the whole browser; the function returned stops it and gives every event. */
export async function startTrace(cdp: CDPSession): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES }, transferMode: 'ReportEvents' });
  return async () => {
    const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.end');
    await complete;
    return events;
  };
}

/** The top-level tasks, in order, of the renderer main thread that parsed `url`. */
export function mainThreadTasks(events: readonly TraceEvent[], url: string): Task[] {
  const parse = events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url === url);
  if (!parse) throw new Error(`the trace does not show ${url} being parsed`);
  const onThread = events.filter((e) => e.pid === parse.pid && e.tid === parse.tid).sort((a, b) => a.ts - b.ts);
  const tasks: Task[] = [];
  let current: Task | undefined;
  for (const e of onThread) {
    const inside = current !== undefined && e.ts < current.ts + current.dur;
    // A RunTask inside another is a nested run loop's: part of the outer task.
    if (e.name === 'RunTask' && e.ph === 'X' && !inside) {
      current = { ts: e.ts, dur: e.dur ?? 0, events: [] };
      tasks.push(current);
    } else if (inside) {
      current!.events.push(e);
    }
  }
  return tasks;
}

/** The trace time of the user timing mark `name` (performance.mark in the page). */
export function markTs(events: readonly TraceEvent[], name: string): number {
  const mark = events.find((e) => e.name === name && e.cat.includes('blink.user_timing'));
  if (!mark) throw new Error(`no mark ${name} in the trace`);
  return mark.ts;
}

const SCRIPT = new Set([
  'EvaluateScript',
  'v8.compile',
  'v8.compileModule',
  'v8.evaluateModule',
  'FunctionCall',
  'RunMicrotasks',
  'TimerFire',
  'RunYieldContinuation',
  'FireAnimationFrame',
]);
const RENDERING = new Set(['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'Commit', 'UpdateLayer']);
const GC = new Set(['MinorGC', 'MajorGC']);

export const runsScript = (t: Task): boolean => t.events.some((e) => SCRIPT.has(e.name));
/** A frame's style, layout or paint work. */
export const renders = (t: Task): boolean => t.events.some((e) => RENDERING.has(e.name));
export const contains = (t: Task, ts: number): boolean => ts >= t.ts && ts <= t.ts + t.dur;

/** Milliseconds inside the task spent in events that `pick` accepts (nested ones counted once per event). */
export const eventsMs = (t: Task, pick: (e: TraceEvent) => boolean): number =>
  t.events.reduce((ms, e) => ms + (pick(e) ? (e.dur ?? 0) / 1000 : 0), 0);
/** Milliseconds of garbage collection inside the task. */
export const gcMs = (t: Task): number => eventsMs(t, (e) => GC.has(e.name));
