// Amounts (GUIDELINES §2): a numeral followed by a currency, a physical unit or
// a percent sign — or `百分之` in front — with ranges (`50亿到70亿元`,
// `3至5亿元`, `1万元--5万元`, `三四百万元`) and approximation words (`超30亿元`,
// `1.6万余平方米`, `90%以上`). Counts, dates, durations and ordinals have no
// unit of the lexicon and so are never amounts. The text is read once, left to
// right, over the numerals that scanNumerals found.
import { amountKey } from './amount-key';
import { readNumeral, scanNumerals, type Numeral } from './numerals';
import type { Amount, AmountKind, Approx } from './schema';
import {
  APPROX_AFTER,
  APPROX_BEFORE,
  CLASS_NOUNS,
  CURRENCY_NAMES,
  CURRENCY_SIGNS,
  LIST_SEPARATORS,
  NOT_AFTER_FANG,
  NOT_AFTER_YUAN,
  NOT_BEFORE_APPROX,
  plainYuan,
  unitAt,
} from './units';

/** What follows a numeral: its unit, the value in that unit, and where the amount ends. */
interface Measure {
  kind: AmountKind;
  unit: string;
  value: number;
  /** Upper end of a range. */
  max: number | undefined;
  end: number;
  approx: Approx | undefined;
  /** The unit was 元 with no currency after it: a currency name in front may say which (`港币2960元`). */
  yuan: boolean;
}

/** A whole amount: a measure and where it starts. */
interface Span extends Measure {
  start: number;
}

// Every Measure and Span has all its fields, so that objects share one shape.
const spanOf = (m: Measure, start: number, value: number, max: number | undefined): Span => ({
  kind: m.kind, unit: m.unit, value, max, end: m.end, approx: m.approx, yuan: m.yuan, start,
});

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const isLatin = (c: string): boolean => (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
const isAlnum = (c: string | undefined): boolean => c !== undefined && (isDigit(c) || isLatin(c));
// A numeral that opens with a magnitude word after 数/几/上 is vague: 数十亿, 几百万, 上千吨.
const SMALL_FIRST = new Set([...'十百千拾佰仟']);
const isHan = (c: string | undefined): boolean => c !== undefined && /\p{Script=Han}/u.test(c);
const isGap = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\u00a0';
const skipGap = (text: string, p: number): number => (isGap(text[p]) ? (isGap(text[p + 1]) ? p + 2 : p + 1) : p);
const CONNECTORS = ['到', '至', '~', '〜', '-', '—', '–', '―'];
const DASHES = new Set(['-', '—', '–', '―']);
const YUAN = new Set(['元', '圆']);

/**
 * Whether the numeral can be an amount where it stands: not part of an
 * identifier or URL (`B12`, `q=30`, `%2020`), an ordinal (`第52`), a fraction,
 * ratio or time (`1/8`, `3:1`), a formula (`3+3+2`), a vague count (`数十亿`,
 * `上百亿`). A colon after a word (`金额:500万元`) is fine.
 */
function standsAlone(text: string, n: Numeral): boolean {
  const prev = text[n.from - 1];
  const next = text[n.end];
  if (prev !== undefined) {
    if (isLatin(prev) && !afterAcronym(text, n.from)) return false;
    if ('%=&#@_\\'.includes(prev) || prev === '第') return false;
    if ('/:+.'.includes(prev) && isAlnum(text[n.from - 2])) return false;
    if ('数几上'.includes(prev) && SMALL_FIRST.has(text[n.start]!)) return false;
  }
  if ((next === '/' || next === ':' || next === '+') && isDigit(text[n.end + 1])) return false;
  // A lone 零 (`零元购`), and 一 in the idiom 最后一公里 (the last mile).
  if (n.han && !n.magnitude && n.value === 0) return false;
  if (n.han && n.end - n.start === 1 && n.value === 1 && text.slice(n.from - 2, n.from) === '最后') return false;
  return true;
}

/** `GDP1.2万亿元`: an all-capital acronym of two or more letters may stand before a number. */
function afterAcronym(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && /[A-Z]/.test(text[i - 1]!) && at - i < 8) i--;
  return at - i >= 2 && !/[A-Za-z0-9]/.test(text[i - 1] ?? '');
}

