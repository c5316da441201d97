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

/** Runs repeat until `budgetMs` is spent, at least `minRuns` and at most `maxRuns` times. */
export interface Limits {
  budgetMs: number;
  minRuns: number;
  maxRuns: number;
}

export interface Timing {
  /** Median of the runs. */
  ms: number;
  runs: number;
}

/** Median milliseconds of `fn`. */
export function medianMs(fn: () => void, limits: Limits): Timing {
  return sideBySideMs({ fn }, limits).fn;
}

/**
 * Median milliseconds of each of `fns`, timed side by side: one run of each per
 * round, so that other work on a shared machine slows every contender alike
 * instead of deciding their ratio.
 */
export function sideBySideMs<K extends string>(fns: Readonly<Record<K, () => void>>, { budgetMs, minRuns, maxRuns }: Limits): Record<K, Timing> {
  const keys = Object.keys(fns) as K[];
  const times = keys.map(() => [] as number[]);
  let spent = 0;
  for (let round = 0; round < maxRuns && (round < minRuns || spent < budgetMs); round++) {
    keys.forEach((k, i) => {
      const ms = timeOnce(fns[k]);
      times[i]!.push(ms);
      spent += ms;
    });
  }
  return Object.fromEntries(keys.map((k, i) => [k, { ms: median(times[i]!), runs: times[i]!.length }])) as Record<K, Timing>;
}
