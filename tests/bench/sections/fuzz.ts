// extract()'s time per character on generated bad input (../fuzz-timing.ts).
import { formatTable } from '../../../lib/cli/table';
import { fixed, int } from '../format';
import { measureFuzzTiming } from '../fuzz-timing';
import type { Section } from '../section';

export const fuzz: Section = async () => {
  const timing = measureFuzzTiming();
  console.log(`\nFuzz timing: extract() on ${timing.inputs} generated inputs (seed ${timing.seed}), each at least ${int(timing.minChars)} characters`);
  console.log(
    formatTable(
      ['', 'ns/char', 'input'],
      [
        ['median', fixed(timing.medianNsPerChar, 1), ''],
        ['worst', fixed(timing.worstNsPerChar, 1), `#${timing.worst.index} (${timing.worst.generator}): ${JSON.stringify(timing.worst.preview.slice(0, 30))}`],
      ],
    ),
  );
  console.log(`  worst / median ns per char: ${fixed(timing.worstOverMedian, 2)} (goal ≤ 10)`);
  return { fuzz: timing };
};
