// The seed corpus: throughput of Tifa's extract(), jieba's tagger and
// Recognizers-Text, and accuracy against the gold, amounts against
// Recognizers and people against jieba, all scored by score.mjs.
import { formatTable } from '../../../lib/cli/table';
import { extract } from '../../../lib/extract';
import { loadGold } from '../../support/gold';
import { score, type Prediction } from '../../support/score';
import { fixed, int, SCORE_HEADERS, scoreRow } from '../format';
import { jiebaPersons, tagWords } from '../jieba';
import { sideBySideMs, timeOnce } from '../measure';
import { recognizeAmounts, warmUpRecognizers } from '../recognizers';
import type { Section } from '../section';

export const seedCorpus: Section = async ({ seeds, corpusChars }) => {
  // Tifa and jieba warm, side by side, many runs; Recognizers once (it takes tens of seconds).
  for (let i = 0; i < 3; i++) {
    for (const s of seeds) {
      extract(s.text);
      tagWords(s.text);
    }
  }
  const fast = sideBySideMs(
    { tifa: () => seeds.forEach((s) => extract(s.text)), jieba: () => seeds.forEach((s) => tagWords(s.text)) },
    { budgetMs: 6_000, minRuns: 5, maxRuns: 2_000 },
  );
  const tifaCharsPerSec = corpusChars / (fast.tifa.ms / 1000);
  const jiebaCharsPerSec = corpusChars / (fast.jieba.ms / 1000);
  warmUpRecognizers();
  const recognized = new Map<string, Prediction>();
  const recognizersMs = timeOnce(() => seeds.forEach((s) => recognized.set(s.doc, { amounts: recognizeAmounts(s.text) })));
  const recognizersCharsPerSec = corpusChars / (recognizersMs / 1000);
  const ratio = tifaCharsPerSec / recognizersCharsPerSec;
  const ratioVsJieba = tifaCharsPerSec / jiebaCharsPerSec;
  console.log('Throughput on the seed corpus');
  console.log(
    formatTable(
      ['system', 'chars/s', 'how'],
      [
        ['Tifa extract()', int(tifaCharsPerSec), `median of ${fast.tifa.runs} warm runs over the corpus, alternating with jieba's`],
        ['jieba tag()', int(jiebaCharsPerSec), `median of ${fast.jieba.runs} warm runs (jieba-wasm: jieba-rs, the engine of @node-rs/jieba, in WebAssembly; default dictionary)`],
        ['Recognizers-Text zh-cn', int(recognizersCharsPerSec), 'one run: currency + dimension + percentage'],
        ['Tifa / jieba', `${fixed(ratioVsJieba, 2)}×`, ''],
        ['Tifa / Recognizers', `${fixed(ratio, 1)}×`, ''],
      ],
    ),
  );

  const gold = loadGold();
  const texts = new Map(seeds.map((s) => [s.doc, s.text]));
  const goldText = (doc: string): string => {
    const text = texts.get(doc);
    if (text === undefined) throw new Error(`gold document ${doc} is not in seeds/`);
    return text;
  };
  const tifaScore = score(new Map(gold.map((g) => [g.doc, extract(goldText(g.doc))])));
  const recognizersScore = score(recognized);
  const jiebaScore = score(new Map(gold.map((g) => [g.doc, jiebaPersons(goldText(g.doc))])));
  console.log(`\nAgainst the gold (${gold.length} documents, keys as in score.mjs)`);
  console.log(
    formatTable(SCORE_HEADERS, [
      scoreRow('Tifa', 'amounts', tifaScore.amounts),
      scoreRow('Tifa', 'money', tifaScore.money),
      scoreRow('Recognizers', 'amounts', recognizersScore.amounts),
      scoreRow('Recognizers', 'money', recognizersScore.money),
      scoreRow('Tifa', 'persons', tifaScore.persons),
      scoreRow('Tifa', 'officials', tifaScore.officials),
      scoreRow('jieba', 'persons', jiebaScore.persons),
      scoreRow('jieba', 'officials', jiebaScore.officials, { recallOnly: true }),
    ]),
  );
  console.log('  jieba: words tagged nr/nrt/nrfg as names; no roles or titles, so officials is recall only');
  console.log('  (gold officials it names) and titles and role accuracy have no jieba figure.');

  return {
    extract: {
      charsPerSec: Math.round(tifaCharsPerSec),
      amountsF1: tifaScore.amounts.f1,
      personsF1: tifaScore.persons.f1,
      officialsRecall: tifaScore.officials.recall,
    },
    recognizers: { charsPerSec: Math.round(recognizersCharsPerSec), amountsF1: recognizersScore.amounts.f1 },
    ratioVsRecognizers: Number(ratio.toFixed(1)),
    jieba: { charsPerSec: Math.round(jiebaCharsPerSec), personsF1: jiebaScore.persons.f1, officialsRecall: jiebaScore.officials.recall },
    ratioVsJieba: Number(ratioVsJieba.toFixed(2)),
  };
};
