// What a search of the history matches, over the search index
// (search-index.ts). A query is words (split at spaces and at Chinese and
// Latin commas); a page matches when every word does, each in one of its
// fields: the site, title or paper, a person's or slogan's name, or a title a
// person holds there, case-insensitively and by any part of it. Words in
// Latin letters also read as pinyin (pinyin.ts), and consecutive ones may
// spell one name together: `zhu jian` is one name, `曹炯芳 沈晓明` two, `cao
// jiongfang shen xiaoming` two.
import { queryReading, spellsSyllables } from './pinyin';
import { indexText, type IndexLine, LINE, parseEntity, splitLine } from './search-index';

export interface QueryWord {
  /** Lower case, as typed. */
  text: string;
  /** Its letters as pinyin, when it can be pinyin. */
  reading?: string;
}

const WORD_BREAK = /[\s,，、;；]+/u;

/** The words of a query; none when it is blank. */
export function queryWords(query: string): QueryWord[] {
  return indexText(query)
    .toLowerCase()
    .split(WORD_BREAK)
    .filter(Boolean)
    .map((text) => {
      const reading = queryReading(text);
      return reading ? { text, reading } : { text };
    });
}

/** A person a query found on a page. */
export interface PersonHit {
  name: string;
  /** Found by their name, in characters or pinyin. */
  byName: boolean;
  /** The titles they hold on the page that a word matched. */
  matchedTitles: string[];
  /** Every title they hold on the page. */
  titles: string[];
}

export interface PageHit {
  url: string;
  lastVisited: number;
  /** The people a word matched, by name or title. */
  people: PersonHit[];
}

/** A word or a run of words as the search compares it: with a test of whether raw index text may hold it. */
interface Needle extends QueryWord {
  /** Whether the text holds it as typed or as pinyin, in any case: a quick test before a field is parsed. */
  mayBeIn: (text: string) => boolean;
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Where a word may be in the index's text: as typed or as pinyin, in any case. */
function finderOf(word: QueryWord, flags: string): RegExp {
  const forms = word.reading === undefined ? [word.text] : [word.text, word.reading];
  return new RegExp(forms.map(escapeRegExp).join('|'), flags);
}

function needleOf(word: QueryWord): Needle {
  // Text without letters that have a case (Chinese) is found as it is, the fastest way.
  if (word.reading === undefined && word.text === word.text.toUpperCase()) return { ...word, mayBeIn: (text) => text.includes(word.text) };
  const finder = finderOf(word, 'i');
  return { ...word, mayBeIn: (text) => finder.test(text) };
}

/** Consecutive words read as one: their text joined by a space, their pinyin run together. */
function phrase(words: readonly QueryWord[]): Needle {
  const text = words.map((w) => w.text).join(' ');
  const readings = words.map((w) => w.reading);
  return needleOf(readings.every((r) => r !== undefined) ? { text, reading: readings.join('') } : { text });
}

/** The people `needle` finds on the page, or undefined when it matches nothing there. */
function matchRun(page: IndexLine, needle: Needle): PersonHit[] | undefined {
  const has = (s: string) => s.toLowerCase().includes(needle.text);
  const people: PersonHit[] = [];
  let matched = has(page.site) || has(page.title) || has(page.paper);
  for (const field of page.entities) {
    // Most entities of a page do not hold the word: those are not parsed.
    if (!needle.mayBeIn(field)) continue;
    const e = parseEntity(field);
    if (!e) continue;
    const byName = has(e.key) || (needle.reading !== undefined && spellsSyllables(e.reading, needle.reading));
    const matchedTitles = e.titles.filter(has);
    if (!byName && !matchedTitles.length) continue;
    matched = true;
    if (e.kind !== 'slogan') people.push({ name: e.key, byName, matchedTitles, titles: e.titles });
  }
  return matched ? people : undefined;
}

/**
 * The people the query finds on the page, or undefined when some word
 * matches nothing there. The words are cut into runs, each matching on its
 * own; a person counts when found by a run of some cut that matches whole.
 * `runs[i][j]` is words i..j-1 read as one.
 */
function matchPage(page: IndexLine, runs: readonly Needle[][]): PersonHit[] | undefined {
  const n = runs.length;
  // found[i][j]: what run i..j-1 finds; from[i]: words 0..i-1 cut into matching runs; to[j]: words j..n-1 too.
  const found = runs.map(() => [] as (PersonHit[] | undefined)[]);
  const from = [true, ...runs.map(() => false)];
  for (let j = 1; j <= n; j++) {
    for (let i = 0; i < j; i++) {
      if (!from[i]) continue;
      found[i]![j] = matchRun(page, runs[i]![j]!);
      if (found[i]![j]) from[j] = true;
    }
  }
  if (!from[n]) return undefined;
  const to = [...runs.map(() => false), true];
  const byName = new Map<string, PersonHit>();
  for (let i = n - 1; i >= 0; i--) {
    for (let j = i + 1; j <= n; j++) {
      const people = found[i]![j];
      if (!people || !to[j]) continue;
      to[i] = true;
      for (const p of people) {
        const seen = byName.get(p.name);
        if (!seen) byName.set(p.name, { ...p, matchedTitles: [...p.matchedTitles] });
        else {
          seen.byName ||= p.byName;
          for (const t of p.matchedTitles) if (!seen.matchedTitles.includes(t)) seen.matchedTitles.push(t);
        }
      }
    }
  }
  return [...byName.values()];
}

/** Every page of the index the query matches, with the people it finds there. */
export function findInIndex(texts: readonly string[], words: readonly QueryWord[]): PageHit[] {
  const found: PageHit[] = [];
  if (!words.length) return found;
  const runs = words.map((_, i) => {
    const from: Needle[] = [];
    for (let j = i + 1; j <= words.length; j++) from[j] = phrase(words.slice(i, j));
    return from;
  });
  // Only the lines holding every word somewhere are read: the longest word (likely the rarest) finds them, the others check them.
  const [longest, ...others] = [...words].sort((a, b) => b.text.length - a.text.length);
  const finder = finderOf(longest!, 'gi');
  const checks = others.map(needleOf);
  for (const text of texts) {
    finder.lastIndex = 0;
    for (let hit = finder.exec(text); hit; hit = finder.exec(text)) {
      const start = text.lastIndexOf(LINE, hit.index) + 1;
      const next = text.indexOf(LINE, hit.index);
      const end = next < 0 ? text.length : next;
      finder.lastIndex = end + 1;
      const line = text.slice(start, end);
      if (!checks.every((check) => check.mayBeIn(line))) continue;
      const page = splitLine(line);
      const people = matchPage(page, runs);
      if (people) found.push({ url: page.url, lastVisited: page.lastVisited, people });
    }
  }
  return found;
}
