// Issue 12, the reader's experience, in the Firefox build (Firefox ESR over
// WebDriver BiDi): the first-run page opens on install and its sample article
// is marked; a kind switched off and a line changed on the settings page reach
// an open tab without a reload; hover mode opens the card on a resting
// pointer; pausing takes the marks off an open tab. And the reader's other
// ways in: Alt+Shift+N/P through the marks, the toolbar badge, a correction
// applied to the next reading and undone from the popup, and one imported
// with an export file.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { parseHex } from '../../lib/dom/colour';
import { DEFAULT_MARKS, PALETTE } from '../../lib/dom/mark-styles';
import { EXPORT_FORMAT, EXPORT_VERSION, type HistoryExport } from '../../lib/db/schema';
import type { Request } from '../../lib/messages';
import { CARD_TAG, cardBox } from './harness/card';
import { launchTifaFirefox, openFirefoxPopup, openOwnFirefoxPage, type TifaFirefox } from './harness/firefox';
import { asPainted, HIGHLIGHT_ARGS, HIGHLIGHT_PREFIX, marksInReadingOrder, mentionPoint, readHighlights, readMarkLooks } from './harness/marks';
import { seedArticle } from './harness/news-page';
import type { StaticServer } from './harness/server';
import { articlePath, startNewsSite } from './harness/site';

interface FirefoxExtensionGlobal {
  browser: { runtime: { sendMessage(message: unknown): Promise<unknown> } };
}

let site: StaticServer;
let firefox: TifaFirefox;
let options: Page;

const openOwnPage = (path: string, ready: string): Promise<Page> => openOwnFirefoxPage(firefox, path, ready);
const send = (page: Page, request: Request) => page.evaluate((r) => (globalThis as unknown as FirefoxExtensionGlobal).browser.runtime.sendMessage(r), request);

beforeAll(async () => {
  site = await startNewsSite();
  firefox = await launchTifaFirefox();
  options = await openOwnPage('/options.html', '[data-testid="mark-shown-official"]');
});
afterAll(async () => {
  await firefox?.close();
  await site?.close();
});
beforeEach(async () => {
  await send(options, { type: 'set-display', change: { marks: DEFAULT_MARKS, cardOpens: 'click', language: 'auto' } });
  await send(options, { type: 'set-paused', paused: false });
});

async function openArticle(): Promise<Page> {
  const page = await firefox.browser.newPage();
  await page.goto(site.url(articlePath(seedArticle('000'))));
  await page.waitForFunction(() => document.documentElement.getAttribute('data-tifa-state') === 'done', { timeout: 20_000 });
  await page.evaluate(() => ((window as unknown as { tifaTestMark: number }).tifaTestMark = 1));
  return page;
}
const painted = async (page: Page) => asPainted(await page.evaluate(readHighlights, HIGHLIGHT_ARGS));
const kinds = async (page: Page) => [...new Set((await painted(page)).map((m) => m.kind))].sort();
const notReloaded = (page: Page) => page.evaluate(() => (window as unknown as { tifaTestMark?: number }).tifaTestMark === 1);
const cardShown = (page: Page) => page.evaluate((tag) => document.querySelector(tag) !== null, CARD_TAG);

