// The popup rendered with Preact into a linkedom document, over the real
// history database (fake-indexeddb) and a fake background that applies
// settings changes with lib/db, as the real one does.
import 'fake-indexeddb/auto';
import { parseHTML } from 'linkedom';
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../components/popup/App';
import type { PopupHost } from '../../components/popup/host';
import { exportFileName, rankPeople, tabSite } from '../../components/popup/model';
import { handleMessage } from '../../lib/background/handler';
import { addCorrection, listCorrections, removeCorrection } from '../../lib/db/corrections';
import { db } from '../../lib/db/database';
import { HistoryWriteError } from '../../lib/db/errors';
import { exportJson } from '../../lib/db/export';
import { recentPages, recordPage } from '../../lib/db/history';
import { getSettings, setPaused, setSiteEnabled } from '../../lib/db/settings';
import { readWriteFailure, type StatusArea, WriteFailureLog, watchWriteFailure } from '../../lib/db/write-failure';
import { localeOf, translator } from '../../lib/i18n';
import { DAY, T0, xiangtan as xiangtanAt, zhuzhou } from '../support/records';
import { memoryArea } from '../support/status-area';
import type { LookupResponse, Request } from '../../lib/messages';
import { keepFormState } from '../support/form-state';
import { backgroundContext } from '../support/background-context';

// The UI language is read when lib/i18n loads; the assertions read English.
vi.hoisted(() => vi.stubGlobal('navigator', { language: 'en-US' }));

const { document, window } = parseHTML('<!doctype html><html><body></body></html>');
// Preact creates nodes through the global document.
Object.assign(globalThis, { document });
keepFormState(window);

const XIANGTAN = 'https://www.xtrb.cn/a/1.html';
const xiangtan = (title?: string) => xiangtanAt(XIANGTAN, title);

const CORPUS_REPLY: LookupResponse = {
  kind: 'official',
  key: '曹炯芳',
  role: 'official',
  corpus: [{ doc: '000.txt', paper: '湘潭日报', date: '2021-06-01', city: '湘潭', titles: ['市长'], snippet: '市长曹炯芳' }],
  history: [],
  titlesOverTime: [
    { title: '市长', from: '2021-06-01', to: '2021-06-01', sources: [{ source: '湘潭日报', date: '2021-06-01' }] },
    // A row no source supports is left out.
    { title: '市长', from: '2021-07-01', to: '2021-07-01', sources: [] },
    { title: '省委常委', from: '2021-12-01', to: '2021-12-01', sources: [{ source: '株洲日报', date: '2021-12-01' }] },
  ],
  coMentioned: [],
};

/** A background that keeps settings with lib/db and answers `entity` from a fixed corpus. */
function fakeHost(tabUrl: string | undefined = XIANGTAN, session: StatusArea = memoryArea()) {
  const sent: Request[] = [];
  let refuse: string | undefined;
  const host: PopupHost = {
    activeTabUrl: async () => tabUrl,
    async send(request) {
      sent.push(request);
      if (refuse) return { error: refuse };
      switch (request.type) {
        case 'set-site':
          return setSiteEnabled(request.site, request.enabled);
        case 'set-paused':
          return setPaused(request.paused);
        case 'entity':
          return CORPUS_REPLY;
        case 'uncorrect':
          await removeCorrection(request.key);
          return { corrected: request.key };
        default:
          throw new Error(`the popup should not send ${request.type}`);
      }
    },
    watchWriteFailure: (listener) => watchWriteFailure(session, listener),
  };
  return { host, sent, refuseWith: (message: string) => (refuse = message) };
}

let root: HTMLElement;

/** Lets pending database reads, replies, renders and effects run. */
const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));

/** Waits, a bounded number of rounds, until `find` returns something. */
async function until<T>(find: () => T | null | undefined | false | Promise<T | false>, what: string): Promise<T> {
  for (let round = 0; round < 200; round++) {
    const found = await find();
    if (found) return found;
    await settle();
  }
  throw new Error(`never appeared: ${what}`);
}

