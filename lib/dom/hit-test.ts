// Which painted mention is under the pointer. Highlights have no elements to
// receive events, so a click is mapped back to a range: by the browser
// (CSS.highlights.highlightsFromPoint) where it can, else from the caret
// position under the point, looked up in the sorted mentions.
import { offsetOf, type TextMap } from './text-map';

export interface Span {
  start: number;
  end: number;
}

/** A mention as painted: flat offsets [start, end) and its range on the page. */
export interface PaintedSpan extends Span {
  range: StaticRange;
}

/** The span containing `offset` (start <= offset < end) among spans sorted by start and not overlapping. */
export function spanAt<T extends Span>(spans: readonly T[], offset: number): T | undefined {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (spans[mid]!.start <= offset) lo = mid + 1;
    else hi = mid;
  }
  const span = spans[lo - 1];
  return span && offset < span.end ? span : undefined;
}

/** The spans overlapping [start, end) (an empty range: touching `start`), in order. */
export function spansIn<T extends Span>(spans: readonly T[], start: number, end: number): T[] {
  // Sorted and disjoint spans have sorted ends too: find the first ending after start.
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (spans[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  const found: T[] = [];
  for (let i = lo; i < spans.length && spans[i]!.start < Math.max(end, start + 1); i++) found.push(spans[i]!);
  return found;
}

interface CaretDocument {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
}

/** The text position nearest a viewport point, in any browser. */
export function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as unknown as CaretDocument;
  if (typeof d.caretPositionFromPoint === 'function') {
    const pos = d.caretPositionFromPoint.call(doc, x, y);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  const range = d.caretRangeFromPoint?.call(doc, x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

type HighlightHit = { highlight: Highlight; ranges: AbstractRange[] };
interface HitTestingRegistry {
  highlightsFromPoint?: (x: number, y: number) => (HighlightHit | Highlight)[];
}

/**
 * The painted mention under a viewport point. `byRange` finds a mention from
 * its range; `spans` are all mentions sorted by start, with offsets into `map`.
 */
export function mentionAtPoint<T extends PaintedSpan>(
  doc: Document,
  x: number,
  y: number,
  spans: readonly T[],
  byRange: ReadonlyMap<AbstractRange, T>,
  map: TextMap,
): T | undefined {
  const registry = (globalThis.CSS as { highlights?: HitTestingRegistry } | undefined)?.highlights;
  const hits = registry?.highlightsFromPoint?.(x, y);
  // Early implementations return bare Highlights, which do not say which range was hit.
  if (hits && hits.every((h) => 'ranges' in h)) {
    for (const hit of hits as HighlightHit[]) {
      for (const range of hit.ranges) {
        const found = byRange.get(range);
        if (found) return found;
      }
    }
    return undefined;
  }
  const caret = caretAt(doc, x, y);
  const offset = caret && offsetOf(map, caret.node, caret.offset);
  if (offset === null || offset === undefined) return undefined;
  // The caret lands before or after the character clicked, whichever half was hit.
  for (const candidate of [spanAt(spans, offset), spanAt(spans, offset - 1)]) {
    if (candidate && covers(doc, candidate.range, x, y)) return candidate;
  }
  return undefined;
}

/** Whether the point falls on the laid-out text of the range (not on empty space beside it). */
function covers(doc: Document, range: StaticRange, x: number, y: number): boolean {
  try {
    const live = doc.createRange();
    live.setStart(range.startContainer, range.startOffset);
    live.setEnd(range.endContainer, range.endOffset);
    return Array.from(live.getClientRects()).some((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom);
  } catch {
    // The text changed since the range was made; the next pass repaints.
    return false;
  }
}
