// Deterministic bad input for extract(): input `index` of seed `seed` is always
// the same text, so a failure is reproduced from two numbers. Each input comes
// from one named generator (random Unicode, digit and numeral runs, amount
// words, quotes, title chains, mutated seed fragments, or a mixture of these).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExtractOptions } from '../../lib/extract';
import { FORMULATIONS } from '../../lib/extract/lexicon/formulations';
import { COMPOUND_SURNAMES, SINGLE_SURNAMES } from '../../lib/extract/lexicon/surnames';
import { FOREIGN_PLACES, POST_QUALIFIERS, POSTS, TRANSLITERATION } from '../../lib/extract/lexicon/titles';
import { mulberry32, type Random } from '../../lib/random';
import { SEEDS_DIR } from './paths';

export interface FuzzInput {
  seed: number;
  index: number;
  generator: string;
  text: string;
  options: ExtractOptions;
}

interface Generator {
  name: string;
  /** A text of about `size` UTF-16 code units. */
  make(r: Random, size: number): string;
}

const int = (r: Random, n: number): number => Math.floor(r() * n);
const pick = <T>(r: Random, xs: readonly T[]): T => xs[int(r, xs.length)]!;
const chars = (s: string): string[] => [...s];

function fill(size: number, piece: () => string): string {
  const parts: string[] = [];
  let length = 0;
  while (length < size) {
    const p = piece();
    parts.push(p);
    length += p.length;
  }
  return parts.join('');
}

// Code point blocks, [from, to] inclusive. Lone surrogates and controls are
// included on purpose: a page's text can hold anything.
const BLOCKS: readonly [number, number][] = [
  [0x00, 0x1f], // C0 controls, including \n \r \t
  [0x20, 0x7e], // ASCII
  [0x7f, 0x9f], // DEL, C1 controls
  [0xa0, 0x24f], // Latin-1, Latin Extended
  [0x300, 0x36f], // combining marks
  [0x400, 0x4ff], // Cyrillic
  [0x600, 0x6ff], // Arabic (with Arabic-Indic digits)
  [0x2000, 0x206f], // general punctuation: spaces, zero-width, bidi controls, quotes, dashes
  [0x3000, 0x303f], // CJK punctuation, U+3000
  [0x3400, 0x4dbf], // CJK Extension A
  [0x4e00, 0x9fff], // CJK
  [0x4e00, 0x9fff], // (twice: Han is what the extractors read)
  [0xd800, 0xdfff], // lone surrogates
  [0xf900, 0xfaff], // CJK compatibility
  [0xfe30, 0xfe4f], // CJK compatibility forms (vertical quotes)
  [0xff00, 0xffef], // full-width and half-width forms
  [0xfff0, 0xffff], // specials, U+FFFD, non-characters
  [0x1f300, 0x1faff], // emoji (surrogate pairs)
  [0x20000, 0x2a6df], // CJK Extension B (surrogate pairs)
];

function codePoint(r: Random): string {
  const [from, to] = pick(r, BLOCKS);
  const cp = from + int(r, to - from + 1);
  // fromCodePoint makes a lone surrogate for D800–DFFF, which is what we want.
  return String.fromCodePoint(cp);
}

const SEPARATORS = [',', '.', '，', '、', '．', '٫', ' ', '\u3000', ''];
const DIGITS = chars('0123456789０１２３４５６７８９');
const CN_DIGITS = chars('零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟萬億点几半');
const MAGNITUDES = ['万', '亿', '万亿', '亿万', '千万', '百万', '十万', '千', '百', '兆'];
const UNITS = [
  '元', '万元', '亿元', '美元', '欧元', '港元', '块钱', '人民币', '吨', '万吨', '亩', '公顷', '平方米', '平方公里', '㎡', 'm²', 'km',
  '公里', '米', '立方米', '方', '千瓦时', '度', '千瓦', '兆瓦', '兆瓦时', 'kWh', 'MW', 'kV', '公里/小时', 'km/h', '%', '％', '‰',
  '个', '人', '家', '项', '倍', '年', '月', '日', '个百分点',
];
const APPROX_BEFORE = ['约', '近', '超过', '超', '逾', '达', '不到', '不足', '大约', '将近', '高达', '仅', '百分之', '负', '-', '+'];
const APPROX_AFTER = ['以上', '以下', '左右', '多', '余', '余万', '多万', '上下', '强', '之多'];
const RANGE = ['至', '到', '—', '～', '~', '-', '–', '——', '或'];

