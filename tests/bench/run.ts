// `npm run bench`: runs the sections below in order, each printing its tables
// and returning its part of the figures, then writes them all to
// tests/bench/results.json. Prints figures; never fails on speed.
// `npm run bench -- benchBrowser` runs only the sections named (by function
// name) and leaves results.json as it was.
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import '../support/name-model';
import { REPO } from '../support/paths';
import { benchBrowser } from './browser';
import { int } from './format';
import { benchHistory } from './history';
import type { BenchContext, Section } from './section';
import { adversarial } from './sections/adversarial';
import { fuzz } from './sections/fuzz';
import { longArticle } from './sections/long-article';
import { nameModel } from './sections/name-model';
import { scaling } from './sections/scaling';
import { seedCorpus } from './sections/seed-corpus';
import { loadSeeds } from './seeds';
import { syntheticArticle } from './synthetic';

const SYNTHETIC_CHARS = 1_000_000;

// A new section is an async step (section.ts) added here; its keys must not clash with the others'.
// The browser and history sections load the build in .output/chrome-mv3 (`npm run bench` builds it first).
const SECTIONS: readonly Section[] = [seedCorpus, nameModel, longArticle, scaling, adversarial, fuzz, benchBrowser, benchHistory];

async function main(): Promise<void> {
  const seeds = loadSeeds();
  const context: BenchContext = {
    seeds,
    corpusChars: seeds.reduce((n, s) => n + s.text.length, 0),
    synthetic: syntheticArticle(seeds, SYNTHETIC_CHARS),
  };
  // Other work on the machine slows every figure; the load says how much there was.
  const machine = { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, node: process.version, loadAverage1m: loadavg()[0]! };
  console.log(`Tifa benchmark, ${new Date().toISOString()}, ${machine.cpu} × ${machine.cores}, Node ${machine.node}, load average ${machine.loadAverage1m.toFixed(2)}`);
  console.log(`Corpus: ${seeds.length} seed texts, ${int(context.corpusChars)} characters\n`);

  const results: Record<string, unknown> = {
    date: new Date().toISOString(),
    machine,
    corpus: { documents: seeds.length, chars: context.corpusChars },
  };
  const named = process.argv.slice(2);
  const unknown = named.filter((n) => !SECTIONS.some((s) => s.name === n));
  if (unknown.length > 0) throw new Error(`no bench section ${unknown.join(', ')}; the sections: ${SECTIONS.map((s) => s.name).join(', ')}`);
  for (const section of SECTIONS.filter((s) => named.length === 0 || named.includes(s.name))) {
    const part = await section(context);
    const clash = Object.keys(part).filter((k) => k in results);
    if (clash.length > 0) throw new Error(`bench sections both report ${clash.join(', ')}`);
    Object.assign(results, part);
  }

  if (named.length > 0) return;
  const out = join(REPO, 'tests', 'bench', 'results.json');
  writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nWritten to ${out}`);
}

await main();
