import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type HandlerContext, handleMessage, type Sender } from '../../lib/background/handler';
import { localDate } from '../../lib/background/lookup';
import { buildCorpusIndex } from '../../lib/corpus/build';
import { indexCorpus } from '../../lib/corpus/lookup';
import { db } from '../../lib/db/database';
import { clearHistory, recordPage } from '../../lib/db/history';
import { DEFAULT_SETTINGS, displayOf, getSettings, setPaused, setSiteEnabled } from '../../lib/db/settings';
import { readWriteFailure, WriteFailureLog } from '../../lib/db/write-failure';
import { formulationOf } from '../../lib/extract/lexicon/formulations';
import { expandMentions } from '../../lib/extract/compact';
import {
  CompactExtractionSchema,
  ErrorResponseSchema,
  LookupResponseSchema,
  PageStartResponseSchema,
  ReadPageResponseSchema,
  type Request,
  SettingsSchema,
  type Visit,
} from '../../lib/messages';
import { memoryArea } from '../support/status-area';
import { parseHTML } from 'linkedom';
import { liveArticle } from '../../lib/dom/live-article';
import { layOutArticle } from '../../lib/dom/text-map';
import { newsPageHtml, seedArticle } from '../e2e/harness/news-page';
import { backgroundContext } from '../support/background-context';

const DAY = 86_400_000;
const T0 = Date.UTC(2024, 0, 1, 12);
let now = T0;

// Two documents: Cao Jiongfang with two titles, alongside Zhang Yingchun, and a slogan.
const corpus = indexCorpus(
  buildCorpusIndex([
    { file: 'a.txt', paper: '湘潭日报', date: '2021-05-21', city: '湘潭', text: '市委书记曹炯芳、市长张迎春出席会议。会议要求落实“三高四新”战略。' },
    { file: 'b.txt', paper: '株洲日报', date: '2023-04-27', city: '株洲', text: '省委常委曹炯芳在株洲调研。' },
  ]),
);
const failures = memoryArea();
const ctx: HandlerContext = backgroundContext({ corpus: () => Promise.resolve(corpus), now: () => now, writeFailures: new WriteFailureLog(failures) });
const TAB: Sender = { tab: { incognito: false }, url: 'https://www.xtrb.cn/a/1.html' };
const PRIVATE_TAB: Sender = { tab: { incognito: true }, url: 'https://www.xtrb.cn/a/1.html' };
const POPUP: Sender = { url: 'chrome-extension://tifa/popup.html' };

const send = (request: Request | unknown, sender: Sender = TAB) => handleMessage(request, sender, ctx);

/** A visit as the background keeps it, for the history to know before a test. */
const record = (url: string, names: [string, string[], ('official' | 'business')?][], slogans: string[] = []): Visit => ({
  page: { url, title: `page ${url}` },
  persons: names.map(([name, titles, role = 'official']) => ({ name, role, titles })),
  slogans,
  mentions: [
    ...names.map(([name, , role = 'official']) => ({ kind: role === 'official' ? ('official' as const) : ('person' as const), key: name, snippet: `…${name}…` })),
    ...slogans.map((s) => ({ kind: 'slogan' as const, key: s, snippet: `“${s}”` })),
  ],
});

