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
} as const satisfies Record<number, Record<string, string>>;

export type SchemaVersion = keyof typeof SCHEMA_VERSIONS;
