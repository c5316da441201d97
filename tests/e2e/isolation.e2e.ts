// Issue 4, isolation and injection: the page Tifa works on is hostile. It finds
// no trace of the reader's history in its own storage or globals, cannot read
// the card, cannot run markup it smuggles in as text, cannot drive the
// background, and keeps its DOM as it was; a page that breaks its own
// prototypes (Array, Node, EventTarget, attachShadow, CSS) or forbids inline
// styles and scripts and enforces Trusted Types is still annotated.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchTifa, type TifaBrowser } from './harness/browser';
import { CARD_TAG, type CardContent, cardElementNames, readCard, waitForCard } from './harness/card';
import { openPopup, pageStart } from './harness/extension';
import { clickMention, paintedMentions, waitForPass } from './harness/marks';
import { type NewsArticle, newsPageHtml, seedArticle } from './harness/news-page';
import { listedPages } from './harness/popup';
import { html, type Route, type StaticServer } from './harness/server';
import { articlePath, startNewsSite } from './harness/site';

// Markup and control characters a page may put in its text; each must stay text.
const PAYLOADS = {
  img: '<img src=x onerror="window.__pwned=1">',
  script: '<script>window.__pwned=1</script>',
  link: 'javascript:window.__pwned=1',
  rtl: '\u202e',
  zeroWidth: '\u200b',
} as const;
const FILLER = '会议听取了全市重点项目建设情况汇报，研究部署下一阶段工作，要求各级各部门压实责任、狠抓落实。';

/** A page whose headline and paragraphs carry every payload around 曹炯芳 and 刘志仁. */
const payloadArticle = (label: string): NewsArticle => ({
  file: `payload-${label}.txt`,
  // Not 湘潭日报: the corpus paper 曹炯芳's card shows must come from the extension, not this page.
  paper: '测试晚报',
  date: '2024-03-01',
  city: '测试',
  headline: `${label}${PAYLOADS.img}${PAYLOADS.script}要闻${PAYLOADS.rtl}简报${PAYLOADS.zeroWidth}${PAYLOADS.link}`,
  paragraphs: [
    [`市委书记曹炯芳${PAYLOADS.img}主持召开市委常委会会议。`],
    [`${PAYLOADS.script}市委副${PAYLOADS.zeroWidth}书记、市长刘志仁出席会议并讲话。`],
    [`会议强调，${PAYLOADS.link} 要压实责任。市委书记曹炯芳${PAYLOADS.rtl}要求抓好落实。`],
    [FILLER, FILLER],
  ],
});
const PAYLOAD_A = payloadArticle('夜读甲');
const PAYLOAD_B = payloadArticle('夜读乙');

// Runs before the content script (document_idle): what the page had of its own.
const BEFORE_SCRIPT = `<script>
window.__before = { globals: Object.keys(window) };
document.addEventListener('DOMContentLoaded', () => {
  window.__before.article = document.querySelector('article').innerHTML;
  window.__before.body = document.body.innerHTML;
});
</script>`;

// Breaks the page's own world, then checks its script still runs after Tifa's pass.
const HOSTILE_SCRIPT = `<script>
Array.prototype.map = function () { throw new Error('page map'); };
Array.prototype.push = function () { throw new Error('page push'); };
Object.defineProperty(Node.prototype, 'textContent', { get() { return ''; }, configurable: true });
EventTarget.prototype.addEventListener = function () { throw new Error('page addEventListener'); };
Element.prototype.attachShadow = function () { throw new Error('page attachShadow'); };
window.CSS = { highlights: null };
const watch = new MutationObserver(() => {
  if (document.documentElement.getAttribute('data-tifa-state') !== 'done') return;
  watch.disconnect();
  document.documentElement.setAttribute('data-page-ok', '1');
});
watch.observe(document.documentElement, { attributes: true });
</script>`;

const SEED = seedArticle('000');
const PATHS = {
  probed: '/probe/000.html',
  payloadA: '/payload/a.html',
  payloadB: '/payload/b.html',
  hostile: '/hostile/000.html',
  csp: '/csp/000.html',
};
const EXTRA: [string, Route][] = [
  [PATHS.probed, html(newsPageHtml(SEED, { head: BEFORE_SCRIPT }))],
  [PATHS.payloadA, html(newsPageHtml(PAYLOAD_A))],
  [PATHS.payloadB, html(newsPageHtml(PAYLOAD_B))],
  [PATHS.hostile, html(newsPageHtml(SEED, { head: HOSTILE_SCRIPT }))],
  [
    PATHS.csp,
    html(newsPageHtml(SEED), {
      'content-security-policy': "default-src 'none'; style-src 'self'; script-src 'self'; require-trusted-types-for 'script'; trusted-types 'none'",
    }),
  ],
];

