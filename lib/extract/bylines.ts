// Bylines and credits: `(记者 符瑶 见习记者 钟佳桑)`, `记者/邓伟勇 通讯员/贺娟`,
// `本报记者 李新辉 摄影报道`, `■魏 姗`. Scans pad and separate the names with
// spaces, which normalization removes between Han characters, so the original
// gaps are consulted to split `马贵 丁玉洁`.
import { isHan } from './names';
import { surnameAt } from './lexicon/surnames';
import { NEVER_IN_NAME } from './lexicon/boundaries';

const LABEL = /全媒体记者|见习记者|本报记者|特约记者|首席记者|记者站|记者|通讯员|实习生|摄影|■/g;
const LABEL_AT = /^(?:全媒体记者|见习记者|本报记者|特约记者|首席记者|记者站|记者|通讯员|实习生|摄影|摄|报道)/;
const SEPARATORS = new Set([...' \t\u3000/:、']);

export interface BylineName {
  name: string;
  start: number;
  end: number;
}

const validName = (s: string): boolean => {
  const sl = surnameAt(s, 0);
  return sl > 0 && s.length >= sl + 1 && s.length <= sl + 2 && [...s].every((c) => isHan(c) && !NEVER_IN_NAME.has(c));
};

/** Splits a run of names printed without separators (`李水泉张文亮`) where every piece is a valid name. */
function splitRun(run: string): number[] | null {
  if (validName(run)) return [run.length];
  for (const first of [3, 2, 4]) {
    if (first < run.length && validName(run.slice(0, first))) {
      const rest = splitRun(run.slice(first));
      if (rest) return [first, ...rest];
    }
  }
  return null;
}

/**
 * Names in bylines. `gapBefore(i)` tells whether the original text had white
 * space before normalized character i.
 */
export function findBylines(text: string, gapBefore: (i: number) => boolean): BylineName[] {
  const out: BylineName[] = [];
  for (const m of text.matchAll(LABEL)) {
    let i = m.index + m[0].length;
    for (;;) {
      while (SEPARATORS.has(text[i] ?? '')) i++;
      const label = LABEL_AT.exec(text.slice(i, i + 6));
      if (label) {
        if (label[0] === '摄' || label[0] === '报道') break;
        i += label[0].length;
        continue;
      }
      // A run of Han characters up to the next label or punctuation, in pieces
      // at the original gaps; a lone character is padding inside a name (`魏 姗`).
      let j = i;
      const cuts: number[] = [];
      while (j < text.length && j - i < 12 && isHan(text[j]) && !LABEL_AT.test(text.slice(j, j + 5))) {
        if (j > i && gapBefore(j) && j - (cuts.at(-1) ?? i) > 1) cuts.push(j);
        j++;
      }
      if (j - i >= 12) break;
      const found: BylineName[] = [];
      let at = i;
      for (const cut of [...cuts, j]) {
        const pieces = cut - at >= 2 ? splitRun(text.slice(at, cut)) : null;
        if (!pieces) break;
        for (const len of pieces) {
          found.push({ name: text.slice(at, at + len), start: at, end: at + len });
          at += len;
        }
      }
      if (!found.length) break;
      out.push(...found);
      j = at;
      i = j;
    }
  }
  return out;
}
