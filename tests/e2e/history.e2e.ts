// Issue 3 §6 (c) and (d): the popup lists the pages read with what was found
// on each, search finds a person's page, and an export imported into a fresh
// profile gives back the same history.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HistoryExport } from '../../lib/db/schema';
import { launchTifa, type TifaBrowser } from './harness/browser';
import { extractIn, openPopup } from './harness/extension';
import { countKinds, waitForPass } from './harness/marks';
import { articleText, type NewsArticle, seedArticle } from './harness/news-page';
import { exportHistory, importHistory, listedPages, waitForHistory } from './harness/popup';
import type { StaticServer } from './harness/server';
import { articlePath, startNewsSite } from './harness/site';

/** An export without the moment it was made, its mentions in a fixed order. */
const comparable = (h: HistoryExport) =>
  h.pages.map((p) => ({ ...p, mentions: [...p.mentions].sort((a, b) => `${a.kind}${a.key}`.localeCompare(`${b.kind}${b.key}`)) }));

// 曹炯芳 is named in seed 000 and not in seed 001.
const PERSON = '曹炯芳';
const visited: NewsArticle[] = [seedArticle('000'), seedArticle('001')];

let site: StaticServer;
let browser: TifaBrowser;
const expectedCounts = new Map<string, Record<string, number>>();

beforeAll(async () => {
  site = await startNewsSite();
  browser = await launchTifa();
  const popup = await openPopup(browser);
  for (const [i, article] of visited.entries()) {
    const url = site.url(articlePath(article));
    // What the content script will be told: the corpus, and the history so far.
    expectedCounts.set(url, countKinds((await extractIn(popup, url, articleText(article))).mentions));
    const page = await browser.context.newPage();
    await page.goto(url);
    expect((await waitForPass(page)).state).toBe('done');
    await waitForHistory(popup, i + 1);
    await page.close();
  }
  await popup.close();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('the history in the popup', () => {
  it('(c) lists both pages with their counts, and search finds the person on one of them', async () => {
    const popup = await openPopup(browser);
    const listed = await waitForHistory(popup, 2);
    expect(listed.map((p) => p.url).sort()).toEqual([...expectedCounts.keys()].sort());
    for (const page of listed) {
      expect(page.counts, page.url ?? '').toEqual(expectedCounts.get(page.url!));
      expect(page.text).toContain(visited.find((a) => site.url(articlePath(a)) === page.url)!.headline);
    }

    await popup.getByTestId('history-search').fill(PERSON);
    await expect.poll(() => popup.getByTestId('search-results').count(), { timeout: 10_000 }).toBe(1);
    expect((await listedPages(popup.getByTestId('search-results'))).map((p) => p.url)).toEqual([site.url(articlePath(visited[0]!))]);
    expect(await popup.getByTestId('search-person').allTextContents()).toContain(PERSON);

    await popup.getByTestId('search-person').filter({ hasText: PERSON }).first().click();
    const personView = popup.getByTestId('person-view');
    await expect.poll(() => listedPages(personView).then((pages) => pages.map((p) => p.url)), { timeout: 10_000 }).toEqual([
      site.url(articlePath(visited[0]!)),
    ]);
    expect(await personView.textContent()).toContain('市委书记');
  });

  it('finds pages by pinyin, polyphonic surname, title and two names, and says whom it found', async () => {
    const popup = await openPopup(browser);
    await waitForHistory(popup, 2);
    const [xiangtan, zhuzhou] = visited.map((a) => site.url(articlePath(a)));
    const search = async (query: string) => {
      // From the recent list, so the results read are this query's, not the last one's left on screen.
      await popup.getByTestId('history-search').fill('');
      await popup.getByTestId('recent-list').waitFor({ timeout: 10_000 });
      await popup.getByTestId('history-search').fill(query);
      // Results, or the notice that quotes the query.
      await popup.waitForFunction(
        () => document.querySelector('[data-testid="search-results"], [data-testid="search-person"]') || [...document.querySelectorAll('.empty')].some((e) => e.textContent?.includes('“')),
        undefined,
        { timeout: 10_000 },
      );
      return {
        pages: (await listedPages(popup.getByTestId('search-results'))).map((p) => p.url),
        people: await popup.getByTestId('search-person').allTextContents(),
        found: await popup.getByTestId('search-found').allTextContents(),
      };
    };
    // Seed 000 names 曹炯芳 (市委书记) and 张迎春 (市长); seed 001 names 单杨 (院长, read shan) and 杨英杰 (副市长).
    expect((await search('Cáo Jiǒngfāng')).pages).toEqual([xiangtan]);
    expect((await search('caojiongfang')).people).toEqual(['曹炯芳']);
    const shan = await search('shan yang');
    expect(shan.pages).toEqual([zhuzhou]);
    expect(shan.people).toContain('单杨');
    expect((await search('dan yang')).people).not.toContain('单杨');
    const mayor = await search('市长');
    expect(mayor.pages.sort()).toEqual([xiangtan, zhuzhou].sort());
    expect(mayor.people).toEqual(expect.arrayContaining(['张迎春', '杨英杰']));
    expect(mayor.found.join('\n')).toContain('张迎春 市委副书记、市长');
    expect((await search('曹炯芳 张迎春')).pages).toEqual([xiangtan]);
    expect((await search('曹炯芳 杨英杰')).pages).toEqual([]);
    await popup.close();
  });

  it('(d) export, then import into a fresh profile, restores the same history', async () => {
    const exported = await exportHistory(await openPopup(browser));
    expect(exported.history.pages.map((p) => p.url).sort()).toEqual([...expectedCounts.keys()].sort());

    const fresh = await launchTifa();
    try {
      const popup = await openPopup(fresh);
      await importHistory(popup, exported.path);
      await popup.getByTestId('tab-recent').click();
      const restored = await waitForHistory(popup, 2);
      expect(restored).toEqual(await waitForHistory(await openPopup(browser), 2));

      const again = await exportHistory(popup);
      expect(comparable(again.history)).toEqual(comparable(exported.history));
    } finally {
      await fresh.close();
    }
  });
});
