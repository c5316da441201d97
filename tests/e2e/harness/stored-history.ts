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

/**
 * Writes records straight into tables of the history database, as Dexie
 * stores them: by key path, ids assigned by the store. The extension must have
 * created the database (open the popup once). Records cross in batches as
 * JSON text, which the DevTools protocol carries far faster than arguments.
 */
export async function writeTables(extensionPage: Page, tables: Record<string, readonly object[]>, batch = 10_000): Promise<void> {
  for (const [table, records] of Object.entries(tables)) {
    for (let i = 0; i < records.length; i += batch) {
      await extensionPage.evaluate(
        ({ name, table, json }) =>
          new Promise<void>((resolve, reject) => {
            const open = indexedDB.open(name);
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              const tx = open.result.transaction(table, 'readwrite');
              const store = tx.objectStore(table);
              for (const record of JSON.parse(json) as object[]) store.put(record);
              tx.oncomplete = () => {
                open.result.close();
                resolve();
              };
              tx.onerror = () => reject(tx.error);
            };
          }),
        { name: DB_NAME, table, json: JSON.stringify(records.slice(i, i + batch)) },
      );
    }
  }
}
