// The content script's side of the messages in lib/messages.ts: requests to the
// background, each reply checked against its schema, and the check of the
// background's own messages to this tab. A missing or malformed reply reads as
// "no answer".
import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import type { Correction } from '../extract/schema';
import {
  type CompactExtraction,
  CompactExtractionSchema,
  type ContentMessage,
  ContentMessageSchema,
  type CorrectionResponse,
  CorrectionResponseSchema,
  type LookupResponse,
  LookupResponseSchema,
  type PageReading,
  PageReadingSchema,
  type PageStartResponse,
  PageStartResponseSchema,
} from '../replies';
import type { PageHtml, Request } from '../messages';

type ExtractRequest = Extract<Request, { type: 'extract' }>;

// zod would first probe `new Function`, which an extension's content script may
// not call: the probe costs the page a CSP violation (an event the page can see)
// on every load. Parsing without compiled checks is as correct.
z.config({ jitless: true });

const parsed = <T>(schema: z.ZodMiniType<T>, reply: unknown): T | null => {
  const result = schema.safeParse(reply);
  return result.success ? result.data : null;
};

/** Sends `request` to the background; its reply if it fits `schema`, else null. */
export async function ask<T>(request: Request, schema: z.ZodMiniType<T>): Promise<T | null> {
  try {
    return parsed(schema, await browser.runtime.sendMessage(request));
  } catch {
    // The background is restarting, or the extension was reloaded under this page.
    return null;
  }
}

/** The background's answer to a page-start asked before this code was loaded; null when it does not fit. */
export const parsePageStart = (reply: unknown): PageStartResponse | null => parsed(PageStartResponseSchema, reply);

/** May Tifa work on this page? Null when the background does not answer. */
export const pageStart = (url: string): Promise<PageStartResponse | null> =>
  ask({ type: 'page-start', url }, PageStartResponseSchema);

/** Where the article is in this copy of the page, read by the background; null without an answer. */
export const readPage = (url: string, page: PageHtml): Promise<PageReading | null> =>
  ask({ type: 'read-page', url, ...page }, PageReadingSchema);

/** What extract() finds in the article's text, run by the background; null without an answer. With `page`, the background keeps the page in the history. */
export const extractInBackground = (url: string, text: string, page?: ExtractRequest['page']): Promise<CompactExtraction | null> =>
  ask({ type: 'extract', url, text, ...(page && { page }) }, CompactExtractionSchema);

export const lookup = (request: Omit<Extract<Request, { type: 'lookup' }>, 'type'>): Promise<LookupResponse | null> =>
  ask({ type: 'lookup', ...request }, LookupResponseSchema);

/** The reader's correction, kept by the background; null when it was not kept. */
export const correct = (correction: Correction): Promise<CorrectionResponse | null> =>
  ask({ type: 'correct', correction }, CorrectionResponseSchema);

/** A message the background sent this tab, if it is one (the session listens; this checks). */
export const parseContentMessage = (message: unknown): ContentMessage | null => parsed(ContentMessageSchema, message);
