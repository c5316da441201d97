// The key that names an amount: equal amounts printed differently (`408亿元`,
// `四百零八亿元`) are one entity in the card and the history.
import type { Amount } from './schema';

export function amountKey(a: Pick<Amount, 'kind' | 'unit' | 'value' | 'min' | 'max'>): string {
  return a.min != null || a.max != null ? `${a.kind}|${a.unit}|${a.min}..${a.max}` : `${a.kind}|${a.unit}|${a.value}`;
}
