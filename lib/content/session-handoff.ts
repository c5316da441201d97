// How the bootstrap (the script every page evaluates) reaches the session's
// code, a separate file loaded only where Tifa works: the session's script
// leaves its start function on the content script's global, which the page
// cannot see (an isolated world in Chrome, a sandbox in Firefox).
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** Starts the session; `firstReply` is the background's answer to the page-start the bootstrap asked. */
export type StartSession = (ctx: ContentScriptContext, firstReply: unknown) => void;

const KEY = '__tifaStartSession';
/** The session's script, as built from entrypoints/session.ts. */
export const SESSION_SCRIPT = '/session.js';

type Global = { [KEY]?: StartSession };

export function offerSession(start: StartSession): void {
  (globalThis as Global)[KEY] = start;
}

/** Loads the session's script (once; `import()` caches it) and returns its start function. */
export async function loadSession(url: string): Promise<StartSession> {
  await import(/* @vite-ignore */ url);
  const start = (globalThis as Global)[KEY];
  if (!start) throw new Error(`Tifa: ${url} did not offer the session`);
  return start;
}
