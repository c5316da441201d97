// The gold annotations in ../shared/eval/gold (format: GUIDELINES.md, "Files"),
// validated on load so a malformed file fails loudly rather than scoring zero.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { AmountSchema, PersonSchema, SloganSchema } from '../../lib/extract/schema';
import { GOLD_DIR } from './paths';

/** An entry the extractor may find or miss without penalty. */
const optional = { optional: z.boolean().optional() };

export const GoldDocSchema = z.object({
  doc: z.string(),
  paper: z.string(),
  date: z.iso.date(),
  place: z.string(),
  persons: z.array(PersonSchema.extend(optional)),
  amounts: z.array(
    AmountSchema.pick({ kind: true, unit: true, value: true, min: true, max: true, approx: true, text: true }).extend(optional),
  ),
  slogans: z.array(SloganSchema.extend(optional)),
  notes: z.string().optional(),
});
export type GoldDoc = z.infer<typeof GoldDocSchema>;

export function loadGold(dir: string = GOLD_DIR): GoldDoc[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const parsed = GoldDocSchema.safeParse(JSON.parse(readFileSync(join(dir, f), 'utf8')));
      if (!parsed.success) throw new Error(`${f}: ${z.prettifyError(parsed.error)}`);
      return parsed.data;
    });
}
