// extract() on 100 000 generated bad inputs (tests/support/fuzz.ts): it never
// throws and every result keeps the contract of schema.ts — offsets inside the
// text, mentions that are the printed characters, sorted and non-overlapping.
// A failing input is shrunk before it is printed, so it can be pasted into a
// unit test. FUZZ_SEED=<n> explores another stream.
import { describe, expect, it } from 'vitest';
import { extract, type ExtractOptions, type Extraction } from '../lib/extract';
import { ExtractionSchema } from '../lib/extract/schema';
import { fuzzInput, type FuzzInput } from './support/fuzz';

const SEED = Number(process.env.FUZZ_SEED ?? 20_240_521);
const COUNT = 100_000;
// zod on every result would double the run time; the hand checks below cover
// the offsets on all of them, zod the whole shape on every SAMPLE-th.
const SAMPLE = 10;
const SHRINK_BUDGET = 3_000;

interface Violation {
  check: string;
  detail: string;
}

function check(text: string, result: Extraction): Violation | null {
  const inText = (start: number, end: number): boolean =>
    Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end <= text.length;
  let lastEnd = 0;
  for (const [i, m] of result.mentions.entries()) {
    if (!inText(m.start, m.end)) return { check: 'mention offsets', detail: `mention ${i} [${m.start}, ${m.end}) in ${text.length}` };
    if (text.slice(m.start, m.end) !== m.text) return { check: 'mention text', detail: `mention ${i} ${JSON.stringify(m)}` };
    if (m.start < lastEnd) return { check: 'mention order', detail: `mention ${i} starts at ${m.start}, before ${lastEnd}` };
    lastEnd = m.end;
  }
  for (const [i, a] of result.amounts.entries()) {
    if (!inText(a.start, a.end)) return { check: 'amount offsets', detail: `amount ${i} [${a.start}, ${a.end}) in ${text.length}` };
    if (text.slice(a.start, a.end) !== a.text) return { check: 'amount text', detail: `amount ${i} ${JSON.stringify(a)}` };
    // zod's z.number() refuses Infinity and NaN: a message carrying one would be rejected.
    for (const x of [a.value, a.min, a.max]) {
      if (x !== undefined && !Number.isFinite(x)) return { check: 'amount value', detail: `amount ${i} ${JSON.stringify(a)} value ${x}` };
    }
  }
  for (const p of result.persons) if (p.name.length === 0) return { check: 'person name', detail: JSON.stringify(p) };
  for (const s of result.slogans) if (s.text.length === 0) return { check: 'slogan text', detail: JSON.stringify(s) };
  return null;
}

function run(text: string, options: ExtractOptions, validate: boolean): Violation | null {
  let result: Extraction;
  try {
    result = extract(text, options);
  } catch (error) {
    return { check: 'throws', detail: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  if (validate) {
    const parsed = ExtractionSchema.safeParse(result);
    if (!parsed.success) return { check: 'schema', detail: parsed.error.message };
  }
  return check(text, result);
}

/** The shortest text still failing the same check, by deleting ever smaller chunks (ddmin, bounded). */
function shrink(text: string, options: ExtractOptions, failed: string): string {
  let budget = SHRINK_BUDGET;
  const fails = (t: string): boolean => budget-- > 0 && run(t, options, true)?.check === failed;
  let s = text;
  for (let chunk = s.length >> 1 || 1; chunk >= 1 && budget > 0; chunk >>= 1) {
    for (let i = 0; i < s.length && budget > 0; ) {
      const t = s.slice(0, i) + s.slice(i + chunk);
      if (fails(t)) s = t;
      else i += chunk;
    }
  }
  return s;
}

interface Failure {
  check: string;
  detail: string;
  input: Pick<FuzzInput, 'seed' | 'index' | 'generator'>;
  chars: number;
  /** JSON.stringify of the shrunk text: paste into extract(). */
  minimal: string;
  options: string;
}

describe('extract() on generated bad input', () => {
  it(`keeps its contract on ${COUNT.toLocaleString('en-US')} inputs`, { timeout: 300_000 }, () => {
    console.log(`fuzz seed ${SEED} (FUZZ_SEED=${SEED} to reproduce), ${COUNT} inputs`);
    const first = new Map<string, { input: FuzzInput; violation: Violation }>();
    let count = 0;
    let chars = 0;
    const started = performance.now();
    for (let index = 0; index < COUNT; index++) {
      const input = fuzzInput(SEED, index);
      chars += input.text.length;
      const violation = run(input.text, input.options, index % SAMPLE === 0);
      if (!violation) continue;
      count++;
      if (!first.has(violation.check)) first.set(violation.check, { input, violation });
    }
    console.log(`${chars.toLocaleString('en-US')} characters in ${((performance.now() - started) / 1000).toFixed(1)} s, ${count} failing`);

    const failures: Failure[] = [...first.values()].map(({ input, violation }) => {
      const { text, seed, index, generator } = input;
      const minimal = shrink(text, input.options, violation.check);
      return {
        check: violation.check,
        detail: run(minimal, input.options, true)?.detail ?? violation.detail,
        input: { seed, index, generator },
        chars: text.length,
        minimal: JSON.stringify(minimal),
        options: JSON.stringify(input.options),
      };
    });
    for (const f of failures) console.log(`FAIL ${f.check}: extract(${f.minimal}, ${f.options})\n  ${f.detail}`);
    expect(failures).toEqual([]);
  });
});
