// WXT stops an older copy of a content script when a newer copy announces
// itself with a DOM event named `<extension id>:<entrypoint>:wxt:content-script-started`.
// The extension id is public, so a page could dispatch that event and switch
// Tifa off. A real newer copy only arrives once this copy is orphaned (the
// extension was reloaded or updated, and `runtime.id` is gone), so while this
// copy's extension is alive the event is a forgery: it is stopped in the
// capture phase on window, before it reaches WXT's listener on document.
import { browser } from 'wxt/browser';

export function ignoreForgedRestarts(entrypoint: string, win: Window = window): void {
  const type = `${browser.runtime.id}:${entrypoint}:wxt:content-script-started`;
  win.addEventListener(
    type,
    (event) => {
      if (browser.runtime?.id) event.stopImmediatePropagation();
    },
    { capture: true },
  );
}
