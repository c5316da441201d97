// The names and slogans every page's extraction starts from: the corpus's and
// the history's. Reading the history's costs tens of milliseconds at 10 000
// pages (hundreds at 100 000), so they are kept until the database changes;
// Dexie reports every write, those of the popup (import, clear) included.
import Dexie from 'dexie';
import type { CorpusLookup } from '../corpus/lookup';
import { knownEntities } from '../db/history';
import type { ExtractOptions } from '../extract';
import type { Role } from '../extract/schema';

export type Known = Required<Pick<ExtractOptions, 'knownNames' | 'knownSlogans'>>;

let cached: { corpus: CorpusLookup; known: Promise<Known> } | null = null;
Dexie.on('storagemutated', () => {
  cached = null;
});

async function read(corpus: CorpusLookup): Promise<Known> {
  const history = await knownEntities();
  const names = new Map<string, Role>();
  for (const { name, role } of [...corpus.index.persons, ...history.names]) if (names.get(name) !== 'official') names.set(name, role);
  return {
    knownNames: [...names].map(([name, role]) => ({ name, role })),
    knownSlogans: new Set([...corpus.index.slogans.map((s) => s.text), ...history.slogans]),
  };
}

export function knownTo(corpus: CorpusLookup): Promise<Known> {
  if (cached?.corpus !== corpus) {
    const entry = { corpus, known: read(corpus) };
    cached = entry;
    // A failed read is not kept: the next page tries again.
    entry.known.catch(() => {
      if (cached === entry) cached = null;
    });
  }
  return cached.known;
}
