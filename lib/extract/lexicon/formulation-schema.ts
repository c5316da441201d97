// One entry of the formulations lexicon (提法): the data files under
// formulations/ are checked against this schema when they are loaded.
import * as z from 'zod/mini';
import { FormulationLevelSchema, SloganKindSchema } from '../schema';

/** Glosses are one line on the card: a sentence, not an essay. */
export const GLOSS_MAX = 100;

const phrase = z.string().check(z.minLength(2), z.maxLength(30), z.regex(/^[^\s“”"「」『』《》]+$/));

export const FormulationSchema = z
  .object({
    /** The phrase as usually printed, in simplified script, without quotation marks. */
    text: phrase,
    kind: SloganKindSchema,
    /** A one-line factual explanation, in Chinese. */
    gloss: z.string().check(z.minLength(4), z.maxLength(GLOSS_MAX), z.regex(/^[^\n]+$/)),
    level: FormulationLevelSchema,
    /** The province (`湖南省`) or the province and city (`湖南省株洲市`); absent for national ones. */
    place: z.optional(z.string().check(z.minLength(2), z.maxLength(20))),
    /** The year it was first put forward, where known. */
    year: z.optional(z.number().check(z.int(), z.gte(1949), z.lte(2026))),
    /** Other printed forms: a long or short form, digits for numerals, with or without 的. */
    variants: z.optional(z.array(phrase)),
    /**
     * An everyday phrase of news prose (`高质量发展`, `营商环境`): glossed when
     * quoted, but not marked where it stands without quotation marks.
     */
    everyday: z.optional(z.boolean()),
  })
  .check(
    z.refine((f) => (f.level === 'national') === (f.place === undefined), {
      message: 'a national formulation has no place; a provincial or city one names its place',
    }),
  );
export type Formulation = z.infer<typeof FormulationSchema>;

export const FormulationFileSchema = z.array(FormulationSchema);
