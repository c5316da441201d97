// The part of the window a fixed element can be seen in: the viewport without
// its scroll bars (innerWidth counts them, so a card placed by it could end
// under the vertical one). The scrolling element is <html>, or <body> on a
// page in quirks mode, where its client box is the viewport's.
export function visibleViewport(doc: Document = document): { width: number; height: number } {
  const view = doc.defaultView;
  const root = doc.scrollingElement ?? doc.documentElement;
  return { width: root.clientWidth || (view?.innerWidth ?? 0), height: root.clientHeight || (view?.innerHeight ?? 0) };
}
