// The tagger's features at one character: the characters around it, their
// pairs, surname classes and character types, hashed into a fixed number of
// buckets. Training and decoding share this file, so they cannot disagree.
// Hashing numbers (no feature strings) keeps decoding at a few million
// characters a second.

/** Classes of characters that say the same thing to the tagger: every digit is one, every Latin letter another. */
export function encodeText(text: string): Int32Array {
  const codes = new Int32Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    codes[i] = c >= 0x30 && c <= 0x39 ? 0x30 : (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a ? 0x41 : c;
  }
  return codes;
}

/** What the model knows of single characters, by code. */
export interface SurnameTable {
  /** Surname class: 1 rare, 2 common, 3 very common (the surname list's frequency), 0 none. */
  single: Map<number, number>;
  /** Two-character surnames, as first code × 65536 + second code. */
  compound: Set<number>;
}

const START = -2;
const END = -3;
const HAN_LO = 0x3400;
const HAN_HI = 0x9fff;

/** Coarse type of a code: Han, digit, letter, punctuation or other, and the text's edges. */
function typeOf(c: number): number {
  if (c === START || c === END) return 5;
  if (c >= HAN_LO && c <= HAN_HI) return 0;
  if (c === 0x30) return 1;
  if (c === 0x41) return 2;
  if (c === 0x2c || c === 0x3002 || c === 0xff0c || c === 0x3001 || c === 0x3b || c === 0x3a) return 3;
  return 4;
}

const mix = (h: number, v: number): number => {
  const x = Math.imul(h ^ v, 0x9e3779b1);
  return x ^ (x >>> 15);
};

/** Number of features each position has: `featuresAt` writes exactly this many. */
export const FEATURES_PER_CHAR = 20;

/**
 * Writes the bucket of every feature of position i into `out` (FEATURES_PER_CHAR
 * of them). `mask` is the bucket count minus one (a power of two).
 */
export function featuresAt(codes: Int32Array, i: number, surnames: SurnameTable, mask: number, out: Uint32Array): void {
  const n = codes.length;
  const at = (k: number): number => (k < 0 ? START : k >= n ? END : codes[k]!);
  const m2 = at(i - 2), m1 = at(i - 1), c0 = at(i), p1 = at(i + 1), p2 = at(i + 2);
  const m3 = at(i - 3), p3 = at(i + 3);
  const sn = (c: number): number => surnames.single.get(c) ?? 0;
  const compound = (a: number, b: number): number => (surnames.compound.has(a * 65536 + b) ? 1 : 0);
  let k = 0;
  const put = (h: number): void => {
    out[k++] = (h >>> 0) & mask;
  };
  put(mix(1, c0));
  put(mix(2, m1));
  put(mix(3, p1));
  put(mix(4, m2));
  put(mix(5, p2));
  put(mix(mix(6, m1), c0));
  put(mix(mix(7, c0), p1));
  put(mix(mix(8, m2), m1));
  put(mix(mix(9, p1), p2));
  put(mix(mix(10, m1), p1));
  put(mix(mix(mix(11, m3), m2), m1));
  put(mix(mix(mix(12, p1), p2), p3));
  put(mix(13, sn(c0) * 16 + sn(m1) * 4 + sn(m2)));
  put(mix(14, sn(p1) * 4 + sn(c0)));
  put(mix(15, compound(c0, p1) * 4 + compound(m1, c0) * 2 + compound(m2, m1)));
  put(mix(16, typeOf(m1) * 64 + typeOf(c0) * 8 + typeOf(p1)));
  put(mix(mix(17, sn(c0)), p1));
  put(mix(18, 0)); // bias
  put(mix(mix(mix(19, m1), c0), p1));
  put(mix(mix(20, sn(m1)), c0));
}
