// The last failed write to the history, so the popup can tell the reader
// that pages are not being saved. It is kept outside IndexedDB, which may be
// what is full: in the background's memory, and in the browser's session
// storage (`browser.storage.session`), which the popup reads and which
// outlives a service worker restart. A successful write clears it.
import * as z from 'zod/mini';
import type { HistoryWriteError } from './errors';

export const WRITE_FAILURE_KEY = 'historyWriteFailure';

export const WriteFailureStatusSchema = z.object({
  reason: z.enum(['quota', 'failed']),
  message: z.string().check(z.maxLength(2000)),
  /** Epoch milliseconds. */
  at: z.int().check(z.nonnegative()),
});
export type WriteFailureStatus = z.infer<typeof WriteFailureStatusSchema>;

/** The part of browser.storage.StorageArea used here. */
export interface StatusArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
  /** Fires after keys of the area change, with the changed keys. */
  onChanged: {
    addListener(callback: (changes: Record<string, unknown>) => void): void;
    removeListener(callback: (changes: Record<string, unknown>) => void): void;
  };
}

/** The failure a storage area holds, if any; anything malformed reads as none. */
export async function readWriteFailure(area: StatusArea): Promise<WriteFailureStatus | undefined> {
  const parsed = WriteFailureStatusSchema.safeParse((await area.get(WRITE_FAILURE_KEY))[WRITE_FAILURE_KEY]);
  return parsed.success ? parsed.data : undefined;
}

/**
 * Calls `listener` with the failure the area holds now, and again whenever it
 * changes (a new failure, or the next saved page clearing it), until the
 * returned function is called: the popup's notice stays true while it is open.
 */
export function watchWriteFailure(area: StatusArea, listener: (failure: WriteFailureStatus | undefined) => void): () => void {
  let stopped = false;
  const read = (): void => {
    readWriteFailure(area).then(
      (failure) => stopped || listener(failure),
      // Without the status the popup still works; there is nothing to tell.
      () => {},
    );
  };
  const onChanged = (changes: Record<string, unknown>): void => {
    if (WRITE_FAILURE_KEY in changes) read();
  };
  area.onChanged.addListener(onChanged);
  read();
  return () => {
    stopped = true;
    area.onChanged.removeListener(onChanged);
  };
}

/**
 * The background's record of write failures. The copy in memory spares a
 * storage call on every successful write; it is read from the area once, as
 * the service worker may have restarted since the failure.
 */
export class WriteFailureLog {
  #last: WriteFailureStatus | undefined | null = null;

  constructor(private readonly area: StatusArea) {}

  async last(): Promise<WriteFailureStatus | undefined> {
    if (this.#last === null) this.#last = await readWriteFailure(this.area).catch(() => undefined);
    return this.#last;
  }

  async failed(error: HistoryWriteError, at: number): Promise<void> {
    this.#last = { reason: error.reason, message: error.message.slice(0, 2000), at };
    await this.#save(() => this.area.set({ [WRITE_FAILURE_KEY]: this.#last }));
  }

  async succeeded(): Promise<void> {
    if (!(await this.last())) return;
    this.#last = undefined;
    await this.#save(() => this.area.remove(WRITE_FAILURE_KEY));
  }

  // The reader's page must not suffer for a status line: a storage error is only logged.
  async #save(write: () => Promise<void>): Promise<void> {
    try {
      await write();
    } catch (e) {
      console.warn('Tifa: could not keep the history write status:', e);
    }
  }
}
