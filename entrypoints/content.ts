// Loaded by the background (lib/background/injection.ts) into a page whose
// site is switched on and whose text is Chinese or yet to come: the session
// (lib/content/session.ts) checks again from its own world and works there.
// The marks' style sheet is in the manifest (wxt.config.ts), which the
// browser applies before the page is first styled.
import '../lib/dom/highlight.css';
import { startSession } from '../lib/content/session';
import { ignoreForgedRestarts } from '../lib/content/restart-guard';
import { claimPage } from '../lib/content/single-copy';

export default defineContentScript({
  // The pages the background may load it into: its host permissions.
  matches: ['http://*/*', 'https://*/*'],
  registration: 'runtime',
  // The style sheet goes in the manifest by wxt.config.ts, not in a <style> of the page.
  cssInjectionMode: 'manual',
  // WXT's announcement to older copies of this script goes by a DOM event
  // alone: its window.postMessage reached every message listener of the page
  // and cost 10–14 ms of the page's main thread at start-up.
  noScriptStartedPostMessage: true,
  main(ctx) {
    if (!claimPage(() => ctx.isValid)) return;
    ignoreForgedRestarts(import.meta.env.ENTRYPOINT);
    startSession(ctx);
  },
});
