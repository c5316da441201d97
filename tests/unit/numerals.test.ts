import { describe, expect, it } from 'vitest';
import { parseNumeral, readNumeral, scanNumerals } from '../../lib/extract/numerals';

const values = (text: string) => scanNumerals(text).map((n) => [text.slice(n.from, n.end), n.negative ? -n.value : n.value]);

describe('parseNumeral', () => {
  it('reads Arabic numerals with thousands separators and decimals', () => {
    expect(parseNumeral('1216.3')).toBe(1216.3);
    expect(parseNumeral('23858')).toBe(23858);
    expect(parseNumeral('601,293.11')).toBe(601293.11);
    expect(parseNumeral('1,050,000,000')).toBe(1050000000);
    expect(parseNumeral('４，５６５')).toBe(4565);
    expect(parseNumeral('.5')).toBe(0.5);
    expect(parseNumeral('01.10')).toBe(1.1);
  });

  it('reads Chinese numerals', () => {
    expect(parseNumeral('三千万')).toBe(30000000);
    expect(parseNumeral('十二亿')).toBe(1200000000);
    expect(parseNumeral('两百')).toBe(200);
    expect(parseNumeral('一千零五')).toBe(1005);
    expect(parseNumeral('十万零一')).toBe(100001);
    expect(parseNumeral('一百十一')).toBe(111);
    expect(parseNumeral('〇')).toBe(0);
    expect(parseNumeral('零点零一')).toBe(0.01);
    expect(parseNumeral('十五点七')).toBe(15.7);
    expect(parseNumeral('四百亿点零五零')).toBe(40000000000.05);
    expect(parseNumeral('一亿五千万零六千三百五十五')).toBe(150006355);
    expect(parseNumeral('一千一百一十一万一千一百一十一亿一千一百一十一万一千一百一十一')).toBe(1111111111111111);
  });

  it('reads financial and Traditional forms, 廿 卅 卌', () => {
    expect(parseNumeral('壹佰贰拾叁')).toBe(123);
    expect(parseNumeral('玖仟陆佰陆拾伍')).toBe(9665);
    expect(parseNumeral('參萬肆仟伍佰陸拾柒')).toBe(34567);
    expect(parseNumeral('四億五千六百四十二萬零壹十五')).toBe(456420015);
    expect(parseNumeral('廿二')).toBe(22);
    expect(parseNumeral('五百卅四')).toBe(534);
    expect(parseNumeral('一萬零卌')).toBe(10040);
  });

  it('reads colloquial forms: the digit after a magnitude word is a tenth of it', () => {
    expect(parseNumeral('三万五')).toBe(35000);
    expect(parseNumeral('两千六')).toBe(2600);
    expect(parseNumeral('一百二')).toBe(120);
    expect(parseNumeral('一百二十万三')).toBe(1203000);
    expect(parseNumeral('百三')).toBe(130);
    expect(parseNumeral('千三')).toBe(1300);
    expect(parseNumeral('两千三点一')).toBe(2300.1);
  });

  it('reads mixed Arabic and Chinese, with 万 亿 万亿 万万', () => {
    expect(parseNumeral('1.6万')).toBe(16000);
    expect(parseNumeral('5000余万')).toBe(50000000);
    expect(parseNumeral('3千万')).toBe(30000000);
    expect(parseNumeral('1万600')).toBe(10600);
    expect(parseNumeral('2千零30万')).toBe(20300000);
    expect(parseNumeral('200亿零四千230')).toBe(20000004230);
    expect(parseNumeral('16.4亿')).toBe(1640000000);
    expect(parseNumeral('4.78万亿')).toBe(4780000000000);
    expect(parseNumeral('3千万亿')).toBe(3e15);
    expect(parseNumeral('四万万')).toBe(400000000);
    expect(parseNumeral('7 万5 千4 百')).toBe(75400);
    expect(parseNumeral('一百点123')).toBe(100.123);
  });

  it('reads digit-by-digit sequences and signs', () => {
    expect(parseNumeral('二〇〇二')).toBe(2002);
    expect(parseNumeral('一七二零点一')).toBe(1720.1);
    expect(parseNumeral('负十一')).toBe(-11);
    expect(parseNumeral('-10.1万')).toBe(-101000);
    expect(parseNumeral('负 1,200,000')).toBe(-1200000);
  });

  it('rejects what is no single numeral', () => {
    for (const s of ['', '万', '万万', '元整', '零点', '点一', '零点点', '十一十二', '十七十八', '10..1万', '10.1万零100', '两两', '百米', '三四百万', 'abc']) {
      expect(parseNumeral(s), s).toBeNull();
    }
  });
});

