// The one entry point shared by the background (for every page), the corpus build, the CLI
// and the tests: normalize once, convert to simplified script (the lexicons'),
// run the three extractors, then resolve overlaps and map every span back to the
// original text and every name, title and slogan back to the printed script.
import { amountKey } from './amount-key';
import { findAmounts } from './amounts';
import { plainYuan } from './units';
import { normalize, toOriginalSpan } from './normalize';
import { findPersons, type KnownName } from './persons';
import type { Amount, Extraction, Mention, MentionKind, Person } from './schema';
import { toSimplified } from './script';
import { findSlogans, sloganText } from './slogans';

export interface ExtractOptions {
  /** Names already known (bundled corpus, the reader's history): recognized even without a title. */
  knownNames?: Iterable<string | KnownName>;
  /** Slogans already known: recognized even without quotation marks. */
  knownSlogans?: Iterable<string>;
}

interface Candidate {
  kind: MentionKind;
  key: string;
  start: number;
  end: number;
  amount?: Amount;
}

// When spans overlap, the longer one wins; on equal length, this order decides
// (a number inside a slogan such as `3+3+2` is not an amount).
const PRIORITY: Record<MentionKind, number> = { slogan: 0, official: 1, person: 2, amount: 3 };

// Known names and slogans may come from traditional pages: matched in simplified script too.
function* simplifiedNames(names: Iterable<string | KnownName>): Iterable<string | KnownName> {
  for (const k of names) {
    if (typeof k === 'string') yield toSimplified(k);
    else {
      const name = toSimplified(k.name);
      yield name === k.name ? k : { ...k, name };
    }
  }
}

function* simplifiedSlogans(slogans: Iterable<string>): Iterable<string> {
  for (const s of slogans) yield toSimplified(s);
}

/**
 * A title as printed: the characters under its occurrence in the converted text
 * nearest to `near` (titles carry no offsets; the nearest is the one that named the person).
 */
function printedTitle(printed: string, converted: string, title: string, near: number): string {
  const before = near >= title.length ? converted.lastIndexOf(title, near - title.length) : -1;
  const after = converted.indexOf(title, near);
  const at = before < 0 ? after : after < 0 || near - before <= after - near ? before : after;
  return at < 0 ? title : printed.slice(at, at + title.length);
}

export function extract(text: string, options: ExtractOptions = {}): Extraction {
  const norm = normalize(text);
  // One-to-one: an offset into `simple` is the same offset into norm.text.
  const simple = toSimplified(norm.text);
  const gapBefore = (i: number): boolean => i > 0 && norm.origin[i]! > norm.origin[i - 1]! + 1;
  const people = findPersons(simple, simplifiedNames(options.knownNames ?? []), gapBefore);
  const slogans = findSlogans(simple, simplifiedSlogans(options.knownSlogans ?? []));
  const roles = new Map(people.persons.map((p) => [p.name, p.role]));

  const candidates: Candidate[] = [
    ...people.mentions.map((m) => ({
      kind: (roles.get(m.name) === 'official' ? 'official' : 'person') as MentionKind,
      key: m.name,
      start: m.start,
      end: m.end,
    })),
    ...slogans.mentions.map((m) => ({ kind: 'slogan' as const, key: m.text, start: m.start, end: m.end })),
    ...findAmounts(simple, plainYuan(norm.text)).map((a) => ({ kind: 'amount' as const, key: amountKey(a), start: a.start, end: a.end, amount: a })),
  ];
  candidates.sort(
    (a, b) => a.start - b.start || b.end - b.start - (a.end - a.start) || PRIORITY[a.kind] - PRIORITY[b.kind],
  );

  const mentions: Mention[] = [];
  const amounts = new Map<string, Amount>();
  // A name's or slogan's key as printed at its first mention, and where that is
  // in the normalized text: the same key for every mention, whatever the script.
  const firstSeen = new Map<string, { key: string; at: number }>();
  let lastEnd = 0;
  for (const c of candidates) {
    if (c.start < lastEnd) continue;
    lastEnd = c.end;
    const span = toOriginalSpan(norm, c.start, c.end);
    const printed = text.slice(span.start, span.end);
    // Amount keys are numbers and units, the same in either script.
    if (c.amount) {
      mentions.push({ kind: c.kind, key: c.key, text: printed, ...span });
      if (!amounts.has(c.key)) amounts.set(c.key, { ...c.amount, text: printed, ...span });
      continue;
    }
    let seen = firstSeen.get(c.key);
    if (!seen) {
      const printedKey = norm.text.slice(c.start, c.end);
      firstSeen.set(c.key, (seen = { key: c.kind === 'slogan' ? sloganText(printedKey) : printedKey, at: c.start }));
    }
    mentions.push({ kind: c.kind, key: seen.key, text: printed, ...span });
  }

  const asPrinted = (p: Person): Person => {
    const seen = firstSeen.get(p.name)!;
    return { ...p, name: seen.key, titles: p.titles.map((t) => printedTitle(norm.text, simple, t, seen.at)) };
  };
  return {
    persons: people.persons.filter((p) => firstSeen.has(p.name)).map((p) => (simple === norm.text ? p : asPrinted(p))),
    amounts: [...amounts.values()],
    slogans: slogans.slogans
      .filter((s) => firstSeen.has(s.text))
      .map((s) => {
        const key = firstSeen.get(s.text)!.key;
        return key === s.text ? s : { ...s, text: key };
      }),
    mentions,
  };
}

export type { Amount, Extraction, Mention, MentionKind, Person, Role, Slogan } from './schema';
