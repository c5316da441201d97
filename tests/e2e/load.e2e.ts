// Issue 4, size and load: a 1 MB article and a page of 20 000 mentions are
// annotated completely without long main-thread tasks; thirty tabs opened at
// once give thirty history records, and revisits count as visits; frames,
// infinite scroll and document.write raise no errors.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchTifa, type TifaBrowser } from './harness/browser';
import { extractIn, openPopup } from './harness/extension';
import { LONG_TASK_OBSERVER, longest, longTasks } from './harness/long-tasks';
import { PAINT_ALL_UP_TO } from '../../lib/dom/highlight';
import { countKinds, expectPaintedNearViewport, paintedMentions, scrolledMarks, tally, waitForPass } from './harness/marks';
import { articleText, megabyteArticle, type NewsArticle, newsPageHtml, seedArticle, seedArticles, testArticle } from './harness/news-page';
import { waitForHistory } from './harness/popup';
import { html, type Route, startServer, type StaticServer } from './harness/server';
import { articlePath } from './harness/site';
import { storedPages } from './harness/stored-history';

const SEEDS = seedArticles();

const BIG = megabyteArticle();

// Three mentions a sentence (an official, an amount, a slogan), ten sentences a paragraph.
const DENSE_SENTENCE = '市委书记曹炯芳强调，投资10亿元，落实“三高四新”战略。';
const DENSE = testArticle(
  'load-20k.txt',
  '2021年05月21日 星期五 第02版：要闻简报',
  Array.from({ length: 667 }, () => [DENSE_SENTENCE.repeat(10)]),
);

// Thirty distinct articles: each seed's paragraphs rotated and cut six ways.
const TABS: NewsArticle[] = Array.from({ length: 30 }, (_, i) => {
  const seed = SEEDS[i % SEEDS.length]!;
  const variant = Math.floor(i / SEEDS.length);
  const n = seed.paragraphs.length;
  const rotated = [...seed.paragraphs.slice((variant * 7) % n), ...seed.paragraphs.slice(0, (variant * 7) % n)];
  return { ...seed, file: `tab-${String(i).padStart(2, '0')}.txt`, headline: `${seed.headline}（${i + 1}）`, paragraphs: rotated.slice(0, n - variant * 2) };
});
const REVISITED = TABS.filter((_, i) => i % 6 === 0);

/** An inline script's source for a string: JSON, with `<` escaped so the markup cannot end the script. */
const scriptString = (s: string): string => JSON.stringify(s).replace(/</g, '\\u003c');

// Frames: seed 000 with seed 001 in an iframe inside its article, on the same server.
const FRAMED = seedArticle('000');
const FRAME_SCRIPT = `<script>
document.addEventListener('DOMContentLoaded', () => {
  const frame = document.createElement('iframe');
  frame.src = ${scriptString(articlePath(seedArticle('001')))};
  frame.width = '800';
  frame.height = '600';
  document.querySelector('article .content').append(frame);
});
</script>`;

// Infinite scroll: fifty paragraphs appended, one every 40 ms from the load event on.
const SCROLLED = seedArticle('002');
const LATE = Array.from({ length: 50 }, (_, i) => `滚动加载：市委副书记、市长刘志仁要求再投资${i + 1}亿元推进“三高四新”。`);
const SCROLL_SCRIPT = `<script>
window.addEventListener('load', () => {
  const late = ${JSON.stringify(LATE).replace(/</g, '\\u003c')};
  let n = 0;
  const timer = setInterval(() => {
    const p = document.createElement('p');
    p.className = 'late';
    p.textContent = late[n];
    document.querySelector('article .content').append(p);
    if (++n === late.length) clearInterval(timer);
  }, 40);
});
</script>`;

// document.write: the article's paragraphs are written by a script as the page parses.
const WRITTEN = seedArticle('003');
function documentWritePageHtml(a: NewsArticle): string {
  const paragraphs = a.paragraphs.map((lines) => lines.join('\n'));
  return `<!doctype html>
<html>
<head><meta charset="utf-8"><title>${a.headline}_${a.paper}</title></head>
<body>
<article>
<h1>${a.headline}</h1>
<div class="content">
<script>
for (const text of ${JSON.stringify(paragraphs).replace(/</g, '\\u003c')}) {
  document.write('<p>' + text.replace(/&/g, '&amp;').replace(/</g, '&lt;').split('\\n').join('<br>') + '</p>');
}
</script>
</div>
</article>
</body>
</html>
`;
}

