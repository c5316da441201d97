// Issue 3 §6 (b): one click on an official's name opens the lookup card with
// what the bundled corpus knows of them.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { translator } from '../../lib/i18n';
import { launchTifa, type TifaBrowser } from './harness/browser';
import { CARD_TAG, type CardContent, type CardSection, waitForCard } from './harness/card';
import { clickMention, waitForPass } from './harness/marks';
import { seedArticle } from './harness/news-page';
import type { StaticServer } from './harness/server';
import { articlePath, startNewsSite } from './harness/site';

// The card speaks the browser's language; the heading of its corpus section in either.
const CORPUS_HEADINGS = [translator('en')('card.corpus'), translator('zh')('card.corpus')];

let site: StaticServer;
let browser: TifaBrowser;
beforeAll(async () => {
  site = await startNewsSite();
  browser = await launchTifa();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

it('(b) clicking 曹炯芳 opens the card with the corpus document (湘潭日报, 2021-05-21) and the title 市委书记', async () => {
  const page = await browser.context.newPage();
  await page.goto(site.url(articlePath(seedArticle('000'))));
  expect((await waitForPass(page)).state).toBe('done');
  expect(await page.locator(CARD_TAG).count()).toBe(0);

  await clickMention(page, 'official', '曹炯芳');
  await expect.poll(() => page.locator(CARD_TAG).count(), { timeout: 10_000 }).toBe(1);
  // The corpus section arrives with the background's answer.
  const corpusOf = (card: CardContent): CardSection | undefined => card.sections.find((s) => CORPUS_HEADINGS.includes(s.heading));
  const card = await waitForCard(page, (c) => corpusOf(c) !== undefined);
  expect(card, 'card with a corpus section').not.toBeNull();

  expect(card!.text).toContain('曹炯芳');
  // 曹炯芳 appears in one seed document only.
  const docs = corpusOf(card!)!.items;
  expect(docs).toHaveLength(1);
  expect(docs[0]).toContain('湘潭日报');
  expect(docs[0]).toContain('2021-05-21');
  expect(docs[0]).toContain('市委书记');
});
