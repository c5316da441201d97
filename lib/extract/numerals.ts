// Numerals as news text writes them: Arabic (`1216.3`, `601,293.11`), Chinese
// (`三千万`, `一千零五`, `零点零一`, financial `壹佰贰拾`), colloquial (`三万五` =
// 35000, `两千六` = 2600), mixed (`1.6万`, `5000余万`, `1万600`), with the
// magnitude words 十 百 千 万 亿 (and 万亿, 万万). Everything is read by hand,
// one character at a time and never backwards, so any input takes linear time.
import { CodeSet } from './code-set';
import { normalize } from './normalize';

export interface Numeral {
  /** Start as printed: the minus sign in front when scanNumerals found one, else `start`. */
  from: number;
  negative: boolean;
  /** First character of the digits (after any sign). */
  start: number;
  /** End of the numeral, exclusive. */
  end: number;
  /** The value, unsigned; for an adjacent pair (`三四百万`) the lower bound. */
  value: number;
  /** Upper bound of an adjacent pair: `三四百万` → 3000000..4000000, `八九亿`. */
  max?: number;
  /** `多`, `余` or `几` inside (`十余万`, `60多万`, `二十几万`): more than the value. */
  approx: boolean;
  /** Uses any magnitude word 十 百 千 万 亿. */
  magnitude: boolean;
  /** Uses 万 or 亿. */
  big: boolean;
  /** Product of the magnitude words after the last digit: `九百亿` → 1e10, `3万` → 1e4. */
  tail: number;
  /** Product of the 万/亿 words that end the numeral: `三十万` → 1e4, `3千` → 1. */
  bigTail: number;
  /** Starts with a Han character (not an Arabic digit). */
  han: boolean;
}

const HAN_DIGITS = new Map<string, number>(Object.entries({
  〇: 0, 零: 0,
  一: 1, 壹: 1,
  二: 2, 贰: 2, 貳: 2, 两: 2, 兩: 2, 俩: 2, 倆: 2,
  三: 3, 叁: 3, 參: 3, 叄: 3,
  四: 4, 肆: 4,
  五: 5, 伍: 5,
  六: 6, 陆: 6, 陸: 6,
  七: 7, 柒: 7,
  八: 8, 捌: 8,
  九: 9, 玖: 9,
}));
// 两 means "two of", never a digit in a sequence: `两两` is "in pairs", not 22.
const NOT_IN_SEQUENCE = new Set(['两', '兩', '俩', '倆']);
const SMALL = new Map(Object.entries({ 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 }));
// 廿 卅 卌 are 二十 三十 四十 written as one character.
const TENS = new Map(Object.entries({ 廿: 20, 卅: 30, 卌: 40 }));
const BIG = new Map(Object.entries({ 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 }));
const POINT = new Set(['点', '點']);
const MAX_GAP = 2;

const isAscii = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const hanDigit = (c: string | undefined): number | undefined => (c === undefined ? undefined : HAN_DIGITS.get(c));
const isMagnitude = (c: string | undefined): boolean =>
  c !== undefined && (SMALL.get(c) !== undefined || BIG.get(c) !== undefined);
const isGap = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\u00a0';

/** Index after at most MAX_GAP blanks from p. */
function skipGap(text: string, p: number, limit: number): number {
  let q = p;
  while (q < limit && q - p < MAX_GAP && isGap(text[q])) q++;
  return q;
}

interface Arabic {
  end: number;
  value: number;
  decimal: boolean;
}

/**
 * An Arabic number at p: digits with optional thousands separators (`601,293`)
 * and a decimal part. A dotted sequence (`2.2.1`, a version or heading number)
 * gives its integers one by one. A leading `.5` is read when not after a dot.
 */
function readArabic(text: string, p: number, limit: number): Arabic | null {
  let q = p;
  while (q < limit && isAscii(text[q])) q++;
  if (q === p && !(text[p] === '.' && isAscii(text[p + 1]) && text[p - 1] !== '.' && !isAscii(text[p - 1]))) return null;
  let digits = text.slice(p, q);
  // Thousands separators: a first group of 1-3 digits, then groups of exactly three.
  if (q - p >= 1 && q - p <= 3) {
    while (q + 3 < limit && text[q] === ',' && isAscii(text[q + 1]) && isAscii(text[q + 2]) && isAscii(text[q + 3]) && !isAscii(text[q + 4])) {
      digits += text.slice(q + 1, q + 4);
      q += 4;
    }
  }
  let decimal = false;
  if (text[q] === '.' && q + 1 < limit && isAscii(text[q + 1])) {
    let r = q + 1;
    while (r < limit && isAscii(text[r])) r++;
    // `2.2.1`: not a decimal but a numbered sequence, before or after this number.
    if ((text[r] === '.' && isAscii(text[r + 1])) || (text[p - 1] === '.' && isAscii(text[p - 2]))) {
      return q === p ? null : { end: q, value: Number(digits), decimal: false };
    }
    digits += text.slice(q, r);
    q = r;
    decimal = true;
  }
  return { end: q, value: Number(digits), decimal };
}

