// The display settings every page follows, as the background sends them with
// each page-start and page reading: which kinds are marked and how, how the card opens, the UI language.
import * as z from 'zod/mini';
import { MentionKindSchema } from './extract/schema';

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
