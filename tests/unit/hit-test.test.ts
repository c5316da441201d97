import { parseHTML } from 'linkedom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mentionAtPoint, type PaintedSpan, spanAt, spansIn } from '../../lib/dom/hit-test';
import { emptyTextMap, locate, mapText } from '../../lib/dom/text-map';

const spans = [
  { start: 2, end: 5 },
  { start: 5, end: 8 },
  { start: 12, end: 13 },
  { start: 20, end: 30 },
];

describe('spanAt', () => {
  it('finds the span holding an offset, its end excluded', () => {
    const at = (offset: number) => spanAt(spans, offset);
    expect([0, 1, 8, 11, 13, 19, 30, 99].map(at)).toEqual(Array(8).fill(undefined));
    expect(at(2)).toBe(spans[0]);
    expect(at(4)).toBe(spans[0]);
    expect(at(5)).toBe(spans[1]);
    expect(at(12)).toBe(spans[2]);
    expect(at(29)).toBe(spans[3]);
  });

  it('agrees with a linear scan on every offset', () => {
    for (let offset = -1; offset < 32; offset++) {
      expect(spanAt(spans, offset)).toBe(spans.find((s) => s.start <= offset && offset < s.end));
    }
  });

  it('finds nothing among no spans', () => {
    expect(spanAt([], 0)).toBeUndefined();
  });
});

describe('spansIn', () => {
  it('lists the spans overlapping a range, and the span at a caret', () => {
    expect(spansIn(spans, 4, 13)).toEqual([spans[0], spans[1], spans[2]]);
    expect(spansIn(spans, 8, 12)).toEqual([]);
    expect(spansIn(spans, 6, 6)).toEqual([spans[1]]);
    expect(spansIn(spans, 8, 8)).toEqual([]);
    expect(spansIn(spans, 25, 99)).toEqual([spans[3]]);
  });
});

describe('mentionAtPoint', () => {
  // A line of text: 本报讯曹炯芳出席会议 with one mention, 曹炯芳 at [3, 6).
  const doc = parseHTML('<html><body><p>本报讯曹炯芳出席会议</p></body></html>').document as unknown as Document;
  const map = emptyTextMap();
  Array.from(mapText(doc.body, map));
  const node = map.nodes[0]!;
  const range = (start: number, end: number): StaticRange => {
    const s = locate(map, start, 'start')!;
    const e = locate(map, end, 'end')!;
    return { startContainer: s.node, startOffset: s.offset, endContainer: e.node, endOffset: e.offset, collapsed: false } as StaticRange;
  };
  const mention: PaintedSpan = { start: 3, end: 6, range: range(3, 6) };
  const byRange = new Map([[mention.range as AbstractRange, mention]]);
  // Each character is a 10 px box on a line from y 0 to 20; the mention's box is x 30 to 60.
  const layOut = (caretOffset: number) =>
    Object.assign(Object.create(doc) as Document, {
      caretPositionFromPoint: () => ({ offsetNode: node, offset: caretOffset }),
      createRange: () => {
        let from = 0;
        let to = 0;
        return {
          setStart: (_: Node, o: number) => (from = o),
          setEnd: (_: Node, o: number) => (to = o),
          getClientRects: () => [{ left: from * 10, right: to * 10, top: 0, bottom: 20 }],
        };
      },
    });

  afterEach(() => vi.unstubAllGlobals());

  it('finds the mention from the caret before or after the character clicked', () => {
    expect(mentionAtPoint(layOut(3), 32, 10, [mention], byRange, map)).toBe(mention);
    expect(mentionAtPoint(layOut(6), 58, 10, [mention], byRange, map)).toBe(mention);
  });

  it('finds nothing beside the mention or below the line', () => {
    expect(mentionAtPoint(layOut(2), 25, 10, [mention], byRange, map)).toBeUndefined();
    expect(mentionAtPoint(layOut(6), 62, 10, [mention], byRange, map)).toBeUndefined();
    expect(mentionAtPoint(layOut(4), 45, 40, [mention], byRange, map)).toBeUndefined();
  });

  it('takes the browser’s word where it says which range is under the point', () => {
    const other = { start: 7, end: 9, range: range(7, 9) };
    vi.stubGlobal('CSS', { highlights: { highlightsFromPoint: () => [{ highlight: {}, ranges: [other.range, mention.range] }] } });
    expect(mentionAtPoint(layOut(0), 0, 0, [mention], byRange, map)).toBe(mention);
    vi.stubGlobal('CSS', { highlights: { highlightsFromPoint: () => [] } });
    expect(mentionAtPoint(layOut(4), 45, 10, [mention], byRange, map)).toBeUndefined();
  });

  it('falls back to the caret where the browser returns bare highlights', () => {
    vi.stubGlobal('CSS', { highlights: { highlightsFromPoint: () => [{}] } });
    expect(mentionAtPoint(layOut(4), 45, 10, [mention], byRange, map)).toBe(mention);
  });
});
