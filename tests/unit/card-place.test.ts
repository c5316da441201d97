// Where the lookup card goes (components/card/placement.ts): a pure function
// of the mention's box, the card's natural size and the viewport.
import { describe, expect, it } from 'vitest';
import { GAP, MARGIN, placeCard } from '../../components/card/placement';

const viewport = { width: 1000, height: 800 };
const card = { width: 360, height: 300 };

/** The box the card takes: its natural height, cut to maxHeight. */
const box = (anchor: Parameters<typeof placeCard>[0], size = card, view = viewport) => {
  const p = placeCard(anchor, size, view);
  const height = Math.min(size.height, p.maxHeight);
  return { ...p, right: p.left + size.width, bottom: p.top + height, height };
};

describe('placeCard', () => {
  it('puts the card just below the mention when it fits there', () => {
    expect(placeCard({ top: 100, bottom: 120, left: 200 }, card, viewport)).toEqual({ top: 120 + GAP, left: 200, maxHeight: 800 - 120 - GAP - MARGIN });
  });

  it('flips above a mention at the bottom edge of the window, ending just above it', () => {
    const placed = box({ top: 770, bottom: 790, left: 200 });
    expect(placed.top).toBe(770 - GAP - 300);
    expect(placed.bottom).toBe(770 - GAP);
    expect(placed.height).toBe(300);
  });

  it('shifts left at the right edge, keeping a margin', () => {
    expect(placeCard({ top: 100, bottom: 120, left: 900 }, card, viewport).left).toBe(1000 - 360 - MARGIN);
    expect(placeCard({ top: 100, bottom: 120, left: 3 }, card, viewport).left).toBe(MARGIN);
  });

  it('takes the side with more room and caps the height when the card fits on neither', () => {
    const tall = { width: 360, height: 900 };
    expect(placeCard({ top: 300, bottom: 320, left: 0 }, tall, viewport)).toEqual({ top: 320 + GAP, left: MARGIN, maxHeight: 800 - 320 - GAP - MARGIN });
    expect(placeCard({ top: 500, bottom: 520, left: 0 }, tall, viewport)).toEqual({ top: MARGIN, left: MARGIN, maxHeight: 500 - GAP - MARGIN });
  });

  it('keeps the card on screen when the mention has scrolled off it', () => {
    for (const anchor of [
      { top: -200, bottom: -180, left: 100 },
      { top: 1200, bottom: 1220, left: 100 },
    ]) {
      const placed = box(anchor);
      expect(placed.top).toBeGreaterThanOrEqual(MARGIN);
      expect(placed.bottom).toBeLessThanOrEqual(800 - MARGIN);
      expect(placed.height).toBe(300);
    }
  });

  it('covers a mention as tall as the window rather than shrinking to nothing', () => {
    const placed = box({ top: 5, bottom: 795, left: 100 });
    expect(placed.height).toBe(300);
    expect(placed.bottom).toBeLessThanOrEqual(800 - MARGIN);
  });

  it('never leaves the viewport, whatever the mention, card and window', () => {
    // A fixed pseudo-random walk over mentions, cards and windows, edges included.
    let seed = 12;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let i = 0; i < 5000; i++) {
      const view = { width: 320 + next(1600), height: 200 + next(1000) };
      const size = { width: Math.min(360, view.width - 2 * MARGIN), height: 40 + next(1500) };
      const top = next(view.height + 400) - 200;
      const anchor = { top, bottom: top + 1 + next(60), left: next(view.width + 100) - 50 };
      const placed = box(anchor, size, view);
      const where = JSON.stringify({ view, size, anchor });
      expect(placed.left, where).toBeGreaterThanOrEqual(MARGIN);
      expect(placed.right, where).toBeLessThanOrEqual(view.width - MARGIN);
      expect(placed.top, where).toBeGreaterThanOrEqual(MARGIN);
      expect(placed.bottom, where).toBeLessThanOrEqual(view.height - MARGIN);
      // Room for a header and some of the body, unless the window itself is smaller.
      expect(placed.height, where).toBeGreaterThanOrEqual(Math.min(size.height, 120));
    }
  });
});
