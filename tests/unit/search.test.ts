// Searching the history: by name, title, paper and site, several words at
// once, and names and slogans in pinyin.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '../../lib/db/database';
import { recordPage, search } from '../../lib/db/history';
import type { Visit } from '../../lib/messages';
import { queryReading, readingOf, spellsSyllables } from '../../lib/db/pinyin';
import { SCHEMA_VERSIONS } from '../../lib/db/versions';
import { DAY, T0 } from '../support/records';

type Person = Visit['persons'][number];

function page(url: string, title: string, paper: string | undefined, persons: Person[], slogans: string[] = []): Visit {
  return {
    page: { url, title, ...(paper && { paper }) },
    persons,
    slogans,
    mentions: [
      ...persons.map((p) => ({ kind: p.role === 'official' ? ('official' as const) : ('person' as const), key: p.name, snippet: p.name })),
      ...slogans.map((s) => ({ kind: 'slogan' as const, key: s, snippet: s })),
    ],
  };
}
const official = (name: string, ...titles: string[]): Person => ({ name, role: 'official', titles });
const citizen = (name: string): Person => ({ name, role: 'citizen', titles: [] });

// Each page's site names it in the tests below.
const PAGES = [
  page('https://www.hyrb.cn/a/1.html', '衡阳日报：全市经济工作会议召开', '衡阳日报', [official('朱建', '市委书记'), official('刘越高', '市长')], ['三高四新']),
  page('https://www.xtrb.cn/a/2.html', '湘潭：重点项目观摩', '湘潭日报', [official('曹炯芳', '市委书记'), official('沈晓明', '省委书记'), official('单霁翔', '院长')]),
  page('https://www.zznews.gov.cn/3.html', '株洲新闻', undefined, [official('曹炯芳', '市长'), official('朱健', '副市长'), citizen('祝军'), citizen('诸伟')], ['我为群众办实事']),
  page('https://news.example.cn/4.html', '环保督察', undefined, [official('曾庆红'), official('解振华', '特使'), official('仇和'), official('吕忠梅', '副主任')]),
];
const SITES = ['www.hyrb.cn', 'www.xtrb.cn', 'www.zznews.gov.cn', 'news.example.cn'];

/** The sites of the pages found, in visit order (the tests' pages were read in the order above). */
const sitesFound = async (query: string) => (await search(query)).pages.map((p) => p.page.site).sort((a, b) => SITES.indexOf(a) - SITES.indexOf(b));
const peopleFound = async (query: string) => (await search(query)).people.map((p) => p.name).sort();

beforeAll(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
  for (const [i, input] of PAGES.entries()) await recordPage(input, T0 + i * DAY);
});

describe('search by title', () => {
  it.each([
    ['市长', ['www.hyrb.cn', 'www.zznews.gov.cn']],
    ['省委书记', ['www.xtrb.cn']],
    ['特使', ['news.example.cn']],
  ])('finds the pages where someone holds %s', async (query, sites) => {
    expect(await sitesFound(query)).toEqual(sites);
  });

  it('says which person holds the title, on each page and over all', async () => {
    const found = await search('市长');
    const hengyang = found.pages.find((p) => p.page.site === 'www.hyrb.cn')!;
    expect(hengyang.people).toEqual([{ name: '刘越高', byName: false, matchedTitles: ['市长'], titles: ['市长'] }]);
    // By any part of the title, as names are: 副市长 is found too.
    expect(found.people.map((p) => [p.name, p.matchedTitles, p.pages]).sort()).toEqual([
      ['刘越高', ['市长'], 1],
      ['曹炯芳', ['市长'], 1],
      ['朱健', ['副市长'], 1],
    ]);
  });

  it('counts a person found by name as found by name, with the title they hold', async () => {
    const [cao] = (await search('曹炯芳 市委书记')).people;
    expect(cao).toEqual({ name: '曹炯芳', byName: true, matchedTitles: ['市委书记'], pages: 1 });
  });
});

