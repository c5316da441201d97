// Every message between the content script, the popup and the background,
// declared once as zod schemas. The background parses each request with
// RequestSchema and refuses what does not fit; senders type their requests
// with Request and read replies with the matching response schema.
import { z } from 'zod';
import { MentionKindSchema, RoleSchema, SloganKindSchema } from './extract/schema';

const text = (max: number) => z.string().max(max);

/** How much one `record` may carry; the content script trims a page's findings to fit. */
export const RECORD_LIMITS = { persons: 2000, titles: 50, slogans: 2000, mentions: 20000 } as const;

/** A person as the page shows them: the titles they hold on this page. */
export const PagePersonSchema = z.object({
  name: text(40).min(1),
  role: RoleSchema,
  titles: z.array(text(120)).max(RECORD_LIMITS.titles),
});

/** One highlighted occurrence, reduced to what the history keeps. */
export const PageMentionSchema = z.object({
  kind: MentionKindSchema,
  key: text(200).min(1),
  snippet: text(200),
  /** How often the entity occurs on the page; the content script sends one entry per entity (absent = 1). */
  occurrences: z.number().int().positive().max(10_000_000).optional(),
});

export const PageSchema = z.object({
  url: z.url({ protocol: /^https?$/ }).max(2048),
  title: text(500),
  /** The newspaper and issue date, when the page shows them. */
  paper: text(100).min(1).optional(),
  date: z.iso.date().optional(),
});

export const RequestSchema = z.discriminatedUnion('type', [
  /** Content script, on start: may Tifa work on this page, and what does it already know? */
  z.object({ type: z.literal('page-start'), url: PageSchema.shape.url }),
  /** Content script, after a pass: remember this page (ignored when the site is off, paused or incognito). */
  z.object({
    type: z.literal('record'),
    page: PageSchema,
    persons: z.array(PagePersonSchema).max(RECORD_LIMITS.persons),
    slogans: z.array(text(200)).max(RECORD_LIMITS.slogans),
    mentions: z.array(PageMentionSchema).max(RECORD_LIMITS.mentions),
  }),
  /** Content script, on a click: everything Tifa knows about one entity beyond this page. */
  z.object({ type: z.literal('lookup'), kind: MentionKindSchema, key: text(200).min(1), url: PageSchema.shape.url }),
  /** Popup, person view: as `lookup`, but asked from no page, so no page is left out. Reply: LookupResponse. */
  z.object({ type: z.literal('entity'), kind: MentionKindSchema, key: text(200).min(1) }),
  /** Popup: turn a site on or off, or pause everywhere. */
  z.object({ type: z.literal('set-site'), site: text(253).min(1), enabled: z.boolean() }),
  z.object({ type: z.literal('set-paused'), paused: z.boolean() }),
]);
export type Request = z.infer<typeof RequestSchema>;

export const PageStartResponseSchema = z.object({
  enabled: z.boolean(),
  knownNames: z.array(z.object({ name: text(40), role: RoleSchema })),
  knownSlogans: z.array(text(200)),
});
export type PageStartResponse = z.infer<typeof PageStartResponseSchema>;

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
  role: RoleSchema.optional(),
  gloss: z.string().optional(),
  sloganKind: SloganKindSchema.optional(),
  corpus: z.array(CorpusHitSchema),
  history: z.array(HistoryHitSchema),
  /** Titles held over time, oldest first: from dated corpus documents and visits. */
  titlesOverTime: z.array(z.object({ date: z.string(), title: z.string(), source: z.string() })),
  /** People named most often on the same pages and documents. */
  coMentioned: z.array(z.object({ name: z.string(), count: z.number().int() })),
});
export type LookupResponse = z.infer<typeof LookupResponseSchema>;

/** Reply to `record`: false when the page was not kept (paused, site off, incognito). */
export const RecordResponseSchema = z.object({ recorded: z.boolean() });
export type RecordResponse = z.infer<typeof RecordResponseSchema>;

/** Reply to `set-site` and `set-paused`: the settings now in force. Also the stored settings record. */
export const SettingsSchema = z.object({
  paused: z.boolean(),
  /** Host names Tifa is switched off on. */
  sitesOff: z.array(text(253).min(1)),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const ErrorResponseSchema = z.object({ error: z.string() });
export type ErrorResponse = z.infer<typeof ErrorResponseSchema>;

/** Background to a tab's content script (tabs.sendMessage); the content script parses each with this schema. */
export const ContentMessageSchema = z.discriminatedUnion('type', [
  /** Context menu "Look up in Tifa" on a selection: open the card for the selected text. */
  z.object({ type: z.literal('show-card'), key: text(200).min(1) }),
  /** Keyboard command: hide or show every mark on the page. */
  z.object({ type: z.literal('toggle-highlights') }),
]);
export type ContentMessage = z.infer<typeof ContentMessageSchema>;
