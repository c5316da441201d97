// Best tag sequence under per-character scores and tag-to-tag transitions,
// linear in the text's length. Tags: 0 outside a name, 1 its first
// character, 2 a later one; "later" only after "first" or "later".
import { TAGS } from './format';

const NEG = -1e30;
const allowed = (from: number, to: number): boolean => to !== 2 || from !== 0;

/** Best tags for `emit` (n × TAGS scores). `transitions` is TAGS × TAGS, `start` the scores from the text's start. */
export function viterbi(emit: Float64Array, transitions: ArrayLike<number>, start: ArrayLike<number>): Uint8Array {
  const n = emit.length / TAGS;
  const tags = new Uint8Array(n);
  if (n === 0) return tags;
  const back = new Uint8Array(n * TAGS);
  let prev = [start[0]! + emit[0]!, start[1]! + emit[1]!, NEG];
  const cur = [0, 0, 0];
  for (let i = 1; i < n; i++) {
    for (let t = 0; t < TAGS; t++) {
      let best = NEG;
      let arg = 0;
      for (let f = 0; f < TAGS; f++) {
        if (!allowed(f, t)) continue;
        const s = prev[f]! + transitions[f * TAGS + t]!;
        if (s > best) {
          best = s;
          arg = f;
        }
      }
      cur[t] = best + emit[i * TAGS + t]!;
      back[i * TAGS + t] = arg;
    }
    prev = [cur[0]!, cur[1]!, cur[2]!];
  }
  let t = prev[0]! >= prev[1]! ? (prev[0]! >= prev[2]! ? 0 : 2) : prev[1]! >= prev[2]! ? 1 : 2;
  for (let i = n - 1; i >= 0; i--) {
    tags[i] = t;
    t = back[i * TAGS + t]!;
  }
  return tags;
}

/**
 * For each position, how much the best sequence's score drops when that
 * character is forced outside a name (0 where the best sequence has it
 * outside): the confidence that it belongs to a name.
 */
export function insideMargins(emit: Float64Array, transitions: ArrayLike<number>, start: ArrayLike<number>): Float64Array {
  const n = emit.length / TAGS;
  const fwd = new Float64Array(n * TAGS);
  const bwd = new Float64Array(n * TAGS);
  for (let t = 0; t < TAGS; t++) fwd[t] = t === 2 ? NEG : start[t]! + emit[t]!;
  for (let i = 1; i < n; i++) {
    for (let t = 0; t < TAGS; t++) {
      let best = NEG;
      for (let f = 0; f < TAGS; f++) if (allowed(f, t)) best = Math.max(best, fwd[(i - 1) * TAGS + f]! + transitions[f * TAGS + t]!);
      fwd[i * TAGS + t] = best + emit[i * TAGS + t]!;
    }
  }
  for (let i = n - 2; i >= 0; i--) {
    for (let f = 0; f < TAGS; f++) {
      let best = NEG;
      for (let t = 0; t < TAGS; t++) if (allowed(f, t)) best = Math.max(best, transitions[f * TAGS + t]! + emit[(i + 1) * TAGS + t]! + bwd[(i + 1) * TAGS + t]!);
      bwd[i * TAGS + f] = best;
    }
  }
  const margins = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const o = fwd[i * TAGS]! + bwd[i * TAGS]!;
    const named = Math.max(fwd[i * TAGS + 1]! + bwd[i * TAGS + 1]!, fwd[i * TAGS + 2]! + bwd[i * TAGS + 2]!);
    margins[i] = Math.max(0, named - o);
  }
  return margins;
}
