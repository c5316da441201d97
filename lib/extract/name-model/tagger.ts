// Person names in a text by the trained model: features at every character,
// scores from the hashed weights, the best tag sequence, and each name's
// confidence (the least margin of its characters).
import { FEATURES_PER_CHAR, featureBuckets } from './features';
import { STORED_PER_BUCKET as STORED, type NameModel } from './format';
import { spansOf, TAGS as TAG_COUNT } from './tags';
import { nameMargin, viterbi } from './viterbi';

// Imported bindings read once: under tsx and vitest each read of one is a getter call, too slow for the inner loops.
const TAGS = TAG_COUNT;
const STORED_PER_BUCKET = STORED;
const PER_CHAR = FEATURES_PER_CHAR;

export interface NameSpan {
  start: number;
  end: number;
  /** How much worse the best reading becomes without this name; higher is surer. */
  confidence: number;
}

/** Scores of every tag at every character (n × TAGS), "outside" being 0. */
export function emissions(model: NameModel, text: string): Float64Array {
  const buckets = featureBuckets(text, model.tables, model.mask);
  const n = text.length;
  const emit = new Float64Array(n * TAGS);
  const { weights } = model;
  const scale = model.meta.scale;
  // Unrolled for the four stored tags (B, M, E, S): this loop is most of the tagger's time.
  if (STORED_PER_BUCKET !== 4) throw new Error('emissions() is written for four stored tags');
  for (let i = 0; i < n; i++) {
    let b = 0, m = 0, e = 0, s = 0;
    for (let k = i * PER_CHAR, end = k + PER_CHAR; k < end; k++) {
      const at = buckets[k]! * 4;
      b += weights[at]!;
      m += weights[at + 1]!;
      e += weights[at + 2]!;
      s += weights[at + 3]!;
    }
    const row = i * TAGS;
    emit[row + 1] = b * scale;
    emit[row + 2] = m * scale;
    emit[row + 3] = e * scale;
    emit[row + 4] = s * scale;
  }
  return emit;
}

export function tagNames(model: NameModel, text: string): NameSpan[] {
  const emit = emissions(model, text);
  const { transitions, start } = model;
  const { tags, forward } = viterbi(emit, transitions, start);
  return spansOf(tags).map(({ start: s, end: e }) => ({ start: s, end: e, confidence: nameMargin(emit, transitions, forward, s, e) }));
}
