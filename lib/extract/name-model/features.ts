// The tagger's features at every character of a text: the characters around
// it, their pairs and triples, surname classes and character types, hashed
// into a fixed number of buckets. Training and decoding share this file, so
// they cannot disagree. The text is read once into padded arrays and every
// feature is a hash of numbers (no feature strings), which keeps decoding at
// millions of characters a second.

/** What the model knows of single characters. */
export interface CharTables {
  /** Surname class by code: 1 rare, 2 common, 3 very common (the surname list's frequency), 0 none. */
  surname: Uint8Array;
  /** Two-character surnames, as first code × 65536 + second code. */
  compound: Set<number>;
  /** The dictionary's words of two to four characters, by wordKey. */
  words: Set<number>;
}

const WORD_SEED = 0x2545f491;
const extendKey = (h: number, code: number): number => Math.imul(h ^ code, 0x01000193) >>> 0;

/** A number standing for a word (a hash of its codes): the dictionary is a set of these. */
export function wordKey(word: string): number {
  let h = WORD_SEED;
  for (let i = 0; i < word.length; i++) h = extendKey(h, word.charCodeAt(i));
  return h;
}

/** Number of features each character has. */
export const FEATURES_PER_CHAR = 23;

const PAD = 3;
const START = -2;
const END = -3;

/** Classes of characters that say the same thing to the tagger: every digit is one, every Latin letter another. */
function codeClass(c: number): number {
  if (c >= 0x30 && c <= 0x39) return 0x30;
  const lower = c | 0x20;
  return lower >= 0x61 && lower <= 0x7a ? 0x41 : c;
}

/** Coarse type of a code: Han, digit, letter, punctuation, other, or the text's edge. */
function typeOf(c: number): number {
  if (c === START || c === END) return 5;
  if (c >= 0x3400 && c <= 0x9fff) return 0;
  if (c === 0x30) return 1;
  if (c === 0x41) return 2;
  if (c === 0x2c || c === 0x3002 || c === 0xff0c || c === 0x3001 || c === 0x3b || c === 0x3a) return 3;
  return 4;
}

const mix = (h: number, v: number): number => {
  const x = Math.imul(h ^ v, 0x9e3779b1);
  return x ^ (x >>> 15);
};

/** The buckets of every feature of every character: FEATURES_PER_CHAR per character, in order. */
export function featureBuckets(text: string, tables: CharTables, mask: number): Uint32Array {
  const n = text.length;
  const size = n + 2 * PAD;
  const c = new Int32Array(size).fill(START, 0, PAD).fill(END, PAD + n);
  const sn = new Int32Array(size);
  const ty = new Int32Array(size).fill(5);
  const cp = new Int32Array(size);
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    c[i + PAD] = codeClass(code);
    sn[i + PAD] = tables.surname[code]!;
    ty[i + PAD] = typeOf(c[i + PAD]!);
    if (i + 1 < n && tables.compound.has(code * 65536 + text.charCodeAt(i + 1))) cp[i + PAD] = 1;
  }
  // The longest dictionary word starting at, ending at, and running across each character.
  const starts = new Int32Array(size);
  const ends = new Int32Array(size);
  const inside = new Int32Array(size);
  for (let i = 0; i + 1 < n; i++) {
    let h = extendKey(WORD_SEED, text.charCodeAt(i));
    for (let len = 2; len <= 4 && i + len <= n; len++) {
      h = extendKey(h, text.charCodeAt(i + len - 1));
      if (tables.words.has(h)) starts[i + PAD] = len;
    }
    const len = starts[i + PAD]!;
    if (len) {
      ends[i + PAD + len - 1] = Math.max(ends[i + PAD + len - 1]!, len);
      for (let j = i + 1; j < i + len - 1; j++) inside[j + PAD] = 1;
    }
  }
  const out = new Uint32Array(n * FEATURES_PER_CHAR);
  let o = 0;
  for (let k = PAD; k < PAD + n; k++) {
    const m3 = c[k - 3]!, m2 = c[k - 2]!, m1 = c[k - 1]!, c0 = c[k]!, p1 = c[k + 1]!, p2 = c[k + 2]!, p3 = c[k + 3]!;
    const s0 = sn[k]!, sm1 = sn[k - 1]!, sm2 = sn[k - 2]!, sp1 = sn[k + 1]!;
    out[o++] = mix(1, c0) & mask;
    out[o++] = mix(2, m1) & mask;
    out[o++] = mix(3, p1) & mask;
    out[o++] = mix(4, m2) & mask;
    out[o++] = mix(5, p2) & mask;
    out[o++] = mix(mix(6, m1), c0) & mask;
    out[o++] = mix(mix(7, c0), p1) & mask;
    out[o++] = mix(mix(8, m2), m1) & mask;
    out[o++] = mix(mix(9, p1), p2) & mask;
    out[o++] = mix(mix(10, m1), p1) & mask;
    out[o++] = mix(mix(mix(11, m3), m2), m1) & mask;
    out[o++] = mix(mix(mix(12, p1), p2), p3) & mask;
    out[o++] = mix(13, s0 * 16 + sm1 * 4 + sm2) & mask;
    out[o++] = mix(14, sp1 * 4 + s0) & mask;
    out[o++] = mix(15, cp[k]! * 4 + cp[k - 1]! * 2 + cp[k - 2]!) & mask;
    out[o++] = mix(16, ty[k - 1]! * 64 + ty[k]! * 8 + ty[k + 1]!) & mask;
    out[o++] = mix(mix(17, s0), p1) & mask;
    out[o++] = mix(18, 0) & mask; // bias
    out[o++] = mix(mix(mix(19, m1), c0), p1) & mask;
    out[o++] = mix(mix(20, sm1), c0) & mask;
    const wordShape = starts[k]! * 5 + ends[k]!;
    out[o++] = mix(21, wordShape) & mask;
    out[o++] = mix(22, wordShape * 4 + s0) & mask;
    out[o++] = mix(23, inside[k]! * 25 + starts[k + 1]! * 5 + ends[k - 1]!) & mask;
  }
  return out;
}
