// On every layout of the suite beyond the newspaper page (harness/layouts.ts:
// a news portal, an old table-based government portal, a div-soup CMS page, a
// mobile page, the article in div#content), Tifa paints nothing outside the
// article, and finds the article: it paints the mentions extract() finds in the
// article's text, taken from the background's reading of the page's copy. The furniture names officials, amounts and slogans, so a
// wrong choice of article would show.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { extract } from '../../lib/extract';
import { launchTifa } from './harness/browser';
import { LAYOUTS, portalArticle } from './harness/layouts';
import { firstVisit, tally } from './harness/marks';
import { articleText, seedArticle } from './harness/news-page';
import { html, type StaticServer } from './harness/server';
import { countPageExtracts } from './harness/service-worker';
import { startNewsSite } from './harness/site';

/** The portal around its own 3,000-character article (as the bench has it); each other layout around a seed. */
const ARTICLES = [portalArticle(), ...['001', '002', '003', '004'].map(seedArticle)];
const CASES = Object.entries(LAYOUTS).map(([layout, page], i) => {
  const article = ARTICLES[i]!;
  return { layout, article, path: `/layouts/${i}.html`, html: page(article) };
});

/** Of the article's mentions, at least this share is painted (a few may read differently in the page's wider text). */
const FOUND_SHARE = 0.95;

let site: StaticServer;
beforeAll(async () => {
  site = await startNewsSite(CASES.map((c) => [c.path, html(c.html)]));
});
afterAll(() => site?.close());

/** In the page: the text outside data-region="article" (regions nested in the article included), scripts and styles left out. */
const readFurniture = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const parts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || el.closest('script, style') || el.closest('[data-region]')?.getAttribute('data-region') === 'article') continue;
      parts.push(node.nodeValue ?? '');
    }
    return parts.join('\n');
  });

/** What of `wanted` (a tally) `got` lacks, each entry as often as it is missing. */
function missingFrom(got: readonly string[], wanted: readonly string[]): string[] {
  const left = new Map<string, number>();
  for (const g of got) left.set(g, (left.get(g) ?? 0) + 1);
  return wanted.filter((w) => {
    const n = left.get(w) ?? 0;
    left.set(w, n - 1);
    return n <= 0;
  });
}

it.each(CASES)('$layout: nothing is painted outside the article, and the article’s mentions are', async ({ article, path }) => {
  // A fresh profile per page: the names Tifa knows come from the corpus only,
  // and the expectation uses the very names the content script is given.
  const browser = await launchTifa();
  try {
    const extracts = await countPageExtracts(browser.context.serviceWorkers()[0]!);
    const { expected, page, pass, painted } = await firstVisit(browser, site.url(path), articleText(article));
    expect(pass.state).toBe('done');
    expect(pass.mentions).toBe(painted.length);
    // The page's live text is its copy's: the background's extraction of the copy is taken, no text is sent.
    expect(await extracts()).toBe(0);

    // The furniture would show a wrong choice: it names officials, gives amounts, quotes slogans.
    const furniture = extract(await readFurniture(page)).mentions;
    expect([...new Set(furniture.map((m) => m.kind))]).toEqual(expect.arrayContaining(['official', 'amount', 'slogan']));

    expect(painted.filter((m) => m.region !== 'article').map((m) => `${m.region}: ${m.kind} ${m.text}`)).toEqual([]);
    const missing = missingFrom(tally(painted), tally(expected.mentions));
    expect(missing.length, `not painted: ${missing.join(', ')}`).toBeLessThanOrEqual(expected.mentions.length * (1 - FOUND_SHARE));
  } finally {
    await browser.close();
  }
});