beforeEach(async () => {
  now = T0;
  await Promise.all(db.tables.map((t) => t.clear()));
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('handleMessage refuses', () => {
  it.each([
    ['no object', 'hello'],
    ['an unknown type', { type: 'drop-database' }],
    ['a javascript: URL', { type: 'page-start', url: 'javascript:alert(1)' }],
    ['a missing field', { type: 'lookup', kind: 'official', url: 'https://a.cn/' }],
    ['an oversized key', { type: 'lookup', kind: 'official', key: '曹'.repeat(201), url: 'https://a.cn/' }],
    ['a page without a title', { type: 'extract', url: 'https://a.cn/', text: '市长张迎春', page: { load: 'load-1' } }],
  ])('%s with an error and a warning, without throwing', async (_, message) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const reply = await send(message);
    expect(ErrorResponseSchema.parse(reply).error).toMatch(/^invalid request/);
    expect(warn).toHaveBeenCalledOnce();
    expect(await db.pages.count()).toBe(0);
  });

  it('settings changes from a content script', async () => {
    expect(await send({ type: 'set-paused', paused: true })).toEqual({ error: expect.stringMatching(/Tifa’s own pages/) });
    expect(await send({ type: 'set-site', site: 'www.xtrb.cn', enabled: false }, { url: 'chrome-extension://tifa.evil.example/' })).toHaveProperty('error');
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('notes a failed write for the popup, and still replies with the marks', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.spyOn(db.pages, 'put').mockRejectedValue(new DOMException('quota', 'QuotaExceededError'));
    const text = '市长曹炯芳主持会议。';
    const reply = CompactExtractionSchema.parse(await send({ type: 'extract', url: 'https://www.xtrb.cn/a/1.html', text, page: { title: '标题', load: 'load-1' } }));
    expect(reply.persons.map((p) => p.name)).toEqual(['曹炯芳']);
    await vi.waitFor(async () => expect(await readWriteFailure(failures)).toMatchObject({ reason: 'quota', message: expect.stringMatching(/no more room/) }));
  });
});

describe('page-start and extract', () => {
  it('says Tifa may work on the page', async () => {
    expect(PageStartResponseSchema.parse(await send({ type: 'page-start', url: 'https://www.xtrb.cn/a/1.html' }))).toEqual({ enabled: true, display: displayOf(DEFAULT_SETTINGS) });
  });

  it('extracts with the names and slogans of the corpus and the history: bare names and unquoted slogans are found', async () => {
    await recordPage(record('https://www.zznews.gov.cn/1.html', [['王建国', ['区长']]], ['株事有礼']), now);
    // No title and no quotation marks: only what Tifa already knows is found here.
    const text = '曹炯芳和王建国看望了张迎春。大家都说株事有礼，三高四新。';
    const reply = CompactExtractionSchema.parse(await send({ type: 'extract', url: 'https://www.xtrb.cn/a/1.html', text }));
    expect([...expandMentions(reply, text)].map((m) => `${m.kind} ${m.text}`)).toEqual([
      'official 曹炯芳',
      'official 王建国',
      'official 张迎春',
      'slogan 株事有礼',
      'slogan 三高四新',
    ]);
  });

  it('knows what the history learns, and forgets what it forgets, between two pages', async () => {
    // The page alone marks 王建国 (an official by default); the history's record of his business title changes his role.
    const text = '王建国看望了大家。';
    const names = async () =>
      [...expandMentions(CompactExtractionSchema.parse(await send({ type: 'extract', url: 'https://www.xtrb.cn/a/2.html', text })), text)].map(
        (m) => `${m.kind} ${m.text}`,
      );
    expect(await names()).toEqual(['official 王建国']);
    await recordPage(record('https://www.zznews.gov.cn/1.html', [['王建国', ['集团董事长'], 'business']]), now);
    expect(await names()).toEqual(['person 王建国']);
    // Cleared from the popup, not through a message.
    await clearHistory();
    expect(await names()).toEqual(['official 王建国']);
  });

  it('extracts nothing where Tifa is off', async () => {
    await setSiteEnabled('www.xtrb.cn', false);
    expect(await send({ type: 'extract', url: 'https://www.xtrb.cn/a/1.html', text: '市委书记曹炯芳' })).toEqual({ error: 'Tifa is off on this page' });
  });

  it.each([
    ['in a private window', PRIVATE_TAB, async () => {}],
    ['when paused', TAB, () => setPaused(true)],
    ['on a site switched off', TAB, () => setSiteEnabled('www.xtrb.cn', false)],
  ])('turns Tifa off %s', async (_, sender, setUp) => {
    await setUp();
    expect(await send({ type: 'page-start', url: 'https://www.xtrb.cn/a/1.html' }, sender)).toEqual({ enabled: false });
  });
});

describe('extract with the page', () => {
  // The background remembers page loads across tests: each test's loads are its own.
  const extractKeeping = (url: string, sender: Sender = TAB, load: string = crypto.randomUUID()) =>
    send({ type: 'extract', url, text: '市委书记曹炯芳主持会议。', page: { title: '标题', paper: '湘潭日报', load } }, sender);

  it('keeps the page with what was found, after the reply', async () => {
    expect(CompactExtractionSchema.parse(await extractKeeping('https://www.xtrb.cn/a/1.html')).persons).toHaveLength(1);
    await vi.waitFor(async () => expect(await db.pages.get('https://www.xtrb.cn/a/1.html')).toMatchObject({ visits: 1, firstVisited: T0, title: '标题', paper: '湘潭日报' }));
    expect((await db.mentions.toArray()).map((m) => [m.kind, m.key, m.titles])).toEqual([['official', '曹炯芳', ['市委书记']]]);
  });

  it('keeps the same findings of one page load once', async () => {
    const load = crypto.randomUUID();
    await extractKeeping('https://www.xtrb.cn/a/1.html', TAB, load);
    await vi.waitFor(async () => expect(await db.pages.count()).toBe(1));
    now += DAY;
    await extractKeeping('https://www.xtrb.cn/a/1.html', TAB, load);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await db.pages.get('https://www.xtrb.cn/a/1.html')).toMatchObject({ visits: 1, lastVisited: T0 });
    // A reload is a new visit.
    await extractKeeping('https://www.xtrb.cn/a/1.html');
    await vi.waitFor(async () => expect(await db.pages.get('https://www.xtrb.cn/a/1.html')).toMatchObject({ visits: 2, lastVisited: T0 + DAY }));
  });

  it.each([
    ['in a private window', PRIVATE_TAB, async () => {}],
    ['when paused', TAB, () => setPaused(true)],
    ['on a site switched off', TAB, () => setSiteEnabled('www.xtrb.cn', false)],
  ])('keeps nothing %s', async (_, sender, setUp) => {
    await setUp();
    await extractKeeping('https://www.xtrb.cn/a/2.html', sender);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await db.pages.count()).toBe(0);
  });
});

