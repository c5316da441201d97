import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { hanShare, isChineseTag, isChineseTitle, MIN_HAN_SHARE, pageLanguage } from '../../lib/dom/language';
import { mulberry32 } from '../../lib/random';

const page = (html: string): Document => parseHTML(html).document as unknown as Document;
const isChinesePage = (doc: Document): boolean => pageLanguage(doc) === 'chinese';

describe('hanShare', () => {
  it('is the share of Han characters among letters, ignoring digits, spaces and punctuation', () => {
    expect(hanShare('市委书记 2021, OK!')).toBeCloseTo(4 / 6);
    expect(hanShare('只有中文。')).toBe(1);
    expect(hanShare('123 — !')).toBe(0);
    expect(hanShare('')).toBe(0);
  });

  it('counts other scripts’ letters as letters, and a Han character beyond the BMP once', () => {
    expect(hanShare('東京です')).toBeCloseTo(2 / 4);
    expect(hanShare('서울 市')).toBeCloseTo(1 / 3);
    expect(hanShare('Москва 市')).toBeCloseTo(1 / 7);
    expect(hanShare('𠀀中')).toBe(1);
    expect(hanShare('１２３，中')).toBe(1);
    expect(hanShare('×÷·—“”中')).toBe(1);
  });
});

describe('isChineseTag', () => {
  it('reads zh and its subtags, and nothing else', () => {
    for (const tag of ['zh', 'zh-CN', 'ZH-cn', 'zh-Hant-TW', ' zh ']) expect(isChineseTag(tag), tag).toBe(true);
    for (const tag of ['', 'en', 'ja', 'zha', 'en-zh']) expect(isChineseTag(tag), tag).toBe(false);
  });
});

describe('isChineseTitle', () => {
  it('reads a title with Han characters as Chinese, beside Latin letters, in either script', () => {
    for (const t of ['湘潭日报', '聯合新聞網 | UDN', 'Xinhua | 新华网 - 时政', '2021年5月21日 株洲日报']) expect(isChineseTitle(t), t).toBe(true);
  });

  it('does not where Han are too few, or among kana or Hangul', () => {
    for (const t of ['', 'BBC News', 'Hello 中 world', 'Beijing Review: China news in English 中国', '東京新聞 ニュース', '서울신문 中央日報']) expect(isChineseTitle(t), t).toBe(false);
  });
});

describe('isChinesePage', () => {
  it('believes <html lang="zh-…">', () => {
    expect(isChinesePage(page('<html lang="zh-CN"><body><p>English only.</p></body></html>'))).toBe(true);
  });

  it('counts the letters the reader sees when the page declares no language, or another', () => {
    expect(isChinesePage(page('<html><body><p>市委书记曹炯芳出席会议 (Xiangtan)。</p></body></html>'))).toBe(true);
    expect(isChinesePage(page('<html lang="en"><body><p>市委书记曹炯芳出席会议并讲话。</p></body></html>'))).toBe(true);
    expect(isChinesePage(page('<html lang="en"><body><p>The mayor, 张迎春, chaired the meeting on Monday.</p></body></html>'))).toBe(false);
  });

  it('draws the line at 30% Han characters', () => {
    const with_ = (han: number, latin: number): Document =>
      page(`<html><body><p>${'中'.repeat(han)} ${'a'.repeat(latin)}</p></body></html>`);
    expect(isChinesePage(with_(30, 70))).toBe(true);
    expect(isChinesePage(with_(29, 71))).toBe(false);
  });

  it('does not count scripts, styles or hidden text', () => {
    const code = 'var tracking = window.dataLayer || []; '.repeat(50);
    expect(isChinesePage(page(`<html><body><script>${code}</script><style>body{font-family:serif}</style><p>市长张迎春主持会议。</p></body></html>`))).toBe(true);
    expect(isChinesePage(page('<html><body><div hidden>中文中文中文中文中文中文</div><p>An English page.</p></body></html>'))).toBe(false);
  });

  it('is false for a page without text', () => {
    expect(isChinesePage(page('<html><body></body></html>'))).toBe(false);
  });
});

describe('pageLanguage', () => {
  it('tells another language only from text enough that loading more will not change it', () => {
    const english = 'The city council approved a budget of five billion yuan on Thursday. '.repeat(10);
    expect(pageLanguage(page(`<html><body><p>${english}</p></body></html>`))).toBe('other');
    expect(pageLanguage(page('<html><body><p>Loading…</p></body></html>'))).toBe('unknown');
    expect(pageLanguage(page('<html><body></body></html>'))).toBe('unknown');
    expect(pageLanguage(page(`<html><body><p>${english}</p><p>${'市委书记曹炯芳出席会议。'.repeat(40)}</p></body></html>`))).toBe('chinese');
  });

  it('answers as its whole sample, the first 5,000 characters, would, however early it stops counting', () => {
    const random = mulberry32(13);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
    // Runs of one kind each: Han, Latin letters, what is no letter.
    const kinds = [(n: number) => '中文字'.repeat(n).slice(0, n), (n: number) => 'abc d'.repeat(n).slice(0, n), (n: number) => '12, 3.'.repeat(n).slice(0, n)];
    const answers = new Set<string>();
    for (let i = 0; i < 400; i++) {
      const paragraphs = Array.from({ length: 1 + Math.floor(random() * 25) }, () => pick(kinds)(1 + Math.floor(random() * pick([40, 400, 3000]))));
      const sample = paragraphs.join('').slice(0, 5000);
      const han = sample.replace(/[^中文字]/g, '').length;
      const letters = han + sample.replace(/[^a-d]/g, '').length;
      const expected = letters && han / letters >= MIN_HAN_SHARE ? 'chinese' : letters >= 500 ? 'other' : 'unknown';
      answers.add(expected);
      const doc = page(`<html><body>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</body></html>`);
      expect(pageLanguage(doc), paragraphs.map((p) => `${p[0]}×${p.length}`).join(' ')).toBe(expected);
    }
    expect([...answers].sort()).toEqual(['chinese', 'other', 'unknown']);
  });
});