const byTestId = (id: string) => root.querySelector<HTMLElement>(`[data-testid="${id}"]`);
const allByTestId = (id: string) => [...root.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)];
const items = () => allByTestId('history-item');
const titles = () => items().map((li) => li.querySelector('.title')!.textContent);

async function fire(element: HTMLElement, type: string): Promise<void> {
  await act(() => {
    element.dispatchEvent(new window.Event(type));
  });
  await settle();
}

async function type(text: string): Promise<void> {
  const box = byTestId('history-search') as HTMLInputElement;
  box.value = text;
  await fire(box, 'input');
}

async function mount(host: PopupHost): Promise<void> {
  await act(() => render(h(App, { host }), root));
  await settle();
}

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
  root = document.createElement('div');
  document.body.append(root);
});

afterEach(async () => {
  await act(() => render(null, root));
  root.remove();
  vi.restoreAllMocks();
});

describe('recent pages', () => {
  it('lists pages newest first with counts per kind, and shows new visits live', async () => {
    await recordPage(xiangtan(), T0);
    await recordPage(zhuzhou(), T0 + DAY);
    await mount(fakeHost().host);
    await until(() => items().length === 2, 'two pages');
    expect(titles()).toEqual(['株洲新闻网', '湘潭日报：市委常委会召开']);
    const counts = [...items()[1]!.querySelectorAll('[data-kind]')].map((c) => c.textContent);
    expect(counts).toEqual(['officials 1', 'people 0', 'amounts 1', 'slogans 1']);

    await recordPage({ page: { url: 'https://example.com/new', title: 'Later' }, persons: [], slogans: [], mentions: [] }, T0 + 2 * DAY);
    await until(() => items().length === 3, 'the page recorded while the popup is open');
    expect(titles()[0]).toBe('Later');
  });

  it('renders page text as text, never as markup', async () => {
    await recordPage(xiangtan('<img src=x onerror="alert(1)">标题'), T0);
    await mount(fakeHost().host);
    await until(() => items().length === 1, 'the page');
    expect(titles()).toEqual(['<img src=x onerror="alert(1)">标题']);
    expect(root.querySelector('img')).toBeNull();
  });

  it('says so when the history is empty', async () => {
    await mount(fakeHost().host);
    await until(() => root.textContent?.includes('No articles yet'), 'the empty notice');
    expect(items()).toHaveLength(0);
  });
});

