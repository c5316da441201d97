import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../lib/db/database';
import { HistoryWriteError } from '../../lib/db/errors';
import {
  clearHistory,
  knownEntities,
  personView,
  recentPages,
  recordPage,
  search,
  searchHistory,
  topEntities,
} from '../../lib/db/history';
import { getSettings, setPaused } from '../../lib/db/settings';
import { DAY, T0, xiangtan, zhuzhou } from '../support/records';


async function dump(): Promise<unknown> {
  return { pages: await db.pages.toArray(), mentions: await db.mentions.toArray(), search: await db.search.toArray() };
}

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('recordPage', () => {
  it('keeps a page with its visit, site, counts and one mention per entity', async () => {
    await recordPage(xiangtan(), T0);
    const [page] = await db.pages.toArray();
    expect(page).toEqual({
      url: 'https://www.xtrb.cn/a/1.html',
      title: '湘潭日报：市委常委会召开',
      site: 'www.xtrb.cn',
      firstVisited: T0,
      lastVisited: T0,
      visits: 1,
      counts: { official: 1, person: 0, amount: 1, slogan: 1 },
    });
    const cao = await db.mentions.where({ kind: 'official', key: '曹炯芳' }).toArray();
    expect(cao).toEqual([
      expect.objectContaining({ url: page!.url, role: 'official', titles: ['市委书记'], snippet: '市委书记曹炯芳主持会议', occurrences: 2 }),
    ]);
    expect(await db.mentions.count()).toBe(3);
  });

  it('adds up the occurrences the content script counted per entity', async () => {
    const input = xiangtan();
    input.mentions = [
      { kind: 'official', key: '曹炯芳', snippet: '市委书记曹炯芳主持会议', occurrences: 5 },
      { kind: 'official', key: '曹炯芳', snippet: '曹炯芳强调' },
    ];
    await recordPage(input, T0);
    const [cao] = await db.mentions.where({ kind: 'official', key: '曹炯芳' }).toArray();
    expect(cao).toMatchObject({ snippet: '市委书记曹炯芳主持会议', occurrences: 6 });
  });

  it('keeps one record per URL, counting visits and replacing the mentions', async () => {
    await recordPage(xiangtan(), T0);
    const revisit = xiangtan('https://www.xtrb.cn/a/1.html#comments', '新标题');
    revisit.slogans = [];
    revisit.mentions = revisit.mentions.filter((m) => m.kind !== 'slogan');
    await recordPage(revisit, T0 + DAY);

    const pages = await db.pages.toArray();
    expect(pages).toHaveLength(1);
    expect(pages[0]).toMatchObject({ title: '新标题', firstVisited: T0, lastVisited: T0 + DAY, visits: 2 });
    expect(pages[0]!.counts.slogan).toBe(0);
    expect((await db.mentions.toArray()).map((m) => m.key).sort()).toEqual(['money|CNY|1000000000', '曹炯芳']);
  });

  it('keeps the paper and date the page showed', async () => {
    await recordPage(zhuzhou(), T0);
    expect(await db.pages.get('https://www.zznews.gov.cn/news/2.html')).toMatchObject({ paper: '株洲日报', date: '2021-12-01' });
  });

  it('writes nothing when the mentions cannot be written', async () => {
    vi.spyOn(db.mentions, 'bulkAdd').mockRejectedValue(new Error('disk error'));
    await expect(recordPage(xiangtan(), T0)).rejects.toMatchObject({ name: 'HistoryWriteError', reason: 'failed' });
    expect(await db.pages.count()).toBe(0);
    expect(await db.mentions.count()).toBe(0);
  });

  it('leaves the earlier visit whole when a revisit fails half-way', async () => {
    await recordPage(xiangtan(), T0);
    const before = await dump();
    vi.spyOn(db.mentions, 'bulkAdd').mockRejectedValue(new Error('disk error'));
    await expect(recordPage(zhuzhou('https://www.xtrb.cn/a/1.html'), T0 + DAY)).rejects.toBeInstanceOf(HistoryWriteError);
    expect(await dump()).toEqual(before);
  });

  it('reports a full disk as a quota error and keeps the earlier records', async () => {
    await recordPage(xiangtan(), T0);
    const before = await dump();
    vi.spyOn(db.pages, 'put').mockRejectedValue(new DOMException('quota', 'QuotaExceededError'));
    const error = await recordPage(zhuzhou(), T0 + DAY).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HistoryWriteError);
    expect((error as HistoryWriteError).reason).toBe('quota');
    expect((error as HistoryWriteError).message).toMatch(/no more room/);
    vi.restoreAllMocks();
    expect(await dump()).toEqual(before);
  });
});

