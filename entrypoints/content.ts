// Runs on every web page once it is idle; lib/content/session.ts decides
// whether there is a Chinese article to work on. The marks' style sheet is the
// manifest's, which the browser applies before the page is first styled.
import '../lib/dom/highlight.css';
import { ignoreForgedRestarts } from '../lib/content/restart-guard';
import { startSession } from '../lib/content/session';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    ignoreForgedRestarts(import.meta.env.ENTRYPOINT);
    startSession(ctx);
  },
});
