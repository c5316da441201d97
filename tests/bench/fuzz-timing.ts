// extract()'s time per character across generated bad input (tests/support/fuzz.ts):
// the worst input against the median one. An extractor that is linear on every
// construct keeps the ratio small; one that backtracks on some construct shows
// it here, with the generator that produced it.
import { extract } from '../../lib/extract';
import { fuzzInput, type FuzzInput } from '../support/fuzz';
import { median, timeOnce } from './measure';

const SEED = 7;
const INPUTS = 400;
// Short inputs are repeated up to this length so the timer's resolution does not decide.
const MIN_CHARS = 2_000;
// Every input is timed once per round, rounds interleaved, and keeps its fastest
// time: other work on a shared machine only ever adds time, and interleaving
// spreads a burst of it over many inputs instead of making one look slow.
const ROUNDS = 15;

export interface FuzzTiming {
  seed: number;
  inputs: number;
  /** Each input repeated (joined by newlines) to at least this many UTF-16 code units. */
  minChars: number;
  medianNsPerChar: number;
  worstNsPerChar: number;
  worstOverMedian: number;
  worst: { index: number; generator: string; chars: number; preview: string };
}

function lengthen(text: string): string {
  return Array.from({ length: Math.ceil(MIN_CHARS / (text.length + 1)) }, () => text).join('\n');
}

export function measureFuzzTiming(): FuzzTiming {
  const sample: { input: FuzzInput; text: string; ms: number }[] = [];
  for (let index = 0; sample.length < INPUTS; index++) {
    const input = fuzzInput(SEED, index);
    if (input.text.length > 0) sample.push({ input, text: lengthen(input.text), ms: Infinity });
  }
  // Warm up on the whole sample first: the first inputs timed would otherwise
  // pay for the JIT compiling extract() and be the "worst".
  for (let i = 0; i < 3; i++) for (const { input, text } of sample) extract(text, input.options);
  for (let round = 0; round < ROUNDS; round++) {
    for (const s of sample) s.ms = Math.min(s.ms, timeOnce(() => extract(s.text, s.input.options)));
  }

  const nsPerChar = (s: (typeof sample)[number]): number => (s.ms * 1e6) / s.text.length;
  const worst = sample.reduce((a, b) => (nsPerChar(b) > nsPerChar(a) ? b : a));
  const mid = median(sample.map(nsPerChar));
  return {
    seed: SEED,
    inputs: sample.length,
    minChars: MIN_CHARS,
    medianNsPerChar: Number(mid.toFixed(1)),
    worstNsPerChar: Number(nsPerChar(worst).toFixed(1)),
    worstOverMedian: Number((nsPerChar(worst) / mid).toFixed(2)),
    worst: {
      index: worst.input.index,
      generator: worst.input.generator,
      chars: worst.text.length,
      preview: worst.input.text.slice(0, 80),
    },
  };
}
