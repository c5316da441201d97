// Every message between the content script, the popup and the background,
// declared once as zod schemas. The background parses each request with
// RequestSchema and refuses what does not fit; senders type their requests
// with Request and read replies with the matching response schema (the
// replies and the display settings are lib/replies.ts and lib/display.ts,
// re-exported here).
import * as z from 'zod/mini';
import { DisplaySchema, MarkStyleSchema } from './display';
import { CorrectionSchema, MentionKindSchema, RoleSchema } from './extract/schema';
import { RECORD_LIMITS, TEXT_LIMITS } from './limits';
import { IssueDateSchema, list, nonEmpty, PaperSchema, text } from './message-fields';

export * from './display';
export * from './replies';

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
  paper: z.optional(PaperSchema),
  date: z.optional(IssueDateSchema),
});

/** What the history keeps of one visit to a page (lib/background/visit.ts makes it from an extraction). */
export const VisitSchema = z.object({
  page: PageSchema,
  persons: list(PagePersonSchema, RECORD_LIMITS.persons),
  slogans: list(text(TEXT_LIMITS.key), RECORD_LIMITS.slogans),
  mentions: list(PageMentionSchema, RECORD_LIMITS.mentions),
});
export type Visit = z.infer<typeof VisitSchema>;

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
/** A page load's id (lib/content/session.ts), in which the same findings are kept once. */
const LoadSchema = nonEmpty(64);

export const RequestSchema = z.discriminatedUnion('type', [
  /** Content script, on start: may Tifa work on this page? */
  z.object({ type: z.literal('page-start'), url: PageSchema.shape.url }),
  /**
   * Content script, on a page Tifa works on: may Tifa work here, and where is
   * the article in this copy of the page? Read off the page's main thread
   * (lib/background/page-reader.ts), its text extracted at once; with `load`,
   * kept in the history as `extract` keeps a page. Reply: ReadPageResponse.
   */
  z.extend(PageHtmlSchema, { type: z.literal('read-page'), url: PageSchema.shape.url, load: z.optional(LoadSchema) }),
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
    page: z.optional(z.extend(z.omit(PageSchema, { url: true }), { load: LoadSchema })),
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

/** Background to the offscreen document (Chrome, entrypoints/offscreen): read this page. Reply: PageReading. */
export const OffscreenRequestSchema = z.extend(PageHtmlSchema, { type: z.literal('offscreen-read-page'), url: PageSchema.shape.url });
export type OffscreenRequest = z.infer<typeof OffscreenRequestSchema>;

/** Reply to `set-site`, `set-paused` and `set-display`: the settings now in force. Also the stored settings record. */
export const SettingsSchema = z.extend(DisplaySchema, {
  paused: z.boolean(),
  /** Host names Tifa is switched off on. */
  sitesOff: z.array(nonEmpty(TEXT_LIMITS.site)),
});
export type Settings = z.infer<typeof SettingsSchema>;