describe('search by paper and site', () => {
  it.each([
    ['衡阳日报', ['www.hyrb.cn']],
    ['湘潭日报', ['www.xtrb.cn']],
    ['日报', ['www.hyrb.cn', 'www.xtrb.cn']],
    ['hyrb', ['www.hyrb.cn']],
    ['ZZNEWS', ['www.zznews.gov.cn']],
  ])('finds %s', async (query, sites) => {
    expect(await sitesFound(query)).toEqual(sites);
  });

  it('finds no page by a paper it does not show', async () => {
    expect(await sitesFound('株洲日报')).toEqual([]);
  });
});

describe('search by several words', () => {
  it.each([
    ['two names', '曹炯芳 沈晓明', ['www.xtrb.cn']],
    ['two other names', '朱建 刘越高', ['www.hyrb.cn']],
    ['a name and a title', '曹炯芳 市长', ['www.zznews.gov.cn']],
    ['a name and another title', '朱建 市长', ['www.hyrb.cn']],
    ['a name and a paper', '曹炯芳 湘潭日报', ['www.xtrb.cn']],
    ['a name and a slogan', '朱健 我为群众办实事', ['www.zznews.gov.cn']],
    ['words set apart by 、 and a full-width space', '曹炯芳、沈晓明\u3000单霁翔', ['www.xtrb.cn']],
  ])('finds the pages matching every word: %s', async (_, query, sites) => {
    expect(await sitesFound(query)).toEqual(sites);
  });

  it('finds nothing when one word matches nothing on the page', async () => {
    expect(await sitesFound('曹炯芳 沈晓明 刘越高')).toEqual([]);
    expect(await sitesFound('曹炯芳 nobody')).toEqual([]);
  });

  it('lists the people each word found', async () => {
    expect(await peopleFound('曹炯芳 沈晓明')).toEqual(['曹炯芳', '沈晓明']);
  });
});

describe('search in pinyin', () => {
  it.each(['Zhu Jian', 'zhu jian', 'zhujian', 'ZHUJIAN', 'zhū jiàn', 'Zhū Jiàn', 'zhu1 jian4', 'zhù jián'])(
    '%s finds 朱建 and his homophone 朱健 (tones are ignored)',
    async (query) => {
      expect(await peopleFound(query)).toEqual(['朱健', '朱建']);
      expect(await sitesFound(query)).toEqual(['www.hyrb.cn', 'www.zznews.gov.cn']);
    },
  );

  it.each(['cao jiongfang', 'caojiongfang', 'Cáo Jiǒngfāng', 'cao jiong fang', 'jiongfang', 'cao jiong'])(
    '%s finds 曹炯芳 (whole syllables, two or more, anywhere in the name)',
    async (query) => {
      expect(await peopleFound(query)).toEqual(['曹炯芳']);
    },
  );

  it.each(['zhu', 'zhū', 'jian', 'cao', 'caoji', 'zhuj', 'ongfang'])('%s finds no one: one syllable, or part of one', async (query) => {
    expect(await peopleFound(query)).toEqual([]);
  });

  it('finds two names in pinyin together, and pinyin with characters', async () => {
    expect(await sitesFound('cao jiongfang shen xiaoming')).toEqual(['www.xtrb.cn']);
    expect(await sitesFound('caojiongfang shenxiaoming')).toEqual(['www.xtrb.cn']);
    expect(await sitesFound('zhu jian 市长')).toEqual(['www.hyrb.cn', 'www.zznews.gov.cn']);
    expect(await sitesFound('liu yuegao 衡阳日报')).toEqual(['www.hyrb.cn']);
  });

  it.each([
    ['shan jixiang', 'dan jixiang', '单霁翔'],
    ['zeng qinghong', 'ceng qinghong', '曾庆红'],
    ['xie zhenhua', 'jie zhenhua', '解振华'],
    ['qiu he', 'chou he', '仇和'],
  ])('reads a polyphonic surname as a surname: %s, not %s, finds %s', async (surname, other, name) => {
    expect(await peopleFound(surname)).toEqual([name]);
    expect(await peopleFound(other)).toEqual([]);
  });

  it.each(['lu zhongmei', 'lv zhongmei', 'lü zhongmei', 'lǚ zhōngméi', 'lu3 zhong1mei2'])('writes ü as u: %s finds 吕忠梅', async (query) => {
    expect(await peopleFound(query)).toEqual(['吕忠梅']);
  });

  it.each([
    ['sangaosixin', ['www.hyrb.cn']],
    ['san gao si xin', ['www.hyrb.cn']],
    ['gao si', ['www.hyrb.cn']],
    ['ban shi shi', ['www.zznews.gov.cn']],
  ])('finds the slogans %s spells', async (query, sites) => {
    expect(await sitesFound(query)).toEqual(sites);
    expect(await peopleFound(query)).toEqual([]);
  });
});

