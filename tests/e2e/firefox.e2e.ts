// The Firefox build, run in Debian's firefox-esr: the same marks as the
// extractor finds, styled; on a page with thousands of mentions, the marks
// near the viewport follow scrolling; the card opens on a click and closes on
// Esc, and the history (IndexedDB in Firefox's background page) lists each
// page read; and Mozilla's add-on linter finds no error in the build.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Extraction } from '../../lib/extract';
import type { Request } from '../../lib/messages';
import { CARD_TAG } from './harness/card';
import { expandReply } from './harness/extension';
import { launchTifaFirefox, openFirefoxPopup, type TifaFirefox } from './harness/firefox';
import { PAINT_ALL_UP_TO } from '../../lib/dom/highlight';
import { asPainted, countKinds, expectMarksStyled, expectPaintedNearViewport, HIGHLIGHT_ARGS, HIGHLIGHT_PREFIX, mentionPoint, readHighlights, readMarkStyles, scrollArgs, scrollThroughHighlights, tally } from './harness/marks';
import { articleText, newsPageHtml, seedArticles, testArticle } from './harness/news-page';
import { html } from './harness/server';
import { HISTORY_ITEM, readHistoryItems } from './harness/popup';
import type { StaticServer } from './harness/server';
import { FIREFOX_EXTENSION_DIR } from './harness/paths';
import { articlePath, startNewsSite } from './harness/site';

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
  site = await startNewsSite([[DENSE_PATH, html(newsPageHtml(DENSE))]]);
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

  it('passes Mozilla’s add-on linter (web-ext lint) without errors', async () => {
    const { stdout } = await promisify(execFile)('npx', ['web-ext', 'lint', '--source-dir', FIREFOX_EXTENSION_DIR, '--output', 'json', '--no-config-discovery'], {
      maxBuffer: 16 * 1024 * 1024,
    });
    const report = JSON.parse(stdout) as { errors: { code: string; message: string }[]; warnings: { code: string; file: string }[] };
    console.log(`web-ext lint: ${report.errors.length} errors, ${report.warnings.length} warnings (${report.warnings.map((w) => `${w.code} in ${w.file}`).join(', ')})`);
    expect(report.errors).toEqual([]);
  });
});
