// How the card's code, which most pages never need, reaches the session: it
// is a file of its own, imported from the extension when a card first opens.
// It leaves its entry point on the content script's global, which the page
// cannot see (an isolated world in Chrome, a sandbox in Firefox).
import { browser } from 'wxt/browser';
import type { createCardUi } from './card';

/** A file built from entrypoints/ and the global its entry point is left under. */
interface Handoff<T> {
  script: '/card.js';
  key: string;
  /** Never set: carries the entry point's type. */
  entry?: T;
}

export const CARD: Handoff<typeof createCardUi> = { script: '/card.js', key: '__tifaCreateCardUi' };

type Global = Record<string, unknown>;

export function offer<T>(handoff: Handoff<T>, entry: T): void {
  (globalThis as Global)[handoff.key] = entry;
}

/** Loads the file (once: `import()` caches it) and returns its entry point. */
export async function load<T>(handoff: Handoff<T>): Promise<T> {
  await import(/* @vite-ignore */ browser.runtime.getURL(handoff.script));
  const entry = (globalThis as Global)[handoff.key];
  if (!entry) throw new Error(`Tifa: ${handoff.script} did not offer its entry point`);
  return entry as T;
}
