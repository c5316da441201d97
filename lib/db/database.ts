// The history database (IndexedDB through Dexie). The background writes it;
// the popup, on the same extension origin, reads it and imports into it.
import Dexie, { type EntityTable, type Table } from 'dexie';
import type { MentionRecord, PageRecord, SearchBucket, SettingsRecord } from './schema';
import { buildIndex } from './search-index';
import { SCHEMA_VERSIONS } from './versions';

export class TifaDb extends Dexie {
  declare pages: EntityTable<PageRecord, 'url'>;
  declare mentions: EntityTable<MentionRecord, 'id'>;
  declare settings: EntityTable<SettingsRecord, 'id'>;
  /** Keyed by bucket number, which every record carries. */
  declare search: Table<SearchBucket, number>;

  constructor(name = 'tifa') {
    super(name);
    // Every released version stays declared, so Dexie can upgrade a database
    // made by any of them. The next one goes below, as
    //   this.version(3).stores(SCHEMA_VERSIONS[3]).upgrade((tx) => tx.table('pages').toCollection().modify(...));
    // after adding its stores to SCHEMA_VERSIONS (only the tables that change)
    // and a generator of its records to tests/support/db-fixtures.ts.
    this.version(1).stores(SCHEMA_VERSIONS[1]);
    // 2: the search index, built from the history already stored.
    this.version(2).stores(SCHEMA_VERSIONS[2]).upgrade(buildIndex);
  }
}

export const db = new TifaDb();
