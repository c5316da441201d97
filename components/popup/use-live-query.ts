// A Preact hook over Dexie's liveQuery (dexie-react-hooks is React-only): the
// view re-renders whenever the tables the query read change, whoever wrote them
// (the background recording a page, an import, a clear).
import { liveQuery } from 'dexie';
import { useLayoutEffect, useState } from 'preact/hooks';

export type Live<T> =
  | { status: 'loading' }
  | { status: 'ready'; value: T }
  | { status: 'error'; error: unknown };

/**
 * Runs `query` now and again after every change to what it read. When `deps`
 * change, the previous value stays on screen until the new one arrives, so
 * typing in the search box does not flicker. The query starts as the view is
 * rendered (a layout effect), not after the browser paints it: the view would
 * otherwise wait a frame for its data.
 */
export function useLiveQuery<T>(query: () => T | Promise<T>, deps: readonly unknown[]): Live<T> {
  const [live, setLive] = useState<Live<T>>({ status: 'loading' });
  useLayoutEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (value) => setLive({ status: 'ready', value }),
      error: (error: unknown) => setLive({ status: 'error', error }),
    });
    return () => subscription.unsubscribe();
  }, deps);
  return live;
}
