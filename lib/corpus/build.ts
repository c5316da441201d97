// Builds the corpus index from the seed documents by running extract() over
// each. Pure: the build step (seeds.ts) reads the files and passes them in.
import { extract } from '../extract';
import type { SeedEntry } from './manifest';
import { CORPUS_INDEX_VERSION, type CorpusIndex, type CorpusPerson, type CorpusSlogan } from './schema';
import { snippetAround } from './snippet';

export interface CorpusSource extends SeedEntry {
  text: string;
}

export function buildCorpusIndex(sources: readonly CorpusSource[]): CorpusIndex {
  // Maps keep first-appearance order across the documents, in manifest order.
  const persons = new Map<string, CorpusPerson>();
  const slogans = new Map<string, CorpusSlogan>();

  for (const { text, ...doc } of sources) {
    const found = extract(text);
    const snippetOf = (key: string, isKind: (kind: string) => boolean): string => {
      const m = found.mentions.find((x) => x.key === key && isKind(x.kind));
      return m ? snippetAround(text, m.start, m.end) : '';
    };
    for (const p of found.persons) {
      const entry = { doc: doc.file, titles: p.titles, snippet: snippetOf(p.name, (k) => k === 'official' || k === 'person') };
      const known = persons.get(p.name);
      if (!known) persons.set(p.name, { name: p.name, role: p.role, docs: [entry] });
      else {
        known.docs.push(entry);
        if (p.role === 'official') known.role = 'official';
      }
    }
    for (const s of found.slogans) {
      const entry = { doc: doc.file, snippet: snippetOf(s.text, (k) => k === 'slogan') };
      const known = slogans.get(s.text);
      if (known) known.docs.push(entry);
      else slogans.set(s.text, { text: s.text, kind: s.kind, ...(s.gloss !== undefined && { gloss: s.gloss }), docs: [entry] });
    }
  }

  return {
    version: CORPUS_INDEX_VERSION,
    docs: sources.map(({ file, paper, date, city }) => ({ file, paper, date, city })),
    persons: [...persons.values()],
    slogans: [...slogans.values()],
  };
}
