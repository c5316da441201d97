import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addCorrection, listCorrections } from '../../lib/db/corrections';
import { db } from '../../lib/db/database';
import { HistoryWriteError } from '../../lib/db/errors';
import { exportCsv, exportJson } from '../../lib/db/export';
import { recordPage } from '../../lib/db/history';
import type { Visit } from '../../lib/messages';
import { importJson } from '../../lib/db/import';

const DAY = 86_400_000;
const T0 = Date.UTC(2024, 0, 1, 12);

const page = (url: string, title: string, mentions: Visit['mentions'], persons: Visit['persons'] = []): Visit => ({
  page: { url, title },
  persons,
  slogans: mentions.filter((m) => m.kind === 'slogan').map((m) => m.key),
  mentions,
});

const XIANGTAN = page(
  'https://www.xtrb.cn/a/1.html',
  '市委常委会召开, "扩大"会议',
  [
    { kind: 'official', key: '曹炯芳', snippet: '市委书记曹炯芳主持会议' },
    { kind: 'slogan', key: '三高四新', snippet: '落实“三高四新”，\n推动发展' },
  ],
  [{ name: '曹炯芳', role: 'official', titles: ['市委书记', '市人大常委会主任'] }],
);
const ZHUZHOU = page('https://www.zznews.gov.cn/2.html', '=HYPERLINK("http://evil")', [{ kind: 'amount', key: 'money|CNY|5', snippet: '5元' }]);

async function dump(): Promise<unknown> {
  const strip = <T extends { id?: number }>({ id: _, ...rest }: T) => rest;
  return {
    pages: await db.pages.orderBy('url').toArray(),
    mentions: (await db.mentions.toArray()).map(strip).sort((a, b) => `${a.url}${a.key}`.localeCompare(`${b.url}${b.key}`)),
    search: await db.search.toArray(),
  };
}

async function fill(): Promise<void> {
  await recordPage(XIANGTAN, T0);
  await recordPage(XIANGTAN, T0 + DAY);
  await recordPage(ZHUZHOU, T0 + 2 * DAY);
}

const reset = (): Promise<unknown> => Promise.all(db.tables.map((t) => t.clear()));

beforeEach(reset);
afterEach(() => {
  vi.restoreAllMocks();
});

