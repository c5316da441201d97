// The history at scale, in the real browser: a generated history of 10 000 and
// of 100 000 pages is written into the extension's IndexedDB; then the popup
// is opened until its recent list is shown, names (in characters and in
// pinyin) and titles are searched until their results are shown, and visits
// are kept through the background with the content script's own message (an
// extraction that carries the page, kept after the reply).
// Median of several runs each, warm (the first run of each is left out).
// Prints a table; never fails on speed, but fails when the popup does not
// show the stored history correctly.
import { formatTable } from '../../lib/cli/table';
import { readingOf } from '../../lib/db/pinyin';
import type { Page } from 'playwright-core';
import type { PageRecord } from '../../lib/db/schema';
import type { Request, Visit } from '../../lib/messages';
import { launchTifa, type TifaBrowser } from '../e2e/harness/browser';
import { openPopup } from '../e2e/harness/extension';
import { listedPages } from '../e2e/harness/popup';
import { writeTables } from '../e2e/harness/stored-history';
import { type GeneratedHistory, generateHistory } from './generated-history';
import { median } from './measure';
import { clearSearch, RECENT_SHOWN_WATCH, timePopupOpen, timeSearch } from './popup-timing';

const SIZES = { history10k: 10_000, history100k: 100_000 } as const;
// Runs are cheap; many of them keep the median steady on a busy machine.
const RUNS = 15;
const SEARCH_ROUNDS = 2;
const GOALS = { openMs: 150, searchMs: 50 };
/** How many pages the popup lists at most in search results (SearchView via searchHistory). */
const SEARCH_LIMIT = 100;
/** Posts the generated officials hold (in titles such as 湘潭市长), searched as titles. */
const TITLE_QUERIES = ['市长', '市委书记', '县长', '董事长'];

export interface HistoryScale {
  pages: number;
  mentions: number;
  /** Navigation start to the recent list in the DOM. */
  openMs: number;
  /** A name typed into the search box to its results in the DOM. */
  searchMs: number;
  /** The same for the names in pinyin. */
  pinyinSearchMs: number;
  /** The same for titles (TITLE_QUERIES), each held on thousands of pages. */
  titleSearchMs: number;
  /** An extract request carrying the page, to the page in the database. */
  recordMs: number;
}

export type HistoryBench = Record<keyof typeof SIZES, HistoryScale>;

const byLastVisited = (a: PageRecord, b: PageRecord): number => b.lastVisited - a.lastVisited;
const int = (x: number): string => x.toLocaleString('en-US');

const urls = (pages: readonly { url: string | null }[]): string => pages.map((p) => p.url).join('\n');

/** Fails unless the popup lists the latest pages, and the pages naming someone, as the generated history has them. */
async function checkPopup(browser: TifaBrowser, history: GeneratedHistory): Promise<void> {
  const latest = [...history.pages].sort(byLastVisited);
  const { popup } = await timePopupOpen(browser);
  const listed = await listedPages(popup);
  const shown = latest.slice(0, listed.length);
  if (!listed.length || urls(listed) !== urls(shown) || listed.some((p, i) => JSON.stringify(p.counts) !== JSON.stringify(shown[i]!.counts))) {
    throw new Error('the popup does not list the latest stored pages with their counts');
  }
  const name = history.searchNames[3]!;
  const naming = new Set(history.mentions.filter((m) => m.kind !== 'amount' && m.key.includes(name)).map((m) => m.url));
  const found = latest.filter((p) => naming.has(p.url) || p.title.includes(name)).slice(0, SEARCH_LIMIT);
  await timeSearch(popup, name);
  const results = await listedPages(popup.getByTestId('search-results'));
  if (urls(results) !== urls(found)) throw new Error(`searching ${name} lists ${results.length} pages, not the ${found.length} that name it`);
  await popup.close();
}

/** A text naming the visit's people with their first titles and its slogans, for the background to extract. */
const textOf = (visit: Visit): string =>
  [...visit.persons.map((p) => `${p.titles[0] ?? ''}${p.name}出席会议。`), ...visit.slogans.map((s) => `落实“${s}”。`)].join('\n');

/**
 * Keeps new pages through the background as the content script does: an
 * extract request that carries the page. Median ms from the message to the
 * page in the database, which the page polls (every 2 ms) once the reply is in.
 */
