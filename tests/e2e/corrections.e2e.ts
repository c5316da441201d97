// Issue 12: telling Tifa it is wrong. A correction chosen on the card is kept,
// takes the mark off the page at once and off another page read after, is
// listed in the popup where it can be undone, and travels with an export into
// a fresh profile.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchTifa, type TifaBrowser } from './harness/browser';
import { clickCardButton, waitForCard } from './harness/card';
import { extractIn, openPopup } from './harness/extension';
import { clickMention, paintedMentions, waitForPass } from './harness/marks';
import { articleText, newsPageHtml, testArticle } from './harness/news-page';
import { exportHistory, importHistory } from './harness/popup';
import { html, type StaticServer } from './harness/server';
import { articlePath, startNewsSite } from './harness/site';

const NAME = '刘志仁';
const FIRST = testArticle('corr-1.txt', '市领导出席座谈会', [['市委书记曹炯芳、市长刘志仁出席座谈会。', '会议强调，要落实“三高四新”战略。']]);
const SECOND = testArticle('corr-2.txt', '市长调研园区', [['市长刘志仁到高新区调研。', '刘志仁指出，园区要推进项目建设。']]);

let site: StaticServer;
let browser: TifaBrowser;
beforeAll(async () => {
  site = await startNewsSite([FIRST, SECOND].map((a) => [articlePath(a), html(newsPageHtml(a))]));
  browser = await launchTifa();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function open(path: string, on: TifaBrowser = browser): Promise<Page> {
  const page = await on.context.newPage();
  await page.goto(site.url(path));
  expect((await waitForPass(page)).state).toBe('done');
  return page;
}
const named = async (page: Page): Promise<boolean> => (await paintedMentions(page)).some((m) => m.text === NAME);

it('a correction made on the card takes the mark off this page and the next, is undone from the popup, and goes with an export', async () => {
  const page = await open(articlePath(FIRST));
  expect(await named(page)).toBe(true);
  await clickMention(page, 'official', NAME);
  expect(await waitForCard(page, (c) => c.title === NAME)).not.toBeNull();
  await clickCardButton(page, 'Not a person');
  expect(await waitForCard(page, (c) => c.text.includes('Noted'))).not.toBeNull();
  await expect.poll(() => named(page)).toBe(false);

  const second = await open(articlePath(SECOND));
  expect(await named(second)).toBe(false);

  const popup = await openPopup(browser);
  await popup.getByTestId('tab-corrections').click();
  await expect.poll(() => popup.getByTestId('correction').allTextContents()).toEqual([`${NAME} is not a person` + 'Undo']);
  const exported = await exportHistory(popup);
  expect(exported.history.corrections).toEqual([{ at: expect.any(Number), correction: { type: 'not-person', name: NAME } }]);

  await popup.getByTestId('tab-corrections').click();
  await popup.getByTestId('correction').getByRole('button').click();
  await expect.poll(() => popup.getByTestId('correction').count()).toBe(0);
  await second.reload();
  await waitForPass(second);
  await expect.poll(() => named(second)).toBe(true);

  // Into a fresh profile: the correction comes along and holds there.
  const fresh = await launchTifa();
  try {
    await importHistory(await openPopup(fresh), exported.path);
    const elsewhere = await open(articlePath(SECOND), fresh);
    expect(await named(elsewhere)).toBe(false);
  } finally {
    await fresh.close();
  }
});

it('a wrong title said on the card leaves the person marked, without that title, on the next reading', async () => {
  const page = await open(articlePath(FIRST));
  await clickMention(page, 'official', '曹炯芳');
  await clickCardButton(page, 'Does not hold “市委书记”');
  expect(await waitForCard(page, (c) => c.text.includes('Noted'))).not.toBeNull();
  const found = await extractIn(await openPopup(browser), site.url(articlePath(SECOND)), articleText(FIRST));
  expect(found.persons.find((p) => p.name === '曹炯芳')).toMatchObject({ role: 'official', titles: [] });
  expect(await paintedMentions(page)).toContainEqual(expect.objectContaining({ kind: 'official', text: '曹炯芳' }));
});
