// Reading and driving the popup (its data-testid contract): the pages it lists
// and the history file it exports.
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { HistoryExportSchema, type HistoryExport } from '../../../lib/db/schema';

export interface ListedPage {
  /** The page's address, from the item's link. */
  url: string | null;
  text: string;
  /** The number shown beside each kind (`data-kind`). */
  counts: Record<string, number>;
}

export const HISTORY_ITEM = '[data-testid="history-item"]';

/** In the popup (Playwright's evaluateAll, Puppeteer's $$eval): what the history items show. */
export const readHistoryItems = (items: Element[]): ListedPage[] =>
  items.map((item) => ({
    url: item.querySelector('a[href]')?.getAttribute('href') ?? null,
    text: item.textContent ?? '',
    counts: Object.fromEntries(
      [...item.querySelectorAll('[data-kind]')].map((el) => [el.getAttribute('data-kind'), Number(/\d+/.exec(el.textContent ?? '')?.[0])]),
    ),
  }));

/** The pages listed in `scope` (the whole popup by default), in order. */
export function listedPages(scope: Page | Locator): Promise<ListedPage[]> {
  return scope.locator(HISTORY_ITEM).evaluateAll(readHistoryItems);
}

/** Waits until the popup lists `count` pages (it updates live as the background records them). */
export async function waitForHistory(popup: Page, count: number, timeout = 20_000): Promise<ListedPage[]> {
  await popup.waitForFunction(({ selector, n }) => document.querySelectorAll(selector).length === n, { selector: HISTORY_ITEM, n: count }, { timeout });
  return listedPages(popup);
}

/** Clicks `export-json` on the data tab and returns the file the browser downloads. */
export async function exportHistory(popup: Page): Promise<{ path: string; history: HistoryExport }> {
  await popup.getByTestId('tab-data').click();
  const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByTestId('export-json').click()]);
  const path = await download.path();
  return { path, history: HistoryExportSchema.parse(JSON.parse(await readFile(path, 'utf8'))) };
}

/** Chooses `path` in the data tab's `import-file` input and waits for the popup's verdict. */
export async function importHistory(popup: Page, path: string): Promise<void> {
  await popup.getByTestId('tab-data').click();
  await popup.getByTestId('import-file').setInputFiles(path);
  await popup.getByTestId('data-status').or(popup.getByTestId('import-errors')).waitFor({ timeout: 20_000 });
  expect(await popup.getByTestId('import-errors').allTextContents()).toEqual([]);
}
