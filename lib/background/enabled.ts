// Whether Tifa may work on a page: its site is switched on, Tifa is not
// paused, and the tab is not in a private window. The background's decision
// alone, asked before it loads the content script and on every request a
// content script makes.
import { getSettings, isSiteEnabled } from '../db/settings';
import { siteOf } from '../db/site';
import type { Settings } from '../messages';

/** What the decision reads of the tab: runtime.MessageSender's or tabs.Tab's. */
export interface TabOf {
  tab?: { incognito: boolean };
}

export const allowed = (settings: Settings, url: string, sender: TabOf): boolean => !sender.tab?.incognito && isSiteEnabled(settings, siteOf(url));

export const enabledFor = async (url: string, sender: TabOf): Promise<boolean> => allowed(await getSettings(), url, sender);
