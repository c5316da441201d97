// Number and score formatting shared by the bench's tables.
import type { AreaScore } from '../support/score';

export const int = (x: number): string => Math.round(x).toLocaleString('en-US');
export const fixed = (x: number, digits: number): string => x.toFixed(digits);
export const nsPerChar = (ms: number, chars: number): number => (ms * 1e6) / chars;

export const SCORE_HEADERS = ['system', 'area', 'P', 'R', 'F1', 'tp', 'fp', 'fn'] as const;

/** A row under SCORE_HEADERS; `recallOnly` blanks the figures a peer without roles cannot earn. */
export function scoreRow(system: string, area: string, s: AreaScore, { recallOnly = false } = {}): string[] {
  const na = (x: string): string => (recallOnly ? 'n/a' : x);
  return [system, area, na(fixed(s.precision, 3)), fixed(s.recall, 3), na(fixed(s.f1, 3)), String(s.tp), na(String(s.fp)), String(s.fn)];
}
