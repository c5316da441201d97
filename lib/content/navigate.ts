// Moving through the marks by keyboard, as a reader moves through search hits:
// Alt+Shift+N and Alt+Shift+P go to the next and the previous mark, bring it
// into view and open its card. The way starts from the mark whose card was
// opened last, or, before any, from the top of the screen.
import { NEXT_MARK, PREVIOUS_MARK } from './shortcuts';

export type Direction = 1 | -1;

/** The shortcut's direction, or null for any other key. */
export function directionOf(e: Pick<KeyboardEvent, 'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'code'>): Direction | null {
  if (!e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey) return null;
  return e.code === NEXT_MARK.code ? 1 : e.code === PREVIOUS_MARK.code ? -1 : null;
}

/**
 * The index of the mark to go to among `count` marks in text order, or null
 * at either end. `current` is the index of the mark last opened; without one,
 * `firstOnScreen` is the index of the first mark at or below the top of the
 * screen (count when all are above it).
 */
export function stepTo(count: number, current: number | null, firstOnScreen: () => number, direction: Direction): number | null {
  if (count === 0) return null;
  const next = current === null ? (direction === 1 ? firstOnScreen() : firstOnScreen() - 1) : current + direction;
  return next >= 0 && next < count ? next : null;
}

/**
 * The first index whose `top` is at or below 0, by bisection: marks run down
 * the article in text order, so this reads a few dozen rectangles even on a
 * page of thousands.
 */
export function firstAtOrBelow(count: number, top: (i: number) => number): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (top(mid) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
