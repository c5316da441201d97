// The seed corpus manifest (seeds/manifest.json): where and when each article
// was printed. Pure: the caller reads the file and passes the parsed JSON.
import * as z from 'zod/mini';
import { describeError } from '../zod-messages';

export const SeedEntrySchema = z.object({
  /** A file name in seeds/, no directories. */
  file: z.string().check(z.regex(/^[^/\\]+\.txt$/, 'a .txt file name without directories')),
  /** The newspaper, as it names itself (湘潭日报). */
  paper: z.string().check(z.minLength(1)),
  /** The issue date, read from the text where the page has no masthead. */
  date: z.iso.date(),
  /** The city the paper covers. */
  city: z.string().check(z.minLength(1)),
});
export type SeedEntry = z.infer<typeof SeedEntrySchema>;

export const SeedManifestSchema = z.array(SeedEntrySchema).check(
  z.superRefine((entries, ctx) => {
    const seen = new Set<string>();
    entries.forEach((e, i) => {
      if (seen.has(e.file)) ctx.addIssue({ code: 'custom', path: [i, 'file'], message: `${e.file} is listed twice` });
      seen.add(e.file);
    });
  }),
);
export type SeedManifest = z.infer<typeof SeedManifestSchema>;

/** Validates parsed manifest JSON; throws with every problem on one line each. */
export function parseSeedManifest(json: unknown): SeedManifest {
  const result = SeedManifestSchema.safeParse(json);
  if (!result.success) throw new Error(`invalid seed manifest:\n${describeError(result.error)}`);
  return result.data;
}
