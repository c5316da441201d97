// Issue 3 §6 (b): one click on an official's name opens the lookup card with
// what the bundled corpus knows of them. Issue 12 §3: the card says nothing
// contradictory on a first visit, and stays wholly inside the viewport when
// its mention is at the window's bottom or right edge, its body scrolling to
// the last section; and the popup's text is of a readable size.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { translator } from '../../lib/i18n';
import { launchTifa, type TifaBrowser } from './harness/browser';
import { CARD_TAG, cardBox, cardLayout, type CardContent, type CardSection, expectInsideViewport, scrollPointToBottom, waitForCard } from './harness/card';
import { openPopup } from './harness/extension';
import { clickMention, HIGHLIGHT_PREFIX, mentionPoint, waitForPass } from './harness/marks';
import { DARK_PAGE, DARK_PATH, EDGE_DATE, EDGE_NAME, EDGE_PAGE, EDGE_PATH, EDGE_PAPER } from './harness/card-pages';
import { seedArticle } from './harness/news-page';
import { expectReadablePopup, POPUP_TEXT_ARGS, readPopupTextSizes, waitForListed } from './harness/popup';
import type { StaticServer } from './harness/server';
import { articlePath, startNewsSite } from './harness/site';

// The card speaks the browser's language: a heading or message in either.
const both = (key: Parameters<ReturnType<typeof translator>>[0]): string[] => [translator('en')(key), translator('zh')(key)];
const CORPUS_HEADINGS = both('card.corpus');
const sectionOf = (card: CardContent, headings: string[]): CardSection | undefined => card.sections.find((s) => headings.includes(s.heading));
/** The card once the background's answer is in: its corpus section is there. */
const answered = (c: CardContent): boolean => sectionOf(c, CORPUS_HEADINGS) !== undefined;

