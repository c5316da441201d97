// Issue 3 §6 (a) and (e): what the content script paints is exactly what the
// extractor finds in the article, nothing in the page's furniture, and text
// added after load is painted too. The article is found off the page's main thread.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../lib/extract';
import { launchTifa, type TifaBrowser } from './harness/browser';
import { pageStart } from './harness/extension';
import { waitForCard } from './harness/card';
import { clickMention, expectMarksStyled, firstVisit, HIGHLIGHT_ARGS, paintedMentions, readMarkStyles, tally, waitForPass, waitForRepaint } from './harness/marks';
import { articleText, furniture, newsPageHtml, seedArticle, seedArticles } from './harness/news-page';
import { html, type StaticServer } from './harness/server';
import { countPageExtracts, offscreenDocuments, readTables } from './harness/service-worker';
import { articlePath, startNewsSite } from './harness/site';

const ADDED = '本报讯 5月22日，市委副书记、市长秦国文在岳塘区调研重点项目建设时强调，要加快推进项目建设，全年完成投资12亿元。';

// The page's style sheet hides a line of the article: the copy the background reads shows it, the live page does not.
const TUCKED_PATH = '/news/tucked.html';
const TUCKED_LINE = '市委书记王大明视察了项目。';
const tuckedPage = (): string =>
  newsPageHtml(seedArticle('000'), { head: '<style>.tucked { display: none; }</style>' }).replace(
    '<div class="content">\n<p>',
    `<div class="content">\n<p><span class="tucked">${TUCKED_LINE}</span>`,
  );

let site: StaticServer;
beforeAll(async () => {
  site = await startNewsSite([[TUCKED_PATH, html(tuckedPage())]]);
});
afterAll(() => site?.close());

describe('the test pages', () => {
  it('put officials, amounts and slogans in the furniture, and none in the headline or byline', () => {
    for (const article of seedArticles()) {
      for (const [region, lines] of Object.entries(furniture(article))) {
        expect(extract(lines.join('\n')).mentions.length, region).toBeGreaterThan(0);
      }
      expect(extract(`${article.headline}\n来源：${article.paper}　${article.date} 07:30`).mentions).toEqual([]);
    }
  });
});

