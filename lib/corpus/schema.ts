// The bundled corpus index (corpus.json, written at build time from seeds/):
// who holds which titles in which document, where each slogan appears, and
// each document's paper, date and city. Validated when the background loads it.
import * as z from 'zod/mini';
import { RoleSchema, SloganKindSchema } from '../extract/schema';
import { describeError } from '../zod-messages';
import { SeedEntrySchema } from './manifest';

export const CORPUS_INDEX_VERSION = 1;

/** A document of the corpus: its file name (the id persons and slogans refer to), paper, date and city. */
export const CorpusDocSchema = SeedEntrySchema;
export type CorpusDoc = z.infer<typeof CorpusDocSchema>;

export const CorpusPersonSchema = z.object({
  name: z.string().check(z.minLength(1)),
  /** `official` when any document names them as one, else their role in the first document. */
  role: RoleSchema,
  docs: z.array(
    z.object({
      doc: z.string(),
      /** The titles this document gives them, as extract() reports them. */
      titles: z.array(z.string()),
      /** Context around their first mention in this document. */
      snippet: z.string(),
    }),
  ),
});
export type CorpusPerson = z.infer<typeof CorpusPersonSchema>;

export const CorpusSloganSchema = z.object({
  text: z.string().check(z.minLength(1)),
  kind: SloganKindSchema,
  gloss: z.optional(z.string()),
  docs: z.array(z.object({ doc: z.string(), snippet: z.string() })),
});
export type CorpusSlogan = z.infer<typeof CorpusSloganSchema>;

export const CorpusIndexSchema = z
  .object({
    version: z.literal(CORPUS_INDEX_VERSION),
    docs: z.array(CorpusDocSchema),
    persons: z.array(CorpusPersonSchema),
    slogans: z.array(CorpusSloganSchema),
  })
  .check(
    z.superRefine((index, ctx) => {
      // Every reference must resolve, so lookups never meet a dangling doc id.
      const files = new Set(index.docs.map((d) => d.file));
      const check = (entries: { doc: string }[], path: (string | number)[]): void =>
        entries.forEach((e, i) => {
          if (!files.has(e.doc)) ctx.addIssue({ code: 'custom', path: [...path, 'docs', i, 'doc'], message: `unknown document ${e.doc}` });
        });
      index.persons.forEach((p, i) => check(p.docs, ['persons', i]));
      index.slogans.forEach((s, i) => check(s.docs, ['slogans', i]));
    }),
  );
export type CorpusIndex = z.infer<typeof CorpusIndexSchema>;

/** Validates a parsed corpus.json; throws with every problem, one per line. */
export function parseCorpusIndex(json: unknown): CorpusIndex {
  const result = CorpusIndexSchema.safeParse(json);
  if (!result.success) throw new Error(`invalid corpus index:\n${describeError(result.error)}`);
  return result.data;
}
