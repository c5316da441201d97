// Slogans and policy formulations (GUIDELINES §3). A quoted phrase is a slogan
// when the formulations lexicon knows it or the classifier says so from its
// shape and context. Every slogan found is then also marked where it stands
// without quotation marks, as are the lexicon's formulations — except its
// everyday phrases (`高质量发展`), marked only where a page quotes them.
import { allForms, formulationOf, placeNames } from './lexicon/formulations';
import { indexWords, wordAt } from './names';
import { findQuoted } from './quotes';
import type { Slogan, SloganKind } from './schema';
import { classifyQuoted, type QuotedPhrase } from './slogan-classifier';

export interface SloganMention {
  text: string;
  start: number;
  end: number;
}

// A pinyin reading printed inside a quote, `“高质量发(fā)展”`, is not part of the phrase.
const PINYIN = /[(（][a-zàáǎāèéěēìíǐīòóǒōùúǔūǖǘǚǜü]+[)）]/g;

/** A printed span as a slogan's text: without pinyin readings. */
export function sloganText(printed: string): string {
  return printed.replace(PINYIN, '');
}

/** The slogan a phrase is, with what the lexicon says of it. */
function sloganOf(phrase: string, kind: SloganKind): Slogan {
  const f = formulationOf(phrase);
  if (!f) return { text: phrase, kind };
  return {
    text: phrase,
    kind: f.kind,
    gloss: f.gloss,
    level: f.level,
    ...(f.place !== undefined && { place: f.place }),
    ...(f.year !== undefined && { year: f.year }),
  };
}

// Unquoted, the lexicon marks neither its everyday phrases nor a form in digits
// alone (`1310`), which is a number more often than a formula.
const LEXICON = indexWords([...allForms()].filter((form) => !formulationOf(form)!.everyday && !/^[\d+]+$/.test(form)));

/** A local formulation stands unquoted for itself only on a page that names its province or city. */
function placeMatches(text: string): (phrase: string) => boolean {
  const named = new Map<string, boolean>();
  return (phrase) => {
    const places = placeNames(formulationOf(phrase)!);
    return places.length === 0 || places.some((p) => named.get(p) ?? (named.set(p, text.includes(p)), named.get(p)!));
  };
}

export function findSlogans(text: string, known: Iterable<string>): { slogans: Slogan[]; mentions: SloganMention[] } {
  const found = new Map<string, Slogan>();
  for (const s of known) if (s.length >= 2) found.set(s, sloganOf(s, 'policy'));
  const remember = (phrase: string, kind: SloganKind): void => {
    if (!found.has(phrase)) found.set(phrase, sloganOf(phrase, kind));
  };

  // A quoted sentence may keep its full stop inside the marks: `“说实情、讲真话、办成事。”`.
  const quotes: QuotedPhrase[] = findQuoted(text).map((q) => ({
    ...q,
    phrase: sloganText(text.slice(q.start, q.end)).replace(/[。！!]$/, ''),
  }));
  const unknown = quotes.filter((q) => !formulationOf(q.phrase));
  for (const q of quotes) if (formulationOf(q.phrase)) remember(q.phrase, 'policy');
  classifyQuoted(text, unknown).forEach((kind, i) => kind && remember(unknown[i]!.phrase, kind));

  // Every occurrence, quoted or not, of a slogan found above or known in advance;
  // a quote with a pinyin reading is marked whole.
  const mentions: SloganMention[] = [];
  /** Where each such quote ends, by where it starts. */
  const marked = new Map<number, number>();
  for (const q of quotes) {
    if (q.phrase === text.slice(q.start, q.end) || !found.has(q.phrase)) continue;
    mentions.push({ text: q.phrase, start: q.start, end: q.end });
    marked.set(q.start, q.end);
  }
  const index = indexWords(found.keys());
  const atHome = placeMatches(text);
  for (let i = 0; i < text.length; i++) {
    const quoteEnd = marked.get(i);
    if (quoteEnd !== undefined) {
      i = quoteEnd - 1;
      continue;
    }
    const seen = wordAt(index, text, i);
    const near = wordAt(LEXICON, text, i);
    const listed = near && atHome(near) ? near : undefined;
    const phrase = (listed?.length ?? 0) > (seen?.length ?? 0) ? listed : seen;
    if (!phrase) continue;
    remember(phrase, 'policy');
    mentions.push({ text: phrase, start: i, end: i + phrase.length });
    i += phrase.length - 1;
  }
  mentions.sort((a, b) => a.start - b.start);
  const order = [...new Set(mentions.map((m) => m.text))];
  return { slogans: order.map((t) => found.get(t)!), mentions };
}
