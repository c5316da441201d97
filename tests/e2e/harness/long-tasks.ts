// Long main-thread tasks on a page under test, seen from the page's own world:
// a PerformanceObserver installed by an inline <head> script before anything
// else runs, read back once the content script is done.
import type { Page } from 'playwright-core';

export interface LongTask {
  /** performance.now() at the task's start, ms. */
  start: number;
  duration: number;
}

/**
 * Markup for <head>: records every long task (over 50 ms, the browser's
 * threshold) and the moment the content script first marks <html> as working.
 */
export const LONG_TASK_OBSERVER = `<script>
window.__longTasks = { tasks: [], workingAt: null };
window.__longTasks.observer = new PerformanceObserver((list) => {
  for (const e of list.getEntries()) window.__longTasks.tasks.push({ start: e.startTime, duration: e.duration });
});
window.__longTasks.observer.observe({ type: 'longtask', buffered: true });
new MutationObserver(() => {
  if (window.__longTasks.workingAt === null && document.documentElement.getAttribute('data-tifa-state') === 'working') {
    window.__longTasks.workingAt = performance.now();
  }
}).observe(document.documentElement, { attributes: true, attributeFilter: ['data-tifa-state'] });
</script>`;

export interface LongTaskReport {
  /** Every long task since navigation, page load included. */
  all: LongTask[];
  /** When the content script set data-tifa-state="working" (page time, ms). */
  workingAt: number;
  /** The long tasks still running when or after the content script began work: its own, and the page's meanwhile. */
  sinceWork: LongTask[];
}

interface LongTaskGlobal {
  __longTasks?: { tasks: LongTask[]; workingAt: number | null; observer: PerformanceObserver };
}

/** Every long task recorded on `page` so far (LONG_TASK_OBSERVER must be in its <head>), pending entries included; workingAt null: the content script never started work. */
export async function recordedLongTasks(page: Page): Promise<{ all: LongTask[]; workingAt: number | null }> {
  return page.evaluate(() => {
    const state = (globalThis as unknown as LongTaskGlobal).__longTasks;
    if (!state) throw new Error('no long task observer on this page');
    for (const e of state.observer.takeRecords()) state.tasks.push({ start: e.startTime, duration: e.duration });
    return { all: state.tasks, workingAt: state.workingAt };
  });
}

/** The long tasks recorded on `page`, split at the moment the content script began work. */
export async function longTasks(page: Page): Promise<LongTaskReport> {
  const { all, workingAt } = await recordedLongTasks(page);
  if (workingAt === null) throw new Error('the content script never started work on this page');
  return { all, workingAt, sinceWork: all.filter((t) => t.start + t.duration >= workingAt) };
}

export const longest = (tasks: readonly LongTask[]): number => Math.max(0, ...tasks.map((t) => t.duration));