describe('read-page', () => {
  const url = 'https://www.xtrb.cn/epaper/2021/0521/a.html';
  const seed = seedArticle('001');
  const html = newsPageHtml(seed);
  const readPage = (sender: Sender = TAB, load?: string) =>
    send({ type: 'read-page', url, html, whole: true, ...(load && { load }) }, sender).then((r) => ReadPageResponseSchema.parse(r));

  it("answers page-start's question, where the article is, and what extract() finds in the text the live page lays out", async () => {
    const reply = await readPage();
    expect(reply).toMatchObject({ enabled: true, display: displayOf(await getSettings()) });
    const doc = parseHTML(html).document as unknown as Document;
    const article = liveArticle(doc, reply.reading!)!;
    const text = layOutArticle(article.root, article.excluded);
    expect(text.length).toBeGreaterThan(500);
    expect(reply.reading!.text).toBe(text);
    // The same as the content script's own extract of that text would bring.
    expect(reply.extraction).toEqual(CompactExtractionSchema.parse(await send({ type: 'extract', url, text })));
    expect(reply.extraction!.persons.length).toBeGreaterThan(0);
  });

  it('with a page load, keeps the page in the history, once per load', async () => {
    const load = crypto.randomUUID();
    await readPage(TAB, load);
    await vi.waitFor(async () => expect(await db.pages.get(url)).toMatchObject({ visits: 1, paper: seed.paper, date: seed.date }));
    now += DAY;
    await readPage(TAB, load);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await db.pages.get(url)).toMatchObject({ visits: 1 });
  });

  it('counts one visit for a page load whose live text is not its copy\'s: the page then sends its own, and that is what is kept', async () => {
    const load = crypto.randomUUID();
    await readPage(TAB, load);
    await vi.waitFor(async () => expect(await db.pages.get(url)).toMatchObject({ visits: 1 }));
    await send({ type: 'extract', url, text: '市委书记王大明视察。', page: { title: seed.headline, load } });
    await vi.waitFor(async () => expect((await db.mentions.where('url').equals(url).toArray()).map((m) => m.key)).toEqual(['王大明']));
    expect(await db.pages.get(url)).toMatchObject({ visits: 1 });
    // A reload is a new visit.
    await readPage(TAB, crypto.randomUUID());
    await vi.waitFor(async () => expect(await db.pages.get(url)).toMatchObject({ visits: 2 }));
  });

  it('reads and keeps nothing where Tifa is off', async () => {
    expect(await readPage(PRIVATE_TAB, crypto.randomUUID())).toEqual({ enabled: false });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await db.pages.count()).toBe(0);
  });
});