describe('readNumeral', () => {
  it('reports the magnitude words, for ranges such as 3至5亿', () => {
    const n = readNumeral('九百亿', 0)!;
    expect(n).toMatchObject({ value: 9e10, tail: 1e10, bigTail: 1e8, big: true, magnitude: true, han: true });
    expect(readNumeral('三十万', 0)).toMatchObject({ tail: 1e5, bigTail: 1e4 });
    expect(readNumeral('3千', 0)).toMatchObject({ tail: 1000, bigTail: 1, big: false, han: false });
    expect(readNumeral('十余万', 0)).toMatchObject({ value: 100000, approx: true });
  });

  it('reads adjacent digits as a pair: 三四百万 is 3 to 4 million', () => {
    expect(readNumeral('三四百万元', 0)).toMatchObject({ value: 3000000, max: 4000000, end: 4 });
    expect(readNumeral('八九亿', 0)).toMatchObject({ value: 8e8, max: 9e8 });
    expect(readNumeral('两三万', 0)).toMatchObject({ value: 20000, max: 30000 });
  });

  it('stops at the limit', () => {
    expect(readNumeral('12千米', 0, 2)).toMatchObject({ value: 12, end: 2 });
  });
});

describe('scanNumerals', () => {
  it('finds every numeral in running text', () => {
    expect(values('二百五, 二百五, 还有二百五。')).toEqual([['二百五', 250], ['二百五', 250], ['二百五', 250]]);
    expect(values('1, 234, 567')).toEqual([['1', 1], ['234', 234], ['567', 567]]);
    expect(values('这不是五这是二百零一')).toEqual([['五', 5], ['二百零一', 201]]);
    expect(values('一千零十二章一千零十八章')).toEqual([['一千零十二', 1012], ['一千零十八', 1018]]);
  });

  it('keeps times, hyphens and version numbers apart', () => {
    expect(values('7点30分')).toEqual([['7', 7], ['30', 30]]);
    expect(values('十点二十分')).toEqual([['十', 10], ['二十', 20]]);
    expect(values('2222.2222.22222.222')).toEqual([['2222', 2222], ['2222', 2222], ['22222', 22222], ['222', 222]]);
    expect(values('五十千')).toEqual([['五十', 50]]);
    expect(values('两百点两')).toEqual([['两百', 200], ['两', 2]]);
  });

  it('reads a minus sign only where it is one', () => {
    expect(values('-10000')).toEqual([['-10000', -10000]]);
    expect(values('增速为负3.9%')).toEqual([['负3.9', -3.9]]);
    expect(values('COVID-19')).toEqual([['19', 19]]);
    expect(values('3-5')).toEqual([['3', 3], ['5', 5]]);
    expect(values('--9')).toEqual([['9', 9]]);
    expect(values('胜负3')).toEqual([['3', 3]]);
  });

  it('does not read bare magnitude words as numbers', () => {
    expect(values('万亿亿万百米千米')).toEqual([]);
  });

  it('reads huge input in one piece without throwing', () => {
    const digits = '7'.repeat(1_000_000);
    const found = scanNumerals(digits);
    expect(found).toHaveLength(1);
    expect(found[0]!.end).toBe(digits.length);
    expect(scanNumerals('一'.repeat(100_000))).toHaveLength(1);
  });
});
