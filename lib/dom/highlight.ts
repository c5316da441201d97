// Paints mentions with the CSS Custom Highlight API: one Highlight per kind,
// registered under a fixed name; the page's DOM is never touched. The
// ::highlight() styles are highlight.css, which the manifest injects with the
// content script: the browser applies it before the page's first style pass,
// where a sheet added after load would restyle the whole document in one frame
// (90 ms on a 1 MB page). On a page with more mentions than PAINT_ALL_UP_TO,
// only those near the viewport are registered (near-viewport.ts).
import type { MentionKind } from '../extract/schema';
import { trackNearViewport } from './near-viewport';

export const HIGHLIGHT_NAMES: Readonly<Record<MentionKind, string>> = {
  official: 'tifa-official',
  person: 'tifa-person',
  amount: 'tifa-amount',
  slogan: 'tifa-slogan',
};

/** Up to this many ranges are all registered; past it, those near the viewport (about 10 ms of the browser's pre-paint work). */
export const PAINT_ALL_UP_TO = 1000;

export interface PaintedRange {
  kind: MentionKind;
  range: AbstractRange;
}

export interface Painter {
  /** Replaces everything painted with these ranges, in document order. */
  paint(ranges: readonly PaintedRange[]): void;
  /** Shows or hides every mark, keeping them. */
  setVisible(visible: boolean): void;
  readonly visible: boolean;
  /** Removes the marks: the page is as before. */
  dispose(): void;
}

export const supportsHighlights = (): boolean =>
  typeof Highlight === 'function' && typeof CSS !== 'undefined' && 'highlights' in CSS;

const KINDS = Object.keys(HIGHLIGHT_NAMES) as MentionKind[];

export function createPainter(): Painter {
  const highlights = Object.fromEntries(KINDS.map((kind) => [kind, new Highlight()])) as Record<MentionKind, Highlight>;
  let visible = true;
  let tracking: AbortController | null = null;

  const register = (): void => {
    for (const kind of KINDS) CSS.highlights.set(HIGHLIGHT_NAMES[kind], highlights[kind]);
  };
  const unregister = (): void => {
    // Only ours: a page could have registered the same name.
    for (const kind of KINDS) {
      if (CSS.highlights.get(HIGHLIGHT_NAMES[kind]) === highlights[kind]) CSS.highlights.delete(HIGHLIGHT_NAMES[kind]);
    }
  };
  const clear = (): void => {
    tracking?.abort();
    tracking = null;
    for (const h of Object.values(highlights)) h.clear();
  };
  register();

  return {
    paint(ranges) {
      clear();
      if (ranges.length <= PAINT_ALL_UP_TO) {
        for (const { kind, range } of ranges) highlights[kind].add(range);
      } else {
        tracking = new AbortController();
        trackNearViewport(
          ranges,
          (entered, left) => {
            for (const { kind, range } of left) highlights[kind].delete(range);
            for (const { kind, range } of entered) highlights[kind].add(range);
          },
          tracking.signal,
        );
      }
      if (visible) register();
    },
    setVisible(show) {
      visible = show;
      if (show) register();
      else unregister();
    },
    get visible() {
      return visible;
    },
    dispose() {
      unregister();
      clear();
    },
  };
}