/** Han digits after 点 (`零点零一`), or Arabic ones (`一百点123`); not `十点二十` (a time). */
function readFraction(text: string, p: number, limit: number): { end: number; value: number } | null {
  if (!POINT.has(text[p] ?? '')) return null;
  let q = p + 1;
  let digits = '';
  if (isAscii(text[q])) {
    while (q < limit && isAscii(text[q])) digits += text[q++];
  } else {
    while (q < limit) {
      const c = text[q]!;
      const d = hanDigit(c);
      if (d === undefined || NOT_IN_SEQUENCE.has(c)) break;
      digits += String(d);
      q++;
    }
  }
  if (digits === '' || SMALL.get(text[q] ?? '') !== undefined) return null;
  return { end: q, value: Number(`0.${digits}`) };
}

/**
 * Two adjacent Han digits that give a span, `三四`, `五六`, `三五`, `两三`:
 * followed by magnitude words they are a range (`三四百万` = 3-4 million).
 */
function pairAt(text: string, p: number, limit: number): [number, number] | null {
  const a = hanDigit(text[p]);
  const b = p + 1 < limit ? hanDigit(text[p + 1]) : undefined;
  if (a === undefined || b === undefined || a === 0 || NOT_IN_SEQUENCE.has(text[p + 1]!)) return null;
  if (b !== a + 1 && !(a === 3 && b === 5)) return null;
  if (hanDigit(text[p + 2]) !== undefined) return null;
  return [a, b];
}

/** Magnitude words in a row (`百万`, `千亿`, `十万`): their product and where they end. */
function readMagnitudes(text: string, p: number, limit: number): { end: number; factor: number; big: number } {
  let q = p;
  let factor = 1;
  let big = 1;
  let lastSmall = Infinity;
  while (q < limit) {
    const c = text[q]!;
    const s = SMALL.get(c);
    const b = BIG.get(c);
    if (s !== undefined && s < lastSmall && big === 1) {
      factor *= s;
      lastSmall = s;
    } else if (b !== undefined && big < 1e8) {
      factor *= b;
      big *= b;
    } else break;
    q++;
  }
  return { end: q, factor, big };
}

/** A digit after a magnitude word: literal (`一千零五`), or colloquial tenths of it (`三万五` = 35000). */
function scaled(pending: number | null, colloquial: boolean, lastUnit: number): number {
  if (pending === null) return 0;
  return colloquial && lastUnit >= 100 ? (pending * lastUnit) / 10 : pending;
}

// Character codes a numeral can begin with. Scanning by code avoids making a
// string of every Han character of the page.
const OPENERS = new CodeSet([...'0123456789.', ...HAN_DIGITS.keys(), ...SMALL.keys(), ...TENS.keys()]);

/**
 * The longest numeral that starts exactly at `start` and ends by `limit`, or
 * null. Reads Arabic and Han digits, magnitude words, `零`, decimal points,
 * `多`/`余`/`几` before 万/亿, digit-by-digit sequences (`二〇〇二`) and
 * adjacent pairs (`三四百万`).
 */