describe('marks on a news page', () => {
  it.each(seedArticles().map((a) => [a.file, a] as const))(
    '(a) %s: the highlights are the extractor’s mentions of the article text, and only those',
    async (_file, article) => {
      // A fresh profile per page: the names Tifa knows come from the corpus only,
      // and the expectation uses the very names the content script is given.
      const browser = await launchTifa();
      try {
        const url = site.url(articlePath(article));
        const { popup, expected, page, pass, painted } = await firstVisit(browser, url, articleText(article));
        expect((await pageStart(popup, url)).enabled).toBe(true);
        expect(pass.state).toBe('done');

        expect(painted.filter((m) => m.region !== 'article')).toEqual([]);
        expect(tally(painted)).toEqual(tally(expected.mentions));
        expect(pass.mentions).toBe(painted.length);
        // The article was found in a copy of the page, read by the offscreen document, not on the page's main thread:
        // the page is kept under the headline, paper and date that reading found (the landmarks know none of them).
        expect(await offscreenDocuments(browser.context.serviceWorkers()[0]!)).toBe(1);
        const kept = async () => (await readTables(popup, ['pages'])).pages!.find((p) => p.url === url);
        await expect.poll(kept, { timeout: 5_000 }).toMatchObject({ title: article.headline, paper: article.paper, date: article.date });
        // The manifest's style sheet styles every kind painted.
        expectMarksStyled(await page.evaluate(readMarkStyles, HIGHLIGHT_ARGS), painted);
      } finally {
        await browser.close();
      }
    },
  );

  /** Seed 002 painted, then a paragraph naming a new official with an amount appended to the article. */
  async function appendAfterPass(beforeAppend: (page: Page, browser: TifaBrowser) => Promise<void> = async () => {}) {
    const browser = await launchTifa();
    const page = await browser.context.newPage();
    await page.goto(site.url(articlePath(seedArticle('002'))));
    const first = await waitForPass(page);
    const before = tally(await paintedMentions(page));
    await beforeAppend(page, browser);
    await page.evaluate((text) => {
      const p = document.createElement('p');
      p.textContent = text;
      document.querySelector('article .content')!.append(p);
    }, ADDED);
    return { browser, page, first, before };
  }

  it('takes what the background found in the copy of the page, and sends its own text where the page hides some of it', async () => {
    expect(tuckedPage()).toContain(TUCKED_LINE);
    const browser = await launchTifa();
    try {
      const extracts = await countPageExtracts(browser.context.serviceWorkers()[0]!);
      const marks = async (path: string) => {
        const page = await browser.context.newPage();
        await page.goto(site.url(path));
        expect((await waitForPass(page)).state, path).toBe('done');
        const painted = await paintedMentions(page);
        await page.close();
        return painted;
      };
      const plain = await marks(articlePath(seedArticle('000')));
      expect(await extracts()).toBe(0);
      const tucked = await marks(TUCKED_PATH);
      expect(await extracts()).toBe(1);
      // The hidden line's official is not painted, and the rest is painted where it is.
      expect(tucked.filter((m) => m.text.includes('王大明'))).toEqual([]);
      expect(tally(tucked)).toEqual(tally(plain));
    } finally {
      await browser.close();
    }
  });

  it('(e) text appended after load gets painted', async () => {
    const addedMentions = extract(ADDED).mentions;
    expect(tally(addedMentions)).toEqual(['amount 12亿元', 'official 秦国文']);
    const { browser, page, first, before } = await appendAfterPass();
    try {
      expect(first.state).toBe('done');
      const second = await waitForRepaint(page, first.mentions);
      const after = await paintedMentions(page);
      expect(after.filter((m) => m.region !== 'article')).toEqual([]);
      expect(tally(after)).toEqual([...before, ...tally(addedMentions)].sort());
      expect(second.mentions).toBe(after.length);
    } finally {
      await browser.close();
    }
  });

  it('marks a page served over plain http from a host of the web, where the page is not a secure context', async () => {
    // 127.0.0.1 counts as secure; most news portals over http do not, and APIs such as crypto.randomUUID are missing there.
    const host = 'news.example.test';
    const browser = await launchTifa({ localHosts: [host] });
    try {
      const article = seedArticle('000');
      const url = site.url(articlePath(article)).replace('127.0.0.1', host);
      const page = await browser.context.newPage();
      await page.goto(url);
      expect(await page.evaluate(() => window.isSecureContext)).toBe(false);
      const pass = await waitForPass(page);
      expect(pass.state).toBe('done');
      const painted = await paintedMentions(page);
      expect(painted.length).toBeGreaterThan(0);
      expect(painted.filter((m) => m.region !== 'article')).toEqual([]);
      // The card's code loads there too.
      const official = painted.find((m) => m.kind === 'official')!;
      await clickMention(page, 'official', official.text);
      expect(await waitForCard(page, (c) => c.text.includes(official.text))).not.toBeNull();
    } finally {
      await browser.close();
    }
  });

  it('keeps working when the page forges the framework\'s "newer script started" event', async () => {
    // WXT stops an older copy of a content script when a newer one announces
    // itself with a DOM event whose name holds the (public) extension id; a page
    // can dispatch that event too (lib/content/restart-guard.ts).
    const forge = (page: Page, browser: TifaBrowser) =>
      page.evaluate((id) => {
        const detail = { contentScriptName: 'content', messageId: 'forged' };
        document.dispatchEvent(new CustomEvent(`${id}:content:wxt:content-script-started`, { detail }));
      }, browser.extensionId);
    const { browser, page, first } = await appendAfterPass(forge);
    try {
      const second = await waitForRepaint(page, first.mentions);
      expect(second.mentions).toBe(first.mentions! + 2);
    } finally {
      await browser.close();
    }
  });
});
