// Issue 4: the service worker stopped in the middle of a burst of history
// writes. Each page and its mentions are written in one IndexedDB transaction,
// so whatever the worker had not committed is gone whole: afterwards every
// page has all of its mentions and no mention lacks its page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../lib/extract';
import type { Request } from '../../lib/messages';
import { launchTifa, type TifaBrowser } from './harness/browser';
import { openPopup, pageStart, sendToBackground } from './harness/extension';
import { articleText, seedArticles } from './harness/news-page';
import { readTables, stopServiceWorkers } from './harness/service-worker';

const BURST = 120;

/** A record request for every seed article in turn, each under its own address. */
function burst(): Request[] {
  const articles = seedArticles().map((a) => {
    const text = articleText(a);
    const found = extract(text);
    return {
      title: a.paper,
      persons: found.persons.slice(0, 50).map((p) => ({ name: p.name, role: p.role, titles: p.titles.slice(0, 10) })),
      slogans: found.slogans.slice(0, 100).map((s) => s.text),
      mentions: found.mentions.map((m) => ({ kind: m.kind, key: m.key, snippet: text.slice(Math.max(0, m.start - 20), m.end + 20) })),
    };
  });
  return Array.from({ length: BURST }, (_, i) => {
    const { title, ...found } = articles[i % articles.length]!;
    return { type: 'record', page: { url: `https://news.example.cn/burst/${i}.html`, title }, ...found };
  });
}

let browser: TifaBrowser;

beforeAll(async () => {
  browser = await launchTifa();
});
afterAll(async () => {
  await browser?.close();
});

describe('the service worker stopped mid-write', () => {
  it('leaves no page without its mentions and no mention without its page', async () => {
    const popup = await openPopup(browser);
    const requests = burst();
    // All sent at once; the worker is stopped as soon as the first pages are in.
    const replies = Promise.all(requests.map((r) => sendToBackground(popup, r).then((reply) => reply, (e: unknown) => ({ lost: String(e) }))));
    for (let round = 0; round < 500 && !(await readTables(popup, ['pages'])).pages!.length; round++) await popup.waitForTimeout(10);
    await stopServiceWorkers(popup);
    const answered = await replies;

    // A message wakes the worker again, and it answers.
    expect((await pageStart(popup, 'https://news.example.cn/after.html')).enabled).toBe(true);

    const { pages, mentions } = await readTables(popup, ['pages', 'mentions']);
    const recorded = answered.filter((r) => (r as { recorded?: boolean }).recorded === true).length;
    console.log(`sw-kill: ${recorded} of ${BURST} records answered, ${pages!.length} pages stored, ${mentions!.length} mentions`);
    expect(pages!.length).toBeGreaterThanOrEqual(recorded);

    const byUrl = new Map<unknown, number>();
    for (const m of mentions!) byUrl.set(m.url, (byUrl.get(m.url) ?? 0) + 1);
    const pageUrls = new Set(pages!.map((p) => p.url));
    const orphans = mentions!.filter((m) => !pageUrls.has(m.url));
    // Each page's counts are of its distinct entities, one mention record each.
    const incomplete = pages!.filter((p) => {
      const total = Object.values(p.counts as Record<string, number>).reduce((a, b) => a + b, 0);
      return (byUrl.get(p.url) ?? 0) !== total || total === 0;
    });
    expect(orphans).toEqual([]);
    expect(incomplete.map((p) => p.url)).toEqual([]);
  });
});
