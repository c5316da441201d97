// The extension's service worker, stopped from outside as Chrome stops an idle
// or misbehaving one, through the DevTools protocol.
import type { Page, Worker } from 'playwright-core';

/**
 * Stops every service worker of the browser (Tifa's is the only one). A
 * persistent context has no Browser object for a browser-level session, so
 * the session is a page's; its ServiceWorker domain reaches all workers.
 */
export async function stopServiceWorkers(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
  } finally {
    await cdp.detach();
  }
}

/** Every record of some tables of Tifa's history database, read directly from an extension page. */
export function readTables(extensionPage: Page, tables: string[]): Promise<Record<string, Record<string, unknown>[]>> {
  return extensionPage.evaluate(
    (names) =>
      new Promise<Record<string, Record<string, unknown>[]>>((resolve, reject) => {
        const open = indexedDB.open('tifa');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(names, 'readonly');
          const out: Record<string, Record<string, unknown>[]> = {};
          for (const name of names) {
            const all = tx.objectStore(name).getAll();
            all.onsuccess = () => (out[name] = all.result as Record<string, unknown>[]);
          }
          tx.oncomplete = () => {
            open.result.close();
            resolve(out);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    tables,
  );
}

/** How many offscreen documents the extension has open (the page reader's, lib/background/page-reader.ts). */
export function offscreenDocuments(worker: Worker): Promise<number> {
  return worker.evaluate(async () => {
    const { runtime } = (globalThis as unknown as { chrome: { runtime: { getContexts(filter: { contextTypes: string[] }): Promise<unknown[]> } } }).chrome;
    return (await runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] })).length;
  });
}

type Listened = { chrome: { runtime: { onMessage: { addListener(f: (m: { type?: string } | null, sender: { url?: string }) => undefined): void } } } };

/**
 * Starts counting the `extract` requests the background gets from web pages,
 * not Tifa's own, with a listener of its own beside Tifa's that answers
 * nothing; the function returned reads the count. A page whose live text is
 * its copy's sends none.
 */
export async function countPageExtracts(worker: Worker): Promise<() => Promise<number>> {
  await worker.evaluate(() => {
    const g = globalThis as unknown as Listened & { tifaTestExtracts: number };
    g.tifaTestExtracts = 0;
    g.chrome.runtime.onMessage.addListener((m, sender) => void (m?.type === 'extract' && /^https?:/.test(sender.url ?? '') && g.tifaTestExtracts++));
  });
  return () => worker.evaluate(() => (globalThis as unknown as { tifaTestExtracts: number }).tifaTestExtracts);
}