/** The numeral right after a range connector at p (`到`, `至`, `-`, `--`, `—`, `~`), `(含)` allowed before it. */
function afterConnector(text: string, nums: Numeral[], k: number, p: number): Numeral | null {
  let q = skipGap(text, p);
  if (text.startsWith('(含)', q)) q += 3;
  const c = text[q];
  if (c === undefined || !CONNECTORS.includes(c)) return null;
  q++;
  if (DASHES.has(c) && text[q] === c) q++;
  q = skipGap(text, q);
  // Numerals inside the first part (`五元六角`) come before it.
  let j = k + 1;
  while (nums[j] && nums[j]!.start < q) j++;
  return nums[j]?.start === q ? nums[j]! : null;
}

/** The unit after a numeral, with what it implies for the value. */
function measure(text: string, n: Numeral): Measure | null {
  let p = n.end;
  let approx: Approx | undefined = n.approx ? 'over' : undefined;
  // `22万余元`, `3000多欧元`; `800多家` then has no unit.
  if (text[p] === '多' || text[p] === '余') {
    p++;
    approx = 'over';
  }
  p = skipGap(text, p);
  let value = n.value;
  let u = unitAt(text, p);
  // `12千米` is 12 km and `五千瓦` 5 kW: 千 belongs to the unit when the rest reads without
  // it, unless a Han numeral ends in 千 before a unit of its own (`两千米` is 2000 m).
  if (p === n.end && text[p - 1] === '千' && !(u && n.han)) {
    const shorter = readNumeral(text, n.start, p - 1);
    const v = unitAt(text, p - 1);
    if (shorter && shorter.end === p - 1 && !shorter.magnitude && v?.word.startsWith('千')) {
      u = v;
      value = shorter.value;
      p--;
    }
  }
  if (!u) return classAmount(text, n, p, approx);
  if (u.unit === null) return null;
  let end = p + u.word.length;
  const after = text[end];
  let unit = u.unit;
  let yuan = false;

  // 千斤 alone is the idiom or the jack (`四两拨千斤`, `千斤顶`), not a weight.
  if (u.unit === 'jin' && n.han && n.magnitude && n.end - n.start === 1) return null;
  if (u.word === '度' && !(n.big || after === '电' || text.slice(Math.max(0, n.start - 8), n.start).includes('电'))) return null;
  if (u.word === '方' && (!n.big || NOT_AFTER_FANG.has(after ?? ''))) return null;
  if (YUAN.has(u.word)) {
    if (NOT_AFTER_YUAN.has(after ?? '')) return null;
    const name = CURRENCY_NAMES.find(([w]) => text.startsWith(w, end));
    if (name) {
      unit = name[1];
      end += name[0].length;
    } else {
      yuan = true;
      const small = subunits(text, end);
      value += small.value;
      end = small.end;
    }
    if ((text[end] === '整' || text[end] === '正') && !isHan(text[end + 1])) end++;
  }
  // `一吨半`, `两米半`.
  if (u.kind === 'quantity' && text[end] === '半' && !n.magnitude && n.max === undefined && Number.isInteger(value)) {
    value += 0.5;
    end++;
  }
  return { kind: u.kind, unit, value, max: n.max, end, approx, yuan };
}

/** `100亿级企业`: a sum of 亿 followed by 级 and a noun of enterprise counts as money. */
function classAmount(text: string, n: Numeral, p: number, approx: Approx | undefined): Measure | null {
  if (p !== n.end || n.bigTail < 1e8 || text[p] !== '级') return null;
  if (!CLASS_NOUNS.some((w) => text.startsWith(w, p + 1))) return null;
  return { kind: 'money', unit: 'CNY', value: n.value, max: undefined, end: p + 1, approx, yuan: false };
}

/** 角/毛 and 分 after 元: `123元1角1分`, `五元三毛`, `一元零五分`. */
function subunits(text: string, p: number): { value: number; end: number } {
  let value = 0;
  let end = p;
  const jiao = readNumeral(text, end);
  if (jiao && jiao.value < 10 && Number.isInteger(jiao.value) && (text[jiao.end] === '角' || text[jiao.end] === '毛')) {
    value += jiao.value / 10;
    end = jiao.end + 1;
  }
  const fen = readNumeral(text, end);
  // 分 alone after 元 only as `零五分`; `5元3分钟` is a price and a time.
  const fenOk = end > p || text[end] === '零';
  if (fenOk && fen && fen.value < 10 && Number.isInteger(fen.value) && text[fen.end] === '分' && text[fen.end + 1] !== '钟') {
    value += fen.value / 100;
    end = fen.end + 1;
  }
  return { value: Number(value.toFixed(2)), end };
}

