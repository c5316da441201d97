// The content script's side of the messages in lib/messages.ts: requests to the
// background, each reply checked against its schema (by the checks generated
// from it, lib/reply-checks), and the check of the background's own messages
// to this tab. A missing or malformed reply reads as "no answer".
import { browser } from 'wxt/browser';
import type { Correction } from '../extract/schema';
import type { PageHtml, Request } from '../messages';
import {
  type Check,
  isCompactExtraction,
  isContentMessage,
  isCorrectionResponse,
  isPageStartResponse,
  isReadPageResponse,
} from '../reply-checks';
import type { CompactExtraction, ContentMessage, CorrectionResponse, PageStartResponse, ReadPageResponse } from '../replies';

type ExtractRequest = Extract<Request, { type: 'extract' }>;

const checked = <T>(check: Check<T>, reply: unknown): T | null => (check(reply) ? reply : null);

/** Sends `request` to the background; its reply, unchecked, or null without one. */
export async function send(request: Request): Promise<unknown> {
  try {
    return await browser.runtime.sendMessage(request);
  } catch {
    // The background is restarting, or the extension was reloaded under this page.
    return null;
  }
}

/** Sends `request` to the background; its reply if it passes `check`, else null. */
export const ask = async <T>(request: Request, check: Check<T>): Promise<T | null> => checked(check, await send(request));

/** May Tifa work on this page? Null when the background does not answer. */
export const pageStart = (url: string): Promise<PageStartResponse | null> =>
  ask({ type: 'page-start', url }, isPageStartResponse);

/**
 * May Tifa work on this page, where is the article in this copy of it, and
 * what is in its text? Null without an answer. With `load`, the background
 * keeps the page in the history.
 */
export const readPage = (url: string, page: PageHtml, load?: string): Promise<ReadPageResponse | null> =>
  ask({ type: 'read-page', url, ...page, ...(load && { load }) }, isReadPageResponse);

/** What extract() finds in the article's text, run by the background; null without an answer. With `page`, the background keeps the page in the history. */
export const extractInBackground = (url: string, text: string, page?: ExtractRequest['page']): Promise<CompactExtraction | null> =>
  ask({ type: 'extract', url, text, ...(page && { page }) }, isCompactExtraction);

/** The lookup card's data, unchecked: the card checks it (CardUi.showLookup), its check loaded with its code. */
export const lookup = (request: Omit<Extract<Request, { type: 'lookup' }>, 'type'>): Promise<unknown> => send({ type: 'lookup', ...request });

/** The reader's correction, kept by the background; null when it was not kept. */
export const correct = (correction: Correction): Promise<CorrectionResponse | null> =>
  ask({ type: 'correct', correction }, isCorrectionResponse);

/** A message the background sent this tab, if it is one (the session listens; this checks). */
export const parseContentMessage = (message: unknown): ContentMessage | null => checked(isContentMessage, message);