const digitRun = (r: Random, n: number): string => fill(n, () => pick(r, DIGITS));
const cnRun = (r: Random, n: number): string => fill(n, () => pick(r, CN_DIGITS));

function numeral(r: Random): string {
  switch (int(r, 5)) {
    case 0:
      return digitRun(r, 1 + int(r, 6));
    case 1: // grouped: 1,234,567.89 and the full-width comma
      return fill(1 + int(r, 12), () => digitRun(r, 1 + int(r, 4)) + pick(r, SEPARATORS));
    case 2:
      return cnRun(r, 1 + int(r, 8));
    case 3:
      return digitRun(r, 1 + int(r, 3)) + pick(r, ['.', '．', '点']) + digitRun(r, 1 + int(r, 3));
    default:
      return digitRun(r, 1 + int(r, 4)) + pick(r, MAGNITUDES);
  }
}

function amount(r: Random): string {
  const before = r() < 0.4 ? pick(r, APPROX_BEFORE) : '';
  const range = r() < 0.25 ? pick(r, RANGE) + numeral(r) : '';
  const magnitude = r() < 0.4 ? pick(r, MAGNITUDES) : '';
  const unit = r() < 0.8 ? pick(r, UNITS) : '';
  const after = r() < 0.3 ? pick(r, APPROX_AFTER) : '';
  return before + numeral(r) + range + magnitude + unit + after;
}

const QUOTES: readonly [string, string][] = [
  ['“', '”'], ['「', '」'], ['『', '』'], ['‘', '’'], ['"', '"'], ["'", "'"], ['《', '》'], ['〈', '〉'], ['【', '】'],
  ['﹁', '﹂'], ['«', '»'], ['＂', '＂'],
];
const QUOTE_MARKS = QUOTES.flatMap(([open, close]) => [open, close]);
const SLOGAN_TEXTS = FORMULATIONS.map((s) => s.text);

function quoteContent(r: Random): string {
  switch (int(r, 4)) {
    case 0:
      return pick(r, SLOGAN_TEXTS);
    case 1:
      return fill(int(r, 12), () => codePoint(r));
    case 2:
      return amount(r);
    default:
      return fill(int(r, 30), () => String.fromCodePoint(0x4e00 + int(r, 0x5200)));
  }
}

/** Nested to `depth`, each level closed with probability 1/2 and with a random style. */
function quoted(r: Random, depth: number): string {
  const [open, close] = pick(r, QUOTES);
  const inner = depth > 0 && r() < 0.6 ? quoted(r, depth - 1) : '';
  const closing = r() < 0.5 ? close : r() < 0.5 ? pick(r, QUOTE_MARKS) : '';
  return open + quoteContent(r) + inner + quoteContent(r).slice(0, int(r, 8)) + closing;
}

const SURNAMES = [...COMPOUND_SURNAMES, ...SINGLE_SURNAMES];
const GIVEN = chars('永珍鹏静敏炯芳春莹晨溪国华建军伟明丽红平强勇杰涛超致和有为');

function name(r: Random): string {
  if (r() < 0.15) return fill(2 + int(r, 4), () => pick(r, chars(TRANSLITERATION))) + (r() < 0.3 ? '·' : '');
  return pick(r, SURNAMES) + fill(1 + int(r, 2), () => pick(r, GIVEN));
}

function title(r: Random): string {
  const place = r() < 0.2 ? pick(r, FOREIGN_PLACES) : pick(r, ['市委', '省委', '市', '县', '区委', '市人大常委会', '市政府', '', '']);
  const qualifier = r() < 0.3 ? pick(r, POST_QUALIFIERS) : '';
  return place + qualifier + pick(r, POSTS);
}

function titleChain(r: Random, size: number): string {
  const unit = r() < 0.3 ? pick(r, ['市委书记、', '副市长', '书记', '、', '主任']) : '';
  if (unit) return unit.repeat(Math.ceil(size / unit.length)) + (r() < 0.5 ? name(r) : '');
  return fill(size, () => {
    const t = title(r) + pick(r, ['、', '，', '兼', '', '', ' ', '\u3000']);
    return r() < 0.3 ? t + name(r) + pick(r, ['', '、', '和', '出席', '表示', '（', '）', '\n']) : t;
  });
}

