// The extension's own pages: the popup, opened in a tab, and requests to the
// background sent from it as the popup itself would send them, or to a tab as
// the background sends them.
import type { Page } from 'playwright-core';
import { expandMentions } from '../../../lib/extract/compact';
import type { Extraction } from '../../../lib/extract/schema';
import { CompactExtractionSchema, type ContentMessage, type PageStartResponse, PageStartResponseSchema, type Request } from '../../../lib/messages';
import type { TifaBrowser } from './browser';

export async function openPopup(browser: TifaBrowser): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  return page;
}

interface ExtensionGlobal {
  chrome: {
    runtime: { sendMessage(message: unknown): Promise<unknown> };
    tabs: {
      query(filter: { active: boolean; lastFocusedWindow: boolean }): Promise<{ id?: number }[]>;
      sendMessage(tabId: number, message: unknown, options: { frameId: number }): Promise<unknown>;
    };
  };
}

/** Sends a request to the background from an extension page (the popup). */
export function sendToBackground(extensionPage: Page, request: Request): Promise<unknown> {
  return extensionPage.evaluate((r) => (globalThis as unknown as ExtensionGlobal).chrome.runtime.sendMessage(r), request);
}

/** As sendToBackground, with the time until the reply by the extension page's own clock (no driver round trip in it). */
export function timedSendToBackground(extensionPage: Page, request: Request): Promise<{ reply: unknown; ms: number }> {
  return extensionPage.evaluate(async (r) => {
    const start = performance.now();
    const reply = await (globalThis as unknown as ExtensionGlobal).chrome.runtime.sendMessage(r);
    return { reply, ms: performance.now() - start };
  }, request);
}

/** What the content script is told when it starts on `url`: whether to work. */
export async function pageStart(extensionPage: Page, url: string): Promise<PageStartResponse> {
  return PageStartResponseSchema.parse(await sendToBackground(extensionPage, { type: 'page-start', url }));
}

/** A reply to `extract` for `text`, checked and expanded as the content script expands it. */
export function expandReply(reply: unknown, text: string): Extraction {
  const found = CompactExtractionSchema.parse(reply);
  return { persons: found.persons, amounts: found.amounts, slogans: found.slogans, mentions: [...expandMentions(found, text)] };
}

/**
 * What the background's extract() finds in `text` for a page at `url`, with the
 * names and slogans Tifa knows at this moment (corpus and history): what the
 * content script paints when the page's article reads `text`.
 */
export async function extractIn(extensionPage: Page, url: string, text: string): Promise<Extraction> {
  return expandReply(await sendToBackground(extensionPage, { type: 'extract', url, text }), text);
}

/**
 * Sends `page`'s tab a message as the background does (lib/background/browser-ui.ts)
 * for its context menu and keyboard command, which a test cannot reach in a
 * headless browser. Without the `tabs` permission no tab's address is readable,
 * so the tab is found the way the command finds it: `page` brought to the front
 * is the active tab.
 */
export async function sendToTab(extensionPage: Page, page: Page, message: ContentMessage): Promise<void> {
  await page.bringToFront();
  await extensionPage.evaluate(async (m) => {
    const { tabs } = (globalThis as unknown as ExtensionGlobal).chrome;
    const [tab] = await tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id === undefined) throw new Error('no active tab');
    await tabs.sendMessage(tab.id, m, { frameId: 0 });
  }, message);
}
