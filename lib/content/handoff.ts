// How the card's code, which most pages never need, reaches the session: it
// is a file of its own (entrypoints/card.ts), imported from the extension
// when a card first opens. It leaves its entry point on the content script's
// global, which the page cannot see (an isolated world in Chrome, a sandbox
// in Firefox).
import { browser } from 'wxt/browser';
import type { createCardUi } from './card';

type CreateCardUi = typeof createCardUi;

const SCRIPT = '/card.js';
const KEY = '__tifaCreateCardUi';

type Global = Record<string, unknown>;

/** Run by card.js: leaves its entry point for the session. */
export function offerCardUi(entry: CreateCardUi): void {
  (globalThis as Global)[KEY] = entry;
}

/** Loads card.js (once: `import()` caches it) and returns its entry point. */
export async function loadCardUi(): Promise<CreateCardUi> {
  await import(/* @vite-ignore */ browser.runtime.getURL(SCRIPT));
  const entry = (globalThis as Global)[KEY];
  if (!entry) throw new Error(`Tifa: ${SCRIPT} did not offer its entry point`);
  return entry as CreateCardUi;
}
