import { describe, expect, it } from 'vitest';
import { extract } from '../../lib/extract';
import { normalize, toOriginalSpan } from '../../lib/extract/normalize';
import { ExtractionSchema, type Extraction } from '../../lib/extract/schema';

/** Every mention lies inside the text, on the characters it names, sorted and without overlap. */
function expectWellFormed(text: string, result: Extraction): void {
  expect(ExtractionSchema.safeParse(result).success).toBe(true);
  let last = 0;
  for (const m of result.mentions) {
    expect(m.start).toBeGreaterThanOrEqual(last);
    expect(m.end).toBeGreaterThan(m.start);
    expect(m.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(m.start, m.end)).toBe(m.text);
    last = m.end;
  }
}

describe('normalize', () => {
  it('turns full-width ASCII into ASCII and drops gaps between Han characters only', () => {
    const n = normalize('刘 永珍出席，ＧＤＰ增长８．５％。 2021 年　言　鹏');
    expect(n.text).toBe('刘永珍出席,GDP增长8.5%。 2021 年言鹏');
  });

  it('maps every normalized span back to the original characters', () => {
    const original = '宣传部部长刘 永珍出席';
    const n = normalize(original);
    const at = n.text.indexOf('刘永珍');
    expect(toOriginalSpan(n, at, at + 3)).toEqual({ start: 5, end: 9 });
  });
});

describe('extract', () => {
  it('puts entities on the original text, gaps and full-width digits included', () => {
    const text = '市委常委、宣传部部长刘 永珍出席。刘永珍强调,投资１０亿元。';
    const result = extract(text);
    expectWellFormed(text, result);
    const names = result.mentions.filter((m) => m.key === '刘永珍');
    expect(names.map((m) => m.text)).toEqual(['刘 永珍', '刘永珍']);
    expect(result.persons).toEqual([{ name: '刘永珍', role: 'official', titles: ['市委常委', '宣传部部长'] }]);
  });

  it('paints officials and other people under different kinds', () => {
    const text = '市长张迎春出席。(记者 陈静)';
    const kinds = extract(text).mentions.map((m) => [m.key, m.kind]);
    expect(kinds).toEqual([
      ['张迎春', 'official'],
      ['陈静', 'person'],
    ]);
  });

  it('returns nothing for empty and non-Chinese text', () => {
    expect(extract('')).toEqual({ persons: [], amounts: [], slogans: [], mentions: [] });
    const english = 'The mayor, John Smith, said "build back better" would cost $10 billion.';
    expect(extract(english).persons).toEqual([]);
    expect(extract(english).slogans).toEqual([]);
  });

  it.each([
    ['1 MB of digits', '7'.repeat(1 << 20)],
    ['100 000 quote marks', '“'.repeat(100_000)],
    ['alternating quote marks', '“”"\'「」'.repeat(20_000)],
    ['only 万亿亿万', '万亿亿万'.repeat(50_000)],
    ['mixed Latin, Cyrillic and emoji', 'Москва😀abc市长张迎春🎉“三高四新”Ωβ 10亿元'.repeat(5_000)],
    ['a huge title chain', '市委书记、'.repeat(20_000) + '曹炯芳'],
    ['numerals and units without end', '一二三四五六七八九十百千万亿元吨%'.repeat(20_000)],
  ])('survives %s', (_label, text) => {
    const result = extract(text);
    expectWellFormed(text, result);
  });
});
