// Person names in a text by the trained model: features at every character,
// scores from the hashed weights, the best tag sequence, and each name's
// confidence (the least margin of its characters).
import { encodeText, FEATURES_PER_CHAR, featuresAt } from './features';
import { TAGS, type NameModel } from './format';
import { insideMargins, viterbi } from './viterbi';

export interface NameSpan {
  start: number;
  end: number;
  /** How much worse the best reading becomes without this name; higher is surer. */
  confidence: number;
}

/** Scores of every tag at every character (n × TAGS), "outside" being 0. */
export function emissions(model: NameModel, text: string): Float64Array {
  const codes = encodeText(text);
  const emit = new Float64Array(codes.length * TAGS);
  const feats = new Uint32Array(FEATURES_PER_CHAR);
  const { weights, mask, surnames } = model;
  const scale = model.meta.scale;
  for (let i = 0; i < codes.length; i++) {
    featuresAt(codes, i, surnames, mask, feats);
    let b = 0;
    let l = 0;
    for (let k = 0; k < FEATURES_PER_CHAR; k++) {
      const at = feats[k]! * 2;
      b += weights[at]!;
      l += weights[at + 1]!;
    }
    emit[i * TAGS + 1] = b * scale;
    emit[i * TAGS + 2] = l * scale;
  }
  return emit;
}

/** Names spans from tags: a "first" character and the "later" ones after it. */
export function spansOf(tags: Uint8Array): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] !== 1) continue;
    let j = i + 1;
    while (j < tags.length && tags[j] === 2) j++;
    spans.push({ start: i, end: j });
    i = j - 1;
  }
  return spans;
}

export function tagNames(model: NameModel, text: string): NameSpan[] {
  const emit = emissions(model, text);
  const { transitions, start } = model.meta;
  const spans = spansOf(viterbi(emit, transitions, start));
  if (spans.length === 0) return [];
  const margins = insideMargins(emit, transitions, start);
  return spans.map(({ start: s, end: e }) => {
    let confidence = Infinity;
    for (let i = s; i < e; i++) confidence = Math.min(confidence, margins[i]!);
    return { start: s, end: e, confidence };
  });
}