const PATHS = {
  big: '/load/1mb.html',
  dense: '/load/20k.html',
  framed: '/load/framed.html',
  scrolled: '/load/scroll.html',
  written: '/load/write.html',
};

let site: StaticServer;
beforeAll(async () => {
  const routes = new Map<string, Route>([
    [PATHS.big, html(newsPageHtml(BIG, { head: LONG_TASK_OBSERVER }))],
    [PATHS.dense, html(newsPageHtml(DENSE, { head: LONG_TASK_OBSERVER }))],
    [PATHS.framed, html(newsPageHtml(FRAMED, { head: FRAME_SCRIPT }))],
    [PATHS.scrolled, html(newsPageHtml(SCROLLED, { head: SCROLL_SCRIPT }))],
    [PATHS.written, html(documentWritePageHtml(WRITTEN))],
    [articlePath(seedArticle('001')), html(newsPageHtml(seedArticle('001')))],
    ...TABS.map((a): [string, Route] => [articlePath(a), html(newsPageHtml(a))]),
  ]);
  site = await startServer(routes);
});
afterAll(() => site?.close());

/** Errors a page raised (any uncaught exception, the content script's included) or logged from the extension. */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && (m.location().url.startsWith('chrome-extension://') || m.text().includes('chrome-extension://'))) {
      errors.push(`console: ${m.text()}`);
    }
  });
  return errors;
}

describe('size', () => {
  let browser: TifaBrowser;
  beforeAll(async () => {
    browser = await launchTifa();
  });
  afterAll(() => browser?.close());

  it.each([
    ['1 MB page', BIG, PATHS.big],
    ['20k page', DENSE, PATHS.dense],
  ] as const)('the %s is annotated completely, the mentions near the viewport painted as the reader scrolls', async (label, a, path) => {
    const url = site.url(path);
    const expected = (await extractIn(await openPopup(browser), url, articleText(a))).mentions;
    if (a === DENSE) expect(expected.length).toBeGreaterThanOrEqual(20_000);
    else expect(articleText(a).length).toBeGreaterThanOrEqual(1_000_000);

    const page = await browser.context.newPage();
    const errors = collectErrors(page);
    await page.goto(url, { timeout: 60_000 });
    const pass = await waitForPass(page, 60_000);
    expect(pass.state).toBe('done');
    expect(pass.mentions).toBe(expected.length);
    // Long tasks are read before scrolling, which is the test's own work.
    const tasks = await longTasks(page);

    const scrolled = await scrolledMarks(page);
    console.log(`${label}: ${scrolled.painted.length} of ${expected.length} mentions painted while scrolling through, at most ${scrolled.most} registered at once; ${scrolled.unpainted} of ${scrolled.onScreen} on screen at 8 places unpainted`);
    expectPaintedNearViewport(scrolled, expected, 1 / 4);
    expect(expected.length).toBeGreaterThan(PAINT_ALL_UP_TO);
    expect(errors).toEqual([]);

    // The observer sees only tasks over 50 ms: none is the goal.
    const over = tasks.sinceWork.length ? `${Math.round(longest(tasks.sinceWork))} ms` : 'none over 50 ms';
    console.log(`longest task ${over} on ${label} (${pass.mentions} mentions, ${tasks.sinceWork.length} long tasks since work began; page load's longest ${Math.round(longest(tasks.all.filter((t) => !tasks.sinceWork.includes(t))))} ms)`);
    await page.close();
  });
});

