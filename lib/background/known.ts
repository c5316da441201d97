// The names and slogans every page's extraction starts from — the corpus's and
// the history's — and the reader's corrections. Reading the history's costs tens
// of milliseconds at 10 000 pages (hundreds at 100 000), so they are kept until
// the database changes; Dexie reports every write, those of the popup (import,
// clear, undoing a correction) included.
import Dexie from 'dexie';
import type { CorpusLookup } from '../corpus/lookup';
import { listCorrections } from '../db/corrections';
import { knownEntities } from '../db/history';
import { sloganCorrections } from '../extract/corrections';
import type { ExtractOptions } from '../extract';
import type { Correction, Role } from '../extract/schema';

export type Known = Required<Pick<ExtractOptions, 'knownNames' | 'knownSlogans'>> & {
  /** Applied to every extraction; the phrases said to be slogans are among knownSlogans too. */
  corrections: Correction[];
};

let cached: { corpus: CorpusLookup; known: Promise<Known> } | null = null;
Dexie.on('storagemutated', () => {
  cached = null;
});

async function read(corpus: CorpusLookup): Promise<Known> {
  const [history, records] = await Promise.all([knownEntities(), listCorrections()]);
  const corrections = records.map((r) => r.correction);
  const names = new Map<string, Role>();
  for (const { name, role } of [...corpus.index.persons, ...history.names]) if (names.get(name) !== 'official') names.set(name, role);
  return {
    knownNames: [...names].map(([name, role]) => ({ name, role })),
    knownSlogans: new Set([...corpus.index.slogans.map((s) => s.text), ...history.slogans, ...sloganCorrections(corrections)]),
    corrections,
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
