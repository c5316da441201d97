// Reads a page the content script serialized (lib/dom/read-page.ts), off the
// page's main thread and off the background's event loop where it can be:
// Firefox's background is a page with a DOM, and reads it itself; Chrome's
// service worker has no DOMParser and hands it to an offscreen document
// (entrypoints/offscreen), created on first use and kept.
import { browser } from 'wxt/browser';
import { readPageHtml } from '../dom/read-page';
import { type OffscreenRequest, type PageHtml, type PageReading, PageReadingSchema } from '../messages';

const OFFSCREEN_PAGE = '/offscreen.html';

export type PageReader = (page: PageHtml, url: string) => Promise<PageReading>;

let creating: Promise<void> | null = null;

async function ensureOffscreen(): Promise<void> {
  const open = await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT' as Browser.runtime.ContextType] });
  if (open.length > 0) return;
  creating ??= browser.offscreen
    .createDocument({
      url: OFFSCREEN_PAGE,
      reasons: ['DOM_PARSER' as Browser.offscreen.Reason],
      justification: 'Find the article in a copy of the page, off the page’s main thread.',
    })
    // Another start of the service worker may have made it meanwhile.
    .catch((e: unknown) => {
      if (!String(e).includes('single offscreen')) throw e;
    })
    .finally(() => (creating = null));
  await creating;
}

async function readOffscreen(page: PageHtml, url: string): Promise<PageReading> {
  await ensureOffscreen();
  const request: OffscreenRequest = { type: 'offscreen-read-page', url, html: page.html, whole: page.whole };
  const reading = PageReadingSchema.safeParse(await browser.runtime.sendMessage(request));
  if (!reading.success) throw new Error('the offscreen document did not read the page');
  return reading.data;
}

export const readPage: PageReader = async (page, url) =>
  typeof DOMParser === 'function' ? readPageHtml(page, url) : readOffscreen(page, url);
