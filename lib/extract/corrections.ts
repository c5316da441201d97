// The reader's corrections applied to an extraction: a name said to be no
// person loses its entry and its marks, a title said to be wrong leaves the
// person's titles, a phrase said to be no slogan loses its entry and its
// marks. A phrase said to be a slogan is not applied here: extract() is given
// it as a known slogan, so every occurrence is found (sloganCorrections).
import { toSimplified } from './script';
import type { Correction, Extraction } from './schema';

/** Compared in simplified script, so a correction made on one script's page holds on the other's. */
const same = (a: string, b: string): boolean => a === b || toSimplified(a) === toSimplified(b);

export function applyCorrections(found: Extraction, corrections: readonly Correction[]): Extraction {
  if (corrections.length === 0) return found;
  const noPerson = (name: string) => corrections.some((c) => c.type === 'not-person' && same(c.name, name));
  const noSlogan = (text: string) => corrections.some((c) => c.type === 'not-slogan' && same(c.text, text));
  const wrongTitle = (name: string, title: string) =>
    corrections.some((c) => c.type === 'wrong-title' && same(c.name, name) && same(c.title, title));
  return {
    persons: found.persons.filter((p) => !noPerson(p.name)).map((p) => ({ ...p, titles: p.titles.filter((t) => !wrongTitle(p.name, t)) })),
    amounts: found.amounts,
    slogans: found.slogans.filter((s) => !noSlogan(s.text)),
    mentions: found.mentions.filter((m) =>
      m.kind === 'slogan' ? !noSlogan(m.key) : m.kind === 'amount' || !noPerson(m.key),
    ),
  };
}

/** The phrases the reader said are slogans, for extract()'s known slogans. */
export function sloganCorrections(corrections: readonly Correction[]): string[] {
  return corrections.flatMap((c) => (c.type === 'slogan' ? [c.text] : []));
}
