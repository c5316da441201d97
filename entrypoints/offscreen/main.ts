// Chrome's offscreen document: reads the pages the background hands it
// (lib/background/page-reader.ts) with the DOMParser its service worker lacks.
// It answers only the background; every other message is left to it.
import { browser } from 'wxt/browser';
import { readPageHtml } from '../../lib/dom/read-page';
import { OffscreenRequestSchema } from '../../lib/messages';

const root = browser.runtime.getURL('/');

browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
  const request = OffscreenRequestSchema.safeParse(message);
  if (!request.success || sender.tab || !sender.url?.startsWith(root)) return undefined;
  sendResponse(readPageHtml(request.data, request.data.url));
  return undefined;
});
