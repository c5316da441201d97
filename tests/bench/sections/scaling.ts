// extract() on realistic text of growing size (prefixes of the synthetic
// article): time per character should not grow with the length.
import { formatTable } from '../../../lib/cli/table';
import { extract } from '../../../lib/extract';
import { fixed, int, nsPerChar } from '../format';
import { median, timeOnce } from '../measure';
import type { Section } from '../section';
import { prefix } from '../synthetic';

const SIZES = [1_000, 10_000, 100_000, 1_000_000];
// A timed run extracts at least this many characters (short prefixes several
// times), so every size is timed over the same amount of work.
const CHARS_PER_RUN = 100_000;
// Sizes are timed in turn, once per round, and keep their fastest run: other
// work on a shared machine only ever adds time, and would otherwise decide
// which size looks slow.
const ROUNDS = 7;

export const scaling: Section = async ({ synthetic }) => {
  const inputs = SIZES.map((size) => {
    const text = prefix(synthetic, size);
    extract(text); // warm-up
    return { text, repeats: Math.ceil(CHARS_PER_RUN / text.length), ms: Infinity };
  });
  for (let round = 0; round < ROUNDS; round++) {
    for (const input of inputs) {
      const ms = timeOnce(() => {
        for (let r = 0; r < input.repeats; r++) extract(input.text);
      });
      input.ms = Math.min(input.ms, ms / input.repeats);
    }
  }
  const rows = inputs.map((i) => ({ chars: i.text.length, ms: i.ms }));
  const perChar = rows.map((r) => nsPerChar(r.ms, r.chars));
  const worstOverMedian = Math.max(...perChar) / median(perChar);
  console.log(`\nScaling: extract() on prefixes of the synthetic article (fastest of ${ROUNDS} rounds)`);
  console.log(
    formatTable(
      ['chars', 'ms', 'ns/char'],
      rows.map((r, i) => [int(r.chars), fixed(r.ms, 3), fixed(perChar[i]!, 1)]),
    ),
  );
  console.log(`  worst / median ns per char: ${fixed(worstOverMedian, 2)}`);
  return {
    scaling: rows.map((r) => ({ chars: r.chars, ms: Number(r.ms.toFixed(3)) })),
    scalingWorstOverMedian: Number(worstOverMedian.toFixed(2)),
  };
};