async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean, what: string, timeout = 10_000): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() > end) throw new Error(`${what}: still ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

it('opens the first-run page on install, whose sample article is marked', async () => {
  // Puppeteer does not see a tab's move to an extension page: its address stays about:blank, so each tab is asked where it is.
  const welcome = await until(
    async () => {
      for (const page of await firefox.browser.pages()) {
        if ((await page.evaluate(() => location.href).catch(() => '')).endsWith('/welcome.html')) return page;
      }
      return null;
    },
    (page) => page !== null,
    'no first-run page',
    15_000,
  );
  if (!welcome) throw new Error('no first-run page');
  await welcome.waitForSelector('[data-testid="open-sample"]', { timeout: 15_000 });
  expect(await welcome.$eval('h1', (h) => h.textContent)).toBe('Welcome to Tifa 提法');
  await welcome.click('[data-testid="open-sample"]');
  await welcome.waitForFunction(() => location.pathname === '/sample.html' && document.documentElement.getAttribute('data-tifa-state') === 'done', { timeout: 20_000 });
  expect(await kinds(welcome)).toEqual(['amount', 'official', 'person', 'slogan']);
  console.log(`firefox: first-run page opened on install; sample article ${(await painted(welcome)).length} marks`);
});

it('follows a change on the settings page in an open tab, without a reload', async () => {
  const page = await openArticle();
  const before = await painted(page);
  await options.click('[data-testid="mark-shown-person"]');
  await until(() => kinds(page), (k) => k.join() === 'amount,official,slogan', 'people still marked');
  await options.click('[data-testid="mark-shown-person"]');
  await until(() => painted(page), (p) => p.length === before.length, 'people not marked again');

  await options.select('[data-testid="mark-line-official"]', 'wavy');
  const { r, g, b } = parseHex(PALETTE.red.light);
  const official = await until(
    async () => (await page.evaluate(readMarkLooks, HIGHLIGHT_ARGS)).official,
    (look) => look?.style === 'wavy',
    'officials not wavy',
  );
  expect(official).toEqual({ name: 'tifa-official-wavy-red-light', lines: 'underline', style: 'wavy', colour: `rgb(${r}, ${g}, ${b})` });
  expect(await notReloaded(page)).toBe(true);
  await page.close();
});

it('opens the card on a resting pointer in hover mode', async () => {
  const page = await openArticle();
  const official = (await painted(page)).find((m) => m.kind === 'official')!;
  await options.click('[data-testid="card-opens-hover"]');
  const point = await page.evaluate(mentionPoint, { name: `${HIGHLIGHT_PREFIX}official`, text: official.text });
  if (!point) throw new Error(`${official.text} has no box`);
  await until(
    async () => {
      await page.mouse.move(point.x - 40, point.y + 200);
      await page.mouse.move(point.x, point.y, { steps: 4 });
      await new Promise((resolve) => setTimeout(resolve, 600));
      return cardShown(page);
    },
    (shown) => shown,
    'no card',
  );
  await page.mouse.move(5, 590, { steps: 4 });
  await until(() => cardShown(page), (shown) => !shown, 'the card stayed');
  await page.close();
});

it('takes the marks off an open tab when paused from the popup', async () => {
  const page = await openArticle();
  expect((await painted(page)).length).toBeGreaterThan(0);
  const popup = await openFirefoxPopup(firefox);
  await popup.waitForSelector('[data-testid="pause-toggle"]:not([disabled])', { timeout: 15_000 });
  await popup.click('[data-testid="pause-toggle"]');
  await until(() => painted(page), (p) => p.length === 0, 'marks left on the paused tab');
  expect(await notReloaded(page)).toBe(true);
  await popup.close();
  await page.close();
});

it('steps through the marks with Alt+Shift+N and Alt+Shift+P, the card beside each', async () => {
  const page = await openArticle();
  const near = async (i: number) => {
    const [marks, card] = await Promise.all([page.evaluate(marksInReadingOrder, HIGHLIGHT_PREFIX), page.evaluate(cardBox, CARD_TAG)]);
    const mark = marks[i]!;
    // Below the mark, or above it when there is no room below.
    return card !== null && (Math.abs(card.top - mark.bottom) < 40 || Math.abs(card.bottom - mark.top) < 40);
  };
  for (const [key, i] of [['N', 0], ['N', 1], ['N', 2], ['P', 1]] as const) {
    await page.keyboard.down('Alt');
    await page.keyboard.down('Shift');
    await page.keyboard.press(`Key${key}`);
    await page.keyboard.up('Shift');
    await page.keyboard.up('Alt');
    await until(() => near(i), Boolean, `the card beside mark ${i} after Alt+Shift+${key}`);
  }
  await page.close();
});

it('counts the officials of the active tab on the toolbar badge', async () => {
  const page = await openArticle();
  const officials = new Set((await painted(page)).filter((m) => m.kind === 'official').map((m) => m.text.replace(/\s/g, '')));
  await page.bringToFront();
  const badge = () =>
    options.evaluate(async () => {
      const { tabs, action } = (globalThis as unknown as { browser: { tabs: { query(q: object): Promise<{ id?: number }[]> }; action: { getBadgeText(d: object): Promise<string> } } }).browser;
      const [tab] = await tabs.query({ active: true, currentWindow: true });
      return tab?.id === undefined ? 'no tab' : action.getBadgeText({ tabId: tab.id });
    });
  await until(badge, (text) => text === String(officials.size), 'the badge');
  await page.close();
});

it('applies a correction to the next reading of a page and undoes it from the popup', async () => {
  const page = await openArticle();
  const name = (await painted(page)).find((m) => m.kind === 'official')!.text.replace(/\s/g, '');
  await send(options, { type: 'correct', correction: { type: 'not-person', name } });
  const named = async () => (await painted(page)).some((m) => m.text.replace(/\s/g, '') === name);
  await page.reload();
  await page.waitForFunction(() => document.documentElement.getAttribute('data-tifa-state') === 'done', { timeout: 20_000 });
  expect(await named()).toBe(false);

  const popup = await openOwnPage('/popup.html', '[data-testid="tab-corrections"]');
  await popup.click('[data-testid="tab-corrections"]');
  await popup.waitForSelector('[data-testid="correction"] button');
  await popup.click('[data-testid="correction"] button');
  await popup.waitForFunction(() => document.querySelector('[data-testid="correction"]') === null);
  await page.reload();
  await page.waitForFunction(() => document.documentElement.getAttribute('data-tifa-state') === 'done', { timeout: 20_000 });
  expect(await named()).toBe(true);
  await popup.close();
  await page.close();
});

it('imports a correction with an export file, and applies it to the next reading', async () => {
  const page = await openArticle();
  const name = (await painted(page)).find((m) => m.kind === 'official')!.text.replace(/\s/g, '');
  const file = join(await mkdtemp(join(tmpdir(), 'tifa-ff-')), 'export.json');
  const exported: HistoryExport = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date().toISOString(),
    pages: [],
    corrections: [{ at: Date.now(), correction: { type: 'not-person', name } }],
  };
  await writeFile(file, JSON.stringify(exported));
  const popup = await openOwnPage('/popup.html', '[data-testid="tab-data"]');
  await popup.click('[data-testid="tab-data"]');
  const input = (await popup.waitForSelector('[data-testid="import-file"]'))!;
  await (input as ElementHandle<HTMLInputElement>).uploadFile(file);
  await popup.waitForSelector('[data-testid="data-status"], [data-testid="import-errors"]', { timeout: 20_000 });
  expect(await popup.$$eval('[data-testid="import-errors"]', (els) => els.map((e) => e.textContent))).toEqual([]);
  await page.reload();
  await page.waitForFunction(() => document.documentElement.getAttribute('data-tifa-state') === 'done', { timeout: 20_000 });
  expect((await painted(page)).some((m) => m.text.replace(/\s/g, '') === name)).toBe(false);

  await popup.click('[data-testid="tab-corrections"]');
  await popup.waitForSelector('[data-testid="correction"] button');
  await popup.click('[data-testid="correction"] button');
  await popup.waitForFunction(() => document.querySelector('[data-testid="correction"]') === null);
  await popup.close();
  await page.close();
});
