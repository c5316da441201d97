// The viewport window of a page with many marks (lib/dom/near-viewport.ts), on
// a stand-in page whose layout is a table of boxes: every range sits at a
// known height, hidden ones have no box, and scrolling moves them all.
import { describe, expect, it } from 'vitest';
import { SLACK, trackNearViewport } from '../../lib/dom/near-viewport';

const VIEWPORT = 1000;

interface FakeNode {
  /** Top of the range's box on the page; null: hidden (no box). */
  top: number | null;
}

interface Item {
  id: number;
  range: AbstractRange;
}

/** A page of `tops` (one range each, 20 px tall) scrolled by `scroll`; `frame()` runs the pending animation frame. */
function fakePage(tops: (number | null)[]) {
  let scroll = 0;
  let pending: (() => void) | null = null;
  const listeners: (() => void)[] = [];
  // As the DOM does: a listener added with a signal is gone once it aborts.
  const listen = (_type: string, cb: () => void, options?: { signal?: AbortSignal }) =>
    listeners.push(() => {
      if (!options?.signal?.aborted) cb();
    });
  const view = {
    innerHeight: VIEWPORT,
    requestAnimationFrame: (cb: () => void) => {
      pending = cb;
      return 1;
    },
    cancelAnimationFrame: () => (pending = null),
    addEventListener: listen,
    ResizeObserver: class {
      observe() {}
      disconnect() {}
    },
  };
  const doc = {
    defaultView: view,
    documentElement: {},
    addEventListener: listen,
    createRange: () => {
      let node: FakeNode = { top: null };
      return {
        setStart: (n: FakeNode) => (node = n),
        setEnd: () => undefined,
        getBoundingClientRect: () =>
          node.top === null
            ? { top: 0, bottom: 0, width: 0, height: 0 }
            : { top: node.top - scroll, bottom: node.top - scroll + 20, width: 30, height: 20 },
      };
    },
  } as unknown as Document;
  const items: Item[] = tops.map((top, id) => ({ id, range: { startContainer: { top }, startOffset: 0, endContainer: { top }, endOffset: 1 } as unknown as AbstractRange }));
  return {
    doc,
    items,
    scrollTo(y: number) {
      scroll = y;
      for (const listener of listeners) listener();
    },
    frame() {
      const run = pending;
      pending = null;
      run?.();
    },
  };
}

/** Follows the window: the ids registered after every update. */
function follow(page: ReturnType<typeof fakePage>, signal = new AbortController().signal) {
  const shown = new Set<number>();
  let updates = 0;
  trackNearViewport(
    page.items,
    (entered, left) => {
      updates++;
      for (const item of left) {
        expect(shown.has(item.id)).toBe(true);
        shown.delete(item.id);
      }
      for (const item of entered) {
        expect(shown.has(item.id)).toBe(false);
        shown.add(item.id);
      }
    },
    signal,
    page.doc,
  );
  return { shown, updates: () => updates };
}

/** The ids whose box is within a screen of the viewport at scroll `y`. */
const near = (tops: (number | null)[], y: number): number[] =>
  tops.flatMap((top, id) => (top !== null && top + 20 > y - VIEWPORT && top < y + 2 * VIEWPORT ? [id] : []));

describe('the marks near the viewport', () => {
  // 20 000 ranges, 10 px apart: a page 200 000 px tall.
  const tops = Array.from({ length: 20_000 }, (_, i) => i * 10);

  it('are the ranges within a screen above and below, and a few on either side, from the start', () => {
    const page = fakePage(tops);
    const { shown } = follow(page);
    for (const id of near(tops, 0)) expect(shown.has(id)).toBe(true);
    expect(shown.size).toBeLessThanOrEqual(near(tops, 0).length + 2 * SLACK + 1);
  });

  it('follow scrolling, once a frame, entering and leaving each range once', () => {
    const page = fakePage(tops);
    const { shown, updates } = follow(page);
    const before = updates();
    page.scrollTo(100_000);
    page.scrollTo(100_050);
    expect(updates()).toBe(before);
    page.frame();
    expect(updates()).toBe(before + 1);
    for (const id of near(tops, 100_050)) expect(shown.has(id)).toBe(true);
    expect(shown.has(0)).toBe(false);
    expect(shown.size).toBeLessThanOrEqual(near(tops, 100_050).length + 2 * SLACK + 1);
    page.scrollTo(0);
    page.frame();
    for (const id of near(tops, 0)) expect(shown.has(id)).toBe(true);
    expect(shown.has(10_000)).toBe(false);
  });

  it('step over hidden ranges', () => {
    // Every third range hidden, and a hidden run of 50 just above the viewport.
    const withHidden = tops.map((top, i) => (i % 3 === 0 || (i >= 9_900 && i < 9_950) ? null : top));
    const page = fakePage(withHidden);
    const { shown } = follow(page);
    page.scrollTo(99_600);
    page.frame();
    for (const id of near(withHidden, 99_600)) expect(shown.has(id)).toBe(true);
  });

  it('stop when the signal aborts', () => {
    const page = fakePage(tops);
    const stop = new AbortController();
    const { updates } = follow(page, stop.signal);
    stop.abort();
    page.scrollTo(50_000);
    page.frame();
    expect(updates()).toBe(1);
  });
});
