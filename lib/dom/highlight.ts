// Paints mentions with the CSS Custom Highlight API: one Highlight per kind,
// registered under the name of its look (mark-styles.ts); the page's DOM is
// never touched. The default looks' ::highlight() styles are highlight.css,
// which the manifest injects with the content script: the browser applies it
// before the page's first style pass, where a sheet added after load would
// restyle the whole document in one frame (90 ms on a 1 MB page). A look the
// reader chose costs that once (mark-sheet.ts). Restyling re-registers the
// kinds' Highlights under other names; a kind switched off is not registered.
// On a page with more mentions than PAINT_ALL_UP_TO, only those near the
// viewport are registered (near-viewport.ts).
import type { MentionKind } from '../extract/schema';
import type { Marks } from '../messages';
import { createMarkSheet } from './mark-sheet';
import { DEFAULT_MARKS, highlightName, isDefaultLook, markRule } from './mark-styles';
import type { PageTheme } from './page-theme';
import { trackNearViewport } from './near-viewport';

/** Up to this many ranges are all registered; past it, those near the viewport (about 10 ms of the browser's pre-paint work). */
export const PAINT_ALL_UP_TO = 1000;

export interface PaintedRange {
  kind: MentionKind;
  range: AbstractRange;
}

/** Which kinds are drawn and how, on a page of which theme. */
export interface MarkLook {
  marks: Marks;
  theme: PageTheme;
}

export interface Painter {
  /** Replaces everything painted with these ranges, in document order. */
  paint(ranges: readonly PaintedRange[]): void;
  /** Draws the marks in another look, keeping them. */
  restyle(look: MarkLook): void;
  /** Shows or hides every mark, keeping them. */
  setVisible(visible: boolean): void;
  readonly visible: boolean;
  /** Whether marks of this kind are drawn (visible, and the kind switched on). */
  shows(kind: MentionKind): boolean;
  /** Removes the marks: the page is as before. */
  dispose(): void;
}

const KINDS = Object.keys(DEFAULT_MARKS) as MentionKind[];

export function createPainter(initial: MarkLook, doc: Document = document): Painter {
  const sheet = createMarkSheet(doc);
  const highlights = Object.fromEntries(KINDS.map((kind) => [kind, new Highlight()])) as Record<MentionKind, Highlight>;
  let look = initial;
  let visible = true;
  let tracking: AbortController | null = null;
  /** The name each kind is registered under now. */
  const registered = new Map<MentionKind, string>();

  const unregister = (): void => {
    // Only ours: a page could have registered the same name.
    for (const [kind, name] of registered) if (CSS.highlights.get(name) === highlights[kind]) CSS.highlights.delete(name);
    registered.clear();
  };
  const register = (): void => {
    unregister();
    if (!visible) return;
    const rules: string[] = [];
    for (const kind of KINDS) {
      const style = look.marks[kind];
      if (!style.shown) continue;
      if (!isDefaultLook(kind, style)) rules.push(markRule(kind, style, look.theme));
      const name = highlightName(kind, style, look.theme);
      CSS.highlights.set(name, highlights[kind]);
      registered.set(kind, name);
    }
    sheet.use(rules);
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
      // A page may have taken a name meanwhile.
      register();
    },
    restyle(next) {
      look = next;
      register();
    },
    setVisible(show) {
      visible = show;
      register();
    },
    get visible() {
      return visible;
    },
    shows: (kind) => visible && look.marks[kind].shown,
    dispose() {
      unregister();
      clear();
      sheet.dispose();
    },
  };
}
