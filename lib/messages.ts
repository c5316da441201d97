// Every message between the content script, the popup and the background,
// declared once as zod schemas. The background parses each request with
// RequestSchema and refuses what does not fit; senders type their requests
// with Request and read replies with the matching response schema.
import * as z from 'zod/mini';
import { AmountSchema, CorrectionSchema, formulationFacts, MentionKindSchema, PersonSchema, RoleSchema, SloganKindSchema, SloganSchema } from './extract/schema';
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
  /** How often the entity occurs on the page; one entry per entity (absent = 1: records imported from older files). */
  occurrences: z.optional(z.int().check(z.positive(), z.lte(10_000_000))),
});

export const PageSchema = z.object({
  url: z.url({ protocol: /^https?$/ }).check(z.maxLength(TEXT_LIMITS.url)),
  title: text(TEXT_LIMITS.pageTitle),
  /** The newspaper and issue date, when the page shows them. */
  paper: z.optional(nonEmpty(TEXT_LIMITS.paper)),
  date: z.optional(z.iso.date()),
});

/** What the history keeps of one visit to a page (lib/background/visit.ts makes it from an extraction). */
export const VisitSchema = z.object({
  page: PageSchema,
  persons: list(PagePersonSchema, RECORD_LIMITS.persons),
  slogans: list(text(TEXT_LIMITS.key), RECORD_LIMITS.slogans),
  mentions: list(PageMentionSchema, RECORD_LIMITS.mentions),
});
export type Visit = z.infer<typeof VisitSchema>;

/** The line drawn under (or around) a kind's marks: each kind has its own by default, so colour is never the only cue. */
export const MarkLineSchema = z.enum(['thick', 'double', 'dotted', 'wavy', 'frame']);
export type MarkLine = z.infer<typeof MarkLineSchema>;
/** A colour of the marks' palette (lib/dom/mark-styles.ts), drawn in a light and a dark page's variant. */
export const MarkColourSchema = z.enum(['red', 'orange', 'green', 'blue', 'sky', 'purple']);
export type MarkColour = z.infer<typeof MarkColourSchema>;
export const MarkStyleSchema = z.object({ shown: z.boolean(), line: MarkLineSchema, colour: MarkColourSchema });
export type MarkStyle = z.infer<typeof MarkStyleSchema>;
export const MarksSchema = z.record(MentionKindSchema, MarkStyleSchema);
export type Marks = z.infer<typeof MarksSchema>;

/** The settings every page follows: which kinds are marked and how, how the card opens, the UI language. */
export const DisplaySchema = z.object({
  marks: MarksSchema,
  cardOpens: z.enum(['click', 'hover']),
  /** `auto` follows the browser's language. */
  language: z.enum(['auto', 'zh', 'en']),
});
export type Display = z.infer<typeof DisplaySchema>;

/** A change of the display settings: only what the reader changed (one kind's line, say), which the background merges in. */
export const DisplayChangeSchema = z.object({
  marks: z.optional(z.partialRecord(MentionKindSchema, z.partial(MarkStyleSchema))),
  cardOpens: z.optional(DisplaySchema.shape.cardOpens),
  language: z.optional(DisplaySchema.shape.language),
});
export type DisplayChange = z.infer<typeof DisplayChangeSchema>;

/** The page as the content script serialized it; `whole` is false when only its head and the start of its body were sent (a page too long to look for an article in). */
const PageHtmlSchema = z.object({ html: text(TEXT_LIMITS.pageHtml), whole: z.boolean() });
export type PageHtml = z.infer<typeof PageHtmlSchema>;

export const RequestSchema = z.discriminatedUnion('type', [
  /** Content script, on start: may Tifa work on this page? */
  z.object({ type: z.literal('page-start'), url: PageSchema.shape.url }),
  /**
   * Content script, on a page Tifa works on: find the article in this copy of
   * the page, off the page's main thread (lib/background/page-reader.ts). Reply: PageReading.
   */
  z.extend(PageHtmlSchema, { type: z.literal('read-page'), url: PageSchema.shape.url }),
  /**
   * Content script, once it has read the article: the background runs extract()
   * on the text, with the names and slogans of the corpus and the history, off
   * the page's main thread. Reply: CompactExtraction. With `page`, the
   * background then keeps the page in the history with what it found (not in
   * a private window, nor where Tifa is paused or the site switched off);
   * `load` names the page load, in which the same findings are kept once.
   */
  z.object({
    type: z.literal('extract'),
    url: PageSchema.shape.url,
    text: text(TEXT_LIMITS.article),
    page: z.optional(z.extend(z.omit(PageSchema, { url: true }), { load: nonEmpty(64) })),
  }),
  /** Content script, on a click: everything Tifa knows about one entity beyond this page. */
  z.object({ type: z.literal('lookup'), kind: MentionKindSchema, key: nonEmpty(TEXT_LIMITS.key), url: PageSchema.shape.url }),
  /** Popup, person view: as `lookup`, but asked from no page, so no page is left out. Reply: LookupResponse. */
  z.object({ type: z.literal('entity'), kind: MentionKindSchema, key: nonEmpty(TEXT_LIMITS.key) }),
  /** Popup: turn a site on or off, or pause everywhere. */
  z.object({ type: z.literal('set-site'), site: nonEmpty(TEXT_LIMITS.site), enabled: z.boolean() }),
  z.object({ type: z.literal('set-paused'), paused: z.boolean() }),
  /** Settings page: change some of the display settings. Reply: Settings. */
  z.object({ type: z.literal('set-display'), change: DisplayChangeSchema }),
  /** The bundled sample article (Tifa's own page): as `extract`, for a page no site switch governs. */
  z.object({ type: z.literal('extract-sample'), text: text(TEXT_LIMITS.article) }),
  /** The card: the reader says Tifa is wrong (not a person, a wrong title, a slogan or not). Reply: CorrectionResponse. */
  z.object({ type: z.literal('correct'), correction: CorrectionSchema }),
  /** Popup: undo a correction, by its key (lib/db/corrections.ts). Reply: CorrectionResponse. */
  z.object({ type: z.literal('uncorrect'), key: nonEmpty(TEXT_LIMITS.key * 3) }),
]);
export type Request = z.infer<typeof RequestSchema>;

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
  siteName: z.optional(PageSchema.shape.paper),
  published: z.optional(text(10)),
  root: z.nullable(ElementPathSchema),
  excluded: list(ElementPathSchema, 100_000),
});
export type PageReading = z.infer<typeof PageReadingSchema>;

/** Background to the offscreen document (Chrome, entrypoints/offscreen): read this page. Reply: PageReading. */
export const OffscreenRequestSchema = z.extend(PageHtmlSchema, { type: z.literal('offscreen-read-page'), url: PageSchema.shape.url });
export type OffscreenRequest = z.infer<typeof OffscreenRequestSchema>;

/** Reply to `page-start`: with the display settings when Tifa may work there. */
export const PageStartResponseSchema = z.object({ enabled: z.boolean(), display: z.optional(DisplaySchema) });
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
  /** The paper and the article's date, when the page showed them (PageSchema). */
  paper: PageSchema.shape.paper,
  date: PageSchema.shape.date,
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

/** Reply to `set-site`, `set-paused` and `set-display`: the settings now in force. Also the stored settings record. */
export const SettingsSchema = z.extend(DisplaySchema, {
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
  /** The settings changed: ask `page-start` again and follow (marks removed, added or restyled). */
  z.object({ type: z.literal('settings-changed') }),
]);
export type ContentMessage = z.infer<typeof ContentMessageSchema>;