describe('search and the person view', () => {
  beforeEach(async () => {
    await recordPage(xiangtan(), T0);
    await recordPage(zhuzhou(), T0 + DAY);
  });

  it('finds pages by person, slogan and site', async () => {
    await mount(fakeHost().host);
    await type('三高四新');
    await until(() => byTestId('search-results'), 'results');
    expect(titles()).toEqual(['湘潭日报：市委常委会召开']);
    await type('zznews');
    await until(() => titles()[0] === '株洲新闻网', 'the site match');
    expect(items()).toHaveLength(1);
    await type('曹');
    await until(() => items().length === 2, 'both pages naming 曹炯芳');
    expect(allByTestId('search-person').map((b) => b.textContent)).toEqual(['曹炯芳']);
    await type('nobody');
    await until(() => root.textContent?.includes('Nothing in your history matches “nobody”'), 'no results');
  });

  it('finds by title, paper, two names and pinyin, and says whom it found on each page', async () => {
    await mount(fakeHost().host);
    await type('省委常委');
    await until(() => titles()[0] === '株洲新闻网', 'the page where someone is 省委常委');
    expect(items()).toHaveLength(1);
    expect(allByTestId('search-person').map((b) => b.textContent)).toEqual(['曹炯芳']);
    expect(allByTestId('search-person-titles').map((s) => s.textContent)).toEqual(['省委常委']);
    expect(allByTestId('search-found').map((d) => d.textContent)).toEqual(['曹炯芳 省委常委']);
    await type('株洲日报');
    await until(() => titles()[0] === '株洲新闻网' && !byTestId('search-person'), 'the page of that paper');
    expect(items()).toHaveLength(1);
    await type('曹炯芳 张三');
    await until(() => allByTestId('search-person').length === 2, 'both people');
    expect(titles()).toEqual(['株洲新闻网']);
    await type('Cáo Jiǒngfāng');
    await until(() => items().length === 2, 'both pages naming 曹炯芳');
    expect(allByTestId('search-person').map((b) => b.textContent)).toEqual(['曹炯芳']);
    expect(allByTestId('search-found').map((d) => d.textContent)).toEqual(['曹炯芳 省委常委', '曹炯芳 市委书记']);
  });

  it('shows a person over time: pages oldest first with their titles, and the corpus', async () => {
    const { host, sent } = fakeHost();
    await mount(host);
    await type('曹炯芳');
    await fire(await until(() => byTestId('search-person'), 'the person'), 'click');
    const view = await until(() => byTestId('person-view'), 'the person view');
    await until(() => allByTestId('corpus-item').length === 1, 'the corpus document');
    expect(sent).toContainEqual({ type: 'entity', kind: 'official', key: '曹炯芳' });
    expect(titles()).toEqual(['湘潭日报：市委常委会召开', '株洲新闻网']);
    expect(items().map((li) => li.querySelector('.titles')?.textContent)).toEqual(['市委书记', '省委常委']);
    // The timeline: one bar per period, each with its title and sources as text.
    expect([...view.querySelectorAll('svg .tl-row')].map((row) => [...row.querySelectorAll('text')].map((t) => t.textContent))).toEqual([
      ['市长', '湘潭日报 2021-06-01'],
      ['省委常委', '株洲日报 2021-12-01'],
    ]);
    expect(view.querySelectorAll('svg rect > title')).toHaveLength(2);
    await fire(byTestId('person-back')!, 'click');
    expect(byTestId('person-view')).toBeNull();
  });

  it('still shows the history when the background cannot answer', async () => {
    const { host, refuseWith } = fakeHost();
    refuseWith('no corpus');
    await mount(host);
    await fire(byTestId('tab-top')!, 'click');
    await fire(await until(() => allByTestId('top-official')[0]?.querySelector('button'), 'top officials'), 'click');
    await until(() => root.textContent?.includes('The corpus could not be read.'), 'the corpus error');
    expect(items()).toHaveLength(2);
  });

  it('ranks officials and slogans by pages; a slogan opens its search', async () => {
    await mount(fakeHost().host);
    await fire(byTestId('tab-top')!, 'click');
    await until(() => allByTestId('top-slogan').length === 2, 'top slogans');
    expect(allByTestId('top-official').map((li) => li.textContent)).toEqual(['曹炯芳2 pages']);
    const slogan = allByTestId('top-slogan').find((li) => li.textContent?.startsWith('三高四新'))!;
    expect(slogan.textContent).toBe('三高四新1 page');
    await fire(slogan.querySelector('button')!, 'click');
    expect((byTestId('history-search') as HTMLInputElement).value).toBe('三高四新');
    await until(() => byTestId('search-results'), 'the slogan search');
    expect(titles()).toEqual(['湘潭日报：市委常委会召开']);
  });
});

describe('corrections', () => {
  it('lists the reader’s corrections newest first, each with an undo that goes through the background', async () => {
    await addCorrection({ type: 'not-person', name: '刘志仁' }, T0);
    await addCorrection({ type: 'wrong-title', name: '曹炯芳', title: '市长' }, T0 + DAY);
    const { host, sent } = fakeHost();
    await mount(host);
    await fire(byTestId('tab-corrections')!, 'click');
    const rows = await until(() => allByTestId('correction').length === 2 && allByTestId('correction'), 'two corrections');
    expect(rows.map((r) => r.querySelector('span')!.textContent)).toEqual(['曹炯芳 does not hold “市长”', '刘志仁 is not a person']);
    await fire(rows[0]!.querySelector('button')!, 'click');
    await until(() => allByTestId('correction').length === 1, 'one correction left');
    expect(sent.at(-1)).toEqual({ type: 'uncorrect', key: 'title\u0000曹炯芳\u0000市长' });
    expect((await listCorrections()).map((r) => r.correction.type)).toEqual(['not-person']);
  });

  it('says how to make one when there is none', async () => {
    await mount(fakeHost().host);
    await fire(byTestId('tab-corrections')!, 'click');
    await until(() => root.textContent?.includes('Is Tifa wrong?'), 'the empty list’s hint');
  });
});

