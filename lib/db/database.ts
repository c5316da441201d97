// The history database (IndexedDB through Dexie). The background writes it;
// the popup, on the same extension origin, reads it and imports into it.
import Dexie, { type EntityTable } from 'dexie';
import type { MentionRecord, PageRecord, SettingsRecord } from './schema';
import { SCHEMA_VERSIONS } from './versions';

export class TifaDb extends Dexie {
  declare pages: EntityTable<PageRecord, 'url'>;
  declare mentions: EntityTable<MentionRecord, 'id'>;
  declare settings: EntityTable<SettingsRecord, 'id'>;

  constructor(name = 'tifa') {
    super(name);
    // Every released version stays declared, so Dexie can upgrade a database
    // made by any of them. The next one goes below, as
    //   this.version(2).stores(SCHEMA_VERSIONS[2]).upgrade((tx) => tx.table('pages').toCollection().modify(...));
    // after adding its stores to SCHEMA_VERSIONS (only the tables that change)
    // and a generator of its records to tests/support/db-fixtures.ts.
    this.version(1).stores(SCHEMA_VERSIONS[1]);
  }
}

export const db = new TifaDb();
