// The one entry point shared by the background (for every page), the corpus build, the CLI
// and the tests: normalize once, run the three extractors over the normalized
// text, then resolve overlaps and map every span back to the original text.
import { amountKey } from './amount-key';
import { findAmounts } from './amounts';
import { normalize, toOriginalSpan } from './normalize';
import { findPersons, type KnownName } from './persons';
import type { Amount, Extraction, Mention, MentionKind } from './schema';
import { findSlogans } from './slogans';

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

export function extract(text: string, options: ExtractOptions = {}): Extraction {
  const norm = normalize(text);
  const gapBefore = (i: number): boolean => i > 0 && norm.origin[i]! > norm.origin[i - 1]! + 1;
  const people = findPersons(norm.text, options.knownNames ?? [], gapBefore);
  const slogans = findSlogans(norm.text, options.knownSlogans ?? []);
  const roles = new Map(people.persons.map((p) => [p.name, p.role]));

  const candidates: Candidate[] = [
    ...people.mentions.map((m) => ({
      kind: (roles.get(m.name) === 'official' ? 'official' : 'person') as MentionKind,
      key: m.name,
      start: m.start,
      end: m.end,
    })),
    ...slogans.mentions.map((m) => ({ kind: 'slogan' as const, key: m.text, start: m.start, end: m.end })),
    ...findAmounts(norm.text).map((a) => ({ kind: 'amount' as const, key: amountKey(a), start: a.start, end: a.end, amount: a })),
  ];
  candidates.sort(
    (a, b) => a.start - b.start || b.end - b.start - (a.end - a.start) || PRIORITY[a.kind] - PRIORITY[b.kind],
  );

  const mentions: Mention[] = [];
  const amounts = new Map<string, Amount>();
  let lastEnd = 0;
  for (const c of candidates) {
    if (c.start < lastEnd) continue;
    lastEnd = c.end;
    const span = toOriginalSpan(norm, c.start, c.end);
    const printed = text.slice(span.start, span.end);
    mentions.push({ kind: c.kind, key: c.key, text: printed, ...span });
    if (c.amount && !amounts.has(c.key)) amounts.set(c.key, { ...c.amount, text: printed, ...span });
  }

  const mentioned = new Set(mentions.map((m) => m.key));
  return {
    persons: people.persons.filter((p) => mentioned.has(p.name)),
    amounts: [...amounts.values()],
    slogans: slogans.slogans.filter((s) => mentioned.has(s.text)),
    mentions,
  };
}

export type { Amount, Extraction, Mention, MentionKind, Person, Role, Slogan } from './schema';