interface Pwnable {
  __pwned?: unknown;
}
const pwned = (page: Page): Promise<boolean> => page.evaluate(() => (window as Pwnable).__pwned !== undefined);

let site: StaticServer;
let browser: TifaBrowser;
beforeAll(async () => {
  site = await startNewsSite(EXTRA);
  browser = await launchTifa();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function annotated(path: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(site.url(path));
  expect((await waitForPass(page)).state, path).toBe('done');
  return page;
}

/** Waits until the popup lists the page at `url` (the background records it after the pass). */
async function waitForListed(popup: Page, url: string): Promise<void> {
  await popup.waitForFunction(
    (u) => [...document.querySelectorAll('[data-testid="history-item"] a[href]')].some((a) => a.getAttribute('href') === u),
    url,
    { timeout: 20_000 },
  );
}

/** Opens 曹炯芳's card on payload page B, once page A is in the history; the card shows both corpus and history. */
async function cardOnPayloadPage(): Promise<{ page: Page; card: CardContent }> {
  const popup = await openPopup(browser);
  await (await annotated(PATHS.payloadA)).close();
  await waitForListed(popup, site.url(PATHS.payloadA));
  await popup.close();
  const page = await annotated(PATHS.payloadB);
  await clickMention(page, 'official', '曹炯芳');
  const card = await waitForCard(page, (c) => c.text.includes('湘潭日报') && c.text.includes(PAYLOAD_A.headline.slice(0, 3)));
  expect(card, 'card with corpus and history').not.toBeNull();
  return { page, card: card! };
}

describe('isolation', () => {
  it('keeps the history in the extension: the page finds no Tifa storage, cookie or global', async () => {
    const page = await annotated(PATHS.probed);
    const { probes, leaks } = await page.evaluate(async () => {
      const before = (window as unknown as { __before: { globals: string[] } }).__before;
      const found: Record<string, string[]> = {
        indexedDB: (await indexedDB.databases()).map((d) => d.name ?? ''),
        localStorage: Object.keys(localStorage),
        sessionStorage: Object.keys(sessionStorage),
        cookie: document.cookie ? [document.cookie] : [],
        globals: Object.keys(window).filter((k) => k !== '__before' && !before.globals.includes(k)),
      };
      return { probes: Object.keys(found).length, leaks: Object.entries(found).flatMap(([where, names]) => names.map((n) => `${where}: ${n}`)) };
    });
    console.log(`isolation ${leaks.length} leaks / ${probes} probes`);
    expect(leaks).toEqual([]);
  });

  it('shows payloads in the page text as text in the card and the popup, and runs none', async () => {
    const { page, card } = await cardOnPayloadPage();
    const popup = await openPopup(browser);
    await waitForListed(popup, site.url(PATHS.payloadA));
    const listed = (await listedPages(popup)).find((p) => p.url === site.url(PATHS.payloadA));
    await popup.getByTestId('history-search').fill('曹炯芳');
    await popup.getByTestId('search-person').filter({ hasText: '曹炯芳' }).first().click();
    const personView = popup.getByTestId('person-view');
    await expect.poll(() => personView.textContent(), { timeout: 10_000 }).toContain(PAYLOAD_A.headline);

    const missing = Object.entries(PAYLOADS).flatMap(([name, text]) => [
      ...(card.text.includes(text) ? [] : [`card: ${name}`]),
      ...(listed?.text.includes(text) ? [] : [`history list: ${name}`]),
    ]);
    const markup = ((await cardElementNames(page)) ?? []).filter((n) => n === 'img' || n === 'script');
    const popupMarkup = await popup.locator('img, script:not([src])').count();
    const executed = [await pwned(page), await pwned(popup)].filter(Boolean).length + markup.length + popupMarkup;
    console.log(`injection ${executed} executed / ${Object.keys(PAYLOADS).length} payloads`);
    expect(missing).toEqual([]);
    expect(markup).toEqual([]);
    expect(popupMarkup).toBe(0);
    expect(await pwned(page)).toBe(false);
    expect(await pwned(popup)).toBe(false);
  });

  it('keeps the card private: closed root, and neither selection nor hit-testing reads it', async () => {
    const { page, card } = await cardOnPayloadPage();
    // Shown by the card, absent from page B: the corpus paper and page A's headline.
    const secrets = ['湘潭日报', PAYLOAD_A.headline];
    for (const s of secrets) expect(card.text).toContain(s);

    const probes = await page.evaluate((tag) => {
      const host = document.querySelector(tag) as HTMLElement | null;
      const out: Record<string, string> = {
        shadowRoot: host?.shadowRoot ? 'open' : '',
        hostText: `${host?.textContent ?? ''}${host?.innerHTML ?? ''}`,
        serialized: document.body.getHTML({ serializableShadowRoots: true }),
        innerText: document.body.innerText,
      };
      const selection = document.getSelection()!;
      document.execCommand('selectAll');
      out.selectAll = selection.toString();
      selection.selectAllChildren(document.body);
      out.selectAllChildren = selection.toString();
      selection.removeAllRanges();
      // Every element under a 20 px grid over the viewport, the card's area included.
      const seen = new Set<string>();
      for (let y = 0; y < innerHeight; y += 20) {
        for (let x = 0; x < innerWidth; x += 20) for (const el of document.elementsFromPoint(x, y)) seen.add(el.textContent ?? '');
      }
      out.elementsFromPoint = [...seen].join('\n');
      return out;
    }, CARD_TAG);
    // The probes do read the page: each but the shadow root sees the article's text.
    for (const name of ['innerText', 'selectAll', 'selectAllChildren', 'elementsFromPoint']) expect(probes[name], name).toContain('曹炯芳');
    const leaks = Object.entries(probes).filter(([name, text]) => (name === 'shadowRoot' ? text !== '' : secrets.some((s) => text.includes(s))));
    console.log(`card privacy ${leaks.length} leaks / ${Object.keys(probes).length} probes`);
    expect(leaks.map(([name]) => name)).toEqual([]);
    // The card was open throughout.
    expect((await readCard(page))?.text).toContain('湘潭日报');
  });

  it('lets no page message pause Tifa or forge history', async () => {
    const page = await annotated(articlePath(SEED));
    const forged = {
      type: 'extract',
      url: 'http://forged.invalid/page',
      text: '市长伪造人主持会议。',
      page: { title: 'FORGED 伪造', load: 'forged' },
    };
    const messages = [
      { type: 'set-paused', paused: true },
      { type: 'set-site', site: new URL(site.origin).hostname, enabled: false },
      forged,
    ];
    await page.evaluate((messages) => {
      for (const m of messages) {
        window.postMessage(m, '*');
        for (const type of ['tifa', 'tifa:message', m.type, 'message']) {
          window.dispatchEvent(new CustomEvent(type, { detail: m }));
          document.dispatchEvent(new CustomEvent(type, { detail: m }));
        }
      }
    }, messages);
    await page.close();

    const next = seedArticle('001');
    const url = site.url(articlePath(next));
    const popup = await openPopup(browser);
    expect((await pageStart(popup, url)).enabled).toBe(true);
    const second = await annotated(articlePath(next));
    expect((await waitForPass(second)).mentions).toBeGreaterThan(0);
    await waitForListed(popup, url);
    const listed = await listedPages(popup);
    expect(listed.filter((p) => !p.url?.startsWith(`${site.origin}/`) || p.text.includes('FORGED'))).toEqual([]);
  });

  it('leaves the page DOM as it was: article and body unchanged by the pass', async () => {
    const page = await annotated(PATHS.probed);
    const { before, after } = await page.evaluate((tag) => {
      const body = document.body.cloneNode(true) as HTMLElement;
      body.querySelectorAll(tag).forEach((el) => el.remove());
      const b = (window as unknown as { __before: { article: string; body: string } }).__before;
      return { before: b, after: { article: document.querySelector('article')!.innerHTML, body: body.innerHTML } };
    }, CARD_TAG);
    expect(before.article.length).toBeGreaterThan(0);
    expect(after).toEqual({ article: before.article, body: before.body });
    expect((await paintedMentions(page)).length).toBeGreaterThan(0);
  });

  it("annotates a page that breaks its own prototypes and CSS, and the page's script still runs", async () => {
    const page = await browser.context.newPage();
    await page.goto(site.url(PATHS.hostile));
    // Read over the DevTools protocol, out of reach of the page's overrides.
    const cdp = await page.context().newCDPSession(page);
    const htmlAttributes = async (): Promise<Record<string, string>> => {
      const { root } = (await cdp.send('DOM.getDocument', { depth: 1 })) as { root: { children?: { nodeName: string; attributes?: string[] }[] } };
      const flat = root.children?.find((n) => n.nodeName === 'HTML')?.attributes ?? [];
      return Object.fromEntries(flat.flatMap((v, i) => (i % 2 ? [] : [[v, flat[i + 1]!]])));
    };
    await expect.poll(async () => (await htmlAttributes())['data-tifa-state'], { timeout: 20_000 }).toBe('done');
    const attributes = await htmlAttributes();
    expect(Number(attributes['data-tifa-mentions'])).toBeGreaterThan(0);
    expect(attributes['data-page-ok']).toBe('1');
    await cdp.detach();
  });

  it('annotates a page served with a strict Content-Security-Policy and Trusted Types, and opens the card there', async () => {
    const page = await annotated(PATHS.csp);
    expect((await paintedMentions(page)).filter((m) => m.region === 'article').length).toBeGreaterThan(0);
    await clickMention(page, 'official', '曹炯芳');
    expect(await waitForCard(page, (c) => c.text.includes('曹炯芳'))).not.toBeNull();
  });
});
