// `npm run bench`: Tifa's extract() against Microsoft Recognizers-Text on the
// seed corpus (speed, and amounts F1 against the gold), then extract() on
// adversarial inputs of growing size to show it stays linear, then on generated
// bad input (worst time per character against the median). Prints figures
// and writes them to tests/bench/results.json; never fails on speed.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { formatTable } from '../../lib/cli/table';
import { extract } from '../../lib/extract';
import { loadGold } from '../support/gold';
import { REPO, SEEDS_DIR } from '../support/paths';
import { score, type AreaScore, type Prediction } from '../support/score';
import { ADVERSARIAL } from './adversarial';
import { measureFuzzTiming } from './fuzz-timing';
import { median, medianMs, timeOnce } from './measure';
import { recognizeAmounts, warmUpRecognizers } from './recognizers';

const SIZES = [10_000, 100_000, 1_000_000];
// A size whose time, extrapolated from the smaller ones, exceeds this is skipped
// (and reported), so a quadratic extractor cannot hold the benchmark hostage.
const SCALING_LIMIT_MS = 20_000;

interface Scaling {
  input: string;
  chars: number;
  /** null: skipped, projected to take longer than SCALING_LIMIT_MS. */
  ms: number | null;
}

const int = (x: number): string => Math.round(x).toLocaleString('en-US');
const fixed = (x: number, digits: number): string => x.toFixed(digits);

function loadSeeds(): { doc: string; text: string }[] {
  return readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((doc) => ({ doc, text: readFileSync(join(SEEDS_DIR, doc), 'utf8') }));
}

function projectMs(done: readonly Scaling[], chars: number): number {
  const [before, last] = done.slice(-2).length === 2 ? done.slice(-2) : [undefined, done.at(-1)];
  if (!last?.ms) return 0;
  // Grow at least linearly; faster if the last two sizes did.
  const exponent =
    before?.ms && last.ms > before.ms ? Math.max(1, Math.log(last.ms / before.ms) / Math.log(last.chars / before.chars)) : 1;
  return last.ms * (chars / last.chars) ** exponent;
}

