// Tifa's content script is not in the manifest: the background loads it into a
// page once it knows Tifa works there. A manifest content script costs every
// page it matches an isolated world, about 3 ms of the page's main thread
// before a line of Tifa runs. So on each page load (and SPA address change),
// the background asks whether the site is switched on and whether the page's
// title (which the browser knows) is Chinese; where it is not, it runs the
// language probe (entrypoints/language-probe.ts) in the page's own world. It
// loads the content script only where the page is Chinese or may yet be, and
// the content script checks the text again in its own world. An English page
// pays for the probe alone; a site switched off pays for nothing but its state
// mark. The marks' style sheet stays in the manifest (no script world, and
// applied before the page is first styled).
//
// Open tabs are visited again when the settings change (a site switched on)
// and when Tifa is installed or updated, and an SPA's new address, only where
// the content script is not running yet. A content script already running in a
// page refuses a second copy (lib/content/single-copy.ts).
import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { isChineseTitle, PAGE_LANGUAGES } from '../dom/language';
import { STATE_ATTRIBUTE } from '../dom/page-state';
import { enabledFor } from './enabled';

export const LANGUAGE_PROBE = '/language-probe.js';
export const CONTENT_SCRIPT = '/content-scripts/content.js';

const PageLanguageSchema = z.enum(PAGE_LANGUAGES);

/** The top document of a tab; `documentId` (Chrome) pins it against a navigation in between. */
export interface TopDocument {
  tabId: number;
  url: string;
  documentId?: string;
}

type Target = { tabId: number; documentIds: string[] } | { tabId: number; frameIds: number[] };
const targetOf = ({ tabId, documentId }: TopDocument): Target => (documentId ? { tabId, documentIds: [documentId] } : { tabId, frameIds: [0] });

/**
 * The probe's answer; `unknown` when it gave none that fits (the page's
 * scripts broke the probe in their world, or tampered with its answer): the
 * content script then decides for itself.
 */
async function languageOf(target: Target): Promise<z.infer<typeof PageLanguageSchema>> {
  const results = await browser.scripting.executeScript({ target, world: 'MAIN', files: [LANGUAGE_PROBE] }).catch(() => []);
  const parsed = PageLanguageSchema.safeParse(results[0]?.result);
  return parsed.success ? parsed.data : 'unknown';
}

/** Marks a page Tifa will not work on as skipped, as the content script would have. */
const markSkipped = (target: Target): Promise<unknown> =>
  browser.scripting.executeScript({
    target,
    world: 'MAIN',
    func: (name: string) => document.documentElement.setAttribute(name, 'skipped'),
    args: [STATE_ATTRIBUTE],
  });

/**
 * Each tab whose document got the content script, by its document id (none
 * in Firefox), until the tab commits a new document. An SPA's new address in
 * that document is then the content script's to follow (it watches the
 * address): no probe, no second copy. Kept for the background's life only:
 * after a restart, a second copy refuses to run (lib/content/single-copy.ts).
 */
const loaded = new Map<number, string | undefined>();

/** Whether the content script already runs in this navigation's document. */
export const hasContentScript = (tabId: number, documentId?: string): boolean => loaded.has(tabId) && loaded.get(tabId) === documentId;

/** The tab's document is another: what it had is gone. */
export const forgetDocument = (tabId: number): void => void loaded.delete(tabId);

export type Outcome = 'loaded' | 'not chinese' | 'switched off' | 'not http';

/**
 * Loads the content script into `page` if Tifa works there. `markOff`: a site
 * switched off is marked skipped (on its load; not on a later visit of an open
 * tab, whose content script may still be clearing its marks).
 */
export async function visitPage(page: TopDocument, markOff: boolean): Promise<Outcome> {
  if (!/^https?:/.test(page.url)) return 'not http';
  const target = targetOf(page);
  const tab = await browser.tabs.get(page.tabId);
  if (!(await enabledFor(page.url, { tab }))) {
    if (markOff) await markSkipped(target);
    return 'switched off';
  }
  // A Chinese title is answer enough to load the content script: the probe would cost the page 2–3 ms.
  if (!isChineseTitle(tab.title ?? '') && (await languageOf(target)) === 'other') return 'not chinese';
  await browser.scripting.executeScript({ target, files: [CONTENT_SCRIPT] });
  loaded.set(page.tabId, page.documentId);
  return 'loaded';
}

/** Visits `page`; a page the browser keeps scripts out of (its own pages, the web store) or a tab gone since is left alone. */
const visit = (page: TopDocument, markOff: boolean): void => {
  visitPage(page, markOff).catch(() => {});
};

/**
 * Every open tab's page visited again, but those that run the content script:
 * it follows a change of the settings itself (lib/background/settings-broadcast.ts).
 */
export async function visitOpenTabs(): Promise<void> {
  for (const tab of await browser.tabs.query({})) {
    if (tab.id !== undefined && tab.url && !loaded.has(tab.id)) visit({ tabId: tab.id, url: tab.url }, false);
  }
}

/** Navigation details as both browsers give them: Firefox has no frameType nor documentId. */
interface Navigation {
  tabId: number;
  frameId: number;
  url: string;
  frameType?: string;
  documentId?: string;
}

/** A tab's top document: a prerendered page (Chrome) is one too, with a frame id of its own. */
const isTop = (n: Navigation): boolean => (n.frameType ? n.frameType === 'outermost_frame' : n.frameId === 0);

export function injectContentScript(): void {
  const onNavigation = (n: Navigation): void => {
    if (isTop(n)) visit({ tabId: n.tabId, url: n.url, documentId: n.documentId }, true);
  };
  browser.webNavigation.onCommitted.addListener((n: Navigation) => isTop(n) && forgetDocument(n.tabId));
  // The probe waits for the page to be idle, as a manifest content script would.
  browser.webNavigation.onDOMContentLoaded.addListener(onNavigation);
  browser.webNavigation.onHistoryStateUpdated.addListener((n: Navigation) => hasContentScript(n.tabId, n.documentId) || onNavigation(n));
  browser.tabs.onRemoved.addListener(forgetDocument);
  browser.runtime.onInstalled.addListener(() => void visitOpenTabs());
}
