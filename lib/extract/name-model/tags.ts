// The tag scheme: each character is outside a name (O), or a name's first (B),
// middle (M) or last (E) character, or a one-character name (S). Telling the
// last character from the middle ones lets the model learn how long names
// are, which a first/inside scheme cannot say.
export const TAGS = 5;
export const O = 0, B = 1, M = 2, E = 3, S = 4;

const INSIDE = new Set([B, M]);
/** Whether tag `to` may follow tag `from`. */
export const allowed = (from: number, to: number): boolean => INSIDE.has(from) === (to === M || to === E);
/** Tags a text may start with, and end with. */
export const mayStart = (t: number): boolean => t === O || t === B || t === S;
export const mayEnd = (t: number): boolean => t === O || t === E || t === S;

/** Tags of a text of length n with names at the given [start, end) spans. */
export function tagsOf(n: number, names: readonly (readonly [number, number])[]): Uint8Array {
  const tags = new Uint8Array(n);
  for (const [a, b] of names) {
    if (b - a === 1) tags[a] = S;
    else {
      tags[a] = B;
      tags.fill(M, a + 1, b - 1);
      tags[b - 1] = E;
    }
  }
  return tags;
}

/** The names of a tag sequence, as [start, end) spans. */
export function spansOf(tags: Uint8Array): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] === S) spans.push({ start: i, end: i + 1 });
    else if (tags[i] === B) {
      let j = i + 1;
      while (j < tags.length && tags[j] === M) j++;
      spans.push({ start: i, end: j + 1 });
      i = j;
    }
  }
  return spans;
}
