// The only code every page evaluates: it decides whether Tifa works here (the
// Highlight API, Chinese text, the site switched on) and only then loads the
// session's code (entrypoints/session.ts), so a page Tifa leaves alone pays for
// a few kilobytes of script, not for the whole content script. While it says
// no, it listens for what can change the answer: the page's text arriving or a
// new address (an SPA), and the settings; a page with plenty of text in
// another language it leaves alone for good.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { supportsHighlights } from '../dom/highlight-support';
import { pageLanguage } from '../dom/language';
import { type Change, observePage } from '../dom/observe';
import { markSkipped } from '../dom/page-state';
import type { Request } from '../messages';
import { load, SESSION } from './handoff';

export function bootstrap(ctx: ContentScriptContext, doc: Document = document): void {
  const skip = (): void => markSkipped(doc);
  // Without the Highlight API nothing can be marked, whatever the page or the settings.
  if (!supportsHighlights()) return skip();
  const watching = new AbortController();
  ctx.onInvalidated(() => watching.abort());
  /** Counts decisions: an answer that comes after a newer question is dropped. */
  let asked = 0;
  /** The background said no: only a new address or the settings can change that. */
  let switchedOff = false;

  // A change of the settings may switch this site on; the message carries nothing else to read.
  const listener = (message: unknown): undefined => {
    if ((message as { type?: unknown } | null)?.type === 'settings-changed') void decide();
    return undefined;
  };
  let listening = false;
  /** Only a Chinese page listens for the settings: they cannot make Tifa work on another. */
  const listen = (on: boolean): void => {
    if (on === listening) return;
    listening = on;
    if (on) browser.runtime.onMessage.addListener(listener);
    else browser.runtime.onMessage.removeListener(listener);
  };
  ctx.onInvalidated(() => listen(false));

  async function decide(): Promise<void> {
    const question = ++asked;
    switchedOff = false;
    const language = pageLanguage(doc);
    if (language !== 'chinese') {
      skip();
      // A page with text enough in another language is not going to be one Tifa reads: it is not watched.
      if (language === 'other') watching.abort();
      else observe();
      return;
    }
    observe();
    listen(true);
    const request: Request = { type: 'page-start', url: location.href };
    // The session checks the reply against its schema; here only a yes matters.
    const reply: unknown = await browser.runtime.sendMessage(request).catch(() => null);
    if (question !== asked || watching.signal.aborted) return;
    if ((reply as { enabled?: unknown } | null)?.enabled !== true) {
      switchedOff = true;
      return skip();
    }
    watching.abort();
    listen(false);
    // A session that cannot be loaded (the extension updated under the page) leaves the page as it is.
    const start = await load(SESSION).catch((e: unknown) => {
      console.warn('Tifa:', e);
      return null;
    });
    if (!start) return skip();
    if (!ctx.signal.aborted) start(ctx, reply);
  }

  const onChange = (change: Change): void => {
    if (change === 'url' || !switchedOff) void decide();
  };
  let observing = false;
  /** Watches the page for its text arriving or a new address, once. */
  const observe = (): void => {
    if (observing) return;
    observing = true;
    observePage(doc, { article: () => null, ours: () => false, onChange, signal: watching.signal, history: false });
  };
  // At once: on a page Tifa leaves alone this is all it does, and on others it waits for the background next.
  void decide();
}
