// The Firefox build, run in Debian's firefox-esr: the same marks as the
// extractor finds, styled; on a page with thousands of mentions, the marks
// near the viewport follow scrolling; the card opens on a click and closes on
// Esc, and stays inside the viewport at its bottom and right edges; an
// English page is left alone until an SPA puts Chinese there; the
// history (IndexedDB in Firefox's background page) lists each page read, in
// text of a readable size; and Mozilla's add-on linter finds no error in the build.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Extraction } from '../../lib/extract';
import type { Request } from '../../lib/messages';
import { CARD_TAG, type CardBox, cardBox, expectInsideViewport, scrollPointToBottom } from './harness/card';
import { EDGE_NAME, EDGE_PAGE, EDGE_PATH } from './harness/card-pages';
import { expandReply } from './harness/extension';
import { launchTifaFirefox, openFirefoxPopup, type TifaFirefox } from './harness/firefox';
import { PAINT_ALL_UP_TO } from '../../lib/dom/highlight';
import { asPainted, countKinds, expectMarksStyled, expectPaintedNearViewport, HIGHLIGHT_ARGS, HIGHLIGHT_PREFIX, mentionPoint, readHighlights, readMarkStyles, scrollArgs, scrollThroughHighlights, tally } from './harness/marks';
import { articleText, newsPageHtml, seedArticles, testArticle } from './harness/news-page';
import { html } from './harness/server';
import { expectReadablePopup, HISTORY_ITEM, POPUP_TEXT_ARGS, readHistoryItems, readPopupTextSizes } from './harness/popup';
import type { StaticServer } from './harness/server';
import { FIREFOX_EXTENSION_DIR } from './harness/paths';
import { articlePath, ENGLISH_PATH, startNewsSite } from './harness/site';

interface FirefoxExtensionGlobal {
  browser: { runtime: { sendMessage(message: unknown): Promise<unknown> } };
}

/** Asks the background, from the popup, what extract() finds in `text` on a page at `url` (as extractIn does in Chromium). */
async function extractIn(popup: Page, url: string, text: string): Promise<Extraction> {
  const request: Request = { type: 'extract', url, text };
  return expandReply(await popup.evaluate((r) => (globalThis as unknown as FirefoxExtensionGlobal).browser.runtime.sendMessage(r), request), text);
}

async function waitForDone(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.getAttribute('data-tifa-state') === 'done', { timeout: 20_000 });
}

/**
 * The card's box once it has stopped changing (it grows when the background's
 * answer comes in): the same box three reads running.
 */