describe('exportJson and importJson', () => {
  it('give the same history back in an empty database', async () => {
    await fill();
    const before = await dump();
    const exported = await exportJson(new Date(T0 + 3 * DAY));
    expect(exported.skipped).toBe(0);
    const json = JSON.parse(exported.text) as { format: string; version: number; exportedAt: string; pages: unknown[] };
    expect(json).toMatchObject({ format: 'tifa-history', version: 1, exportedAt: new Date(T0 + 3 * DAY).toISOString() });
    expect(json.pages).toHaveLength(2);

    await reset();
    expect(await importJson(exported.text)).toEqual({ added: 2, updated: 0, errors: [] });
    expect(await dump()).toEqual(before);
  });

  it('carry the reader’s corrections, the later of two about one thing staying', async () => {
    await fill();
    await addCorrection({ type: 'not-person', name: '刘志仁' }, T0);
    await addCorrection({ type: 'slogan', text: '金龙速度' }, T0 + DAY);
    const exported = await exportJson(new Date(T0 + 3 * DAY));
    expect((JSON.parse(exported.text) as { corrections: unknown[] }).corrections).toHaveLength(2);

    await reset();
    // Said since the export, later than the file's word on the same phrase: it stays.
    await addCorrection({ type: 'not-slogan', text: '金龙速度' }, T0 + 2 * DAY);
    expect((await importJson(exported.text)).errors).toEqual([]);
    expect((await listCorrections()).map((r) => r.correction)).toEqual([
      { type: 'not-slogan', text: '金龙速度' },
      { type: 'not-person', name: '刘志仁' },
    ]);
    // A file made before corrections existed still reads.
    const old = JSON.parse(exported.text) as Record<string, unknown>;
    delete old.corrections;
    await reset();
    expect(await importJson(JSON.stringify(old))).toEqual({ added: 2, updated: 0, errors: [] });
    expect(await listCorrections()).toEqual([]);
  });

  it('change nothing when the same file is imported again', async () => {
    await fill();
    const { text } = await exportJson();
    const before = await dump();
    expect(await importJson(text)).toEqual({ added: 0, updated: 0, errors: [] });
    expect(await dump()).toEqual(before);
  });

  it('merge into a history that knows some of the pages, without duplicates', async () => {
    await fill();
    const { text } = await exportJson();
    await reset();
    // Here the Xiangtan page was read once, later than in the file, with other mentions.
    await recordPage(page(XIANGTAN.page.url, '新标题', [{ kind: 'person', key: '张三', snippet: '张三说' }]), T0 + 5 * DAY);

    expect(await importJson(text)).toEqual({ added: 1, updated: 1, errors: [] });
    const pages = await db.pages.orderBy('url').toArray();
    expect(pages.map((p) => p.url)).toEqual([XIANGTAN.page.url, ZHUZHOU.page.url]);
    // Earliest first visit, latest last visit, the larger visit count; the latest copy's title and mentions.
    expect(pages[0]).toMatchObject({ title: '新标题', firstVisited: T0, lastVisited: T0 + 5 * DAY, visits: 2 });
    expect((await db.mentions.where('url').equals(XIANGTAN.page.url).toArray()).map((m) => m.key)).toEqual(['张三']);
  });

  it('take the mentions of the file when its copy of a page is the newer one', async () => {
    await recordPage(page(XIANGTAN.page.url, '旧标题', [{ kind: 'person', key: '张三', snippet: '张三说' }]), T0 - DAY);
    await fill();
    const { text } = await exportJson();
    await reset();
    await recordPage(page(XIANGTAN.page.url, '旧标题', [{ kind: 'person', key: '张三', snippet: '张三说' }]), T0 - DAY);

    expect(await importJson(text)).toEqual({ added: 1, updated: 1, errors: [] });
    const xiangtan = await db.pages.get(XIANGTAN.page.url);
    expect(xiangtan).toMatchObject({ title: XIANGTAN.page.title, firstVisited: T0 - DAY, visits: 3, counts: { official: 1, slogan: 1, person: 0 } });
    expect((await db.mentions.where('url').equals(XIANGTAN.page.url).toArray()).map((m) => m.key).sort()).toEqual(['三高四新', '曹炯芳']);
  });

  it('leave out a damaged record from the export and count it', async () => {
    await fill();
    await db.pages.update(ZHUZHOU.page.url, { title: 42 as unknown as string });
    const { text, skipped } = await exportJson();
    // The page, and its mention that no longer belongs to an exported page.
    expect(skipped).toBe(2);
    expect((JSON.parse(text) as { pages: unknown[] }).pages).toHaveLength(1);
  });
});

