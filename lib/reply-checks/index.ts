// The checks of the background's replies the content script runs, typed by
// the schemas they were generated from (generate.ts): a value that passes is
// of the schema's type. Zod itself stays out of the page's code. Plain
// re-exports, so that a bundle keeps only the checks it uses (the session's
// are not the card's).
import type { CompactExtraction, ContentMessage, CorrectionResponse, LookupResponse, PageStartResponse, ReadPageResponse } from '../replies';
import * as generated from './checks.generated';

/** Whether `value` fits the schema of T. */
export type Check<T> = (value: unknown) => value is T;

export const isPageStartResponse = generated.isPageStartResponse as Check<PageStartResponse>;
export const isReadPageResponse = generated.isReadPageResponse as Check<ReadPageResponse>;
export const isCompactExtraction = generated.isCompactExtraction as Check<CompactExtraction>;
export const isLookupResponse = generated.isLookupResponse as Check<LookupResponse>;
export const isCorrectionResponse = generated.isCorrectionResponse as Check<CorrectionResponse>;
export const isContentMessage = generated.isContentMessage as Check<ContentMessage>;
