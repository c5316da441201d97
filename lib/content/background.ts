// The content script's side of the messages in lib/messages.ts: requests to the
// background, each reply checked against its schema, and the background's own
// messages to this tab. A missing or malformed reply reads as "no answer".
import { browser } from 'wxt/browser';
import type * as z from 'zod/mini';
import {
  type CompactExtraction,
  CompactExtractionSchema,
  type ContentMessage,
  ContentMessageSchema,
  type LookupResponse,
  LookupResponseSchema,
  type PageStartResponse,
  PageStartResponseSchema,
  type Request,
} from '../messages';

async function ask<T>(request: Request, schema: z.ZodMiniType<T>): Promise<T | null> {
  try {
    const parsed = schema.safeParse(await browser.runtime.sendMessage(request));
    return parsed.success ? parsed.data : null;
  } catch {
    // The background is restarting, or the extension was reloaded under this page.
    return null;
  }
}

/** May Tifa work on this page? Null when the background does not answer. */
export const pageStart = (url: string): Promise<PageStartResponse | null> =>
  ask({ type: 'page-start', url }, PageStartResponseSchema);

/** What extract() finds in the article's text, run by the background; null without an answer. */
export const extractInBackground = (url: string, text: string): Promise<CompactExtraction | null> =>
  ask({ type: 'extract', url, text }, CompactExtractionSchema);

export const lookup = (request: Omit<Extract<Request, { type: 'lookup' }>, 'type'>): Promise<LookupResponse | null> =>
  ask({ type: 'lookup', ...request }, LookupResponseSchema);

/** Sends a page to the history. The background decides whether to keep it; nothing comes back to act on. */
export async function record(request: Extract<Request, { type: 'record' }>): Promise<void> {
  try {
    await browser.runtime.sendMessage(request);
  } catch {
    // As in ask(): nothing to do without a background.
  }
}

/** Calls `handle` with every valid message the background sends this tab, until `signal` aborts. */
export function onContentMessage(handle: (message: ContentMessage) => void, signal: AbortSignal): void {
  const listener = (message: unknown): undefined => {
    const parsed = ContentMessageSchema.safeParse(message);
    if (parsed.success) handle(parsed.data);
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener));
}
