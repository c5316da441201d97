// extract() on adversarial inputs (../adversarial.ts) of growing size, to show
// it stays linear where a careless extractor would not.
import { formatTable } from '../../../lib/cli/table';
import { extract } from '../../../lib/extract';
import { ADVERSARIAL } from '../adversarial';
import { fixed, int, nsPerChar } from '../format';
import { median, medianMs, timeOnce } from '../measure';
import type { Section } from '../section';

const SIZES = [10_000, 100_000, 1_000_000];
// A size whose time, extrapolated from the smaller ones, exceeds this is skipped
// (and reported), so a quadratic extractor cannot hold the benchmark hostage.
const LIMIT_MS = 20_000;

interface Row {
  input: string;
  chars: number;
  /** null: skipped, projected to take longer than LIMIT_MS. */
  ms: number | null;
}

function projectMs(done: readonly Row[], chars: number): number {
  const [before, last] = done.slice(-2).length === 2 ? done.slice(-2) : [undefined, done.at(-1)];
  if (!last?.ms) return 0;
  // Grow at least linearly; faster if the last two sizes did.
  const exponent =
    before?.ms && last.ms > before.ms ? Math.max(1, Math.log(last.ms / before.ms) / Math.log(last.chars / before.chars)) : 1;
  return last.ms * (chars / last.chars) ** exponent;
}

function measure(): Row[] {
  const rows: Row[] = [];
  for (const input of ADVERSARIAL) {
    extract(input.make(SIZES[0]!)); // warm-up
    const done: Row[] = [];
    for (const size of SIZES) {
      if (projectMs(done, size) > LIMIT_MS || done.at(-1)?.ms === null) {
        done.push({ input: input.name, chars: size, ms: null });
        continue;
      }
      const text = input.make(size);
      const ms =
        size < 1_000_000
          ? medianMs(() => extract(text), { budgetMs: 500, minRuns: 3, maxRuns: 25 }).ms
          : timeOnce(() => extract(text));
      done.push({ input: input.name, chars: text.length, ms });
    }
    rows.push(...done);
  }
  return rows;
}

export const adversarial: Section = async () => {
  const rows = measure();
  const perChar = rows.flatMap((r) => (r.ms === null ? [] : [nsPerChar(r.ms, r.chars)]));
  const worstOverMedian = Math.max(...perChar) / median(perChar);
  console.log('\nLinearity: extract() on adversarial input');
  console.log(
    formatTable(
      ['input', 'chars', 'ms', 'ns/char'],
      rows.map((r) =>
        r.ms === null
          ? [r.input, int(r.chars), 'skipped', `projected over ${LIMIT_MS / 1000} s`]
          : [r.input, int(r.chars), fixed(r.ms, 1), fixed(nsPerChar(r.ms, r.chars), 1)],
      ),
    ),
  );
  console.log(`  worst / median ns per char: ${fixed(worstOverMedian, 2)}`);
  return {
    adversarial: rows.map((r) => ({ ...r, ms: r.ms === null ? null : Number(r.ms.toFixed(3)) })),
    adversarialWorstOverMedian: Number(worstOverMedian.toFixed(2)),
  };
};