describe('reading the history', () => {
  beforeEach(async () => {
    await recordPage(xiangtan(), T0);
    await recordPage(zhuzhou(), T0 + DAY);
    await recordPage(
      { page: { url: 'https://example.com/weather', title: 'Weather' }, persons: [], slogans: [], mentions: [] },
      T0 + 2 * DAY,
    );
  });

  it('lists the latest pages first', async () => {
    expect((await recentPages(2)).map((p) => p.site)).toEqual(['example.com', 'www.zznews.gov.cn']);
  });

  it.each([
    ['a person', '曹炯芳', ['www.zznews.gov.cn', 'www.xtrb.cn']],
    ['part of a name', '张', ['www.zznews.gov.cn']],
    ['a slogan', '三高四新', ['www.xtrb.cn']],
    ['a site', 'EXAMPLE', ['example.com']],
    ['a title', '常委会', ['www.xtrb.cn']],
  ])('finds pages by %s', async (_, query, sites) => {
    expect((await searchHistory(query)).map((p) => p.site)).toEqual(sites);
  });

  it('finds a revisited page by what it shows now', async () => {
    const revisit = xiangtan('https://www.xtrb.cn/a/1.html', '新标题');
    revisit.persons = [];
    revisit.mentions = [];
    await recordPage(revisit, T0 + 3 * DAY);
    expect((await searchHistory('曹炯芳')).map((p) => p.site)).toEqual(['www.zznews.gov.cn']);
    expect((await searchHistory('新标题')).map((p) => p.site)).toEqual(['www.xtrb.cn']);
    expect(await searchHistory('常委会')).toEqual([]);
  });

  it('lists the people whose names match, but not slogans', async () => {
    expect((await search('曹')).people.map((p) => p.name)).toEqual(['曹炯芳']);
    expect((await search('三高')).people).toEqual([]);
  });

  it('does not search by amounts or match an empty query', async () => {
    expect(await searchHistory('money')).toEqual([]);
    expect(await searchHistory('  ')).toEqual([]);
  });

  it('shows the titles a person holds on each page, oldest first', async () => {
    const view = await personView('曹炯芳');
    expect(view.map((v) => [v.page.site, v.mention.titles])).toEqual([
      ['www.xtrb.cn', ['市委书记']],
      ['www.zznews.gov.cn', ['省委常委']],
    ]);
  });

  it('ranks entities by the pages they appear on', async () => {
    expect(await topEntities('official', 5)).toEqual([{ key: '曹炯芳', pages: 2 }]);
    expect(await topEntities('slogan', 1)).toEqual([{ key: '三高四新', pages: 1 }]);
  });

  it('knows every person with a role, and every slogan', async () => {
    const known = await knownEntities();
    expect(known.names.sort((a, b) => a.name.localeCompare(b.name))).toEqual([
      { name: '张三', role: 'citizen' },
      { name: '曹炯芳', role: 'official' },
    ]);
    expect(known.slogans.sort()).toEqual(['三高四新', '我为群众办实事'].sort());
  });

  it('knows a person by the role the page read last gives them, unless a page calls them an official', async () => {
    const role = async () => (await knownEntities()).names.find((n) => n.name === '张三')?.role;
    const page = (url: string, r: 'business' | 'official') => ({
      page: { url, title: '' },
      persons: [{ name: '张三', role: r, titles: [] }],
      slogans: [],
      mentions: [{ kind: r === 'official' ? ('official' as const) : ('person' as const), key: '张三', snippet: '' }],
    });
    await recordPage(page('https://example.com/later', 'business'), T0 + 5 * DAY);
    expect(await role()).toBe('business');
    await recordPage(page('https://example.com/earlier', 'official'), T0 - DAY);
    expect(await role()).toBe('official');
  });

  it('leaves out a damaged record instead of failing', async () => {
    await db.pages.update('https://example.com/weather', { visits: -1 });
    expect((await recentPages(10)).map((p) => p.site)).toEqual(['www.zznews.gov.cn', 'www.xtrb.cn']);
  });

  it('forgets everything on clear, but not the settings', async () => {
    await setPaused(true);
    await clearHistory();
    expect(await dump()).toEqual({ pages: [], mentions: [], search: [] });
    expect((await getSettings()).paused).toBe(true);
  });
});
