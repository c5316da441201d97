// The history database (IndexedDB through Dexie). The background writes it;
// the popup, on the same extension origin, reads it and imports into it.
import Dexie, { type EntityTable } from 'dexie';
import type { MentionRecord, PageRecord, SettingsRecord } from './schema';

export class TifaDb extends Dexie {
  declare pages: EntityTable<PageRecord, 'url'>;
  declare mentions: EntityTable<MentionRecord, 'id'>;
  declare settings: EntityTable<SettingsRecord, 'id'>;

  constructor(name = 'tifa') {
    super(name);
    this.version(1).stores({
      pages: 'url, site, firstVisited, lastVisited',
      mentions: '++id, url, kind, key, [kind+key]',
      settings: 'id',
    });
  }
}

export const db = new TifaDb();
