// The checks of the background's replies the content script runs, typed by
// the schemas they were generated from (generate.ts): a value that passes is
// of the schema's type. Zod itself stays out of the page's code.
import type { CompactExtraction, ContentMessage, CorrectionResponse, LookupResponse, PageReading, PageStartResponse } from '../replies';
import * as generated from './checks.generated';

/** Whether `value` fits the schema of T. */
export type Check<T> = (value: unknown) => value is T;

const typed = <T>(check: (value: unknown) => boolean): Check<T> => check as Check<T>;

export const isPageStartResponse = typed<PageStartResponse>(generated.isPageStartResponse);
export const isPageReading = typed<PageReading>(generated.isPageReading);
export const isCompactExtraction = typed<CompactExtraction>(generated.isCompactExtraction);
export const isLookupResponse = typed<LookupResponse>(generated.isLookupResponse);
export const isCorrectionResponse = typed<CorrectionResponse>(generated.isCorrectionResponse);
export const isContentMessage = typed<ContentMessage>(generated.isContentMessage);