function measureScaling(): Scaling[] {
  const rows: Scaling[] = [];
  for (const input of ADVERSARIAL) {
    extract(input.make(SIZES[0]!)); // warm-up
    const done: Scaling[] = [];
    for (const size of SIZES) {
      if (projectMs(done, size) > SCALING_LIMIT_MS || done.at(-1)?.ms === null) {
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

function main(): void {
  const seeds = loadSeeds();
  const corpusChars = seeds.reduce((n, s) => n + s.text.length, 0);
  const machine = { cpu: cpus()[0]?.model ?? 'unknown', node: process.version };
  console.log(`Tifa benchmark, ${new Date().toISOString()}, ${machine.cpu}, Node ${machine.node}`);
  console.log(`Corpus: ${seeds.length} seed texts, ${int(corpusChars)} characters\n`);

  // Throughput: Tifa warm, many runs; Recognizers once (it takes tens of seconds).
  for (let i = 0; i < 3; i++) for (const s of seeds) extract(s.text);
  const tifa = medianMs(() => seeds.forEach((s) => extract(s.text)), { budgetMs: 3_000, minRuns: 5, maxRuns: 2_000 });
  const tifaCharsPerSec = corpusChars / (tifa.ms / 1000);
  warmUpRecognizers();
  const recognized = new Map<string, Prediction>();
  const recognizersMs = timeOnce(() => seeds.forEach((s) => recognized.set(s.doc, { amounts: recognizeAmounts(s.text) })));
  const recognizersCharsPerSec = corpusChars / (recognizersMs / 1000);
  const ratio = tifaCharsPerSec / recognizersCharsPerSec;
  console.log('Throughput');
  console.log(
    formatTable(
      ['system', 'chars/s', 'how'],
      [
        ['Tifa extract()', int(tifaCharsPerSec), `median of ${tifa.runs} warm runs over the corpus`],
        ['Recognizers-Text zh-cn', int(recognizersCharsPerSec), 'one run: currency + dimension + percentage'],
        ['Tifa / Recognizers', `${fixed(ratio, 1)}×`, ''],
      ],
    ),
  );

  // Accuracy on the documents that have gold.
  const gold = loadGold();
  const texts = new Map(seeds.map((s) => [s.doc, s.text]));
  const tifaPredictions = new Map(
    gold.map((g) => {
      const text = texts.get(g.doc);
      if (text === undefined) throw new Error(`gold document ${g.doc} is not in seeds/`);
      return [g.doc, extract(text)] as const;
    }),
  );
  const tifaScore = score(tifaPredictions);
  const recognizersScore = score(recognized);
  const row = (system: string, area: string, s: AreaScore): string[] => [
    system, area, fixed(s.precision, 3), fixed(s.recall, 3), fixed(s.f1, 3), String(s.tp), String(s.fp), String(s.fn),
  ];
  console.log(`\nAmounts against the gold (${gold.length} documents, keys as in score.mjs)`);
  console.log(
    formatTable(
      ['system', 'area', 'P', 'R', 'F1', 'tp', 'fp', 'fn'],
      [
        row('Tifa', 'amounts', tifaScore.amounts),
        row('Tifa', 'money', tifaScore.money),
        row('Recognizers', 'amounts', recognizersScore.amounts),
        row('Recognizers', 'money', recognizersScore.money),
      ],
    ),
  );

  // Linearity.
  const scaling = measureScaling();
  const nsPerChar = scaling.flatMap((s) => (s.ms === null ? [] : [(s.ms * 1e6) / s.chars]));
  const worstOverMedian = Math.max(...nsPerChar) / median(nsPerChar);
  console.log('\nLinearity: extract() on adversarial input');
  console.log(
    formatTable(
      ['input', 'chars', 'ms', 'ns/char'],
      scaling.map((s) =>
        s.ms === null
          ? [s.input, int(s.chars), 'skipped', `projected over ${SCALING_LIMIT_MS / 1000} s`]
          : [s.input, int(s.chars), fixed(s.ms, 1), fixed((s.ms * 1e6) / s.chars, 1)],
      ),
    ),
  );
  console.log(`  worst / median ns per char: ${fixed(worstOverMedian, 2)}`);

  const fuzz = measureFuzzTiming();
  console.log(`\nFuzz timing: extract() on ${fuzz.inputs} generated inputs (seed ${fuzz.seed}), each at least ${int(fuzz.minChars)} characters`);
  console.log(
    formatTable(
      ['', 'ns/char', 'input'],
      [
        ['median', fixed(fuzz.medianNsPerChar, 1), ''],
        ['worst', fixed(fuzz.worstNsPerChar, 1), `#${fuzz.worst.index} (${fuzz.worst.generator}): ${JSON.stringify(fuzz.worst.preview.slice(0, 30))}`],
      ],
    ),
  );
  console.log(`  worst / median ns per char: ${fixed(fuzz.worstOverMedian, 2)} (goal ≤ 10)`);

  const results = {
    date: new Date().toISOString(),
    machine,
    corpus: { documents: seeds.length, chars: corpusChars },
    extract: { charsPerSec: Math.round(tifaCharsPerSec), amountsF1: tifaScore.amounts.f1 },
    recognizers: { charsPerSec: Math.round(recognizersCharsPerSec), amountsF1: recognizersScore.amounts.f1 },
    ratioVsRecognizers: Number(ratio.toFixed(1)),
    scaling: scaling.map((s) => ({ ...s, ms: s.ms === null ? null : Number(s.ms.toFixed(3)) })),
    scalingWorstOverMedian: Number(worstOverMedian.toFixed(2)),
    fuzz,
  };
  const out = join(REPO, 'tests', 'bench', 'results.json');
  writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nWritten to ${out}`);
}

main();
