// Issue 3: the ways in besides a click. The background's keyboard command and
// context-menu entry (lib/background/browser-ui.ts) only forward a message to
// the tab, so the tests send that message as the background would; and the
// card's own keys, Esc and Alt+Shift+K.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchTifa, type TifaBrowser } from './harness/browser';
import { CARD_TAG, readCard, waitForCard } from './harness/card';
import { openPopup, sendToTab } from './harness/extension';
import { clickMention, HIGHLIGHT_PREFIX, marksInReadingOrder, paintedMentions, selectInArticle, waitForPass } from './harness/marks';
import { seedArticle } from './harness/news-page';
import type { StaticServer } from './harness/server';
import { articlePath, ENGLISH_PATH, startNewsSite } from './harness/site';

const NAME = '曹炯芳';

interface WorkerGlobal {
  chrome: {
    contextMenus: { create(item: { id: string; title: string; contexts: string[] }, done: () => void): void };
    runtime: { getManifest(): { permissions?: string[] }; lastError?: { message?: string } };
    tabs: { query(filter: { active: boolean; lastFocusedWindow: boolean }): Promise<{ id?: number }[]> };
    action: { getBadgeText(details: { tabId: number }): Promise<string> };
  };
}

/** The toolbar badge's text on `page`'s tab, as the service worker reads it (without the tabs permission, only the active tab can be found). */
async function badgeOf(page: Page): Promise<string> {
  await page.bringToFront();
  return browser.context.serviceWorkers()[0]!.evaluate(async () => {
    const { tabs, action } = (globalThis as unknown as WorkerGlobal).chrome;
    const [tab] = await tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id === undefined ? 'no tab' : action.getBadgeText({ tabId: tab.id });
  });
}

let site: StaticServer;
let browser: TifaBrowser;
let popup: Page;
beforeAll(async () => {
  site = await startNewsSite();
  browser = await launchTifa();
  popup = await openPopup(browser);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function openNewsPage(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(site.url(articlePath(seedArticle('000'))));
  expect((await waitForPass(page)).state).toBe('done');
  return page;
}

const cardCount = (page: Page): Promise<number> => page.locator(CARD_TAG).count();
const focusInCard = (page: Page): Promise<boolean> => page.evaluate((tag) => document.activeElement?.localName === tag, CARD_TAG);

it('the toggle-highlights command hides every mark, and shows them again', async () => {
  const page = await openNewsPage();
  const painted = await paintedMentions(page);
  expect(painted.length).toBeGreaterThan(0);

  await sendToTab(popup, page, { type: 'toggle-highlights' });
  // Hidden marks are taken out of the page's highlight registry.
  await expect.poll(() => paintedMentions(page)).toEqual([]);

  await sendToTab(popup, page, { type: 'toggle-highlights' });
  await expect.poll(() => paintedMentions(page)).toEqual(painted);
  await page.close();
});

it('the context menu entry is registered, and its show-card message opens the card for the selection', async () => {
  // contextMenus has no getter: creating the entry's id again must fail as a duplicate.
  const menu = await browser.context.serviceWorkers()[0]!.evaluate(
    () =>
      new Promise<{ permissions: string[]; error: string | null }>((resolve) => {
        const { contextMenus, runtime } = (globalThis as unknown as WorkerGlobal).chrome;
        contextMenus.create({ id: 'tifa-lookup', title: 'probe', contexts: ['selection'] }, () =>
          resolve({ permissions: runtime.getManifest().permissions ?? [], error: runtime.lastError?.message ?? null }),
        );
      }),
  );
  expect(menu.permissions).toContain('contextMenus');
  expect(menu.error).toMatch(/duplicate id tifa-lookup/);

  const page = await openNewsPage();
  await selectInArticle(page, NAME);
  expect(await cardCount(page)).toBe(0);
  await sendToTab(popup, page, { type: 'show-card', key: NAME });
  const card = await waitForCard(page, (c) => c.text.includes(NAME));
  expect(card, `card for ${NAME}`).not.toBeNull();
  await page.close();
});

it('Esc closes the card and gives focus back to the page; Alt+Shift+K opens it on the selection', async () => {
  const page = await openNewsPage();
  await clickMention(page, 'official', NAME);
  await expect.poll(() => cardCount(page)).toBe(1);
  // The card takes focus once placed, so Esc reaches it.
  await expect.poll(() => focusInCard(page)).toBe(true);

  await page.keyboard.press('Escape');
  await expect.poll(() => cardCount(page)).toBe(0);
  expect(await focusInCard(page)).toBe(false);
  expect(await readCard(page)).toBeNull();

  await selectInArticle(page, NAME);
  await page.keyboard.press('Alt+Shift+KeyK');
  const card = await waitForCard(page, (c) => c.text.includes(NAME));
  expect(card, `card for ${NAME}`).not.toBeNull();
  await page.close();
});

it('the toolbar badge counts the officials marked on the tab, and is cleared on a page without any', async () => {
  const page = await openNewsPage();
  const officials = new Set((await paintedMentions(page)).filter((m) => m.kind === 'official').map((m) => m.text.replace(/\s/g, '')));
  expect(officials.size).toBeGreaterThan(1);
  await expect.poll(() => badgeOf(page)).toBe(String(officials.size));

  await page.goto(site.url(ENGLISH_PATH));
  await expect.poll(() => badgeOf(page)).toBe('');
  await page.close();
});

/** The text of every mark in reading order. */
const marksInOrder = async (page: Page): Promise<string[]> => (await page.evaluate(marksInReadingOrder, HIGHLIGHT_PREFIX)).map((m) => m.text);

const cardTitle = async (page: Page): Promise<string | null> => (await readCard(page))?.title ?? null;

it('Alt+Shift+N and Alt+Shift+P step through the marks in reading order, each with its card', async () => {
  const page = await openNewsPage();
  const marks = await marksInOrder(page);
  expect(marks.length).toBeGreaterThan(3);
  const press = async (key: string, expected: string | undefined) => {
    await page.keyboard.press(key);
    await expect.poll(() => cardTitle(page)).toBe(expected);
  };
  await press('Alt+Shift+KeyN', marks[0]);
  await press('Alt+Shift+KeyN', marks[1]);
  await press('Alt+Shift+KeyN', marks[2]);
  await press('Alt+Shift+KeyP', marks[1]);
  await page.close();
});

it('Alt+Shift+P from the last mark brings the one before it into view from the top of the page', async () => {
  const page = await openNewsPage();
  const marks = await marksInOrder(page);
  await selectInArticle(page, marks.at(-1)!);
  await page.keyboard.press('Alt+Shift+KeyK');
  await expect.poll(() => cardTitle(page)).toBe(marks.at(-1));
  await page.keyboard.press('Escape');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.keyboard.press('Alt+Shift+KeyP');
  await expect.poll(() => cardTitle(page)).toBe(marks.at(-2));
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  await page.close();
});

it('Alt+Shift+K on a selection Tifa did not mark opens a card that says so, with links out', async () => {
  const page = await openNewsPage();
  await selectInArticle(page, '湘潭');
  await page.keyboard.press('Alt+Shift+KeyK');
  const card = await waitForCard(page, (c) => c.text.includes('did not mark'));
  expect(card, 'a card for the unmarked selection').not.toBeNull();
  expect(card!.text).toContain('Web search');
  await page.close();
});
