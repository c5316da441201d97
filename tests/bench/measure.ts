// Wall-clock timing that is stable enough to print: repeat short runs and take
// the median, so one garbage collection does not decide the figure.

export const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

export function timeOnce(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

/** Median milliseconds of `fn`, repeated until `budgetMs` is spent (at least `minRuns`, at most `maxRuns` times). */
export function medianMs(fn: () => void, { budgetMs, minRuns, maxRuns }: { budgetMs: number; minRuns: number; maxRuns: number }): { ms: number; runs: number } {
  const times: number[] = [];
  let spent = 0;
  while (times.length < maxRuns && (times.length < minRuns || spent < budgetMs)) {
    const ms = timeOnce(fn);
    times.push(ms);
    spent += ms;
  }
  return { ms: median(times), runs: times.length };
}
