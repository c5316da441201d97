// Which of many ranges lie near the viewport, as the reader scrolls. Chromium's
// pre-paint work grows with every registered highlight range (about 10 µs a
// range: the 15,700 ranges of a 1 MB page made one frame of 150–300 ms), so on
// a page with thousands of mentions only those within a screen of the viewport
// are registered. The ranges come in document order, which on an article is
// top-to-bottom order, so the window's ends are found by binary search: a few
// dozen range measurements a frame while the reader scrolls, however long the
// page. (An IntersectionObserver on the 3,000 paragraphs of the 1 MB page
// cost the browser 11–20 ms of every scrolled frame.)

/** Ranges this far beyond the viewport, above and below, in viewport heights, count as near: marks are there before they scroll in. */
const NEAR = 1;
/** How many items in a row without a box (hidden) a search steps over before it treats them as below. */
const HIDDEN_RUN = 64;
/** Ranges on either side of the window found that are taken too, for layouts that do not quite follow document order (a float, a table). */
export const SLACK = 100;

interface Span {
  from: number;
  to: number;
}

/**
 * Calls `update` at once with the items (in document order) whose range is near
 * the viewport, then with those that come near (`entered`) and those that move
 * away (`left`) on every scroll or resize, at most once a frame, until `signal`
 * aborts.
 */
export function trackNearViewport<T extends { range: AbstractRange }>(
  items: readonly T[],
  update: (entered: readonly T[], left: readonly T[]) => void,
  signal: AbortSignal,
  doc: Document = document,
): void {
  const view = doc.defaultView;
  if (!view) return update(items, []);
  const probe = doc.createRange();
  /** The item's box in viewport coordinates; null when it has none (hidden, or its nodes changed). */
  const box = (i: number): DOMRect | null => {
    const { range } = items[i]!;
    try {
      probe.setStart(range.startContainer, range.startOffset);
      probe.setEnd(range.endContainer, range.endOffset);
    } catch {
      return null;
    }
    const rect = probe.getBoundingClientRect();
    return rect.width === 0 && rect.height === 0 ? null : rect;
  };
  /** The first item from `i` on that has a box, looking HIDDEN_RUN items ahead at most. */
  const placed = (i: number): [number, DOMRect | null] => {
    for (let j = i; j < Math.min(items.length, i + HIDDEN_RUN); j++) {
      const rect = box(j);
      if (rect) return [j, rect];
    }
    return [i, null];
  };
  /** The first item whose box reaches below `y` (viewport coordinates). */
  const firstBelow = (y: number, edge: 'top' | 'bottom'): number => {
    let lo = 0;
    let hi = items.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const [at, rect] = placed(mid);
      if (!rect || rect[edge] > y) hi = mid;
      else lo = at + 1;
    }
    return lo;
  };

  let shown: Span = { from: 0, to: 0 };
  const refresh = (): void => {
    const height = view.innerHeight;
    const next: Span = {
      from: Math.max(0, firstBelow(-NEAR * height, 'bottom') - SLACK),
      to: Math.min(items.length, firstBelow((1 + NEAR) * height, 'top') + SLACK),
    };
    const entered = [...outside(items, next, shown)];
    const left = [...outside(items, shown, next)];
    shown = next;
    if (entered.length > 0 || left.length > 0) update(entered, left);
  };

  let frame = 0;
  const schedule = (): void => {
    if (frame === 0) {
      frame = view.requestAnimationFrame(() => {
        frame = 0;
        refresh();
      });
    }
  };
  // Capture: scrolling inside the page's own scroll boxes moves the text too.
  const options = { capture: true, passive: true, signal };
  doc.addEventListener('scroll', schedule, options);
  view.addEventListener('resize', schedule, options);
  // The page growing or shrinking (images loading above the text) moves it without a scroll.
  const resized = new view.ResizeObserver(schedule);
  resized.observe(doc.documentElement);
  signal.addEventListener(
    'abort',
    () => {
      view.cancelAnimationFrame(frame);
      resized.disconnect();
    },
    { once: true },
  );
  refresh();
}

/** The items of span `a` that are not in span `b`. */
function* outside<T>(items: readonly T[], a: Span, b: Span): Generator<T> {
  for (let i = a.from; i < a.to; i++) if (i < b.from || i >= b.to) yield items[i]!;
}