describe('lookup', () => {
  const here = 'https://www.xtrb.cn/today.html';

  beforeEach(async () => {
    await recordPage(record('https://www.hnrb.cn/1.html', [['曹炯芳', ['省委常委', '长沙市委书记']], ['沈晓明', ['省委书记']]]), now);
    now = T0 + DAY;
    await recordPage(record(here, [['曹炯芳', ['省委常委']], ['沈晓明', ['省委书记']], ['王五', ['县长']]], ['三高四新']), now);
  });

  it('assembles what the corpus and the history know of a person', async () => {
    const reply = LookupResponseSchema.parse(await send({ type: 'lookup', kind: 'official', key: '曹炯芳', url: `${here}#top` }));
    expect(reply.role).toBe('official');
    // Newest document first.
    expect(reply.corpus.map((c) => [c.doc, c.paper, c.date, c.titles])).toEqual([
      ['b.txt', '株洲日报', '2023-04-27', ['省委常委']],
      ['a.txt', '湘潭日报', '2021-05-21', ['市委书记']],
    ]);
    expect(reply.corpus[1]!.snippet).toContain('曹炯芳');
    // The page being read is not among the history hits.
    expect(reply.history).toEqual([
      { url: 'https://www.hnrb.cn/1.html', title: 'page https://www.hnrb.cn/1.html', site: 'www.hnrb.cn', visited: T0, titles: ['省委常委', '长沙市委书记'], snippet: '…曹炯芳…' },
    ]);
    // One row per title across papers and sites; pages without a detected paper or date by site and visit day;
    // the page being read (www.xtrb.cn) is no source, as it is no history hit.
    expect(reply.titlesOverTime).toEqual([
      { title: '市委书记', from: '2021-05-21', to: '2021-05-21', sources: [{ source: '湘潭日报', date: '2021-05-21' }] },
      {
        title: '省委常委',
        from: '2023-04-27',
        to: localDate(T0),
        sources: [
          { source: '株洲日报', date: '2023-04-27' },
          { source: 'www.hnrb.cn', date: localDate(T0) },
        ],
      },
      { title: '长沙市委书记', from: localDate(T0), to: localDate(T0), sources: [{ source: 'www.hnrb.cn', date: localDate(T0) }] },
    ]);
    // 沈晓明 on both pages; 张迎春 in one document, 王五 on one page.
    expect(reply.coMentioned).toEqual([
      { name: '沈晓明', count: 2 },
      { name: '张迎春', count: 1 },
      { name: '王五', count: 1 },
    ]);
  });

  it("dates titles over time by the article's paper and date, not the site and the visit", async () => {
    const dated = (url: string, page: { paper?: string; date?: string }, titles: string[]): Visit => {
      const visit = record(url, [['曹炯芳', titles]]);
      return { ...visit, page: { ...visit.page, ...page } };
    };
    await recordPage(dated('http://127.0.0.1:8080/a.html', { paper: '湘潭日报', date: '2021-06-22' }, ['市委书记']), now);
    await recordPage(dated('http://localhost:8080/b.html', { paper: '株洲日报' }, ['省委常委']), now);
    await recordPage(dated('https://www.takungpao.com/c.html', { paper: '大公報', date: '2020-01-02' }, ['市委書記']), now);
    const reply = LookupResponseSchema.parse(await send({ type: 'entity', kind: 'official', key: '曹炯芳' }, POPUP));
    const rows = reply.titlesOverTime.map((r) => [r.title, r.from, r.to, r.sources.map((s) => `${s.source} ${s.date}`)]);
    expect(rows).toEqual([
      // the traditional title is the same row, shown as first printed
      ['市委書記', '2020-01-02', '2021-06-22', ['大公報 2020-01-02', '湘潭日报 2021-05-21', '湘潭日报 2021-06-22']],
      ['省委常委', '2023-04-27', localDate(T0 + DAY), ['株洲日报 2023-04-27', 'www.hnrb.cn 2024-01-01', 'www.xtrb.cn 2024-01-02', '株洲日报 2024-01-02']],
      ['长沙市委书记', '2024-01-01', '2024-01-01', ['www.hnrb.cn 2024-01-01']],
    ]);
    expect(JSON.stringify(reply.titlesOverTime)).not.toMatch(/127\.0\.0\.1|localhost/);
  });

  it('explains a slogan and lists where it appeared', async () => {
    const reply = LookupResponseSchema.parse(await send({ type: 'lookup', kind: 'slogan', key: '三高四新', url: 'https://elsewhere.cn/' }));
    const known = formulationOf('三高四新')!;
    expect(reply).toMatchObject({ gloss: known.gloss, sloganKind: known.kind, level: 'province', place: '湖南省', year: 2020 });
    expect(reply.corpus.map((c) => c.doc)).toEqual(['a.txt']);
    expect(reply.history.map((h) => h.url)).toEqual([here]);
    expect(reply.titlesOverTime).toEqual([]);
  });

  it('counts every printed form of a formulation as one slogan: a variant, digits, traditional script', async () => {
    await recordPage(record('https://www.takungpao.com/1.html', [], ['一國兩制']), now);
    await recordPage(record('https://www.hnrb.cn/2.html', [], ['8项规定']), now);
    const oneCountry = LookupResponseSchema.parse(await send({ type: 'lookup', kind: 'slogan', key: '一国两制', url: here }));
    expect(oneCountry.history.map((h) => h.url)).toEqual(['https://www.takungpao.com/1.html']);
    expect(oneCountry).toMatchObject({ level: 'national', gloss: formulationOf('一国两制')!.gloss });
    const eight = LookupResponseSchema.parse(await send({ type: 'lookup', kind: 'slogan', key: '八项规定', url: here }));
    expect(eight.history.map((h) => h.url)).toEqual(['https://www.hnrb.cn/2.html']);
    // a phrase the lexicon does not know is only itself
    const unknown = LookupResponseSchema.parse(await send({ type: 'lookup', kind: 'slogan', key: '一國', url: here }));
    expect(unknown.history).toEqual([]);
    expect(unknown.gloss).toBeUndefined();
  });

  it('returns an empty card for an amount', async () => {
    expect(await send({ type: 'lookup', kind: 'amount', key: 'money|CNY|5', url: here })).toEqual({
      kind: 'amount',
      key: 'money|CNY|5',
      corpus: [],
      history: [],
      titlesOverTime: [],
      coMentioned: [],
    });
  });

  it('leaves no page out when the popup asks', async () => {
    const reply = LookupResponseSchema.parse(await send({ type: 'entity', kind: 'official', key: '曹炯芳' }, POPUP));
    expect(reply.history.map((h) => h.url)).toEqual([here, 'https://www.hnrb.cn/1.html']);
  });
});