let seedTexts: string[] | undefined;
function seeds(): string[] {
  seedTexts ??= readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(SEEDS_DIR, f), 'utf8'));
  return seedTexts;
}

function seedFragment(r: Random, size: number): string {
  const text = pick(r, seeds());
  const start = int(r, Math.max(1, text.length - size));
  return text.slice(start, start + size);
}

/** Random edits at code-unit level, so surrogate pairs and quotes get cut too. */
function mutate(r: Random, text: string): string {
  let s = text;
  const edits = int(r, 1 + s.length / 20);
  for (let i = 0; i < edits; i++) {
    const at = int(r, s.length + 1);
    const len = int(r, 6);
    switch (int(r, 5)) {
      case 0:
        s = s.slice(0, at) + s.slice(at + len);
        break;
      case 1:
        s = s.slice(0, at) + codePoint(r) + s.slice(at);
        break;
      case 2:
        s = s.slice(0, at) + pick(r, [amount(r), quoted(r, 2), title(r) + name(r), pick(r, QUOTE_MARKS)]) + s.slice(at);
        break;
      case 3: // duplicate a slice
        s = s.slice(0, at + len) + s.slice(at, at + len) + s.slice(at + len);
        break;
      default: // one code unit becomes its hex code: leaves half of a surrogate pair alone
        s = s.slice(0, at) + s.charAt(at).charCodeAt(0).toString(16) + s.slice(at + 1);
    }
  }
  return s;
}

const GENERATORS: readonly Generator[] = [
  { name: 'unicode', make: (r, n) => fill(n, () => codePoint(r)) },
  {
    name: 'digit run',
    make: (r, n) => fill(n, () => digitRun(r, 1 + int(r, 60)) + pick(r, SEPARATORS) + (r() < 0.3 ? pick(r, UNITS) : '')),
  },
  { name: 'numeral run', make: (r, n) => fill(n, () => cnRun(r, 1 + int(r, 40)) + (r() < 0.4 ? pick(r, [...UNITS, ...APPROX_AFTER]) : '')) },
  {
    name: 'amount words',
    make: (r, n) =>
      fill(n, () =>
        r() < 0.5
          ? amount(r)
          : pick(r, [...MAGNITUDES, ...UNITS, ...APPROX_BEFORE, ...APPROX_AFTER, ...RANGE, ...SEPARATORS, '百分之', '分之']),
      ),
  },
  { name: 'quotes', make: (r, n) => fill(n, () => (r() < 0.7 ? quoted(r, int(r, 6)) : pick(r, QUOTE_MARKS).repeat(1 + int(r, 20)))) },
  { name: 'title chain', make: titleChain },
  { name: 'seed splice', make: (r, n) => mutate(r, fill(n, () => seedFragment(r, 1 + int(r, Math.max(1, n))))) },
];

const MIXTURE: Generator = {
  name: 'mixture',
  make: (r, n) => fill(n, () => pick(r, GENERATORS).make(r, 1 + int(r, Math.max(1, n / 3)))),
};

/** Generator names in the order they are drawn, for reports. */
export const GENERATOR_NAMES: readonly string[] = [...GENERATORS, MIXTURE].map((g) => g.name);

// Mostly short texts, with a few long ones up to ~20 000 code units.
function size(r: Random): number {
  const x = r();
  if (x < 0.97) return int(r, 201);
  if (x < 0.995) return 200 + int(r, 1_800);
  return 2_000 + int(r, 18_000);
}

/** Names and slogans the reader might know, drawn partly from the text itself. */
function options(r: Random, text: string): ExtractOptions {
  if (r() < 0.5) return {};
  const fromText = (): string => {
    const at = int(r, text.length);
    return text.slice(at, at + 1 + int(r, 6));
  };
  const list = (make: () => string): string[] => Array.from({ length: int(r, 5) }, make).filter((s) => s.length > 0);
  return {
    knownNames: list(() => (r() < 0.5 ? name(r) : fromText())),
    knownSlogans: list(() => (r() < 0.5 ? pick(r, SLOGAN_TEXTS) : fromText())),
  };
}

/** Input `index` of the stream `seed`: independent of every other index. */
export function fuzzInput(seed: number, index: number): FuzzInput {
  const r = mulberry32(Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35));
  const generator = r() < 0.2 ? MIXTURE : pick(r, GENERATORS);
  const text = generator.make(r, size(r));
  return { seed, index, generator: generator.name, text, options: options(r, text) };
}
