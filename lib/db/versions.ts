// Every released schema of the history database, by version. A released
// schema is never edited: readers' browsers hold data in its shape, and the
// upgrade test (tests/unit/upgrade.test.ts) opens a database made with each
// one, filled with its fixture, to check that the current schema keeps it all.
export const SCHEMA_VERSIONS = {
  1: {
    pages: 'url, site, firstVisited, lastVisited',
    mentions: '++id, url, kind, key, [kind+key]',
    settings: 'id',
  },
  // The search index (search-index.ts), built from the history by the upgrade.
  2: {
    search: 'bucket',
  },
  // The search index's lines gain the paper, each person's titles and the
  // pinyin of names and slogans: the same table, rebuilt by the upgrade.
  3: {
    search: 'bucket',
  },
  // The reader's corrections (corrections.ts), one record each, keyed by what they correct.
  4: {
    corrections: 'key',
  },
} as const satisfies Record<number, Record<string, string>>;

export type SchemaVersion = keyof typeof SCHEMA_VERSIONS;
