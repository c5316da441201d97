// The browser's own UI around the page: the "Look up in Tifa" context-menu
// entry on a selection, and the keyboard command that shows or hides all marks.
// Both only forward a ContentMessage to the tab's content script.
import { browser } from 'wxt/browser';
import type { ContentMessage } from '../messages';

const MENU_ID = 'tifa-lookup';

const send = (tabId: number, message: ContentMessage): void => {
  // A tab without the content script (a browser page, a skipped site) has no listener.
  browser.tabs.sendMessage(tabId, message, { frameId: 0 }).catch(() => {});
};

export function registerBrowserUi(): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_ID, title: 'Look up in Tifa / 用提法查询', contexts: ['selection'] });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    const key = info.selectionText?.trim().slice(0, 200);
    if (info.menuItemId === MENU_ID && key && tab?.id !== undefined) send(tab.id, { type: 'show-card', key });
  });
  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command !== 'toggle-highlights') return;
    const id = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (id !== undefined) send(id, { type: 'toggle-highlights' });
  });
}