export function readNumeral(text: string, start: number, limit: number = text.length): Numeral | null {
  const first = text[start];
  if (first === undefined || start >= limit) return null;
  const han = !isAscii(first) && first !== '.';

  // Sequences of Han digits with no magnitude word: `二〇〇二`, `一七二零点一`, pairs.
  if (hanDigit(first) !== undefined && start + 1 < limit && hanDigit(text[start + 1]) !== undefined) {
    const pair = pairAt(text, start, limit);
    if (pair) {
      const m = readMagnitudes(text, start + 2, limit);
      return {
        from: start, negative: false, start, end: m.end, value: pair[0] * m.factor, max: pair[1] * m.factor, approx: false,
        magnitude: m.factor > 1, big: m.big > 1, tail: m.factor, bigTail: m.big, han,
      };
    }
    if (!NOT_IN_SEQUENCE.has(first) && !NOT_IN_SEQUENCE.has(text[start + 1]!)) {
      let q = start;
      let value = 0;
      while (q < limit && hanDigit(text[q]) !== undefined && !NOT_IN_SEQUENCE.has(text[q]!)) {
        value = value * 10 + hanDigit(text[q])!;
        q++;
      }
      // A sequence takes no magnitude word (`一二十` is no number); it may take decimals.
      const f = readFraction(text, q, limit);
      if (f) {
        value += f.value;
        q = f.end;
      }
      return { from: start, negative: false, start, end: q, value, max: undefined, approx: false, magnitude: false, big: false, tail: 1, bigTail: 1, han };
    }
  }

  let p = start;
  let end = start;
  let total = 0; // sum of the groups closed by 万/亿
  let section = 0; // the group below the last 万/亿
  let pending: number | null = null; // a digit not yet multiplied
  let colloquial = false; // pending is one Han digit right after a magnitude word: `三万五`
  let lastSmall = Infinity; // within a group, 十 百 千 must decrease
  let lastBig = 0;
  let lastUnit = 0; // the magnitude word just before pending, which scales it when colloquial
  let zero = false; // a 零 since the last magnitude word: the next digit is literal
  let approx = false;
  let magnitude = false;
  let big = false;
  let tail = 1;
  let bigTail = 1;
  let fractionRead = false;
  let decimal = false; // pending is an Arabic decimal (`1.6`)
  let closed = false; // a decimal was multiplied (`10.1万`): no digit may follow

  while (p < limit) {
    const c = text[p]!;

    // Arabic digits: first, or after a magnitude word (`1万600`, `2千零30万`); always literal.
    if (isAscii(c) || (c === '.' && p === start)) {
      if (pending !== null || fractionRead || closed) break;
      const a = readArabic(text, p, limit);
      if (!a) break;
      pending = a.value;
      decimal = a.decimal;
      colloquial = false;
      zero = false;
      tail = 1;
      bigTail = 1;
      p = end = a.end;
      // `7 万`, `1000  万`: blanks between digits and a magnitude word.
      const q = skipGap(text, p, limit);
      if (q > p && isMagnitude(text[q])) p = q;
      continue;
    }

    const d = hanDigit(c);
    if (d !== undefined) {
      if (pending !== null || fractionRead || closed) break;
      if (d === 0) {
        // 零 at the start is the digit 0 (`零点五`); later it marks a gap (`一千零五`).
        if (p === start) {
          pending = 0;
          end = p + 1;
        } else if (pending === null && magnitude) {
          zero = true;
        } else break;
        p++;
        continue;
      }
      pending = d;
      colloquial = !zero && lastUnit > 0;
      zero = false;
      tail = 1;
      bigTail = 1;
      p = end = p + 1;
      continue;
    }

    // 几 stands for an unknown digit after a magnitude word or 零: `二十几万`, `一百零几万`.
    if ((c === '几' || c === '幾') && pending === null && (lastUnit > 0 || zero) && !fractionRead) {
      pending = 0;
      colloquial = false;
      approx = true;
      p = end = p + 1;
      continue;
    }

    const tens = TENS.get(c);
    const small = SMALL.get(c) ?? (tens !== undefined ? 10 : undefined);
    if (small !== undefined) {
      if (small >= lastSmall || fractionRead) break;
      let mult: number;
      if (tens !== undefined) {
        if (pending !== null) break;
        mult = tens / 10;
      } else if (pending !== null) {
        // `零十` is ten.
        mult = pending === 0 && p === start + 1 && text[start] !== '0' ? 1 : pending;
      } else if (p === start) {
        // A bare 十 is ten; a bare 百 or 千 only before a digit or 万/亿 (`百三`, `千亿级`),
        // or in `百分之百`: alone they are words (`百米`, `千米`, `百姓`).
        const next = text[p + 1];
        const ok =
          small === 10 ||
          (next !== undefined && p + 1 < limit && (hanDigit(next) !== undefined || isAscii(next) || BIG.get(next) !== undefined)) ||
          (p >= 2 && text.startsWith('分之', p - 2));
        if (!ok) break;
        mult = 1;
      } else if (zero || (small === 10 && section > 0)) {
        mult = 1; // `一百零十万`, `一万零十二`, `一百十一`
      } else break;
      section += mult * small;
      closed ||= decimal;
      decimal = false;
      pending = null;
      colloquial = false;
      zero = false;
      lastSmall = small;
      lastUnit = small;
      magnitude = true;
      tail *= small;
      bigTail = 1;
      p = end = p + 1;
      // `7万 5千`: blanks before an Arabic digit that a magnitude word follows.
      const q = skipGap(text, p, limit);
      if (q > p && isAscii(text[q])) {
        const a = readArabic(text, q, limit);
        if (a && isMagnitude(text[skipGap(text, a.end, limit)])) p = q;
      }
      continue;
    }

    // 多/余 between a number and 万/亿: `十余万`, `60多万`, `一千多万`.
    if ((c === '多' || c === '余' || c === '餘') && !fractionRead && p + 1 < limit && BIG.get(text[p + 1]!) !== undefined) {
      const afterSmall = pending === null && lastUnit > 0 && lastUnit < 1e4 && section > 0;
      const afterInteger = pending !== null && !colloquial && Number.isInteger(pending) && pending > 0;
      if (!afterSmall && !afterInteger) break;
      approx = true;
      p++;
      continue;
    }

    const b = BIG.get(c);
    if (b !== undefined) {
      let factor = b;
      let q = p + 1;
      // 万亿 and 万万 are single magnitudes (1e12, 1e8).
      if (b === 1e4 && q < limit && BIG.get(text[q]!) !== undefined) {
        factor *= BIG.get(text[q]!)!;
        q++;
      }
      if (pending === null && section === 0) break;
      const v = section + scaled(pending, colloquial, lastUnit);
      if (factor > lastBig) total = (total + v) * factor;
      else total += v * factor;
      lastBig = factor;
      closed ||= decimal;
      decimal = false;
      section = 0;
      pending = null;
      colloquial = false;
      zero = false;
      lastSmall = Infinity;
      lastUnit = factor;
      magnitude = true;
      big = true;
      tail *= factor;
      bigTail *= factor;
      p = end = q;
      const r = skipGap(text, p, limit);
      if (r > p && isAscii(text[r])) {
        const a = readArabic(text, r, limit);
        if (a && isMagnitude(text[skipGap(text, a.end, limit)])) p = r;
      }
      continue;
    }

    // A decimal point after Han numerals (`十五点七`, `两千万点五五四四`, `三点五亿`);
    // never after Arabic digits, where 点 is the hour (`7点30分`).
    if (POINT.has(c) && !fractionRead && han) {
      const f = readFraction(text, p, limit);
      if (!f || isAscii(text[p - 1]) || (pending === null && !magnitude)) break;
      pending = scaled(pending, colloquial, lastUnit) + f.value;
      colloquial = false;
      fractionRead = true;
      decimal = true;
      tail = 1;
      bigTail = 1;
      p = end = f.end;
      // Only a numeral without magnitude words takes one after its decimals: `三点五亿`.
      if (magnitude) break;
      continue;
    }
    break;
  }

  if (end === start) return null;
  const sum = total + section + scaled(pending, colloquial, lastUnit);
  // 16.4 × 1e8 is 1639999999.9999998 in binary floating point.
  const value = Number.isInteger(sum) ? sum : Number(sum.toPrecision(15));
  return { from: start, negative: false, start, end, value, max: undefined, approx, magnitude, big, tail, bigTail, han };
}

