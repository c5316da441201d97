// The title chain in front of a name: from the post right before the name,
// back to where the chain starts. `市委书记、市人大常委会主任曹炯芳` →
// ["市委书记", "市人大常委会主任"]. The chain is read as a grammar, titles of
// [organization or administrative prefix]* + post separated by `、`:
//   - it starts after punctuation, the previous name (`leftLimit`), or the
//     last clause-start word (lexicon/clauses.ts: `据悉`, `5月20日`, `会见`, `的`…);
//   - every item ends with a post (`秦保建、于海忠、长园科技集团副总裁乔文健`
//     keeps only the last title);
//   - a post is a word of its own: not half of a sentence word (`带领队伍`)
//     or of an organization's name (`公司长…`, `领事司司长`);
//   - a post that is also a verb or group word needs an organization in front.
import { CLAUSE_START, ORGANIZATION_WORDS, START_WORDS } from './lexicon/clauses';
import { ORGAN_ENDS } from './lexicon/organizations';
import { BOUND_POSTS, FOREIGN_PLACES, POST_QUALIFIERS, POSTS } from './lexicon/titles';
import { surnameAt } from './lexicon/surnames';
import { isHan } from './names';

const MAX_CHAIN = 60;
/** What a title is written with; anything else (punctuation, dashes, symbols) separates. */
const IN_TITLE = /[\p{Script=Han}A-Za-z0-9、·]/u;
const QUOTES = new Set([...'“”"\'‘’「」『』']);
const OPENING_QUOTES = new Set([...'“‘「『']);
const CLOSING_QUOTE = /[”’」』]/;
const CLOSE = new Set([...')）']);
const LATIN = /[A-Za-z0-9]/;
const HAN_RUN = /^\p{Script=Han}+$/u;
// `中国(湖南)自由贸易试验区`: a short place in brackets inside an organization name.
const BRACKETED_PLACE = /^\p{Script=Han}{2,4}$/u;
const BYLINE = /记者|通讯员|摄|讯|电/;
const ORGANS = new Set(ORGAN_ENDS);

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const byLength = (words: Iterable<string>): string => [...words].sort((a, b) => b.length - a.length).map(escape).join('|');
/** Posts, organization words and countries are read as one word (lexicon/clauses.ts: `主持人`, `对外`, `以色列`). */
const KEEP = new RegExp(byLength([...POSTS, ...ORGANIZATION_WORDS, ...FOREIGN_PLACES]), 'y');
const START = new RegExp(byLength(START_WORDS), 'y');
const POST_AT_END = new RegExp(`(?:${byLength(POSTS)})$`);
const LONGEST_POST = Math.max(...POSTS.map((p) => p.length));
const POST_AHEAD = new RegExp(`(?:${byLength(POST_QUALIFIERS)})?(?:${byLength(POSTS)})`, 'y');
const QUALIFIER_AT_END = new RegExp(`(?:${byLength(POST_QUALIFIERS)})$`);

export interface TitleChain {
  start: number;
  titles: string[];
  foreign: boolean;
}

const matchAt = (re: RegExp, s: string, i: number): string | undefined => {
  re.lastIndex = i;
  return re.exec(s)?.[0];
};

/** The post printed at i with its qualifier (`主席`, `副总理`), or undefined. */
export const postAt = (text: string, i: number): string | undefined => matchAt(POST_AHEAD, text, i);

/** Whether the character at i separates the chain ending at `end` from what is before it. */
function stopsChain(text: string, i: number, end: number): boolean {
  const c = text[i]!;
  // A quote between two Han characters, closed before the post, is part of a title (`“跨省通办”窗口工作人员`).
  if (QUOTES.has(c)) {
    const inside = isHan(text[i - 1]) && isHan(text[i + 1]);
    return !inside || (OPENING_QUOTES.has(c) && !CLOSING_QUOTE.test(text.slice(i + 1, end)));
  }
  // A hyphen inside a transliterated name (`夸祖鲁—纳塔尔省`); a dash (`——`) separates.
  if (c === '—' || c === '-') return !(isHan(text[i - 1]) && isHan(text[i + 1]));
  // White space left after normalization separates, except inside Latin (`Apple CEO`).
  if (/\s/.test(c)) return !(LATIN.test(text[i - 1] ?? '') && LATIN.test(text[i + 1] ?? ''));
  return !IN_TITLE.test(c);
}

