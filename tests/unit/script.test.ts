import { beforeAll, describe, expect, it, vi } from 'vitest';
import { extract, type Extraction } from '../../lib/extract';
import { toSimplified } from '../../lib/extract/script';
import { readSeeds } from '../../lib/corpus/seeds';
import { SEEDS_DIR } from '../support/paths';

describe('toSimplified', () => {
  it('converts traditional characters, Hong Kong variants included', () => {
    expect(toSimplified('市委書記、市長陳國強主持會議。')).toBe('市委书记、市长陈国强主持会议。');
    expect(toSimplified('立法會主席與財政司司長會面')).toBe('立法会主席与财政司司长会面');
    expect(toSimplified('衞生署')).toBe('卫生署');
  });

  it('keeps the length and every character position, in mixed text', () => {
    // Latin, full-width, digits, emoji (a surrogate pair), simplified and traditional side by side.
    const mixed = 'GDP增長5.2%，香港😀經濟🇭🇰 与深圳的经济 ABC　１２３ 𠮷野家';
    const out = toSimplified(mixed);
    expect(out.length).toBe(mixed.length);
    expect(out).toBe('GDP增长5.2%，香港😀经济🇭🇰 与深圳的经济 ABC　１２３ 𠮷野家');
  });

  it('returns the very string when it is simplified already', () => {
    const text = '5月20日,市委书记、市人大常委会主任曹炯芳主持召开市委常委会会议。什么著名的“三高四新”';
    expect(toSimplified(text)).toBe(text);
  });
});

describe('extraction from traditional-script pages', () => {
  it('finds an official after a title chain, on the printed characters', () => {
    const text = '市委書記、市長陳國強主持會議。';
    const found = extract(text);
    expect(found.persons).toEqual([{ name: '陳國強', role: 'official', titles: ['市委書記', '市長'] }]);
    expect(found.mentions).toEqual([{ kind: 'official', key: '陳國強', text: '陳國強', start: 7, end: 10 }]);
  });

  it('reads a Taiwan-style sentence: title, name and amount', () => {
    const text = '行政院秘書長龔明鑫昨日表示,將撥款12億元。';
    const found = extract(text);
    expect(found.persons).toEqual([{ name: '龔明鑫', role: 'official', titles: ['行政院秘書長'] }]);
    expect(found.amounts).toMatchObject([{ kind: 'money', unit: 'CNY', value: 1_200_000_000, text: '12億元' }]);
    for (const m of found.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('gives one person one key, the first mention as printed, in mixed scripts', () => {
    const text = '市長陳國強說,陈国强表示同意。';
    const found = extract(text);
    expect(found.persons).toEqual([{ name: '陳國強', role: 'official', titles: ['市長'] }]);
    expect(found.mentions.map((m) => [m.key, m.text])).toEqual([
      ['陳國強', '陳國強'],
      ['陳國強', '陈国强'],
    ]);
  });

  it('keeps a quoted slogan as printed', () => {
    const found = extract('他指「一國兩制」是香港最佳保障。');
    expect(found.slogans.map((s) => s.text)).toEqual(['一國兩制']);
    expect(found.mentions.map((m) => m.key)).toEqual(['一國兩制']);
  });

  it('recognizes known names and slogans given in either script', () => {
    expect(extract('吳秋北發言。', { knownNames: [{ name: '吳秋北', role: 'official' }] }).persons).toEqual([
      { name: '吳秋北', role: 'official', titles: [] },
    ]);
    expect(extract('吴秋北發言。', { knownNames: ['吳秋北'] }).mentions.map((m) => m.key)).toEqual(['吴秋北']);
    expect(extract('全面落實一國兩制方針。', { knownSlogans: ['一国两制'] }).slogans.map((s) => s.text)).toEqual(['一國兩制']);
  });
});

describe('simplified pages', () => {
  let unconverted: (text: string) => Extraction;
  beforeAll(async () => {
    // The same extractor with conversion bypassed, as it was before traditional script was read.
    vi.resetModules();
    vi.doMock('../../lib/extract/script', () => ({ toSimplified: (s: string) => s }));
    unconverted = (await import('../../lib/extract')).extract;
    // The fresh module graph has a registry of its own: install the model there too.
    (await import('../../lib/extract/name-model/current')).installNameModel((await import('../../lib/extract/name-model/node')).readNameModel());
    vi.doUnmock('../../lib/extract/script');
  });

  it('compares with conversion really off', () => {
    expect(unconverted('市委書記、市長陳國強主持會議。').persons).toEqual([]);
  });

  it.each(readSeeds(SEEDS_DIR).map((s) => [s.file, s.text] as const))('%s: extracts what it did without conversion', (_file, text) => {
    expect(extract(text)).toEqual(unconverted(text));
  });
});
