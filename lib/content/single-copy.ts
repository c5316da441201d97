// The background may load the content script into a page that already runs
// it (lib/background/injection.ts: an open tab visited again when the
// settings change, an SPA's new address). Copies of one extension share the
// global of the isolated world, where the running copy leaves a way to ask
// whether it is still alive; while it is, a newer copy does nothing. A copy
// orphaned by an update of Tifa (its context invalid) gives way, and WXT stops it.

const KEY = '__tifaContentScriptAlive';

/** True when this copy is the one to run on the page; `alive` then answers for it. */
export function claimPage(alive: () => boolean, global: Record<string, unknown> = globalThis as Record<string, unknown>): boolean {
  const running = global[KEY];
  if (typeof running === 'function' && running() === true) return false;
  global[KEY] = alive;
  return true;
}
