// Issue 4: the service worker stopped in the middle of a burst of history
// writes (each page kept after its extraction). Each page and its mentions are written in one IndexedDB transaction,
// so whatever the worker had not committed is gone whole: afterwards every
// page has all of its mentions and no mention lacks its page. To be sure the
// stop lands inside a transaction, the test keeps one write transaction open
// (after its page and mentions were put) until the worker is stopped.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Request } from '../../lib/messages';
import { launchTifa, type TifaBrowser } from './harness/browser';
import { openPopup, pageStart, sendToBackground } from './harness/extension';
import { articleText, seedArticles } from './harness/news-page';
import { readTables, stopServiceWorkers } from './harness/service-worker';

const BURST = 120;

/** An extract request that keeps its page, for every seed article in turn, each under its own address. */
function burst(): Request[] {
  const articles = seedArticles().map((a) => ({ title: a.paper, text: articleText(a) }));
  return Array.from({ length: BURST }, (_, i) => {
    const { title, text } = articles[i % articles.length]!;
    return { type: 'extract', url: `https://news.example.cn/burst/${i}.html`, text, page: { title, load: `burst-${i}` } };
  });
}

interface Held {
  /** The page the held transaction writes, once it has put it. */
  url: string | null;
  puts: number;
}

/**
 * Runs in the service worker: the first read-write transaction on `pages` is
 * kept from committing, by a chain of reads that never ends and by ignoring
 * Dexie's early commit() for it, and the puts made in it are counted. Only
 * the worker's death ends it.
 */
function holdFirstPageWrite(): void {
  const g = globalThis as unknown as { __held: Held };
  g.__held = { url: null, puts: 0 };
  let held: IDBTransaction | null = null;
  const transaction = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (this: IDBDatabase, ...args: Parameters<IDBDatabase['transaction']>) {
    const tx = transaction.apply(this, args);
    const [names, mode] = args;
    if (!held && mode === 'readwrite' && [names].flat().includes('pages')) {
      held = tx;
      const store = tx.objectStore('pages');
      const spin = (): void => void (store.count().onsuccess = spin);
      spin();
    }
    return tx;
  };
  const commit = IDBTransaction.prototype.commit;
  IDBTransaction.prototype.commit = function (this: IDBTransaction) {
    if (this !== held) commit.call(this);
  };
  for (const method of ['put', 'add'] as const) {
    const original = IDBObjectStore.prototype[method];
    IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (this.transaction === held) {
        g.__held.puts++;
        if (this.name === 'pages') g.__held.url = (args[0] as { url: string }).url;
      }
      return original.apply(this, args);
    };
  }
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
    const worker = browser.context.serviceWorkers()[0]!;
    await worker.evaluate(holdFirstPageWrite);
    const requests = burst();
    // All sent at once; the worker is stopped once the held transaction has put its page and mentions.
    const replies = Promise.all(requests.map((r) => sendToBackground(popup, r).then((reply) => reply, (e: unknown) => ({ lost: String(e) }))));
    let held: Held = { url: null, puts: 0 };
    for (let round = 0; round < 500 && !(held.url && held.puts > 1); round++) {
      held = await worker.evaluate(() => (globalThis as unknown as { __held: Held }).__held);
      await popup.waitForTimeout(10);
    }
    expect(held.url).not.toBeNull();
    await stopServiceWorkers(popup);
    const answered = await replies;

    // A message wakes the worker again, and it answers.
    expect((await pageStart(popup, 'https://news.example.cn/after.html')).enabled).toBe(true);

    const { pages, mentions } = await readTables(popup, ['pages', 'mentions']);
    const extracted = answered.filter((r) => r !== undefined && 'spans' in (r as object)).length;
    console.log(
      `sw-kill: stopped inside a write transaction that had made ${held.puts} puts; ${extracted} of ${BURST} extractions answered (those the stopped worker had not received went to its successor), ${pages!.length} pages stored, ${mentions!.length} mentions`,
    );
    // The interrupted transaction left nothing behind.
    expect(pages!.some((p) => p.url === held.url)).toBe(false);
    expect(mentions!.some((m) => m.url === held.url)).toBe(false);

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
