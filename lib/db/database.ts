// The history database (IndexedDB through Dexie). The background writes it;
// the popup, on the same extension origin, reads it and imports into it.
import Dexie, { type EntityTable, type Table } from 'dexie';
import type { CorrectionRecord, MentionRecord, PageRecord, SearchBucket, SettingsRecord } from './schema';
import { restoreIndex } from './search-index';
import { SCHEMA_VERSIONS } from './versions';

export class TifaDb extends Dexie {
  declare pages: EntityTable<PageRecord, 'url'>;
  declare mentions: EntityTable<MentionRecord, 'id'>;
  declare settings: EntityTable<SettingsRecord, 'id'>;
  /** Keyed by bucket number, which every record carries. */
  declare search: Table<SearchBucket, number>;
  declare corrections: EntityTable<CorrectionRecord, 'key'>;

  constructor(name = 'tifa') {
    super(name);
    // Every released version stays declared, so Dexie can upgrade a database
    // made by any of them. The next one goes below, as
    //   this.version(3).stores(SCHEMA_VERSIONS[3]).upgrade((tx) => tx.table('pages').toCollection().modify(...));
    // after adding its stores to SCHEMA_VERSIONS (only the tables that change)
    // and a generator of its records to tests/support/db-fixtures.ts.
    this.version(1).stores(SCHEMA_VERSIONS[1]);
    // 2: the search index, built from the history already stored by restoreIndex below.
    this.version(2).stores(SCHEMA_VERSIONS[2]);
    // 3: the search index's lines in a new format: emptied, and built again by restoreIndex.
    this.version(3).stores(SCHEMA_VERSIONS[3]).upgrade((tx) => tx.table('search').clear());
    // 4: the reader's corrections, a new table.
    this.version(4).stores(SCHEMA_VERSIONS[4]);
    // On every open (sticky: the listener stays for a reopen), before any other read or write.
    this.on('ready', (db) => restoreIndex(db as TifaDb), true);
  }
}

export const db = new TifaDb();
