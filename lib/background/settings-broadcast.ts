// Every open tab follows a change of the settings at once. The settings live in
// the extension's IndexedDB, which a content script cannot read or watch (it
// runs on the page's origin), so the background tells each tab, and each asks
// `page-start` again: whether it may work there stays the background's
// decision (site, pause, private window), and the message itself carries
// nothing a tab must trust.
import { browser } from 'wxt/browser';
import type { ContentMessage } from '../messages';

const CHANGED: ContentMessage = { type: 'settings-changed' };

export async function tellTabsSettingsChanged(): Promise<void> {
  // Tifa's own pages (the sample article) listen on the runtime; nobody listening is no error.
  browser.runtime.sendMessage(CHANGED).catch(() => {});
  for (const tab of await browser.tabs.query({})) {
    // A tab without the content script (a browser page, a page still loading) has no listener.
    if (tab.id !== undefined) browser.tabs.sendMessage(tab.id, CHANGED).catch(() => {});
  }
}