async function settledCardBox(page: Page): Promise<CardBox | null> {
  const key = (box: CardBox | null): string => JSON.stringify(box);
  let last = '';
  let same = 0;
  for (const until = Date.now() + 15_000; Date.now() < until; ) {
    const box = await page.evaluate(cardBox, CARD_TAG);
    same = box && key(box) === last ? same + 1 : 0;
    last = key(box);
    if (same === 2) return box;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  return null;
}

/** The edge page in a window of `viewport`, read; the point of its official's name. */
async function openEdgePage(viewport: { width: number; height: number }): Promise<{ page: Page; point: { x: number; y: number } }> {
  const page = await firefox.browser.newPage();
  await page.setViewport(viewport);
  await page.goto(site.url(EDGE_PATH));
  await waitForDone(page);
  const point = await page.evaluate(mentionPoint, { name: `${HIGHLIGHT_PREFIX}official`, text: EDGE_NAME });
  if (!point) throw new Error(`${EDGE_NAME} has no box on screen`);
  return { page, point };
}

const ARTICLES = seedArticles();

// Three mentions a sentence, 3,000 in all: past PAINT_ALL_UP_TO.
const DENSE = testArticle(
  'firefox-dense.txt',
  '2021年05月21日 星期五 第02版：要闻简报',
  Array.from({ length: 100 }, () => ['市委书记曹炯芳强调，投资10亿元，落实“三高四新”战略。'.repeat(10)]),
);
const DENSE_PATH = '/load/firefox-dense.html';

let site: StaticServer;
let firefox: TifaFirefox;
let popup: Page;
const expectedCounts = new Map<string, Record<string, number>>();

beforeAll(async () => {
  site = await startNewsSite([
    [DENSE_PATH, html(newsPageHtml(DENSE))],
    [EDGE_PATH, EDGE_PAGE],
  ]);
  firefox = await launchTifaFirefox();
  popup = await openFirefoxPopup(firefox);
});
afterAll(async () => {
  await firefox?.close();
  await site?.close();
});

describe('Tifa in Firefox', () => {
  it('paints exactly the extractor’s mentions of each seed article, and records each page', async () => {
    for (const article of ARTICLES) {
      const url = site.url(articlePath(article));
      // With the names and slogans of the corpus and the history so far, as for the content script.
      const expected = await extractIn(popup, url, articleText(article));
      expectedCounts.set(url, countKinds(expected.mentions));

      const page = await firefox.browser.newPage();
      await page.goto(url);
      await waitForDone(page);
      const painted = asPainted(await page.evaluate(readHighlights, HIGHLIGHT_ARGS));
      expect(painted.filter((m) => m.region !== 'article'), article.file).toEqual([]);
      expect(tally(painted), article.file).toEqual(tally(expected.mentions));
      expectMarksStyled(await page.evaluate(readMarkStyles, HIGHLIGHT_ARGS), painted, article.file);
      // Recorded before the next page asks what is known.
      await popup.waitForFunction((selector, n) => document.querySelectorAll(selector).length === n, { timeout: 20_000 }, HISTORY_ITEM, expectedCounts.size);
      await page.close();
    }
    console.log(`firefox: ${ARTICLES.length} seed pages painted as extract() finds, ${expectedCounts.size} history records`);
  });

  it('lists every page read in the popup, with its counts', async () => {
    const listed = await popup.$$eval(HISTORY_ITEM, readHistoryItems);
    expect(new Map(listed.map((p) => [p.url, p.counts]))).toEqual(expectedCounts);
  });

  it('finds pages in the popup by a name in pinyin, with tones or without, a surname read as a surname', async () => {
    const typeQuery = (query: string) =>
      popup.$eval(
        '[data-testid="history-search"]',
        (box, q) => {
          (box as HTMLInputElement).value = q;
          box.dispatchEvent(new Event('input', { bubbles: true }));
        },
        query,
      );
    const search = async (query: string) => {
      // From the recent list, so the results read are this query's, not the last one's left on screen.
      await typeQuery('');
      await popup.waitForSelector('[data-testid="recent-list"]', { timeout: 10_000 });
      await typeQuery(query);
      await popup.waitForSelector('[data-testid="search-results"]', { timeout: 10_000 });
      return (await popup.$$eval(`[data-testid="search-results"] ${HISTORY_ITEM}`, readHistoryItems)).map((p) => p.url);
    };
    const urlOf = (seed: string) => site.url(articlePath(ARTICLES.find((a) => a.file.startsWith(`${seed}_`))!));
    // 曹炯芳 is named in seed 000 only, 单杨 (单 read shan) in seed 001 only.
    expect(await search('Cáo Jiǒngfāng')).toEqual([urlOf('000')]);
    expect(await search('caojiongfang')).toEqual([urlOf('000')]);
    expect(await search('shan yang')).toEqual([urlOf('001')]);
    await typeQuery('');
    await popup.waitForSelector('[data-testid="recent-list"]', { timeout: 10_000 });
  });

  it('paints the marks near the viewport of a page with thousands of mentions, and follows scrolling', async () => {
    const url = site.url(DENSE_PATH);
    const expected = await extractIn(popup, url, articleText(DENSE));
    expect(expected.mentions.length).toBeGreaterThan(PAINT_ALL_UP_TO);
    const page = await firefox.browser.newPage();
    await page.goto(url);
    await waitForDone(page);
    const found = await page.evaluate(scrollThroughHighlights, scrollArgs(6));
    const scrolled = { ...found, painted: asPainted(found.painted) };
    console.log(`firefox: ${scrolled.painted.length} of ${expected.mentions.length} mentions painted while scrolling through, at most ${scrolled.most} at once; ${scrolled.unpainted} of ${scrolled.onScreen} on screen unpainted`);
    expectPaintedNearViewport(scrolled, expected.mentions, 1 / 2);
    await page.close();
  });

  it('opens the card on a click on an official and closes it on Esc', async () => {
    const page = await firefox.browser.newPage();
    await page.goto(site.url(articlePath(ARTICLES[0]!)));
    await waitForDone(page);
    const official = asPainted(await page.evaluate(readHighlights, HIGHLIGHT_ARGS)).find((m) => m.kind === 'official');
    if (!official) throw new Error('no official painted on the first seed');
    const point = await page.evaluate(mentionPoint, { name: `${HIGHLIGHT_PREFIX}official`, text: official.text });
    if (!point) throw new Error(`${official.text} has no box on screen`);
    await page.mouse.click(point.x, point.y);
    // The card's content is in a closed shadow root, so hit-testing finds its
    // host wherever the card is drawn: some point of the viewport must hit it.
    const drawn = (tag: string) => {
      const host = document.querySelector(tag);
      if (!host) return false;
      for (let y = 10; y < innerHeight; y += 20) for (let x = 10; x < innerWidth; x += 20) if (document.elementFromPoint(x, y) === host) return true;
      return false;
    };
    await page.waitForFunction(drawn, { timeout: 15_000 }, CARD_TAG);
    await page.keyboard.press('Escape');
    await page.waitForFunction((tag) => document.querySelector(tag) === null, { timeout: 15_000 }, CARD_TAG);
    await page.close();
  });

  it('keeps the card inside the viewport when its mention is at the bottom edge', async () => {
    const { page, point: middle } = await openEdgePage({ width: 1000, height: 420 });
    const point = await page.evaluate(scrollPointToBottom, { point: middle, fromBottom: 12 });
    await page.mouse.click(point.x, point.y);
    const box = await settledCardBox(page);
    console.log(`firefox: card at the bottom edge drawn at ${JSON.stringify(box)}`);
    expectInsideViewport(box, 4, 'bottom edge');
    expect(box!.bottom, 'the card above the mention').toBeLessThan(point.y);
    await page.close();
  });

  it('keeps the card inside the viewport when its mention is at the right edge', async () => {
    const { page, point } = await openEdgePage({ width: 1000, height: 700 });
    expect((await page.evaluate(() => document.documentElement.clientWidth)) - point.x).toBeLessThan(200);
    await page.mouse.click(point.x, point.y);
    const box = await settledCardBox(page);
    console.log(`firefox: card at the right edge drawn at ${JSON.stringify(box)}`);
    expectInsideViewport(box, 4, 'right edge');
    expect(box!.left, 'shifted left of the mention').toBeLessThan(point.x);
    await page.close();
  });

  it('sets the popup’s body text at 13 px or more, page titles larger than their meta lines', async () => {
    const sizes = await popup.evaluate(readPopupTextSizes, POPUP_TEXT_ARGS);
    console.log(`firefox popup text: body ${sizes.body} px, smallest body text ${sizes.smallest?.px} px`);
    expectReadablePopup(sizes);
  });

  it('passes Mozilla’s add-on linter (web-ext lint) without errors', async () => {
    const { stdout } = await promisify(execFile)('npx', ['web-ext', 'lint', '--source-dir', FIREFOX_EXTENSION_DIR, '--output', 'json', '--no-config-discovery'], {
      maxBuffer: 16 * 1024 * 1024,
    });
    const report = JSON.parse(stdout) as { errors: { code: string; message: string }[]; warnings: { code: string; file: string }[] };
    console.log(`web-ext lint: ${report.errors.length} errors, ${report.warnings.length} warnings (${report.warnings.map((w) => `${w.code} in ${w.file}`).join(', ')})`);
    expect(report.errors).toEqual([]);
  });

  // Last: the page it marks joins the history the tests above count.
  it('leaves an English page alone, and marks it once an SPA puts a Chinese article there at a new address', async () => {
    const page = await firefox.browser.newPage();
    await page.goto(site.url(ENGLISH_PATH));
    await page.waitForFunction(() => document.documentElement.getAttribute('data-tifa-state') === 'skipped', { timeout: 20_000 });
    const article = /<body[^>]*>([\s\S]*)<\/body>/.exec(newsPageHtml(ARTICLES[1]!))![1]!;
    await page.evaluate((body) => {
      document.body.innerHTML = body;
      history.pushState(null, '', '/news/spa-article.html');
    }, article);
    await waitForDone(page);
    expect(asPainted(await page.evaluate(readHighlights, HIGHLIGHT_ARGS)).length).toBeGreaterThan(0);
    await page.close();
  });
});
