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

/** Lines of the popup that are labels rather than body text: meta lines, section headings, hints, the tagline. */
export const POPUP_LABELS = '.meta, h2, .hint, .brand span';

/**
 * In the popup (Playwright's and Puppeteer's evaluate): computed font sizes in
 * pixels, of the body, of the smallest body text (every element with text of
 * its own outside `labels`), and of each history item's title and meta lines.
 */
export const readPopupTextSizes = ({ item, labels }: { item: string; labels: string }) => {
  const px = (el: Element): number => parseFloat(getComputedStyle(el).fontSize);
  const texts = [...document.body.querySelectorAll('*')].filter(
    (el) => !el.closest(labels) && [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.nodeValue?.trim()),
  );
  const smallest = texts.reduce<{ px: number; text: string } | null>((min, el) => (min && min.px <= px(el) ? min : { px: px(el), text: el.textContent?.slice(0, 40) ?? '' }), null);
  return {
    body: px(document.body),
    smallest,
    items: [...document.querySelectorAll(item)].map((li) => ({
      title: px(li.querySelector('.title')!),
      meta: Math.max(...[...li.querySelectorAll('.meta')].map(px)),
    })),
  };
};

export const POPUP_TEXT_ARGS = { item: HISTORY_ITEM, labels: POPUP_LABELS };

/** Body text of at least 13 px, and each listed page's title larger than its meta lines (at least one page listed). */
export function expectReadablePopup(sizes: ReturnType<typeof readPopupTextSizes>): void {
  expect(sizes.body).toBeGreaterThanOrEqual(13);
  expect(sizes.smallest?.px, JSON.stringify(sizes.smallest)).toBeGreaterThanOrEqual(13);
  expect(sizes.items.length).toBeGreaterThan(0);
  for (const item of sizes.items) expect(item.title, JSON.stringify(item)).toBeGreaterThan(item.meta);
}

/** Waits until the popup lists the page at `url` (the background records a page after its pass). */
export async function waitForListed(popup: Page, url: string, timeout = 20_000): Promise<void> {
  await popup.waitForFunction(
    ({ selector, u }) => [...document.querySelectorAll(`${selector} a[href]`)].some((a) => a.getAttribute('href') === u),
    { selector: HISTORY_ITEM, u: url },
    { timeout },
  );
}
