// Paints mentions with the CSS Custom Highlight API: one Highlight per kind,
// registered under a fixed name and styled with ::highlight(); the page's DOM
// is never touched. The style sheet is adopted (not a <style> element) where
// the browser lets a content script do so.
import type { MentionKind } from '../extract/schema';

export const HIGHLIGHT_NAMES: Readonly<Record<MentionKind, string>> = {
  official: 'tifa-official',
  person: 'tifa-person',
  amount: 'tifa-amount',
  slogan: 'tifa-slogan',
};

// Translucent backgrounds and mid-tone underlines read on light and dark pages alike.
const STYLES = `
::highlight(tifa-official) { background-color: rgb(229 57 53 / 0.18); text-decoration: underline solid 2px rgb(229 57 53 / 0.9); }
::highlight(tifa-person) { background-color: rgb(30 136 229 / 0.16); text-decoration: underline dashed 2px rgb(30 136 229 / 0.9); }
::highlight(tifa-amount) { background-color: rgb(67 160 71 / 0.18); text-decoration: underline solid 2px rgb(67 160 71 / 0.9); }
::highlight(tifa-slogan) { background-color: rgb(251 140 0 / 0.2); text-decoration: underline dotted 2px rgb(251 140 0 / 0.95); }
`;

export interface PaintedRange {
  kind: MentionKind;
  range: AbstractRange;
}

export interface Painter {
  /** Replaces everything painted with these ranges. */
  paint(ranges: Iterable<PaintedRange>): void;
  /** Shows or hides every mark, keeping them. */
  setVisible(visible: boolean): void;
  readonly visible: boolean;
  /** Removes the marks and the styles: the page is as before. */
  dispose(): void;
}

export const supportsHighlights = (): boolean =>
  typeof Highlight === 'function' && typeof CSS !== 'undefined' && 'highlights' in CSS;

const KINDS = Object.keys(HIGHLIGHT_NAMES) as MentionKind[];

export function createPainter(doc: Document): Painter {
  const highlights = Object.fromEntries(KINDS.map((kind) => [kind, new Highlight()])) as Record<MentionKind, Highlight>;
  const styles = installStyles(doc);
  let visible = true;

  const register = (): void => {
    for (const kind of KINDS) CSS.highlights.set(HIGHLIGHT_NAMES[kind], highlights[kind]);
  };
  const unregister = (): void => {
    // Only ours: a page could have registered the same name.
    for (const kind of KINDS) {
      if (CSS.highlights.get(HIGHLIGHT_NAMES[kind]) === highlights[kind]) CSS.highlights.delete(HIGHLIGHT_NAMES[kind]);
    }
  };
  register();

  return {
    paint(ranges) {
      for (const h of Object.values(highlights)) h.clear();
      for (const { kind, range } of ranges) highlights[kind].add(range);
      styles.ensure();
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
      for (const h of Object.values(highlights)) h.clear();
      styles.remove();
    },
  };
}

interface Styles {
  /** Puts the sheet back if the page replaced its adopted sheets. */
  ensure(): void;
  remove(): void;
}

function installStyles(doc: Document): Styles {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(STYLES);
    const adopt = (): void => {
      if (!doc.adoptedStyleSheets.includes(sheet)) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    };
    adopt();
    // Firefox may refuse a sheet built in a content script's compartment without throwing.
    if (doc.adoptedStyleSheets.includes(sheet)) {
      return {
        ensure: adopt,
        remove: () => {
          doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
        },
      };
    }
  } catch {
    // Falls through to a <style> element.
  }
  const style = doc.createElement('style');
  style.textContent = STYLES;
  const attach = (): void => {
    if (!style.isConnected) (doc.head ?? doc.documentElement).append(style);
  };
  attach();
  return { ensure: attach, remove: () => style.remove() };
}
