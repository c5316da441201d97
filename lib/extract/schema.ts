// The extractors' output, declared once: every type in Tifa that describes an
// extracted entity is inferred from these schemas. The field names of the three
// entity arrays follow ../shared/eval/GUIDELINES.md so score.mjs can read them.
// zod/mini: the content script bundles these schemas, and the mini build is a
// tenth of classic zod's size (it tree-shakes).
import * as z from 'zod/mini';

export const RoleSchema = z.enum(['official', 'business', 'professional', 'journalist', 'citizen']);
export type Role = z.infer<typeof RoleSchema>;

/** Offsets are UTF-16 code units into the ORIGINAL text, end exclusive. */
const offset = () => z.int().check(z.nonnegative());
const span = { start: offset(), end: offset() };

export const PersonSchema = z.object({
  name: z.string().check(z.minLength(1)),
  role: RoleSchema,
  /** Every title attached to this person, as printed, in order of first appearance. */
  titles: z.array(z.string()),
});
export type Person = z.infer<typeof PersonSchema>;

export const AmountKindSchema = z.enum(['money', 'quantity', 'percent']);
export type AmountKind = z.infer<typeof AmountKindSchema>;

export const ApproxSchema = z.enum(['over', 'under', 'about']);
export type Approx = z.infer<typeof ApproxSchema>;

export const AmountSchema = z.object({
  kind: AmountKindSchema,
  /** ISO 4217 for money, a GUIDELINES unit code for quantities, `%` for percent. */
  unit: z.string(),
  /** A single value; ranges carry min and max instead. */
  value: z.optional(z.number()),
  min: z.optional(z.number()),
  max: z.optional(z.number()),
  approx: z.optional(ApproxSchema),
  /** The span as printed (first occurrence). */
  text: z.string(),
  ...span,
});
export type Amount = z.infer<typeof AmountSchema>;

export const SloganKindSchema = z.enum(['formula', 'campaign', 'policy']);
export type SloganKind = z.infer<typeof SloganKindSchema>;

/** Where a formulation belongs: the whole country, a province, a city. */
export const FormulationLevelSchema = z.enum(['national', 'province', 'city']);
export type FormulationLevel = z.infer<typeof FormulationLevelSchema>;

/** What the formulations lexicon says of a slogan it knows: a slogan's fields, and the lookup card's. */
export const formulationFacts = {
  /** A one-line factual explanation. */
  gloss: z.optional(z.string()),
  level: z.optional(FormulationLevelSchema),
  /** The province or city of a local formulation. */
  place: z.optional(z.string()),
  /** The year it was first put forward. */
  year: z.optional(z.int()),
};

export const SloganSchema = z.object({
  /** The phrase without quotation marks, normalized (full-width digits and ＋). */
  text: z.string().check(z.minLength(1)),
  kind: SloganKindSchema,
  ...formulationFacts,
});
export type Slogan = z.infer<typeof SloganSchema>;

/** What the content script paints: `official` and `person` are kept apart so officials can be coloured differently. */
export const MentionKindSchema = z.enum(['official', 'person', 'amount', 'slogan']);
export type MentionKind = z.infer<typeof MentionKindSchema>;

export const MentionSchema = z.object({
  kind: MentionKindSchema,
  /** The entity this occurrence belongs to: a person's name, a slogan's text, an amount's key. */
  key: z.string(),
  /** The original characters at [start, end). */
  text: z.string(),
  ...span,
});
export type Mention = z.infer<typeof MentionSchema>;

export const ExtractionSchema = z.object({
  persons: z.array(PersonSchema),
  amounts: z.array(AmountSchema),
  slogans: z.array(SloganSchema),
  /** Every occurrence, sorted by start, never overlapping. */
  mentions: z.array(MentionSchema),
});
export type Extraction = z.infer<typeof ExtractionSchema>;

/**
 * A reader's correction of what Tifa found, applied on every page from then on:
 * a name that is no person, a title a person does not hold, a phrase that is or
 * is not a slogan. Keys are as the card shows them.
 */
export const CorrectionSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('not-person'), name: z.string().check(z.minLength(1), z.maxLength(64)) }),
  z.object({ type: z.literal('wrong-title'), name: z.string().check(z.minLength(1), z.maxLength(64)), title: z.string().check(z.minLength(1), z.maxLength(120)) }),
  z.object({ type: z.literal('slogan'), text: z.string().check(z.minLength(2), z.maxLength(40)) }),
  z.object({ type: z.literal('not-slogan'), text: z.string().check(z.minLength(1), z.maxLength(40)) }),
]);
export type Correction = z.infer<typeof CorrectionSchema>;
