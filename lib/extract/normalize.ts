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
const isGap = (code: number): boolean => code === 0x20 || code === 0x09 || code === 0xa0 || code === 0x3000;
const isFullWidth = (code: number): boolean => code >= 0xff01 && code <= 0xff5e;

const isHan = (c: string | undefined): boolean => c !== undefined && HAN.test(c);

/** Full-width ASCII (U+FF01–FF5E) to ASCII, as score.mjs and the guidelines do. */
export function toHalfWidth(c: string): string {
  const code = c.charCodeAt(0);
  return isFullWidth(code) ? String.fromCharCode(code - 0xfee0) : c;
}

export function normalize(original: string): Normalized {
  // Nearly every character passes unchanged, so unchanged stretches are copied
  // with slice and only gaps and full-width forms get per-character work: one
  // string per character made long pages slow (and busy the garbage collector).
  const parts: string[] = [];
  let copied = 0; // original[copied, i) is still to be copied
  const origin = new Uint32Array(original.length + 1);
  let n = 0;
  for (let i = 0; i < original.length; i++) {
    const code = original.charCodeAt(i);
    // Normalization never makes or unmakes a Han character, so the original
    // character behind the last one written tells whether that one is Han.
    if (isGap(code) && n > 0 && isHan(original[origin[n - 1]!])) {
      // Skip the whole gap at once; drop it only when a Han character follows.
      let j = i;
      while (j < original.length && isGap(original.charCodeAt(j))) j++;
      if (isHan(original[j])) {
        parts.push(original.slice(copied, i));
        copied = j;
        i = j - 1;
        continue;
      }
    }
    if (code === 0x3000 || isFullWidth(code)) {
      parts.push(original.slice(copied, i), code === 0x3000 ? ' ' : toHalfWidth(original[i]!));
      copied = i + 1;
    }
    origin[n++] = i;
  }
  parts.push(original.slice(copied));
  origin[n] = original.length;
  return { text: parts.join(''), origin: origin.subarray(0, n + 1) };
}

/** Maps a [start, end) span of the normalized text back to the original text. */
export function toOriginalSpan(norm: Normalized, start: number, end: number): { start: number; end: number } {
  const s = norm.origin[start]!;
  const e = end > start ? norm.origin[end - 1]! + 1 : s;
  return { start: s, end: e };
}