describe('pinyin readings', () => {
  it('capitalizes each syllable, toneless, ü as u, surnames read as surnames', () => {
    expect(readingOf('曹炯芳', 'name')).toBe('CaoJiongFang');
    expect(readingOf('单霁翔', 'name')).toBe('ShanJiXiang');
    expect(readingOf('单位', 'text')).toBe('DanWei');
    expect(readingOf('吕忠梅', 'name')).toBe('LuZhongMei');
    expect(readingOf('陳國強', 'name')).toBe('ChenGuoQiang');
    expect(readingOf('张A三', 'name')).toBe('ZhangSan');
    expect(readingOf('John Smith', 'name')).toBe('');
  });

  it('reads a query word as pinyin only when it is Latin letters, tones and syllable marks', () => {
    expect(queryReading('Zhū')).toBe('zhu');
    expect(queryReading("xi'an")).toBe('xian');
    expect(queryReading('lv3')).toBe('lu');
    expect(queryReading('曹炯芳')).toBeUndefined();
    expect(queryReading('2021')).toBeUndefined();
    expect(queryReading('www.hyrb.cn')).toBeUndefined();
  });

  it('matches whole syllables only, at least two', () => {
    expect(spellsSyllables('XiAn', 'xian')).toBe(true);
    expect(spellsSyllables('Xian', 'xian')).toBe(false);
    // The second occurrence is the one on syllable boundaries.
    expect(spellsSyllables('ShiShiShi', 'shishi')).toBe(true);
    expect(spellsSyllables('ZhuangJian', 'zhuangjian')).toBe(true);
    expect(spellsSyllables('ZhuangJian', 'uangjian')).toBe(false);
    expect(spellsSyllables('ZhuJianGuo', 'zhujiang')).toBe(false);
    expect(spellsSyllables('', 'zhujian')).toBe(false);
  });
});

describe('an index made before pinyin', () => {
  it('is rebuilt by the upgrade and answers every kind of search', async () => {
    // The history above, with the index as version 2 wrote it.
    const lines = (await db.search.toArray()).map((b) => ({
      ...b,
      lines: b.lines
        .split('\n')
        .map((line) => {
          const [url, at, site, title, , ...entities] = line.split('\u0001');
          return [url, at, site, title, ...entities.map((e) => e.split('\u0002')[0])].join('\u0001');
        })
        .join('\n'),
    }));
    const stored = { pages: await db.pages.toArray(), mentions: await db.mentions.toArray(), search: lines };
    db.close();
    await Dexie.delete('tifa');
    const old = new Dexie('tifa');
    old.version(1).stores(SCHEMA_VERSIONS[1]);
    old.version(2).stores(SCHEMA_VERSIONS[2]);
    await old.open();
    for (const [table, records] of Object.entries(stored)) await old.table(table).bulkAdd(records);
    old.close();

    await db.open();
    expect(db.verno).toBe(Math.max(...Object.keys(SCHEMA_VERSIONS).map(Number)));
    expect(await sitesFound('市长')).toEqual(['www.hyrb.cn', 'www.zznews.gov.cn']);
    expect(await sitesFound('衡阳日报')).toEqual(['www.hyrb.cn']);
    expect(await sitesFound('zhu jian')).toEqual(['www.hyrb.cn', 'www.zznews.gov.cn']);
    expect(await peopleFound('shan jixiang')).toEqual(['单霁翔']);
  });
});
