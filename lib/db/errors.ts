// A failed write to the history, as the popup and background report it. Dexie
// rolls the transaction back, so records written earlier are untouched.
export type WriteFailure = 'quota' | 'failed';

export class HistoryWriteError extends Error {
  override readonly name = 'HistoryWriteError';
  constructor(
    readonly reason: WriteFailure,
    options: { cause: unknown },
  ) {
    super(
      reason === 'quota'
        ? 'The browser has no more room for Tifa’s history. Nothing was saved; export and clear the history to make room.'
        : `Tifa could not save to its history: ${describe(options.cause)}`,
      options,
    );
  }
}

const describe = (e: unknown): string => (e instanceof Error ? e.message : String(e));

// Dexie wraps the DOMException (`inner`); other layers use `cause`.
function isQuotaError(e: unknown): boolean {
  for (let cur: unknown = e, depth = 0; cur && typeof cur === 'object' && depth < 5; depth++) {
    if ((cur as { name?: unknown }).name === 'QuotaExceededError') return true;
    cur = (cur as { inner?: unknown; cause?: unknown }).inner ?? (cur as { cause?: unknown }).cause;
  }
  return false;
}

/** Runs a write, turning any failure into a HistoryWriteError. */
export async function guardWrite<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (e) {
    if (e instanceof HistoryWriteError) throw e;
    throw new HistoryWriteError(isQuotaError(e) ? 'quota' : 'failed', { cause: e });
  }
}
