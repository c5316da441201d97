// Reading personal names by the surname rule where the name model reads none
// or reads them wrong: where the text calls for a name (in a list, an
// appointment, after a title), a surname plus one or two characters, the word
// after the name deciding which (see lexicon/boundaries.ts); and the names of a
// run printed without separators. Also the word index the passes share.
import { AFTER_NAME_WORDS, NEVER_IN_NAME, WEAK_AFTER_NAME } from './lexicon/boundaries';
import { CodeSet } from './code-set';
import { surnameAt } from './lexicon/surnames';

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

/** The word at i of those that typically follow a name (`表示`, `看来`, `说`), or undefined. */
export const wordAfterNameAt = (text: string, i: number): string | undefined => wordAt(AFTER_NAME, text, i);

/** Whether a name may end right before i, and how sure that is. */
export function boundaryAt(text: string, i: number): Boundary {
  if (!isHan(text[i])) return 'strong';
  const w = wordAfterNameAt(text, i);
  if (!w) return null;
  return w.length === 1 && WEAK_AFTER_NAME.has(w) ? 'weak' : 'strong';
}

// Common words that begin with a surname character (`关于`, `高度`).
const NOT_NAME_START = new Set(
  ('关于 对于 高度 成功 成为 全面 常态 方面 方式 方案 任务 任何 于是 周边 周年 安全 时间 时代 明确 明显 文明 文化 严格 程度 包括 应该 宣传 管理 农业 农村 商务 龙头 解决 施工 费用 司法 党建 党员 党委 党组 万元 万人 马上 路线 车辆 金融 黄金 林业 江河 ' +
    '曾经 常常 时常 经常 万分 尤其 向来 尚未 毕竟 甘心 高兴 宁愿 乐意 齐心 连续 连忙 单独 全力 全部 全体 安心 易于 从来 何时 何况 曲折 成绩').split(' '),
);

const nameChar = (c: string | undefined): boolean => isHan(c) && !NEVER_IN_NAME.has(c!);

/**
 * End of the Chinese name starting at i, or -1. Two characters after the
 * surname when the word after them is a boundary, else one; a weak boundary
 * (`和`, `为`…) loses to a strong one after a longer reading (`邹致和、`).
 * A common word is no name's start (`高度重视`, `方面`).
 */
export function chineseNameAt(text: string, i: number): number {
  const sl = surnameAt(text, i);
  if (!sl || !nameChar(text[i + sl]) || NOT_NAME_START.has(text.slice(i, i + 2))) return -1;
  const e2 = i + sl + 1;
  const e3 = e2 + 1;
  const b2 = boundaryAt(text, e2);
  const b3: Boundary = nameChar(text[e2]) ? boundaryAt(text, e3) : null;
  if (b2 === 'strong') return e2;
  if (b2 === 'weak') return b3 === 'strong' ? e3 : e2;
  return b3 ? e3 : -1;
}

/** Name-like strings that are not full names: `毛某某`. */
export const isPlaceholderName = (name: string): boolean => name.includes('某');

/**
 * What a name costs in a run (splitNameRun), each edge of it the model does not read, a name the
 * surname rule cannot read (a little more than the disagreeing edges of two names, which win a tie),
 * and a character left out.
 */
const PIECE = 1;
const UNREAD_EDGE = 0.75;
const UNREAD_BY_RULE = 2.6;
const SKIPPED = 3;

/**
 * The names in a run printed without separators, [start, end) (`丁关根田纪云李岚清`,
 * a list whose spaces normalization removed): the fewest names by the surname
 * rule whose edges the model reads too (`read`: its names' ends by their
 * starts), the model's names where the rule reads none (`热地`, `阿沛·阿旺晋美`);
 * a character no name takes is left out. Linear: names are a few characters long.
 */
export function splitNameRun(text: string, start: number, end: number, read: ReadonlyMap<number, number>, readEnds: ReadonlySet<number>): { start: number; end: number }[] {
  const n = end - start;
  const cost = new Float64Array(n + 1).fill(Infinity);
  const from = new Int32Array(n + 1).fill(-1);
  const named = new Uint8Array(n + 1);
  cost[0] = 0;
  const step = (i: number, e: number, c: number, isName: boolean): void => {
    if (e <= end && cost[i - start]! + c < cost[e - start]!) {
      cost[e - start] = cost[i - start]! + c;
      from[e - start] = i;
      named[e - start] = isName ? 1 : 0;
    }
  };
  for (let i = start; i < end; i++) {
    if (cost[i - start] === Infinity) continue;
    step(i, i + 1, SKIPPED, false);
    const sl = surnameAt(text, i);
    const edge = read.has(i) ? 0 : UNREAD_EDGE;
    for (let e = i + sl + 1; sl && e <= i + sl + 2 && nameChar(text[e - 1]); e++) step(i, e, PIECE + edge + (readEnds.has(e) ? 0 : UNREAD_EDGE), true);
    const e = read.get(i);
    if (e !== undefined) step(i, e, PIECE + UNREAD_BY_RULE, true);
  }
  const names: { start: number; end: number }[] = [];
  for (let e = end; e > start; e = from[e - start]!) if (named[e - start]) names.push({ start: from[e - start]!, end: e });
  return names.reverse();
}