describe('importJson refuses', () => {
  const valid = {
    format: 'tifa-history',
    version: 1,
    exportedAt: '2024-01-01T00:00:00.000Z',
    pages: [{ url: 'https://example.com/', title: 'x', firstVisited: T0, lastVisited: T0, visits: 1, mentions: [] }],
  };
  const withPage = (changes: Record<string, unknown>): string => JSON.stringify({ ...valid, pages: [{ ...valid.pages[0], ...changes }] });

  const REFUSED: [string, string, RegExp][] = [
    ['an empty file', '', /not valid JSON/],
    ['malformed JSON', '{"format": "tifa-history",', /not valid JSON/],
    ['another format', JSON.stringify({ ...valid, format: 'other' }), /not a Tifa history export/],
    ['a list', '[]', /not a Tifa history export/],
    ['a future version', JSON.stringify({ ...valid, version: 2 }), /newer Tifa \(version 2\)/],
    ['an unknown version', JSON.stringify({ ...valid, version: '1' }), /Unknown export version "1"/],
    ['a missing version', JSON.stringify({ ...valid, version: undefined }), /Unknown export version missing/],
    ['a page that is not http(s)', withPage({ url: 'javascript:alert(1)' }), /^pages\[0\]\.url: Invalid URL/],
    ['a visit count of zero', withPage({ visits: 0 }), /^pages\[0\]\.visits: Too small/],
    ['visits out of order', withPage({ lastVisited: T0 - 1 }), /^pages\[0\]\.lastVisited: lastVisited is before firstVisited/],
    ['an unknown mention kind', withPage({ mentions: [{ kind: 'place', key: 'x', titles: [], snippet: '', occurrences: 1 }] }), /^pages\[0\]\.mentions\[0\]\.kind: Invalid option/],
    [
      'a mention listed twice',
      withPage({ mentions: [0, 1].map(() => ({ kind: 'slogan', key: '三高四新', titles: [], snippet: '', occurrences: 1 })) }),
      /listed twice/,
    ],
    ['a __proto__ key', withPage({}).replace('"title"', '"__proto__":{"polluted":true},"title"'), /"__proto__"/],
    ['a constructor key', withPage({}).replace('"title"', '"constructor":{},"title"'), /"constructor"/],
    ['a prototype key', withPage({}).replace('"title"', '"prototype":{},"title"'), /"prototype"/],
    [
      'a __proto__ key deep in a mention',
      withPage({ mentions: [{ kind: 'slogan', key: '三高四新', titles: [], snippet: '', occurrences: 1 }] }).replace('"occurrences"', '"__proto__":{"polluted":true},"occurrences"'),
      /"__proto__"/,
    ],
    ['a negative occurrence count', withPage({ mentions: [{ kind: 'slogan', key: 'x', titles: [], snippet: '', occurrences: -1 }] }), /occurrences: Too small/],
    ['a page without its visits', JSON.stringify({ ...valid, pages: [{ url: 'https://example.com/', title: 'x', mentions: [] }] }), /^pages\[0\]\.firstVisited/],
  ];
  // 17.5 million characters, 52.5 MB: under the limit in UTF-16 units, over it in bytes.
  const OVER_50_MB = `"${'字'.repeat(17_500_000)}"`;

  it.each(REFUSED)('%s, with a clear message, and changes nothing', async (_, text, message) => {
    await fill();
    const before = await dump();
    const result = await importJson(text);
    expect(result.added + result.updated).toBe(0);
    expect(result.errors.join('\n')).toMatch(message);
    expect(await dump()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a file over 50 MB, counted in UTF-8 bytes', async () => {
    await fill();
    const before = await dump();
    const result = await importJson(OVER_50_MB);
    expect(result).toEqual({ added: 0, updated: 0, errors: ['The file is larger than 50 MB.'] });
    expect(await dump()).toEqual(before);
  });

  it('every malformed file, the history unchanged', async () => {
    await fill();
    const before = await dump();
    const files = [...REFUSED.map(([, text]) => text), OVER_50_MB];
    let accepted = 0;
    for (const text of files) {
      const result = await importJson(text);
      if (!result.errors.length || result.added + result.updated) accepted++;
    }
    console.log(`imports ${accepted} accepted of ${files.length} malformed`);
    expect(accepted).toBe(0);
    expect(await dump()).toEqual(before);
  });

  it('reports only the first twenty problems of a long list', async () => {
    const pages = Array.from({ length: 30 }, () => ({ ...valid.pages[0], visits: 0 }));
    const { errors } = await importJson(JSON.stringify({ ...valid, pages }));
    expect(errors).toHaveLength(21);
    expect(errors[20]).toBe('… and 10 more problems.');
  });

  it('and writes nothing when the write fails', async () => {
    await fill();
    const { text } = await exportJson();
    await reset();
    await recordPage(ZHUZHOU, T0);
    const before = await dump();
    vi.spyOn(db.mentions, 'bulkAdd').mockRejectedValue(new DOMException('quota', 'QuotaExceededError'));
    const error = await importJson(text).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HistoryWriteError);
    expect((error as HistoryWriteError).reason).toBe('quota');
    vi.restoreAllMocks();
    expect(await dump()).toEqual(before);
  });
});

describe('exportCsv', () => {
  it('writes one row per mention, quoted as RFC 4180 says, with formulas defused', async () => {
    await fill();
    const { text } = await exportCsv();
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toBe('date,site,url,title,kind,key,titles,snippet');
    expect(lines.at(-1)).toBe('');
    const day2 = new Date(T0 + DAY).toISOString();
    expect(text).toContain(
      `${day2},www.xtrb.cn,https://www.xtrb.cn/a/1.html,"市委常委会召开, ""扩大""会议",official,曹炯芳,市委书记、市人大常委会主任,市委书记曹炯芳主持会议\r\n`,
    );
    // A line break inside a field stays inside its quotes.
    expect(text).toContain(`,slogan,三高四新,,"落实“三高四新”，\n推动发展"\r\n`);
    expect(text).toContain(`,"'=HYPERLINK(""http://evil"")",amount,money|CNY|5,,5元\r\n`);
  });
});
