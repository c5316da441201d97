// The rules of the looks the reader chose (mark-styles.ts) on the page that
// shows them: one constructed style sheet adopted by the document (the page's
// DOM stays as it was), holding only the rules of the looks in use. Adopting
// or changing it restyles the page once; with the default looks there is none.

export interface MarkSheet {
  /** Makes these rules, and no others, the sheet's. */
  use(rules: readonly string[]): void;
  /** Takes the sheet off the page. */
  dispose(): void;
}

export function createMarkSheet(doc: Document): MarkSheet {
  let sheet: CSSStyleSheet | null = null;
  let text = '';
  return {
    use(rules) {
      const next = rules.join('\n');
      if (!sheet && !next) return;
      if (!sheet) sheet = new CSSStyleSheet();
      if (next !== text) sheet.replaceSync(next);
      text = next;
      // Again each time: the page may have dropped it.
      if (!doc.adoptedStyleSheets.includes(sheet)) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    },
    dispose() {
      const ours = sheet;
      if (ours) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== ours);
      sheet = null;
      text = '';
    },
  };
}
