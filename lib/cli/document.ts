// What the CLI reads and what it prints with --json, declared once.
import * as z from 'zod/mini';
import { ExtractionSchema } from '../extract/schema';

export const SourceDocumentSchema = z.object({
  /** The file's base name, as the gold annotations name documents. */
  doc: z.string(),
  /** The headline found on a web page (plain text has none apart from its first lines). */
  title: z.optional(z.string()),
  /** The text that was annotated; every mention's offsets point into it. */
  text: z.string(),
});
export type SourceDocument = z.infer<typeof SourceDocumentSchema>;

export const AnnotatedDocumentSchema = z.extend(SourceDocumentSchema, ExtractionSchema.shape);
export type AnnotatedDocument = z.infer<typeof AnnotatedDocumentSchema>;
