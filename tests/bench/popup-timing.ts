// How long the popup takes to show the history, by the popup page's own clock
// (performance.now(), 0 at navigation start), so that the driver's round trips
// to the browser are not counted. A MutationObserver callback runs right after
// the DOM change it reports, so its time is when the list entered the DOM.
import type { Page } from 'playwright-core';
import type { TifaBrowser } from '../e2e/harness/browser';
import { openPopup } from '../e2e/harness/extension';

const ITEM = '[data-testid="history-item"]';
const RECENT_ITEM = `[data-testid="recent-list"] ${ITEM}`;
// Results render pages and matching names together; either shows the search is done.
const SEARCH_DONE = `[data-testid="search-results"] ${ITEM}, [data-testid="search-person"]`;
const TIMEOUT_MS = 120_000;

/** For context.addInitScript: notes when the recent list first has items, as `window.__tifaRecentShownAt`. */
export const RECENT_SHOWN_WATCH = `
new MutationObserver((_, observer) => {
  if (document.querySelector(${JSON.stringify(RECENT_ITEM)})) {
    window.__tifaRecentShownAt = performance.now();
    observer.disconnect();
  }
}).observe(document, { childList: true, subtree: true });
`;

interface WatchGlobal {
  __tifaRecentShownAt?: number;
}

/** Opens the popup in a new tab (RECENT_SHOWN_WATCH must be installed); ms from navigation start to the recent list in the DOM. */
export async function timePopupOpen(browser: TifaBrowser): Promise<{ popup: Page; ms: number }> {
  const popup = await openPopup(browser);
  const shown = await popup.waitForFunction(() => (globalThis as WatchGlobal).__tifaRecentShownAt, undefined, { timeout: TIMEOUT_MS });
  return { popup, ms: (await shown.jsonValue()) as number };
}

/**
 * Types `query` into the popup's search box at once, as a Chinese input
 * method commits a name, and returns the ms until its results are in the DOM.
 * The popup must show the recent list (see clearSearch), so nothing matches
 * before the new results arrive.
 */
export function timeSearch(popup: Page, query: string): Promise<number> {
  return popup.evaluate(
    ({ query, done, timeout }) =>
      new Promise<number>((resolve, reject) => {
        const input = document.querySelector<HTMLInputElement>('[data-testid="history-search"]');
        if (!input) throw new Error('no search box');
        const start = performance.now();
        const observer = new MutationObserver(() => {
          if (!document.querySelector(done)) return;
          observer.disconnect();
          resolve(performance.now() - start);
        });
        observer.observe(document.body, { childList: true, subtree: true });
        setTimeout(() => {
          observer.disconnect();
          reject(new Error(`no results for ${query} after ${timeout} ms`));
        }, timeout);
        input.value = query;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }),
    { query, done: SEARCH_DONE, timeout: TIMEOUT_MS },
  );
}

/** Empties the search box and waits for the recent list to be back. */
export async function clearSearch(popup: Page): Promise<void> {
  await popup.getByTestId('history-search').fill('');
  await popup.locator(RECENT_ITEM).first().waitFor({ timeout: TIMEOUT_MS });
}