/** The lower end of `A conn B unit`: `3至5亿元` → 3亿; `十八至三十万` → 18万; `8500到3万` stays 8500. */
function lowerBound(a: Numeral, b: Numeral): number {
  if (a.big || a.max !== undefined) return a.value;
  const scaled = a.value * (a.magnitude ? b.bigTail : b.tail);
  return scaled < b.value ? scaled : a.value;
}

function approxBefore(text: string, start: number, floor: number): { start: number; approx: Approx } | null {
  for (const [w, approx] of APPROX_BEFORE) {
    const s = start - w.length;
    if (s < floor || !text.startsWith(w, s)) continue;
    if (NOT_BEFORE_APPROX[w]?.has(text[s - 1] ?? '')) return null;
    return { start: s, approx };
  }
  return null;
}

function approxAfter(text: string, end: number): Approx | undefined {
  const p = text.startsWith('(含)', end) ? end + 3 : end;
  return APPROX_AFTER.find(([w]) => text.startsWith(w, p))?.[1];
}

function currencySign(text: string, n: Numeral): { start: number; unit: string } | null {
  if (n.han) return null;
  const at = isGap(text[n.from - 1]) ? n.from - 1 : n.from;
  for (const [sign, unit] of CURRENCY_SIGNS) {
    if (at - sign.length >= 0 && text.startsWith(sign, at - sign.length)) return { start: at - sign.length, unit };
  }
  return null;
}

/** The amount that starts with numeral k, or null. */
function amountAt(text: string, nums: Numeral[], k: number, floor: number): Span | null {
  const n = nums[k]!;
  if (!standsAlone(text, n)) return null;
  const sign = n.negative ? -1 : 1;

  // 百分之二十, 百分之负三点八, 百分之百, 百分之 2; not 五百分之二 (a fraction).
  const at = isGap(text[n.from - 1]) ? n.from - 1 : n.from;
  const percentWord = at - 3 >= floor && (text.startsWith('百分之', at - 3) || text.startsWith('佰分之', at - 3));
  if (percentWord && !(nums[k - 1] && nums[k - 1]!.end > at - 3)) {
    return { kind: 'percent', unit: '%', value: sign * n.value, max: n.max, end: n.end, approx: undefined, yuan: false, start: at - 3 };
  }

  const signed = currencySign(text, n);
  if (signed) {
    const m = measure(text, n);
    const end = m && m.kind === 'money' ? m.end : n.end;
    return { kind: 'money', unit: signed.unit, value: sign * (m?.value ?? n.value), max: undefined, end, approx: undefined, yuan: false, start: signed.start };
  }

  const first = measure(text, n);
  if (first) {
    // `1万元--5万元`, `5%-20%`, `1.6m-3.9m`: both ends carry the unit.
    const b = afterConnector(text, nums, k, first.end);
    const second = b && measure(text, b);
    if (second && second.kind === first.kind && second.unit === first.unit && first.value < second.value) {
      return spanOf(second, n.start, first.value, second.value);
    }
    return spanOf(first, n.from, sign * first.value, first.max);
  }

  // `50亿到70亿元`, `3至5亿元`, `3—5万吨`: the unit comes once, after the second number.
  const b = afterConnector(text, nums, k, n.end);
  const second = b && measure(text, b);
  if (!b || !second || second.max !== undefined || b.value === 0) return null;
  // The same factor as the second number's unit (`3-5千米`: 千 went to the unit).
  const low = lowerBound(n, b) * (second.value / b.value);
  if (!(low < second.value)) return null;
  return spanOf(second, n.start, low, second.value);
}

/**
 * A list of numbers sharing the unit written after the last (`12.5亿、8.6亿、3.2亿元`,
 * `约8亿和超3至5亿元`): one Span per number, each with the list's kind and unit and
 * its own offsets, starting at numeral k, which has no unit of its own. Only
 * numbers chained by 、和及与或 right up to the unit-bearing last one count, written
 * alike (Arabic or Han, with or without 万/亿 as the last one is); a list opening
 * a line with 、 is a heading (`2、500元补贴`).
 */