describe('site switch and pause', () => {
  it('switches the current site off through the background', async () => {
    const { host, sent } = fakeHost();
    await mount(host);
    const toggle = (await until(() => {
      const t = byTestId('site-toggle') as HTMLInputElement | null;
      return t && !t.disabled && t;
    }, 'the site switch')) as HTMLInputElement;
    expect(toggle.checked).toBe(true);
    expect(root.textContent).toContain('On for www.xtrb.cn');
    toggle.checked = false;
    await fire(toggle, 'change');
    expect(sent).toContainEqual({ type: 'set-site', site: 'www.xtrb.cn', enabled: false });
    await until(async () => (await getSettings()).sitesOff.length > 0, 'the stored setting');
    expect((await getSettings()).sitesOff).toEqual(['www.xtrb.cn']);
    expect(toggle.checked).toBe(false);
    // The label says which state the switch is in.
    expect(root.textContent).toContain('Off for www.xtrb.cn');
    expect(root.textContent).not.toContain('On for www.xtrb.cn');
  });

  it('pauses everywhere and says so', async () => {
    await mount(fakeHost().host);
    const pause = (await until(() => {
      const p = byTestId('pause-toggle') as HTMLInputElement | null;
      return p && !p.disabled && p;
    }, 'the pause switch')) as HTMLInputElement;
    pause.checked = true;
    await fire(pause, 'change');
    await until(() => byTestId('paused-notice'), 'the paused notice');
    expect((await getSettings()).paused).toBe(true);
  });

  it('puts the switch back and shows the error when the background refuses', async () => {
    const { host, refuseWith } = fakeHost();
    await mount(host);
    const pause = (await until(() => {
      const p = byTestId('pause-toggle') as HTMLInputElement | null;
      return p && !p.disabled && p;
    }, 'the pause switch')) as HTMLInputElement;
    refuseWith('database closed');
    pause.checked = true;
    await fire(pause, 'change');
    await until(() => byTestId('notice'), 'the notice');
    expect(byTestId('notice')!.textContent).toContain('database closed');
    expect(pause.checked).toBe(false);
    expect(byTestId('paused-notice')).toBeNull();
  });

  it('has no site switch on a tab that is not a web page', async () => {
    await mount(fakeHost('chrome://extensions/').host);
    await until(() => root.textContent?.includes('This tab is not a web page'), 'the explanation');
    expect((byTestId('site-toggle') as HTMLInputElement).disabled).toBe(true);
  });
});