/** Start of the text of the chain: back from `end` to the first separator. */
function chainStart(text: string, end: number, floor: number): number {
  let start = end;
  while (start > floor) {
    if (CLOSE.has(text[start - 1]!) && isHan(text[start])) {
      const open = Math.max(text.lastIndexOf('(', start - 1), text.lastIndexOf('（', start - 1));
      const inside = text.slice(open + 1, start - 1);
      if (open > floor && isHan(text[open - 1]) && BRACKETED_PLACE.test(inside) && !BYLINE.test(inside)) {
        start = open;
        continue;
      }
    }
    if (stopsChain(text, start - 1, end)) break;
    start--;
  }
  return start;
}

/** Offset in `chain` after its last clause-start word, or -1 when a word runs into the post. */
function clauseEnd(chain: string, postStart: number): number {
  let cut = 0;
  for (let i = 0; i < chain.length; ) {
    const keep = matchAt(KEEP, chain, i);
    if (keep) {
      // `公司长乐坡公司`: a post that starts inside a word is none.
      if (i < postStart && i + keep.length > postStart) return -1;
      i += keep.length;
      continue;
    }
    const word = matchAt(CLAUSE_START, chain, i);
    if (!word) i++;
    // `带领队伍`: the post is half of a sentence word.
    else if (i + word.length > postStart) return -1;
    // `选举委员会`, `采访部`: a verb right before an organ's last character names the organ.
    else if (word.length > 1 && ORGANS.has(chain[i + word.length]!)) i += word.length;
    else i = cut = i + word.length;
  }
  return cut;
}

/** Offset in `chain` after the last post + name + 和/与/及 in it (`前行政长官贺一诚及立法会前主席`), or 0. */
function afterNamedPerson(chain: string): number {
  for (let k = chain.length - 1; k > 2; k--) {
    if (!'和与及'.includes(chain[k]!)) continue;
    for (let s = k - 2; s >= k - 4 && s > 0; s--) {
      const given = k - s - surnameAt(chain, s);
      if (given >= 1 && given <= 2 && HAN_RUN.test(chain.slice(s, k)) && POST_AT_END.test(chain.slice(0, s))) return k + 1;
    }
  }
  return 0;
}

/**
 * Where the titles start in `chain`: after a person named in it, after the
 * last item that does not end with a post (`秦保建、于海忠、长园科技集团副总裁`,
 * `一、应国家主席`), then after the lead-in words at its start (`应`, `和`, `该`).
 */
function titlesStart(chain: string): number {
  const named = afterNamedPerson(chain);
  const items = chain.slice(named).split('、');
  let start = chain.length - items[items.length - 1]!.length;
  for (let k = items.length - 2; k >= 0 && POST_AT_END.test(items[k]!); k--) start -= items[k]!.length + 1;
  for (let w = matchAt(START, chain, start); w && !matchAt(KEEP, chain, start); w = matchAt(START, chain, start)) {
    start += w.length;
  }
  if (/^该[区市县镇乡村校院局]/.test(chain.slice(start))) start += 2;
  return start;
}

export function titleChainBefore(text: string, postEnd: number, leftLimit: number): TitleChain | null {
  const post = POST_AT_END.exec(text.slice(Math.max(0, postEnd - LONGEST_POST), postEnd))?.[0];
  // `领事司司长`: a post followed by an organ's last character and a post is part of the organ's name.
  if (!post || (ORGANS.has(text[postEnd] ?? '') && postAt(text, postEnd + 1))) return null;
  let start = chainStart(text, postEnd, Math.max(leftLimit, postEnd - MAX_CHAIN));
  const cut = clauseEnd(text.slice(start, postEnd), postEnd - post.length - start);
  if (cut < 0) return null;
  start += cut;
  start += titlesStart(text.slice(start, postEnd));
  if (start > postEnd - post.length) return null;
  const titles = text.slice(start, postEnd).split('、').filter(Boolean);
  const last = titles[titles.length - 1]!;
  // `主管全市…`, `参与领导全国…`: a verb-like post alone is no title; `部门主管`, `市领导`
  // and a post modified with 的 (`有关单位的领导`) are.
  const bound = BOUND_POSTS.get(post);
  const modified = /(?:的|其他)$/.test(text.slice(Math.max(0, postEnd - post.length - 2), postEnd - post.length));
  if (bound && titles.length === 1 && !modified && !bound(last.slice(0, -post.length).replace(QUALIFIER_AT_END, ''))) return null;

  // `二十国集团主席意大利总理德拉吉`: a foreign title starts at the country;
  // `中国驻日本大使` is posted there, not from there.
  let foreign = false;
  let at = -1;
  for (const place of FOREIGN_PLACES) {
    const k = last.indexOf(place);
    if (k >= 0 && last[k - 1] !== '驻') {
      foreign = true;
      at = Math.max(at, k);
    }
  }
  if (at > 0) {
    titles[titles.length - 1] = last.slice(at);
    if (titles.length === 1) start += at;
  }
  return { start, titles, foreign };
}