describe('settings from the popup', () => {
  it('switch a site off and pause', async () => {
    expect(SettingsSchema.parse(await send({ type: 'set-site', site: 'www.xtrb.cn', enabled: false }, POPUP))).toEqual({ ...DEFAULT_SETTINGS, sitesOff: ['www.xtrb.cn'] });
    expect(await send({ type: 'set-paused', paused: true }, POPUP)).toEqual({ ...DEFAULT_SETTINGS, paused: true, sitesOff: ['www.xtrb.cn'] });
  });
});

describe('corrections', () => {
  const TEXT = '市委书记曹炯芳、市长刘志仁出席。推进“百城千店”行动。';
  const found = async (text = TEXT, sender: Sender = TAB) => {
    const reply = CompactExtractionSchema.parse(await send({ type: 'extract', url: 'https://www.xtrb.cn/a/2.html', text }, sender));
    return { persons: reply.persons.map((p) => `${p.name}:${p.titles.join('、')}`), slogans: reply.slogans.map((s) => s.text) };
  };

  it('are stored from the card and applied to every page read after', async () => {
    expect(await found()).toEqual({ persons: ['曹炯芳:市委书记', '刘志仁:市长'], slogans: ['百城千店'] });
    for (const correction of [
      { type: 'not-person', name: '刘志仁' },
      { type: 'wrong-title', name: '曹炯芳', title: '市委书记' },
      { type: 'not-slogan', text: '百城千店' },
    ] as const) {
      expect(await send({ type: 'correct', correction })).toEqual({ corrected: expect.any(String) });
    }
    expect(await found()).toEqual({ persons: ['曹炯芳:'], slogans: [] });
    // another page, another script
    expect(await found('市長劉志仁、市委書記曹炯芳出席。')).toEqual({ persons: ['曹炯芳:'], slogans: [] });
  });

  it('mark a phrase said to be a slogan wherever it stands', async () => {
    await send({ type: 'correct', correction: { type: 'slogan', text: '金龙速度' } });
    expect((await found('创造金龙速度,再创金龙速度。')).slogans).toEqual(['金龙速度']);
  });

  it('keep only the latest word on one thing, and are undone from Tifa’s own pages only', async () => {
    await send({ type: 'correct', correction: { type: 'not-slogan', text: '百城千店' } });
    now += DAY;
    const { corrected: key } = (await send({ type: 'correct', correction: { type: 'slogan', text: '百城千店' } })) as { corrected: string };
    expect(await db.corrections.count()).toBe(1);
    expect((await found()).slogans).toEqual(['百城千店']);

    expect(await send({ type: 'uncorrect', key })).toEqual({ error: expect.stringMatching(/Tifa’s own pages/) });
    expect(await db.corrections.count()).toBe(1);
    expect(await send({ type: 'uncorrect', key }, POPUP)).toEqual({ corrected: key });
    expect(await db.corrections.count()).toBe(0);
  });

  it('refuse what is no correction', async () => {
    for (const correction of [{ type: 'not-person' }, { type: 'not-person', name: '' }, { type: 'rename', name: '曹炯芳' }, { type: 'slogan', text: '长'.repeat(41) }]) {
      expect(ErrorResponseSchema.safeParse(await send({ type: 'correct', correction })).success).toBe(true);
    }
    expect(await db.corrections.count()).toBe(0);
  });
});