function listAt(text: string, nums: Numeral[], k: number, floor: number): Span[] | null {
  const items: { n: Numeral; value: number; max: number | undefined; end: number; approx: Approx | undefined; big: boolean }[] = [];
  let j = k;
  for (;;) {
    const n = nums[j];
    if (!n || !standsAlone(text, n)) return null;
    if (items.length > 0) {
      const last = amountAt(text, nums, j, floor);
      if (last) {
        if (last.start !== n.from) return null;
        let m = j;
        while (nums[m + 1] && nums[m + 1]!.start < last.end) m++;
        const big = nums[m]!.big;
        if (items.some((it) => it.n.han !== n.han || it.big !== big)) return null;
        return [
          ...items.map((it) => spanOf({ ...last, end: it.end, approx: it.approx }, it.n.from, it.value, it.max)),
          last,
        ];
      }
    }
    let value = (n.negative ? -1 : 1) * n.value;
    let max = n.max;
    let end = n.end;
    let approx: Approx | undefined = n.approx ? 'over' : undefined;
    let big = n.big;
    let jj = j;
    if (text[end] === '多' || text[end] === '余') {
      end++;
      approx = 'over';
    }
    // `3亿至5亿`, `3至5亿` inside the list.
    const b = max === undefined ? afterConnector(text, nums, j, end) : null;
    if (b && b.max === undefined && standsAlone(text, b)) {
      const low = lowerBound(n, b);
      if (low < b.value) {
        value = low;
        max = b.value;
        end = b.end;
        big = b.big;
        jj = nums.indexOf(b);
        if (text[end] === '多' || text[end] === '余') end++;
      }
    }
    const sep = text[end];
    if (sep === undefined || !LIST_SEPARATORS.includes(sep)) return null;
    items.push({ n, value, max, end, approx, big });
    if (items.length > 30) return null;
    let p = end + 1;
    const word = APPROX_BEFORE.find(([w]) => text.startsWith(w, p));
    if (word) p += word[0].length;
    let next = jj + 1;
    while (nums[next] && nums[next]!.from < p) next++;
    if (nums[next]?.from !== p) return null;
    j = next;
  }
}

/** Whether a list starting at `start` opens a line or the text with 、 after it: a heading number. */
function heading(text: string, start: number, sepAt: number): boolean {
  if (text[sepAt] !== '、') return false;
  const prev = text[start - 1];
  return prev === undefined || prev === '\n' || prev === '\r' || isGap(prev) || prev === '\u3000';
}

/**
 * One Amount per occurrence in normalized text, sorted by start; offsets index
 * that text. `yuanUnit` is the currency of a plain 元: the New Taiwan dollar in a
 * Taiwan text (GUIDELINES §2), judged on the text as printed (plainYuan).
 */
export function findAmounts(text: string, yuanUnit: 'TWD' | 'CNY' = plainYuan(text)): Amount[] {
  const nums = scanNumerals(text);
  const out: Amount[] = [];
  let floor = 0;
  for (let k = 0; k < nums.length; k++) {
    if (nums[k]!.from < floor) continue;
    const s = amountAt(text, nums, k, floor);
    const spans: Span[] | null = s ? [s] : listAt(text, nums, k, floor);
    if (!spans) continue;
    if (spans.some((x) => !Number.isFinite(x.value) || (x.max !== undefined && !Number.isFinite(x.max)))) continue;
    let unit: string | undefined;
    const firstBefore = approxBefore(text, spans[0]!.start, floor);
    if (spans.length > 1 && heading(text, firstBefore?.start ?? spans[0]!.start, spans[0]!.end)) continue;
    for (const x of spans) {
      const before = approxBefore(text, x.start, floor);
      const start = before?.start ?? x.start;
      const approx = before?.approx ?? approxAfter(text, x.end) ?? x.approx;
      if (unit === undefined) {
        unit = x.unit;
        if (x.yuan && unit === 'CNY') {
          unit = CURRENCY_NAMES.find(([w]) => start >= w.length && text.startsWith(w, start - w.length))?.[1] ?? yuanUnit;
        }
      }
      const printed = text.slice(start, x.end);
      const amount: Amount =
        x.max === undefined
          ? { kind: x.kind, unit, value: x.value, text: printed, start, end: x.end }
          : { kind: x.kind, unit, min: x.value, max: x.max, text: printed, start, end: x.end };
      if (approx) amount.approx = approx;
      out.push(amount);
      floor = x.end;
    }
  }
  return out;
}
