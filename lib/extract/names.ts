// Reading a personal name at a known position (right after a title, in a
// byline, in a list). Chinese names are a surname plus one or two characters;
// the word after the name decides which (see lexicon/boundaries.ts).
// Transliterated foreign names are runs of transliteration characters.
import { AFTER_NAME_WORDS, NEVER_IN_NAME, WEAK_AFTER_NAME } from './lexicon/boundaries';
import { CodeSet } from './code-set';
import { surnameAt } from './lexicon/surnames';
import { TRANSLITERATION } from './lexicon/titles';

const HAN = /\p{Script=Han}/u;
export const isHan = (c: string | undefined): boolean => c !== undefined && HAN.test(c);

export interface WordIndex {
  /** First char codes of the words: most positions of a text are ruled out by this test alone. */
  firsts: CodeSet;
  /** Words by the code of their first character, longest first. */
  words: Map<number, string[]>;
}

/** Words indexed by first character, so a lookup at a position costs a few comparisons. */
export function indexWords(words: Iterable<string>): WordIndex {
  const index: WordIndex = { firsts: new CodeSet(), words: new Map() };
  for (const w of words) {
    // An empty word is never found (its key would be NaN, the code past the end of a text).
    if (w.length === 0) continue;
    const first = w.charCodeAt(0);
    const list = index.words.get(first) ?? [];
    list.push(w);
    index.words.set(first, list);
    index.firsts.add(first);
  }
  for (const list of index.words.values()) list.sort((a, b) => b.length - a.length);
  return index;
}

/** The longest indexed word starting at i, or undefined. */
export function wordAt(index: WordIndex, text: string, i: number): string | undefined {
  const code = text.charCodeAt(i);
  if (!index.firsts.has(code)) return undefined;
  return index.words.get(code)?.find((w) => text.startsWith(w, i));
}

const AFTER_NAME = indexWords(AFTER_NAME_WORDS);

export type Boundary = 'strong' | 'weak' | null;

/** Whether a name may end right before i, and how sure that is. */
export function boundaryAt(text: string, i: number): Boundary {
  if (!isHan(text[i])) return 'strong';
  const w = wordAt(AFTER_NAME, text, i);
  if (!w) return null;
  return w.length === 1 && WEAK_AFTER_NAME.has(w) ? 'weak' : 'strong';
}

// Common words that begin with a surname character (`关于`, `高度`).
const NOT_NAME_START = new Set(
  '关于 对于 高度 成功 成为 全面 常态 方面 方式 方案 任务 任何 于是 周边 周年 安全 时间 时代 明确 明显 文明 文化 严格 程度 包括 应该 宣传 管理 农业 农村 商务 龙头 解决 施工 费用 司法 党建 党员 党委 党组 万元 万人 马上 路线 车辆 金融 黄金 林业 江河'.split(' '),
);

const nameChar = (c: string | undefined): boolean => isHan(c) && !NEVER_IN_NAME.has(c!);

/**
 * End of the Chinese name starting at i, or -1. Two characters after the
 * surname when the word after them is a boundary, else one; a weak boundary
 * (`和`, `为`…) loses to a strong one after a longer reading (`邹致和、`).
 * `lenient` (right after a title chain) reads three characters when no
 * boundary decides.
 */
export function chineseNameAt(text: string, i: number, lenient = false): number {
  const sl = surnameAt(text, i);
  if (!sl || !nameChar(text[i + sl])) return -1;
  const e2 = i + sl + 1;
  const e3 = e2 + 1;
  const b2 = boundaryAt(text, e2);
  const b3: Boundary = nameChar(text[e2]) ? boundaryAt(text, e3) : null;
  if (b2 === 'strong') return e2;
  if (b2 === 'weak') return b3 === 'strong' ? e3 : e2;
  if (b3) return e3;
  // After a full title a name is expected, so an unknown word after three
  // characters is taken as the verb, unless they start with a common word.
  return lenient && nameChar(text[e2]) && isHan(text[e3]) && !NOT_NAME_START.has(text.slice(i, i + 2)) ? e3 : -1;
}

const TRANSLIT = new Set(TRANSLITERATION);

/** End of a transliterated foreign name starting at i (德拉吉, 冯·德莱恩), or -1. */
export function foreignNameAt(text: string, i: number): number {
  let j = i;
  while (j - i < 10 && (TRANSLIT.has(text[j] ?? '') || (text[j] === '·' && j > i))) {
    if (j - i >= 2 && boundaryAt(text, j) === 'strong') break;
    j++;
  }
  return j - i >= 2 && boundaryAt(text, j) !== null ? j : -1;
}

/** Whether a Chinese or transliterated name could start at i (a cheap test before the full reading). */
export const mayStartName = (text: string, i: number): boolean => surnameAt(text, i) > 0 || TRANSLIT.has(text[i] ?? '');

/** Name-like strings that are not full names: `毛某某`. */
export const isPlaceholderName = (name: string): boolean => name.includes('某');