/** Whether a `-` or 负 right before `start` is a minus sign (not a hyphen, dash or range). */
function signBefore(text: string, start: number): boolean {
  const s = text[start - 1];
  const before = text[start - 2];
  if (s === '-') {
    // After a letter, digit, closing bracket, `%` or numeral it joins or ranges: `COVID-19`, `3-5`, `(含)-5万`.
    return before === undefined || !/[\p{L}\p{N}\-.)%~]/u.test(before) || (/\p{Script=Han}/u.test(before) && !isNumeralChar(before));
  }
  if (s === '负' || s === '負') {
    // 负 is a sign at the start of a phrase or after a verb of being (`为负3.9%`), not in 胜负, 担负.
    return before === undefined || !/\p{Script=Han}/u.test(before) || '为是了达到至之'.includes(before);
  }
  return false;
}

function isNumeralChar(c: string): boolean {
  return hanDigit(c) !== undefined || isMagnitude(c) || TENS.get(c) !== undefined;
}

/** Every numeral in `text`, left to right, non-overlapping. */
export function scanNumerals(text: string): Numeral[] {
  const out: Numeral[] = [];
  for (let i = 0; i < text.length; ) {
    // Never start inside a run of Arabic digits (`2222.2222` restarts after the dot).
    const before = text.charCodeAt(i - 1);
    const n = !OPENERS.has(text.charCodeAt(i)) || (before >= 48 && before <= 57) ? null : readNumeral(text, i);
    if (!n) {
      i++;
      continue;
    }
    if (signBefore(text, n.start)) {
      n.negative = true;
      n.from = n.start - 1;
    }
    out.push(n);
    i = n.end;
  }
  return out;
}

/** The value of a string that is exactly one numeral (a sign allowed in front), else null. */
export function parseNumeral(s: string): number | null {
  const t = normalize(s).text.trim();
  let i = 0;
  let sign = 1;
  if (t[0] === '-' || t[0] === '负' || t[0] === '負') {
    sign = -1;
    i = 1;
    while (isGap(t[i])) i++;
  }
  const n = readNumeral(t, i);
  if (!n || n.end !== t.length || n.max !== undefined) return null;
  return sign * n.value;
}
