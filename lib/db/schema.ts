// Every record the history stores, and the export file format, as zod schemas.
// Records are validated before every write and when read back for export, so
// neither a bug nor a hand-edited import can leave a malformed record behind.
import * as z from 'zod/mini';
import { CorrectionSchema, MentionKindSchema, RoleSchema } from '../extract/schema';
import { RECORD_LIMITS, TEXT_LIMITS } from '../limits';
import { DEFAULT_MARKS } from '../dom/mark-styles';
import { DisplaySchema, PageMentionSchema, PagePersonSchema, PageSchema, SettingsSchema } from '../messages';

const count = () => z.int().check(z.nonnegative());
const timestamp = count();

/** What the history keeps of one entity on one page. */
export const MentionFieldsSchema = z.object({
  kind: MentionKindSchema,
  key: PageMentionSchema.shape.key,
  /** For people: their role on this page. */
  role: z.optional(RoleSchema),
  /** For people: the titles this page gives them. */
  titles: PagePersonSchema.shape.titles,
  /** Context around the first occurrence. */
  snippet: PageMentionSchema.shape.snippet,
  /** How often the page mentions it. */
  occurrences: count(),
});
export type MentionFields = z.infer<typeof MentionFieldsSchema>;

export const MentionRecordSchema = z.extend(MentionFieldsSchema, {
  /** Assigned by IndexedDB. */
  id: z.optional(z.int().check(z.positive())),
  url: PageSchema.shape.url,
});
export type MentionRecord = z.infer<typeof MentionRecordSchema>;

const visitFields = {
  url: PageSchema.shape.url,
  title: PageSchema.shape.title,
  /** Epoch milliseconds. */
  firstVisited: timestamp,
  lastVisited: timestamp,
  visits: z.int().check(z.positive()),
  /** Newspaper and issue date, when the page shows them. */
  paper: PageSchema.shape.paper,
  date: PageSchema.shape.date,
};
const visitsInOrder = (p: { firstVisited: number; lastVisited: number }): boolean => p.firstVisited <= p.lastVisited;
const ORDER_MESSAGE = { message: 'lastVisited is before firstVisited', path: ['lastVisited'] };

export const KindCountsSchema = z.object({
  official: count(),
  person: count(),
  amount: count(),
  slogan: count(),
});
export type KindCounts = z.infer<typeof KindCountsSchema>;

export const PageRecordSchema = z
  .object({
    ...visitFields,
    site: z.string().check(z.minLength(1), z.maxLength(TEXT_LIMITS.site)),
    /** Distinct entities of each kind on the page. */
    counts: KindCountsSchema,
  })
  .check(z.refine(visitsInOrder, ORDER_MESSAGE));
export type PageRecord = z.infer<typeof PageRecordSchema>;

/**
 * The settings (lib/db/settings.ts: pause, sites switched off, display); one
 * record, id `settings`. The display settings came after version 1's records:
 * where a record lacks one, it reads as its default.
 */
export const SettingsRecordSchema = z.extend(SettingsSchema, {
  id: z.literal('settings'),
  marks: z._default(DisplaySchema.shape.marks, DEFAULT_MARKS),
  cardOpens: z._default(DisplaySchema.shape.cardOpens, 'click'),
  language: z._default(DisplaySchema.shape.language, 'auto'),
});
export type SettingsRecord = z.infer<typeof SettingsRecordSchema>;

/** A part of the search index (search-index.ts): the lines of the pages whose address hashes to `bucket`. */
export const SearchBucketSchema = z.object({ bucket: count(), lines: z.string() });
export type SearchBucket = z.infer<typeof SearchBucketSchema>;

/** A correction the reader made (lib/extract/corrections.ts), keyed by what it corrects, with when. */
export const CorrectionRecordSchema = z.object({ key: z.string(), at: z.number(), correction: CorrectionSchema });
export type CorrectionRecord = z.infer<typeof CorrectionRecordSchema>;
/** In an export file: the key is derived again on import. */
export const ExportedCorrectionSchema = z.object({ at: z.number(), correction: CorrectionSchema });
export type ExportedCorrection = z.infer<typeof ExportedCorrectionSchema>;

export const EXPORT_FORMAT = 'tifa-history';
export const EXPORT_VERSION = 1;

/** A page in an export file: its visits and mentions; site and counts are derived again on import. */
export const ExportedPageSchema = z
  .object({ ...visitFields, mentions: z.array(MentionFieldsSchema).check(z.maxLength(RECORD_LIMITS.mentions)) })
  .check(
    z.refine(visitsInOrder, ORDER_MESSAGE),
    z.superRefine((page, ctx) => {
      const seen = new Set<string>();
      page.mentions.forEach((m, i) => {
        const id = `${m.kind}\u0000${m.key}`;
        if (seen.has(id)) ctx.addIssue({ code: 'custom', path: ['mentions', i], message: `${m.kind} ${m.key} is listed twice` });
        seen.add(id);
      });
    }),
  );
export type ExportedPage = z.infer<typeof ExportedPageSchema>;

export const HistoryExportSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: z.iso.datetime(),
  pages: z.array(ExportedPageSchema),
  /** Absent from files made before corrections existed. */
  corrections: z.optional(z.array(ExportedCorrectionSchema).check(z.maxLength(100_000))),
});
export type HistoryExport = z.infer<typeof HistoryExportSchema>;

/** Splits records read back from IndexedDB into those that fit the schema and a count of the others. */
export function keepValid<T>(schema: z.ZodMiniType<T>, records: readonly unknown[]): { valid: T[]; skipped: number } {
  const valid: T[] = [];
  for (const r of records) {
    const parsed = schema.safeParse(r);
    if (parsed.success) valid.push(parsed.data);
  }
  return { valid, skipped: records.length - valid.length };
}
