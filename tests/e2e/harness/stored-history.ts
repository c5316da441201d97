// The history as stored: every page record in the extension's IndexedDB, read
// from one of its own pages (the popup shares the background's origin), each
// checked against the schema the extension writes it with.
import type { Page } from 'playwright-core';
import { type PageRecord, PageRecordSchema } from '../../../lib/db/schema';

/** The database lib/db/database.ts opens. */
const DB_NAME = 'tifa';

export async function storedPages(extensionPage: Page): Promise<PageRecord[]> {
  const raw = await extensionPage.evaluate(
    (name) =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const all = db.transaction('pages').objectStore('pages').getAll();
          all.onerror = () => reject(all.error);
          all.onsuccess = () => {
            db.close();
            resolve(all.result);
          };
        };
      }),
    DB_NAME,
  );
  return raw.map((r) => PageRecordSchema.parse(r));
}
