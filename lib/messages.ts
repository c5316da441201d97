// Every message between the content script, the popup and the background,
// declared once as zod schemas. The background parses each request with
// RequestSchema and refuses what does not fit; senders type their requests
// with Request and read replies with the matching response schema.
import * as z from 'zod/mini';
import { AmountSchema, formulationFacts, MentionKindSchema, PersonSchema, RoleSchema, SloganKindSchema, SloganSchema } from './extract/schema';
import { RECORD_LIMITS, TEXT_LIMITS } from './limits';

const text = (max: number) => z.string().check(z.maxLength(max));
const nonEmpty = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));
const list = <T extends z.core.SomeType>(item: T, max: number) => z.array(item).check(z.maxLength(max));

/** A person as the page shows them: the titles they hold on this page. */
export const PagePersonSchema = z.object({
  name: nonEmpty(TEXT_LIMITS.name),
  role: RoleSchema,
  titles: list(text(TEXT_LIMITS.title), RECORD_LIMITS.titles),
});

/** One highlighted occurrence, reduced to what the history keeps. */
export const PageMentionSchema = z.object({
  kind: MentionKindSchema,
  key: nonEmpty(TEXT_LIMITS.key),
  snippet: text(TEXT_LIMITS.snippet),
  /** How often the entity occurs on the page; the content script sends one entry per entity (absent = 1). */
  occurrences: z.optional(z.int().check(z.positive(), z.lte(10_000_000))),
});

export const PageSchema = z.object({
  url: z.url({ protocol: /^https?$/ }).check(z.maxLength(TEXT_LIMITS.url)),
  title: text(TEXT_LIMITS.pageTitle),
  /** The newspaper and issue date, when the page shows them. */
  paper: z.optional(nonEmpty(TEXT_LIMITS.paper)),
  date: z.optional(z.iso.date()),
});

export const RequestSchema = z.discriminatedUnion('type', [
  /** Content script, on start: may Tifa work on this page? */
  z.object({ type: z.literal('page-start'), url: PageSchema.shape.url }),
  /**
   * Content script, once it has read the article: the background runs extract()
   * on the text, with the names and slogans of the corpus and the history, off
   * the page's main thread. Reply: CompactExtraction.
   */
  z.object({ type: z.literal('extract'), url: PageSchema.shape.url, text: text(TEXT_LIMITS.article) }),
  /** Content script, after a pass: remember this page (ignored when the site is off, paused or incognito). */
  z.object({
    type: z.literal('record'),
    page: PageSchema,
    persons: list(PagePersonSchema, RECORD_LIMITS.persons),
    slogans: list(text(TEXT_LIMITS.key), RECORD_LIMITS.slogans),
    mentions: list(PageMentionSchema, RECORD_LIMITS.mentions),
  }),
  /** Content script, on a click: everything Tifa knows about one entity beyond this page. */
  z.object({ type: z.literal('lookup'), kind: MentionKindSchema, key: nonEmpty(TEXT_LIMITS.key), url: PageSchema.shape.url }),
  /** Popup, person view: as `lookup`, but asked from no page, so no page is left out. Reply: LookupResponse. */
  z.object({ type: z.literal('entity'), kind: MentionKindSchema, key: nonEmpty(TEXT_LIMITS.key) }),
  /** Popup: turn a site on or off, or pause everywhere. */
  z.object({ type: z.literal('set-site'), site: nonEmpty(TEXT_LIMITS.site), enabled: z.boolean() }),
  z.object({ type: z.literal('set-paused'), paused: z.boolean() }),
]);
export type Request = z.infer<typeof RequestSchema>;

export const PageStartResponseSchema = z.object({ enabled: z.boolean() });
export type PageStartResponse = z.infer<typeof PageStartResponseSchema>;

/**
 * Whole numbers, checked in one loop: a 1 MB page receives 47 000 of them, and
 * parsing each as a z.int() held its main thread for 37 ms.
 */
const IntegersSchema = z.custom<number[]>((v) => Array.isArray(v) && v.every(Number.isSafeInteger), 'Expected an array of integers');

/** Reply to `extract` (lib/extract/compact.ts): each entity once, every mention as [entity index, start, end] in `spans`. */
export const CompactExtractionSchema = z.object({
  persons: z.array(PersonSchema),
  amounts: z.array(AmountSchema),
  slogans: z.array(SloganSchema),
  entities: z.array(z.object({ kind: MentionKindSchema, key: z.string() })),
  spans: IntegersSchema,
});
export type CompactExtraction = z.infer<typeof CompactExtractionSchema>;

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
  /** Titles held over time, oldest first: from dated corpus documents and visits. */
  titlesOverTime: z.array(z.object({ date: z.string(), title: z.string(), source: z.string() })),
  /** People named most often on the same pages and documents. */
  coMentioned: z.array(z.object({ name: z.string(), count: z.int() })),
});
export type LookupResponse = z.infer<typeof LookupResponseSchema>;

/** Reply to `record`: false when the page was not kept (paused, site off, incognito). */
export const RecordResponseSchema = z.object({ recorded: z.boolean() });
export type RecordResponse = z.infer<typeof RecordResponseSchema>;

/** Reply to `set-site` and `set-paused`: the settings now in force. Also the stored settings record. */
export const SettingsSchema = z.object({
  paused: z.boolean(),
  /** Host names Tifa is switched off on. */
  sitesOff: z.array(nonEmpty(TEXT_LIMITS.site)),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const ErrorResponseSchema = z.object({ error: z.string() });
export type ErrorResponse = z.infer<typeof ErrorResponseSchema>;

/** Background to a tab's content script (tabs.sendMessage); the content script parses each with this schema. */
export const ContentMessageSchema = z.discriminatedUnion('type', [
  /** Context menu "Look up in Tifa" on a selection: open the card for the selected text. */
  z.object({ type: z.literal('show-card'), key: nonEmpty(TEXT_LIMITS.key) }),
  /** Keyboard command: hide or show every mark on the page. */
  z.object({ type: z.literal('toggle-highlights') }),
]);
export type ContentMessage = z.infer<typeof ContentMessageSchema>;
