// The model file: a small header, a JSON description checked with zod, the
// hashed feature weights as 16-bit integers, and a CRC-32 of everything before
// it. Parsing refuses any file that is cut, altered or of another version with
// a NameModelError that says what is wrong: a model that reads as something
// else would give worse names without a sign.
import * as z from 'zod/mini';
import { crc32 } from './crc32';
import { wordKey, type CharTables } from './features';
import { TAGS } from './tags';

const MAGIC = 'TIFANAME';
export const FORMAT_VERSION = 2;

export class NameModelError extends Error {
  override name = 'NameModelError';
}

const Figures = z.object({ precision: z.number(), recall: z.number(), f1: z.number(), gold: z.number(), predicted: z.number() });

export const ModelMeta = z.object({
  bits: z.number().check(z.int(), z.gte(10), z.lte(24)),
  /** Multiplier from stored integers to scores. */
  scale: z.number().check(z.positive()),
  /** Transition scores from tag a to tag b at a × TAGS + b, then from the start of the text. */
  transitions: z.array(z.number()).check(z.length(TAGS * TAGS)),
  start: z.array(z.number()).check(z.length(TAGS)),
  /** Single-character surnames by class (1 rare … 3 very common). */
  surnames: z.record(z.string(), z.string()),
  compoundSurnames: z.array(z.string()),
  /** The words of the word features (features.ts), one per line. */
  words: z.string(),
  training: z.object({
    /** SHA-256 of the sentences trained on, and of the sources that read them and made the features. */
    dataSha256: z.string(),
    sourceSha256: z.string(),
    epochs: z.number(),
    sentences: z.number(),
    characters: z.number(),
    /** Entity-level figures on the MSRA test set, reached by this model alone. */
    msraTest: Figures,
  }),
});
export type ModelMeta = z.infer<typeof ModelMeta>;

/** Weights stored per bucket: every tag's score but "outside"'s, relative to it. */
export const STORED_PER_BUCKET = TAGS - 1;

export interface NameModel {
  meta: ModelMeta;
  mask: number;
  /** Per bucket, STORED_PER_BUCKET stored integers (tags.ts order, without "outside"). */
  weights: Int16Array;
  tables: CharTables;
  /** The description's transition and start scores, as typed arrays for the decoder's inner loop. */
  transitions: Float64Array;
  start: Float64Array;
}

export function charTables(meta: Pick<ModelMeta, 'surnames' | 'compoundSurnames' | 'words'>): CharTables {
  const surname = new Uint8Array(65536);
  for (const [cls, chars] of Object.entries(meta.surnames)) for (let i = 0; i < chars.length; i++) surname[chars.charCodeAt(i)] = Number(cls);
  const compound = new Set(meta.compoundSurnames.map((s) => s.charCodeAt(0) * 65536 + s.charCodeAt(1)));
  const words = new Set(meta.words.split('\n').filter(Boolean).map(wordKey));
  return { surname, compound, words };
}

export function serializeModel(meta: ModelMeta, weights: Int16Array): Uint8Array {
  const json = new TextEncoder().encode(JSON.stringify(meta));
  const size = 8 + 4 + 4 + json.length + weights.byteLength + 4;
  const bytes = new Uint8Array(size);
  const view = new DataView(bytes.buffer);
  bytes.set(new TextEncoder().encode(MAGIC), 0);
  view.setUint32(8, FORMAT_VERSION, true);
  view.setUint32(12, json.length, true);
  bytes.set(json, 16);
  let at = 16 + json.length;
  for (let i = 0; i < weights.length; i++, at += 2) view.setInt16(at, weights[i]!, true);
  view.setUint32(at, crc32(bytes.subarray(0, at)), true);
  return bytes;
}

export function parseModel(bytes: Uint8Array): NameModel {
  const fail = (why: string): never => {
    throw new NameModelError(`the name model file is unusable: ${why}`);
  };
  if (bytes.length < 20) fail(`${bytes.length} bytes is too short`);
  if (new TextDecoder().decode(bytes.subarray(0, 8)) !== MAGIC) fail('it does not start with the model header');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint32(8, true);
  if (version !== FORMAT_VERSION) fail(`format version ${version}, this build reads ${FORMAT_VERSION}`);
  const end = bytes.length - 4;
  if (crc32(bytes.subarray(0, end)) !== view.getUint32(end, true)) fail('its checksum does not match (cut or altered)');
  const jsonLength = view.getUint32(12, true);
  if (16 + jsonLength > end) fail('its description runs past the end');
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder().decode(bytes.subarray(16, 16 + jsonLength)));
  } catch {
    fail('its description is not JSON');
  }
  const parsed = ModelMeta.safeParse(raw);
  if (!parsed.success) return fail(`its description is invalid (${parsed.error.issues[0]?.message ?? 'schema'})`);
  const meta = parsed.data;
  const count = STORED_PER_BUCKET * 2 ** meta.bits;
  const start = 16 + jsonLength;
  if (end - start !== count * 2) fail(`it holds ${(end - start) / 2} weights, its description says ${count}`);
  const weights = new Int16Array(count);
  for (let i = 0; i < count; i++) weights[i] = view.getInt16(start + 2 * i, true);
  return {
    meta,
    mask: 2 ** meta.bits - 1,
    weights,
    tables: charTables(meta),
    transitions: Float64Array.from(meta.transitions),
    start: Float64Array.from(meta.start),
  };
}
