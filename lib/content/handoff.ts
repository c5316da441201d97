// How the content script's code that most pages never need reaches the code
// that needs it: the session's (loaded by the bootstrap where Tifa works) and
// the card's (loaded by the session when a card first opens) are separate
// files, imported from the extension. Each leaves its entry point on the
// content script's global, which the page cannot see (an isolated world in
// Chrome, a sandbox in Firefox).
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { createCardUi } from './card';

/** A file built from entrypoints/ and the global its entry point is left under. */
interface Handoff<T> {
  script: '/session.js' | '/card.js';
  key: string;
  /** Never set: carries the entry point's type. */
  entry?: T;
}

/** Starts the session; `firstReply` is the background's answer to the page-start the bootstrap asked. */
export type StartSession = (ctx: ContentScriptContext, firstReply: unknown) => void;

export const SESSION: Handoff<StartSession> = { script: '/session.js', key: '__tifaStartSession' };
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
