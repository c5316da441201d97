// The person-name model: its file's size, the time to read and check it (what
// the background pays at start-up), and the tagger's own throughput on the seed
// corpus, beside jieba's tagger on the same text.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { formatTable } from '../../../lib/cli/table';
import { parseModel } from '../../../lib/extract/name-model/format';
import { MODEL_PATH } from '../../../lib/extract/name-model/node';
import { tagNames } from '../../../lib/extract/name-model/tagger';
import { fixed, int } from '../format';
import { tagWords } from '../jieba';
import { medianMs, sideBySideMs } from '../measure';
import type { Section } from '../section';

export const nameModel: Section = async ({ seeds, corpusChars }) => {
  const bytes = readFileSync(MODEL_PATH);
  const gzipped = gzipSync(bytes, { level: 9 }).length;
  const load = medianMs(() => parseModel(new Uint8Array(bytes)), { budgetMs: 3000, minRuns: 5, maxRuns: 50 });
  const model = parseModel(new Uint8Array(bytes));
  const timing = sideBySideMs(
    { tagger: () => seeds.forEach((s) => tagNames(model, s.text)), jieba: () => seeds.forEach((s) => tagWords(s.text)) },
    { budgetMs: 8000, minRuns: 5, maxRuns: 200 },
  );
  const taggerCharsPerSec = corpusChars / (timing.tagger.ms / 1000);
  const jiebaCharsPerSec = corpusChars / (timing.jieba.ms / 1000);
  console.log('Name model (lib/extract/name-model/person-names.bin)');
  console.log(
    formatTable(
      ['figure', 'value', 'how'],
      [
        ['file', `${int(bytes.length)} B`, 'as committed and shipped'],
        ['gzipped', `${int(gzipped)} B`, 'gzip -9'],
        ['load', `${fixed(load.ms, 1)} ms`, `median of ${load.runs}: parse, CRC-32, schema (the background's start-up)`],
        ['tagger', `${int(taggerCharsPerSec)} chars/s`, `median of ${timing.tagger.runs} warm runs over the seed corpus`],
        ['jieba tag()', `${int(jiebaCharsPerSec)} chars/s`, 'the same text, alternating'],
        ['tagger / jieba', `${fixed(taggerCharsPerSec / jiebaCharsPerSec, 2)}×`, ''],
      ],
    ),
  );
  console.log();
  return {
    nameModel: { bytes: bytes.length, gzipBytes: gzipped, loadMs: load.ms, taggerCharsPerSec, jiebaCharsPerSec, ratioVsJieba: taggerCharsPerSec / jiebaCharsPerSec },
  };
};