describe('load', () => {
  it('thirty tabs at once give thirty records with their counts; five revisits count as second visits', async () => {
    const browser = await launchTifa();
    try {
      const popup = await openPopup(browser);
      const expected = new Map<string, Record<string, number>>();
      for (const a of TABS) expected.set(site.url(articlePath(a)), countKinds((await extractIn(popup, site.url(articlePath(a)), articleText(a))).mentions));

      const open = async (a: NewsArticle): Promise<void> => {
        const page = await browser.context.newPage();
        await page.goto(site.url(articlePath(a)), { timeout: 60_000 });
        expect((await waitForPass(page, 60_000)).state).toBe('done');
        await page.close();
      };
      await Promise.all(TABS.map(open));
      await waitForHistory(popup, TABS.length, 30_000);
      const stored = await storedPages(popup);
      console.log(`tabs ${stored.length}/${TABS.length} records`);
      expect(stored.length).toBe(TABS.length);
      for (const record of stored) {
        expect(record.visits, record.url).toBe(1);
        expect(record.counts, record.url).toEqual(expected.get(record.url));
      }
      // Names the history learnt from these pages do not change what is found on them.
      for (const a of TABS) {
        const url = site.url(articlePath(a));
        expect(countKinds((await extractIn(popup, url, articleText(a))).mentions)).toEqual(expected.get(url));
      }

      await Promise.all(REVISITED.map(open));
      const revisited = new Set(REVISITED.map((a) => site.url(articlePath(a))));
      await expect
        .poll(async () => (await storedPages(popup)).filter((p) => p.visits === 2).map((p) => p.url).sort(), { timeout: 20_000 })
        .toEqual([...revisited].sort());
      const after = await storedPages(popup);
      console.log(`revisits: ${after.length} records, ${after.filter((p) => p.visits === 2).length} with 2 visits`);
      expect(after.length).toBe(TABS.length);
      for (const record of after) expect(record.visits, record.url).toBe(revisited.has(record.url) ? 2 : 1);
    } finally {
      await browser.close();
    }
  });
});

describe('odd pages', () => {
  let browser: TifaBrowser;
  beforeAll(async () => {
    browser = await launchTifa();
  });
  afterAll(() => browser?.close());

  it('a page with a frame: the top frame is annotated, nothing throws', async () => {
    const page = await browser.context.newPage();
    const errors = collectErrors(page);
    await page.goto(site.url(PATHS.framed));
    const frame = await (await page.waitForSelector('iframe')).contentFrame();
    await frame!.waitForLoadState('load');
    const pass = await waitForPass(page);
    expect(pass.state).toBe('done');
    expect(pass.mentions).toBeGreaterThan(0);
    const frameState = await frame!.evaluate(() => document.documentElement.getAttribute('data-tifa-state'));
    console.log(`frames: top frame ${pass.state} with ${pass.mentions} mentions, iframe state ${frameState ?? 'none (top frame only)'}, ${errors.length} errors`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('infinite scroll: the fifty late paragraphs are painted, nothing throws', async () => {
    const url = site.url(PATHS.scrolled);
    const expected = tally((await extractIn(await openPopup(browser), url, [articleText(SCROLLED), ...LATE].join('\n'))).mentions);
    const page = await browser.context.newPage();
    const errors = collectErrors(page);
    await page.goto(url);
    await page.waitForFunction((n) => document.querySelectorAll('p.late').length === n, LATE.length, { timeout: 20_000 });
    await expect.poll(async () => tally(await paintedMentions(page)), { timeout: 20_000 }).toEqual(expected);
    const pass = await waitForPass(page);
    console.log(`infinite scroll: ${LATE.length} paragraphs appended, ${pass.mentions} mentions painted, ${errors.length} errors`);
    expect(pass.mentions).toBe(expected.length);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('document.write during load: the written article is annotated, nothing throws', async () => {
    const url = site.url(PATHS.written);
    const expected = tally((await extractIn(await openPopup(browser), url, articleText(WRITTEN))).mentions);
    const page = await browser.context.newPage();
    const errors = collectErrors(page);
    await page.goto(url);
    const pass = await waitForPass(page);
    expect(pass.state).toBe('done');
    expect(tally(await paintedMentions(page))).toEqual(expected);
    console.log(`document.write: ${pass.mentions} mentions painted, ${errors.length} errors`);
    expect(errors).toEqual([]);
    await page.close();
  });
});
