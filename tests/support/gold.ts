// The gold annotations in ../shared/eval/gold (format: GUIDELINES.md, "Files"),
// validated on load so a malformed file fails loudly rather than scoring zero.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod/mini';
import { AmountSchema, PersonSchema, SloganSchema } from '../../lib/extract/schema';
import { describeError } from '../../lib/zod-messages';
import { GOLD_DIR } from './paths';

/** An entry the extractor may find or miss without penalty. */
const optional = { optional: z.optional(z.boolean()) };

export const GoldDocSchema = z.object({
  doc: z.string(),
  paper: z.string(),
  date: z.iso.date(),
  place: z.string(),
  persons: z.array(z.extend(PersonSchema, optional)),
  amounts: z.array(
    z.extend(z.pick(AmountSchema, { kind: true, unit: true, value: true, min: true, max: true, approx: true, text: true }), optional),
  ),
  slogans: z.array(z.extend(SloganSchema, optional)),
  notes: z.optional(z.string()),
});
export type GoldDoc = z.infer<typeof GoldDocSchema>;

export function loadGold(dir: string = GOLD_DIR): GoldDoc[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const parsed = GoldDocSchema.safeParse(JSON.parse(readFileSync(join(dir, f), 'utf8')));
      if (!parsed.success) throw new Error(`${f}: ${describeError(parsed.error)}`);
      return parsed.data;
    });
}
