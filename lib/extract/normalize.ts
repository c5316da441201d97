// Light normalization before extraction (GUIDELINES, first paragraph): full-width
// ASCII becomes ASCII, and horizontal white space between two Han characters is
// dropped, because scans break and pad names (`刘 永珍`, `言 鹏`). Every
// normalized character remembers where it came from, so entities found in the
// normalized text land on the original characters of the page.

export interface Normalized {
  /** The normalized text the extractors read. */
  text: string;
  /** origin[i] is the index in the original text of normalized character i; origin[text.length] is the original length. */
  origin: Uint32Array;
}

const HAN = /\p{Script=Han}/u;
// Newlines are kept: they separate headlines, bylines and paragraphs, which the
// person extractor relies on; only in-line gaps are scan noise.
const GAP = /[ \t\u00a0\u3000]/;

const isHan = (c: string | undefined): boolean => c !== undefined && HAN.test(c);

/** Full-width ASCII (U+FF01–FF5E) to ASCII, as score.mjs and the guidelines do. */
export function toHalfWidth(c: string): string {
  const code = c.charCodeAt(0);
  return code >= 0xff01 && code <= 0xff5e ? String.fromCharCode(code - 0xfee0) : c;
}

export function normalize(original: string): Normalized {
  const out: string[] = [];
  const origin = new Uint32Array(original.length + 1);
  let n = 0;
  for (let i = 0; i < original.length; i++) {
    const c = original[i]!;
    if (GAP.test(c) && isHan(out[n - 1])) {
      // Skip the whole gap at once; drop it only when a Han character follows.
      let j = i;
      while (j < original.length && GAP.test(original[j]!)) j++;
      if (isHan(original[j])) {
        i = j - 1;
        continue;
      }
    }
    out.push(c === '\u3000' ? ' ' : toHalfWidth(c));
    origin[n++] = i;
  }
  origin[n] = original.length;
  return { text: out.join(''), origin: origin.subarray(0, n + 1) };
}

/** Maps a [start, end) span of the normalized text back to the original text. */
export function toOriginalSpan(norm: Normalized, start: number, end: number): { start: number; end: number } {
  const s = norm.origin[start]!;
  const e = end > start ? norm.origin[end - 1]! + 1 : s;
  return { start: s, end: e };
}