async function timeRecords(browser: TifaBrowser, history: GeneratedHistory): Promise<number> {
  const page = await openPopup(browser);
  const times: number[] = [];
  for (let i = 0; i <= RUNS; i++) {
    const visit = history.generator.visit(history.pages.length + i, Date.now());
    const request: Request = { type: 'extract', url: visit.page.url, text: textOf(visit), page: { title: visit.page.title, load: `bench-${i}` } };
    const ms = await page.evaluate(async (r) => {
      const start = performance.now();
      await (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage(r);
      // Inline, not a named function: the page has none of the helpers the bench's own build adds to those.
      for (let waited = 0; ; waited++) {
        const stored = await new Promise<boolean>((resolve, reject) => {
          const open = indexedDB.open('tifa');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const get = open.result.transaction('pages', 'readonly').objectStore('pages').getKey(r.url);
            get.onsuccess = () => {
              open.result.close();
              resolve(get.result !== undefined);
            };
          };
        });
        if (stored) break;
        if (waited > 5000) throw new Error(`the background did not keep ${r.url}`);
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
      return performance.now() - start;
    }, request);
    // The first opens the background's database.
    if (i > 0) times.push(ms);
  }
  await page.close();
  return median(times);
}

async function benchSize(size: number): Promise<HistoryScale> {
  const history = await generateHistory(size);
  const browser = await launchTifa();
  try {
    await browser.context.addInitScript({ content: RECENT_SHOWN_WATCH });
    // Dexie creates the database, at the extension's schema, as the popup first reads it.
    const setup = await openPopup(browser);
    await setup.waitForSelector('[data-testid="pause-toggle"]:enabled');
    const fillStart = performance.now();
    await writeTables(setup, { pages: history.pages, mentions: history.mentions, search: history.search });
    const indexChars = history.search.reduce((n, b) => n + b.lines.length, 0);
    console.log(
      `  ${int(size)} pages, ${int(history.mentions.length)} mentions and a search index of ${(indexChars / 1e6).toFixed(1)} M characters written in ${((performance.now() - fillStart) / 1000).toFixed(0)} s`,
    );
    await setup.close();
    await checkPopup(browser, history);

    const opens: number[] = [];
    let popup: Page | undefined;
    for (let i = 0; i <= RUNS; i++) {
      await popup?.close();
      const opened = await timePopupOpen(browser);
      popup = opened.popup;
      if (i > 0) opens.push(opened.ms);
    }
    const searchMs = await timeSearches(popup!, history.searchNames);
    // The same names typed in pinyin (`lei lan yun`), which also finds their homophones.
    const pinyinSearchMs = await timeSearches(
      popup!,
      history.searchNames.map((name) => readingOf(name, 'name').replace(/\B([A-Z])/g, ' $1').toLowerCase()),
    );
    const titleSearchMs = await timeSearches(popup!, TITLE_QUERIES);
    await popup!.close();

    const recordMs = await timeRecords(browser, history);
    return { pages: size, mentions: history.mentions.length, openMs: median(opens), searchMs, pinyinSearchMs, titleSearchMs, recordMs };
  } finally {
    await browser.close();
  }
}

/** Median ms from typing each query to its results, over SEARCH_ROUNDS rounds (the very first search left out: it is cold). */
async function timeSearches(popup: Page, queries: readonly string[]): Promise<number> {
  const times: number[] = [];
  for (let round = 0; round < SEARCH_ROUNDS; round++) {
    for (const [i, query] of queries.entries()) {
      const ms = await timeSearch(popup, query);
      if (round > 0 || i > 0) times.push(ms);
      await clearSearch(popup);
    }
  }
  return median(times);
}

const ms = (x: number): string => x.toFixed(0);

export async function benchHistory(): Promise<HistoryBench> {
  console.log(`\nHistory at scale: generated histories in headless Chromium; medians of ${RUNS} popup opens, ${RUNS} records and ${SEARCH_ROUNDS} rounds of name, pinyin and title searches (warm)`);
  const results = {} as HistoryBench;
  for (const [key, size] of Object.entries(SIZES) as [keyof typeof SIZES, number][]) results[key] = await benchSize(size);
  console.log(
    formatTable(
      ['pages', 'mentions', 'open ms', 'search ms', 'pinyin ms', 'title ms', 'keep a page ms'],
      Object.values(results).map((r) => [
        int(r.pages),
        int(r.mentions),
        ms(r.openMs),
        ms(r.searchMs),
        ms(r.pinyinSearchMs),
        ms(r.titleSearchMs),
        ms(r.recordMs),
      ]),
    ),
  );
  console.log(`  goals at 10 000 pages: open ≤ ${GOALS.openMs} ms, search ≤ ${GOALS.searchMs} ms`);
  console.log('  keep a page: an extract request carrying the page, to the page in the database; the write before it made the background read the names the history knows again');
  return results;
}
