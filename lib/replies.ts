// What the background answers the content script, and the messages it sends
// a tab. The content script checks them with functions generated from these
// schemas (lib/reply-checks), so it loads no zod; lib/messages.ts re-exports them.
import * as z from 'zod/mini';
import { DisplaySchema } from './display';
import { AmountSchema, formulationFacts, MentionKindSchema, PersonSchema, RoleSchema, SloganKindSchema, SloganSchema } from './extract/schema';
import { TEXT_LIMITS } from './limits';
import { IssueDateSchema, list, nonEmpty, PaperSchema, text } from './message-fields';

/** An element, as the child indices (elements only) and tag names that lead to it from an ancestor: the tags are checked on the way. */
export const ElementPathSchema = list(z.tuple([z.int().check(z.gte(0)), text(64)]), 1000);
export type ElementPath = z.infer<typeof ElementPathSchema>;

/**
 * Reply to `read-page`: the article's headline, paper and date, the element
 * around its text (from <html>) and the elements under it that are not the
 * article (from that element). `root` is null when no article was found, or none looked for.
 */
export const PageReadingSchema = z.object({
  title: text(TEXT_LIMITS.pageTitle),
  siteName: z.optional(PaperSchema),
  published: z.optional(IssueDateSchema),
  root: z.nullable(ElementPathSchema),
  excluded: list(ElementPathSchema, 100_000),
  /**
   * The article's text as the copy lays it out (lib/dom/text-map.ts): the
   * live page's too, unless the page's styles hide some of it.
   */
  text: z.optional(text(TEXT_LIMITS.article)),
});
export type PageReading = z.infer<typeof PageReadingSchema>;

/** Reply to `page-start`: with the display settings when Tifa may work there. */
export const PageStartResponseSchema = z.object({ enabled: z.boolean(), display: z.optional(DisplaySchema) });
export type PageStartResponse = z.infer<typeof PageStartResponseSchema>;

/**
 * Whole numbers, checked in one loop: a 1 MB page receives 47 000 of them, and
 * parsing each as a z.int() held its main thread for 37 ms.
 */
export const IntegersSchema = z.custom<number[]>((v) => Array.isArray(v) && v.every(Number.isSafeInteger), 'Expected an array of integers');

/** Reply to `extract` (lib/extract/compact.ts): each entity once, every mention as [entity index, start, end] in `spans`. */
export const CompactExtractionSchema = z.object({
  persons: z.array(PersonSchema),
  amounts: z.array(AmountSchema),
  slogans: z.array(SloganSchema),
  entities: z.array(z.object({ kind: MentionKindSchema, key: z.string() })),
  spans: IntegersSchema,
});
export type CompactExtraction = z.infer<typeof CompactExtractionSchema>;

/**
 * Reply to `read-page`: page-start's answer, so that a page's first pass asks
 * once, and where Tifa may work there, the reading (none when the page could
 * not be read: the content script then looks for the article's landmarks)
 * and what extract() found in its text, which the content script takes where
 * its own text is the same: the pass then sends no `extract`.
 */
export const ReadPageResponseSchema = z.extend(PageStartResponseSchema, {
  reading: z.optional(PageReadingSchema),
  extraction: z.optional(CompactExtractionSchema),
});
export type ReadPageResponse = z.infer<typeof ReadPageResponseSchema>;

const CorpusHitSchema = z.object({
  doc: z.string(),
  paper: z.string(),
  date: z.string(),
  city: z.string(),
  titles: z.array(z.string()),
  snippet: z.string(),
});

const HistoryHitSchema = z.object({
  url: z.string(),
  title: z.string(),
  site: z.string(),
  /** The paper and the article's date, when the page showed them (PageSchema). */
  paper: z.optional(PaperSchema),
  date: z.optional(IssueDateSchema),
  visited: z.number(),
  titles: z.array(z.string()),
  snippet: z.string(),
});

export const LookupResponseSchema = z.object({
  kind: MentionKindSchema,
  key: z.string(),
  role: z.optional(RoleSchema),
  ...formulationFacts,
  sloganKind: z.optional(SloganKindSchema),
  corpus: z.array(CorpusHitSchema),
  history: z.array(HistoryHitSchema),
  /**
   * Titles held over time: one row per title and period, ordered by `from`. `from`/`to` (YYYY-MM-DD) are the
   * first and last dates a source shows the title; `sources` (paper, else site, with its date) oldest first.
   */
  titlesOverTime: z.array(z.object({
    title: z.string(),
    from: z.string(),
    to: z.string(),
    sources: z.array(z.object({ source: z.string(), date: z.string() })),
  })),
  /** People named most often on the same pages and documents. */
  coMentioned: z.array(z.object({ name: z.string(), count: z.int() })),
});
export type LookupResponse = z.infer<typeof LookupResponseSchema>;

/** Reply to `correct` and `uncorrect`: the correction's key. */
export const CorrectionResponseSchema = z.object({ corrected: z.string() });
export type CorrectionResponse = z.infer<typeof CorrectionResponseSchema>;

export const ErrorResponseSchema = z.object({ error: z.string() });
export type ErrorResponse = z.infer<typeof ErrorResponseSchema>;

/** Background to a tab's content script (tabs.sendMessage); the content script parses each with this schema. */
export const ContentMessageSchema = z.discriminatedUnion('type', [
  /** Context menu "Look up in Tifa" on a selection: open the card for the selected text. */
  z.object({ type: z.literal('show-card'), key: nonEmpty(TEXT_LIMITS.key) }),
  /** Keyboard command: hide or show every mark on the page. */
  z.object({ type: z.literal('toggle-highlights') }),
  /** The settings changed: ask `page-start` again and follow (marks removed, added or restyled). */
  z.object({ type: z.literal('settings-changed') }),
]);
export type ContentMessage = z.infer<typeof ContentMessageSchema>;