let site: StaticServer;
let browser: TifaBrowser;
beforeAll(async () => {
  site = await startNewsSite([
    [EDGE_PATH, EDGE_PAGE],
    [DARK_PATH, DARK_PAGE],
  ]);
  browser = await launchTifa();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** The edge page, read and recorded: the card's lookup then finds this page in the history, as on any first visit. */
async function openEdgePage(viewport: { width: number; height: number }): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize(viewport);
  await page.goto(site.url(EDGE_PATH));
  expect((await waitForPass(page)).state).toBe('done');
  const popup = await openPopup(browser);
  await waitForListed(popup, site.url(EDGE_PATH));
  await popup.close();
  await page.bringToFront();
  return page;
}

// First, while 曹炯芳 is on no other page of the history.
it('on a first visit, says the page being read is not history and does not list it under titles over time', async () => {
  const page = await openEdgePage({ width: 1280, height: 900 });
  await clickMention(page, 'official', EDGE_NAME);
  const card = await waitForCard(page, answered);
  expect(card, 'card with the background’s answer').not.toBeNull();
  // Header: name and this page's title.
  expect(card!.text).toContain(`${EDGE_NAME}`);
  expect(card!.text).toContain('市委书记');

  const seen = sectionOf(card!, both('card.seen.person'));
  expect(seen, 'where you have seen them').toBeDefined();
  expect(seen!.items).toEqual([]);
  expect(both('card.seen.none').some((none) => seen!.text.endsWith(none)), seen!.text).toBe(true);
  // The order a reader asks in.
  const headings = card!.sections.map((s) => s.heading);
  const at = (key: Parameters<typeof both>[0]): number => headings.findIndex((h) => both(key).includes(h));
  expect([at('card.seen.person'), at('card.corpus'), at('card.titlesOverTime'), at('card.coMentioned'), at('card.links')]).toEqual([0, 1, 2, 3, 4]);

  // The corpus gives 曹炯芳 as 市委书记 in 湘潭日报; this page (by its paper, date or site) is not another source.
  const titles = sectionOf(card!, both('card.titlesOverTime'))!;
  expect(titles.text).toContain('湘潭日报');
  for (const thisPage of [EDGE_PAPER, EDGE_DATE, new URL(site.origin).hostname]) expect(titles.text).not.toContain(thisPage);
  await page.close();
});

it('(b) clicking 曹炯芳 opens the card with the corpus document (湘潭日报, 2021-05-21) and the title 市委书记', async () => {
  const page = await browser.context.newPage();
  await page.goto(site.url(articlePath(seedArticle('000'))));
  expect((await waitForPass(page)).state).toBe('done');
  expect(await page.locator(CARD_TAG).count()).toBe(0);

  await clickMention(page, 'official', '曹炯芳');
  await expect.poll(() => page.locator(CARD_TAG).count(), { timeout: 10_000 }).toBe(1);
  // The corpus section arrives with the background's answer.
  const card = await waitForCard(page, answered);
  expect(card, 'card with a corpus section').not.toBeNull();

  expect(card!.text).toContain('曹炯芳');
  // 曹炯芳 appears in one seed document only.
  const docs = sectionOf(card!, CORPUS_HEADINGS)!.items;
  expect(docs).toHaveLength(1);
  expect(docs[0]).toContain('湘潭日报');
  expect(docs[0]).toContain('2021-05-21');
  expect(docs[0]).toContain('市委书记');
  await page.close();
});

it('lists where the reader has seen them with the paper and the article’s date', async () => {
  // By now the history holds seed 000 (湘潭日报, 2021-05-21), read by the test above.
  const page = await openEdgePage({ width: 1280, height: 900 });
  await clickMention(page, 'official', EDGE_NAME);
  const card = await waitForCard(page, (c) => (sectionOf(c, both('card.seen.person'))?.items.length ?? 0) > 0);
  expect(card, 'a card listing a page of the history').not.toBeNull();
  const seen = sectionOf(card!, both('card.seen.person'))!;
  expect(seen.items).toHaveLength(1);
  expect(seen.items[0]).toContain('湘潭日报 · 2021-05-21');
  await page.close();
});

it('stays inside the viewport, above the mention, when the mention is at the bottom edge; its body scrolls to the end', async () => {
  // A short window: the card cannot show whole above the mention, so its body must scroll.
  const page = await openEdgePage({ width: 1000, height: 420 });
  const middle = await page.evaluate(mentionPoint, { name: `${HIGHLIGHT_PREFIX}official`, text: EDGE_NAME });
  if (!middle) throw new Error(`${EDGE_NAME} is not painted`);
  const point = await page.evaluate(scrollPointToBottom, { point: middle, fromBottom: 12 });
  await page.mouse.click(point.x, point.y);
  expect(await waitForCard(page, answered)).not.toBeNull();

  const box = await page.evaluate(cardBox, CARD_TAG);
  expectInsideViewport(box, 4, 'bottom edge');
  expect(box!.bottom, 'the card above the mention').toBeLessThan(point.y);

  const layout = await cardLayout(page);
  expect(layout).not.toBeNull();
  // The protocol's box and the hit-tested one agree.
  expect(Math.abs(layout!.card.top - box!.top)).toBeLessThanOrEqual(1);
  expect(Math.abs(layout!.card.bottom - box!.bottom)).toBeLessThanOrEqual(1);
  // More than fits, in a body that scrolls, whose last section comes fully into the card.
  expect(layout!.body.scrollHeight).toBeGreaterThan(layout!.body.clientHeight);
  expect(layout!.body.overflowY).toBe('auto');
  expect(layout!.lastSection.bottom).toBeLessThanOrEqual(layout!.card.bottom);
  expect(layout!.lastSection.top).toBeGreaterThanOrEqual(layout!.card.top);
  await page.close();
});

it('stays inside the viewport when the mention is at the right edge', async () => {
  const page = await openEdgePage({ width: 1000, height: 700 });
  const point = await page.evaluate(mentionPoint, { name: `${HIGHLIGHT_PREFIX}official`, text: EDGE_NAME });
  if (!point) throw new Error(`${EDGE_NAME} is not painted`);
  // The page sets the mention at its right edge: less room to its right than a card is wide.
  const width = await page.evaluate(() => document.documentElement.clientWidth);
  expect(width - point.x).toBeLessThan(200);
  await page.mouse.click(point.x, point.y);
  expect(await waitForCard(page, answered)).not.toBeNull();
  const box = await page.evaluate(cardBox, CARD_TAG);
  expectInsideViewport(box, 4, 'right edge');
  expect(box!.left, 'shifted left of the mention').toBeLessThan(point.x);
  await page.close();
});

/** Whether a computed `rgb(…)` colour is dark: its channels average under half. */
const isDark = (colour: string): boolean => {
  const channels = (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
  return channels.length === 3 && channels.reduce((a, b) => a + b, 0) / 3 < 128;
};

it('takes its colours from the page, not from the system: light on a light page in a dark system, dark on a dark page', async () => {
  const cases = [
    { path: EDGE_PATH, system: 'dark' as const, dark: false },
    { path: DARK_PATH, system: 'light' as const, dark: true },
  ];
  for (const { path, system, dark } of cases) {
    const page = await browser.context.newPage();
    await page.emulateMedia({ colorScheme: system });
    await page.goto(site.url(path));
    expect((await waitForPass(page)).state).toBe('done');
    await clickMention(page, 'official', EDGE_NAME);
    expect(await waitForCard(page, answered)).not.toBeNull();
    const layout = await cardLayout(page);
    expect(isDark(layout!.background), `${path} in a ${system} system: card ${layout!.background}`).toBe(dark);
    await page.close();
  }
});

// Issue 12: Chrome's style sheet for extension pages sets body{font-size:75%}; the popup's own sizes must win.
it('the popup’s body text computes to at least 13 px, and page titles are larger than their meta lines', async () => {
  const popup = await openPopup(browser);
  await waitForListed(popup, site.url(EDGE_PATH));
  const sizes = await popup.evaluate(readPopupTextSizes, POPUP_TEXT_ARGS);
  console.log(`popup text: body ${sizes.body} px, smallest body text ${sizes.smallest?.px} px, item titles ${sizes.items[0]?.title} px over meta ${sizes.items[0]?.meta} px`);
  expectReadablePopup(sizes);
  await popup.close();
});
