// Best tag sequence under per-character scores and tag-to-tag transitions
// (tags.ts), and how sure each character's place in a name is: a forward
// pass of best scores with back pointers, and a backward pass of best
// scores, each linear in the text's length.
import { allowed, mayEnd, mayStart, O as OUTSIDE, TAGS as TAG_COUNT } from './tags';

// Imported bindings read once: under tsx and vitest each read of one is a getter call, too slow for the inner loops.
const TAGS = TAG_COUNT;
const O = OUTSIDE;

const NEG = -1e30;
/** For each tag, the tags that may come before it. */
const PREDECESSORS = Array.from({ length: TAGS }, (_, t) => Int32Array.from({ length: TAGS }, (_, f) => f).filter((f) => allowed(f, t)));
/** For each tag, the tags that may come after it. */
const SUCCESSORS = Array.from({ length: TAGS }, (_, f) => Int32Array.from({ length: TAGS }, (_, t) => t).filter((t) => allowed(f, t)));

export interface Decoded {
  tags: Uint8Array;
  /** Best score of a sequence with tag t at character i (n × TAGS), up to and including i. */
  forward: Float64Array;
}

/** Best tags for `emit` (n × TAGS scores). `transitions` is TAGS × TAGS, `start` the scores from the text's start. */
export function viterbi(emit: Float64Array, transitions: ArrayLike<number>, start: ArrayLike<number>): Decoded {
  const n = emit.length / TAGS;
  const tags = new Uint8Array(n);
  const forward = new Float64Array(n * TAGS);
  if (n === 0) return { tags, forward };
  const back = new Uint8Array(n * TAGS);
  for (let t = 0; t < TAGS; t++) forward[t] = mayStart(t) ? start[t]! + emit[t]! : NEG;
  for (let i = 1, row = TAGS; i < n; i++, row += TAGS) {
    const prev = row - TAGS;
    for (let t = 0; t < TAGS; t++) {
      const preds = PREDECESSORS[t]!;
      let best = NEG;
      let arg = 0;
      for (let k = 0; k < preds.length; k++) {
        const f = preds[k]!;
        const s = forward[prev + f]! + transitions[f * TAGS + t]!;
        if (s > best) {
          best = s;
          arg = f;
        }
      }
      forward[row + t] = best + emit[row + t]!;
      back[row + t] = arg;
    }
  }
  const last = (n - 1) * TAGS;
  let t = O;
  for (let k = 0; k < TAGS; k++) if (mayEnd(k) && forward[last + k]! > forward[last + t]!) t = k;
  for (let i = n - 1; i >= 0; i--) {
    tags[i] = t;
    t = back[i * TAGS + t]!;
  }
  return { tags, forward };
}

/** How far past a name the backward scores are read: far enough that the rest of the text no longer changes them. */
const LOOKAHEAD = 16;

/**
 * How much the best sequence's score drops when the least sure character of
 * [start, end) is forced outside a name: the name's confidence. The backward
 * scores are computed only from LOOKAHEAD characters past the name, so the
 * cost is the name's length, not the text's.
 */
export function nameMargin(emit: Float64Array, transitions: ArrayLike<number>, forward: Float64Array, start: number, end: number): number {
  const n = emit.length / TAGS;
  const stop = Math.min(n, end + LOOKAHEAD);
  const width = stop - start;
  const backward = new Float64Array(width * TAGS);
  const last = (width - 1) * TAGS;
  for (let t = 0; t < TAGS; t++) backward[last + t] = stop === n && !mayEnd(t) ? NEG : 0;
  for (let row = last - TAGS; row >= 0; row -= TAGS) {
    const next = row + TAGS;
    const emitNext = (start * TAGS) + next;
    for (let f = 0; f < TAGS; f++) {
      const succ = SUCCESSORS[f]!;
      let best = NEG;
      for (let k = 0; k < succ.length; k++) {
        const t = succ[k]!;
        const s = transitions[f * TAGS + t]! + emit[emitNext + t]! + backward[next + t]!;
        if (s > best) best = s;
      }
      backward[row + f] = best;
    }
  }
  let margin = Infinity;
  for (let i = start; i < end; i++) {
    const row = i * TAGS;
    const local = (i - start) * TAGS;
    const outside = forward[row + O]! + backward[local + O]!;
    let named = NEG;
    for (let t = 0; t < TAGS; t++) if (t !== O && forward[row + t]! + backward[local + t]! > named) named = forward[row + t]! + backward[local + t]!;
    margin = Math.min(margin, named > outside ? named - outside : 0);
  }
  return margin;
}
