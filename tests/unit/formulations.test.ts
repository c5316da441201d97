import { Converter } from 'opencc-js/cn2t';
import { describe, expect, it } from 'vitest';
import { extract } from '../../lib/extract';
import { GLOSS_MAX } from '../../lib/extract/lexicon/formulation-schema';
import { FORMULATIONS, formsOf, formulationOf, parseFormulations } from '../../lib/extract/lexicon/formulations';
import { toSimplified } from '../../lib/extract/script';

const toTraditional = Converter({ from: 'cn', to: 'tw' });
const entry = (text: string) => FORMULATIONS.find((f) => f.text === text);

describe('the formulations lexicon', () => {
  it('holds at least 600 entries, every one parsed by the schema', () => {
    expect(FORMULATIONS.length).toBeGreaterThanOrEqual(600);
  });

  it('resolves every printed form to its own entry, and no form to two', () => {
    const clashes = FORMULATIONS.flatMap((f) => formsOf(f).filter((form) => formulationOf(form) !== f).map((form) => `${form} (${f.text})`));
    expect(clashes).toEqual([]);
  });

  it('resolves every entry printed in traditional script', () => {
    const lost = FORMULATIONS.filter((f) => formulationOf(toSimplified(toTraditional(f.text))) !== f).map((f) => f.text);
    expect(lost).toEqual([]);
  });

  it('writes numerals as digits and drops 的 as forms of an entry', () => {
    expect(formulationOf('8项规定')).toBe(entry('八项规定'));
    const withDe = FORMULATIONS.find((f) => f.text.includes('的'))!;
    expect(formulationOf(withDe.text.replaceAll('的', ''))).toBe(withDe);
  });

  it('has a short one-line gloss, a place for every local entry, and no place for national ones', () => {
    for (const f of FORMULATIONS) {
      expect(f.gloss.trim().length, f.text).toBeGreaterThan(4);
      expect(f.gloss.length, f.text).toBeLessThanOrEqual(GLOSS_MAX);
      expect(f.level === 'national' ? f.place : f.place?.length, f.text).toSatisfy((v) => (f.level === 'national' ? v === undefined : (v as number) >= 2));
    }
  });

  it('covers national formulations, every province-level division, and Hunan in depth', () => {
    const national = FORMULATIONS.filter((f) => f.level === 'national').length;
    expect(national).toBeGreaterThanOrEqual(400);
    const provinces = '北京 天津 河北 山西 内蒙古 辽宁 吉林 黑龙江 上海 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 广西 海南 重庆 四川 贵州 云南 西藏 陕西 甘肃 青海 宁夏 新疆 香港 澳门'.split(' ');
    const missing = provinces.filter((p) => !FORMULATIONS.some((f) => f.place?.startsWith(p)));
    expect(missing).toEqual([]);
    expect(FORMULATIONS.filter((f) => f.place?.startsWith('湖南')).length).toBeGreaterThanOrEqual(100);
  });

  it('names the file, the entry and the field of a broken data file', () => {
    expect(() => parseFormulations('broken', [{ text: '三高四新', kind: 'formula', gloss: '', level: 'province', place: '湖南省' }])).toThrow(
      /formulations\/broken\.json: entry 0, gloss/,
    );
    expect(() => parseFormulations('broken', [{ text: '六稳', kind: 'formula', gloss: '稳就业、稳金融等六个方面。', level: 'national', place: '北京市' }])).toThrow(
      /entry 0/,
    );
    expect(() => parseFormulations('broken', { text: '六稳' })).toThrow(/broken\.json/);
  });

  it('gives the card the gloss, level, place and year of a slogan found in a page', () => {
    const [s] = extract('全面落实“三高四新”战略定位和使命任务。').slogans;
    expect(s).toMatchObject({ text: '三高四新', kind: 'formula', level: 'province', place: '湖南省', year: 2020 });
    expect(s?.gloss).toMatch(/高地/);
    const [t] = extract('堅持「一國兩制」方針。').slogans;
    expect(t).toMatchObject({ text: '一國兩制', level: 'national' });
  });
});
