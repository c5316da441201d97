// Run by the background in the page's own world (lib/background/injection.ts)
// before any content script: whether the page is Chinese, or may yet be. An
// isolated world costs a page about 3 ms to create, so a page that is not is
// told here, at the cost of this check alone. The page's scripts could tamper
// with the answer, which only decides whether the content script is loaded:
// the content script checks again in its own world.
import { pageLanguage } from '../lib/dom/language';
import { markSkipped } from '../lib/dom/page-state';

export default defineUnlistedScript({
  // No global: the file runs in the page's world, and its value is the answer executeScript returns.
  globalName: false,
  main() {
    const language = pageLanguage(document);
    if (language === 'other') markSkipped(document);
    return language;
  },
});
