// Runs on every web page once it is idle: a bootstrap (lib/content/bootstrap.ts)
// that loads the session's code only where Tifa works. The marks' style sheet
// is the manifest's, which the browser applies before the page is first styled.
import '../lib/dom/highlight.css';
import { bootstrap } from '../lib/content/bootstrap';
import { ignoreForgedRestarts } from '../lib/content/restart-guard';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // WXT's announcement to older copies of this script goes by a DOM event
  // alone: its window.postMessage reached every message listener of the page
  // and cost 10–14 ms of the page's main thread at start-up.
  noScriptStartedPostMessage: true,
  main(ctx) {
    ignoreForgedRestarts(import.meta.env.ENTRYPOINT);
    bootstrap(ctx);
  },
});
