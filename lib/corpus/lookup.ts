// The corpus index arranged for lookups: by name, by slogan text, by document,
// and the people of each document (for co-mentions).
import type { CorpusDoc, CorpusIndex, CorpusPerson, CorpusSlogan } from './schema';

export interface CorpusLookup {
  index: CorpusIndex;
  docs: ReadonlyMap<string, CorpusDoc>;
  persons: ReadonlyMap<string, CorpusPerson>;
  slogans: ReadonlyMap<string, CorpusSlogan>;
  /** The names found in each document, by file. */
  namesByDoc: ReadonlyMap<string, readonly string[]>;
}

export function indexCorpus(index: CorpusIndex): CorpusLookup {
  const namesByDoc = new Map<string, string[]>(index.docs.map((d) => [d.file, []]));
  for (const p of index.persons) for (const d of p.docs) namesByDoc.get(d.doc)?.push(p.name);
  return {
    index,
    docs: new Map(index.docs.map((d) => [d.file, d])),
    persons: new Map(index.persons.map((p) => [p.name, p])),
    slogans: new Map(index.slogans.map((s) => [s.text, s])),
    namesByDoc,
  };
}
