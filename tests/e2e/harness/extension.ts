// The extension's own pages: the popup, opened in a tab, and requests to the
// background sent from it as the popup itself would send them.
import type { Page } from 'playwright-core';
import { type PageStartResponse, PageStartResponseSchema, type Request } from '../../../lib/messages';
import type { TifaBrowser } from './browser';

export async function openPopup(browser: TifaBrowser): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  return page;
}

interface ExtensionGlobal {
  chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };
}

/** Sends a request to the background from an extension page (the popup). */
export function sendToBackground(extensionPage: Page, request: Request): Promise<unknown> {
  return extensionPage.evaluate((r) => (globalThis as unknown as ExtensionGlobal).chrome.runtime.sendMessage(r), request);
}

/** What the content script is told when it starts on `url`: whether to work, and the names and slogans Tifa knows. */
export async function pageStart(extensionPage: Page, url: string): Promise<PageStartResponse> {
  return PageStartResponseSchema.parse(await sendToBackground(extensionPage, { type: 'page-start', url }));
}