describe('export, import and clear', () => {
  beforeEach(async () => {
    await recordPage(xiangtan(), T0);
    await recordPage(zhuzhou(), T0 + DAY);
  });

  /** Captures what the popup hands to the browser for download. */
  function captureDownloads() {
    const files: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      files.push(blob as Blob);
      return `blob:test/${files.length}`;
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const names: string[] = [];
    const click = vi.spyOn(window.HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    return { files, names, click };
  }

  async function openData(): Promise<void> {
    await fire(byTestId('tab-data')!, 'click');
  }

  it('exports the history as versioned JSON and as CSV', async () => {
    const downloads = captureDownloads();
    await mount(fakeHost().host);
    await openData();
    await fire(byTestId('export-json')!, 'click');
    await until(() => downloads.files.length === 1, 'the JSON file');
    const json = JSON.parse(await downloads.files[0]!.text());
    expect(json).toMatchObject({ format: 'tifa-history', version: 1 });
    expect(json.pages.map((p: { url: string }) => p.url)).toEqual([XIANGTAN, 'https://www.zznews.gov.cn/news/2.html']);
    await fire(byTestId('export-csv')!, 'click');
    await until(() => downloads.files.length === 2, 'the CSV file');
    const csv = downloads.files[1]!;
    // A byte order mark first, so that spreadsheets read UTF-8.
    expect([...new Uint8Array(await csv.arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(await csv.text()).toMatch(/^date,site,url,title,kind,key,titles,snippet\r\n.*,official,曹炯芳,/);
    expect(downloads.names).toEqual([exportFileName('json', new Date()), exportFileName('csv', new Date())]);
  });

  async function chooseFile(text: string): Promise<void> {
    const input = byTestId('import-file') as HTMLInputElement;
    Object.defineProperty(input, 'files', { configurable: true, value: [{ text: async () => text }] });
    await fire(input, 'change');
  }

  it('imports an export back, merging without duplicates', async () => {
    const { text } = await exportJson();
    await db.pages.delete(XIANGTAN);
    await mount(fakeHost().host);
    await openData();
    await chooseFile(text);
    const status = await until(() => byTestId('data-status'), 'the import result');
    expect(status.textContent).toBe('Imported: 1 added, 0 updated.');
    expect((await recentPages(10)).map((p) => p.url).sort()).toEqual([XIANGTAN, 'https://www.zznews.gov.cn/news/2.html']);
  });

  it('lists why a file was refused and changes nothing', async () => {
    await mount(fakeHost().host);
    await openData();
    await chooseFile('{"format":"something-else"}');
    const errors = await until(() => byTestId('import-errors'), 'the refusal');
    expect(errors.textContent).toContain('not a Tifa history export');
    expect(await db.pages.count()).toBe(2);
  });

  it('shows a clear notice when storage is full', async () => {
    const { text } = await exportJson();
    await db.pages.delete(XIANGTAN);
    vi.spyOn(db.pages, 'put').mockRejectedValue(new DOMException('quota', 'QuotaExceededError'));
    await mount(fakeHost().host);
    await openData();
    await chooseFile(text);
    const notice = await until(() => byTestId('notice'), 'the storage notice');
    expect(notice.textContent).toMatch(/^Storage is full/);
  });

  it('clears the history only after confirmation', async () => {
    await mount(fakeHost().host);
    await openData();
    await fire(byTestId('clear-history')!, 'click');
    expect(byTestId('clear-confirm')).not.toBeNull();
    await fire(byTestId('clear-cancel')!, 'click');
    expect(byTestId('clear-confirm')).toBeNull();
    expect(await db.pages.count()).toBe(2);

    await fire(byTestId('clear-history')!, 'click');
    await fire(byTestId('clear-confirm')!, 'click');
    await until(() => byTestId('data-status'), 'the cleared status');
    expect(await db.pages.count()).toBe(0);
    await fire(byTestId('tab-recent')!, 'click');
    await until(() => root.textContent?.includes('No articles yet'), 'the empty history');
  });
});

describe('a failed write in the background', () => {
  const session = memoryArea();
  const writeFailures = new WriteFailureLog(session);
  let now = T0;
  const background = backgroundContext({ now: () => now, writeFailures });
  const TAB = { tab: { incognito: false }, url: XIANGTAN };
  // A page of 株洲日报 read with Tifa: the background extracts it, replies, then keeps it.
  const ZHUZHOU = zhuzhou().page;
  const visit = () =>
    handleMessage(
      { type: 'extract', url: ZHUZHOU.url, text: '省委常委曹炯芳调研。开展“我为群众办实事”。', page: { title: ZHUZHOU.title, load: crypto.randomUUID() } },
      TAB,
      background,
    );
  const kept = () => db.pages.get(ZHUZHOU.url);

  it('shows in the popup with its time, keeps the history, and goes with the next saved page', async () => {
    await recordPage(xiangtan(), T0);
    const before = { pages: await db.pages.toArray(), mentions: await db.mentions.toArray() };
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const full = vi.spyOn(db.mentions, 'bulkAdd').mockRejectedValue(new DOMException('quota', 'QuotaExceededError'));

    now = Date.UTC(2024, 2, 5, 9, 30);
    expect(await visit()).toHaveProperty('spans');
    await until(() => readWriteFailure(session), 'the failure noted');
    expect(await readWriteFailure(session)).toEqual({ reason: 'quota', message: expect.stringMatching(/no more room/), at: now });
    expect({ pages: await db.pages.toArray(), mentions: await db.mentions.toArray() }).toEqual(before);

    await mount(fakeHost(XIANGTAN, session).host);
    const notice = await until(() => byTestId('write-failure'), 'the write failure notice');
    expect(notice.textContent).toMatch(/^The last page was not saved \(5 Mar 2024, \d\d:\d\d\): storage is full\./);
    // The history written before is still listed.
    await until(() => items().length === 1, 'the earlier page');

    full.mockRestore();
    now += DAY;
    await visit();
    await until(async () => (await kept()) && (await readWriteFailure(session)) === undefined, 'the page kept and the failure cleared');
    await act(() => render(null, root));
    await mount(fakeHost(XIANGTAN, session).host);
    await until(() => items().length === 2, 'both pages');
    expect(byTestId('write-failure')).toBeNull();
  });

  it('appears and goes while the popup is open', async () => {
    await mount(fakeHost(XIANGTAN, session).host);
    await until(() => items().length === 0 && byTestId('history-search'), 'the popup');
    expect(byTestId('write-failure')).toBeNull();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const full = vi.spyOn(db.mentions, 'bulkAdd').mockRejectedValue(new DOMException('quota', 'QuotaExceededError'));
    await visit();
    await until(() => byTestId('write-failure'), 'the write failure notice, without reopening the popup');
    full.mockRestore();
    await visit();
    await until(() => byTestId('write-failure') === null, 'the notice gone after the next saved page');
  });

  it('is read back after the service worker restarts, and cleared by the next saved page', async () => {
    await new WriteFailureLog(session).failed(new HistoryWriteError('failed', { cause: new Error('disk error') }), T0);
    const restarted = { ...background, writeFailures: new WriteFailureLog(session) };
    await handleMessage({ type: 'extract', url: XIANGTAN, text: '市委书记曹炯芳主持会议。', page: { title: '湘潭日报', load: crypto.randomUUID() } }, TAB, restarted);
    await until(() => session.items.size === 0 && db.pages.get(XIANGTAN), 'the page kept and the failure cleared');
  });
});

describe('view model and language', () => {
  it('names the site of web pages only', () => {
    expect(tabSite('https://www.xtrb.cn/a/1.html#top')).toBe('www.xtrb.cn');
    expect(tabSite('chrome://extensions/')).toBeUndefined();
    expect(tabSite('about:blank')).toBeUndefined();
    expect(tabSite(undefined)).toBeUndefined();
  });

  it('lists the people found by name first, shortest first, then by title, on most pages first', () => {
    const person = (name: string, byName: boolean, pages = 1) => ({ name, byName, matchedTitles: byName ? [] : ['市长'], pages });
    const found = [person('朱建', false, 2), person('曹炯芳', true), person('李平', false, 5), person('曹操', true), person('王五', false, 2)];
    expect(rankPeople(found, 4).map((p) => p.name)).toEqual(['曹操', '曹炯芳', '李平', '朱建']);
    expect(rankPeople([], 5)).toEqual([]);
  });

  it('follows the browser language, with plural forms in English', () => {
    expect(localeOf('zh-CN')).toBe('zh');
    expect(localeOf('zh-Hant-TW')).toBe('zh');
    expect(localeOf('en-US')).toBe('en');
    expect(localeOf(undefined)).toBe('en');
    const en = translator('en');
    expect(en('popup.pages', { n: 1 })).toBe('1 page');
    expect(en('popup.pages', { n: 3 })).toBe('3 pages');
    expect(translator('zh')('popup.pages', { n: 3 })).toBe('3 篇');
    expect(translator('zh')('popup.site.on', { site: 'xtrb.cn' })).toBe('已在 xtrb.cn 上启用');
  });
});
