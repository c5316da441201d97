// "Titles over time": each title a person is given, as one period from the
// first to the last date a source shows it, with every paper and date behind
// it. A period is not split where a source leaves a title out: an article
// names only the posts that matter to it, so a gap is no evidence the title
// was left.
import type { LookupResponse } from './messages';

export type TitlePeriod = LookupResponse['titlesOverTime'][number];
type Source = TitlePeriod['sources'][number];
/** One title as one source printed it on one day (YYYY-MM-DD). */
export type TitleSighting = Pick<TitlePeriod, 'title'> & Source;

const order = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * One row per title, ordered by `from`; its sources oldest first, each source
 * and day once. Titles that `same` maps to one key (the same title in
 * traditional and simplified script) are one row, shown as first printed.
 */
export function titlePeriods(sightings: Iterable<TitleSighting>, same: (title: string) => string = (t) => t): TitlePeriod[] {
  const byTitle = new Map<string, { title: string; first: string; sources: Map<string, Source> }>();
  for (const s of sightings) {
    const key = same(s.title);
    const row = byTitle.get(key) ?? { title: s.title, first: s.date, sources: new Map<string, Source>() };
    if (s.date < row.first) [row.title, row.first] = [s.title, s.date];
    row.sources.set(`${s.date}\u0000${s.source}`, { source: s.source, date: s.date });
    byTitle.set(key, row);
  }
  return [...byTitle.values()]
    .map(({ title, sources }) => {
      const sorted = [...sources.values()].sort((a, b) => order(a.date, b.date) || order(a.source, b.source));
      return { title, from: sorted[0]!.date, to: sorted[sorted.length - 1]!.date, sources: sorted };
    })
    .sort((a, b) => order(a.from, b.from) || order(a.to, b.to) || order(a.title, b.title));
}
