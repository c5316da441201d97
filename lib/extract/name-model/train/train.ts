// `npm run train`: trains the person-name model on ../shared/corpora and writes
// lib/extract/name-model/person-names.bin with the figures it reached on the
// MSRA test set. Deterministic: the same data and code give the same bytes.
//   npm run train [-- --bits N --epochs N --out FILE]
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { parseModel, serializeModel, surnameTable, TAGS, type ModelMeta } from '../format';
import { MODEL_PATH } from '../node';
import { tagNames } from '../tagger';
import { corpusPaths, readMsra, surnameClasses, trainingSentences } from './corpora';
import { scoreNames } from './evaluate';
import { dataSha256, sourceSha256 } from './fingerprint';
import { augment } from './augment';
import { trainPerceptron } from './perceptron';

const SHARED = resolve(fileURLToPath(new URL('../../../../..', import.meta.url)), 'shared');
const { values } = parseArgs({
  options: { bits: { type: 'string', default: '19' }, epochs: { type: 'string', default: '10' }, out: { type: 'string', default: MODEL_PATH } },
});
const bits = Number(values.bits);
const epochs = Number(values.epochs);

const t0 = Date.now();
const paths = corpusPaths(SHARED);
const sentences = trainingSentences(SHARED);
const test = readMsra(paths.msraTest);
const dictionaries = surnameClasses(paths.surnames);
const characters = sentences.reduce((n, s) => n + s.text.length, 0);
console.log(`training on ${sentences.length} sentences (${characters} characters), ${bits}-bit hashing, ${epochs} epochs`);

const table = surnameTable(dictionaries);
const trained = trainPerceptron([...sentences, ...augment(sentences, table, 7)], table, bits, epochs, console.log);

// Stored relative to "outside" (whose score is then always 0), as 16-bit integers.
const buckets = 2 ** bits;
let largest = 0;
for (let b = 0; b < buckets; b++) {
  for (const t of [1, 2]) largest = Math.max(largest, Math.abs(trained.weights[b * TAGS + t]! - trained.weights[b * TAGS]!));
}
const scale = largest / 32767;
const weights = new Int16Array(buckets * 2);
for (let b = 0; b < buckets; b++) {
  weights[b * 2] = Math.round((trained.weights[b * TAGS + 1]! - trained.weights[b * TAGS]!) / scale);
  weights[b * 2 + 1] = Math.round((trained.weights[b * TAGS + 2]! - trained.weights[b * TAGS]!) / scale);
}

const meta: ModelMeta = {
  bits,
  scale,
  transitions: [...trained.transitions],
  start: [...trained.start],
  ...dictionaries,
  training: {
    dataSha256: dataSha256(sentences),
    sourceSha256: sourceSha256(),
    epochs,
    sentences: sentences.length,
    characters,
    msraTest: { precision: 0, recall: 0, f1: 0, gold: 0, predicted: 0 },
  },
};
// The figures are those of the model as stored (after rounding to integers).
const model = parseModel(serializeModel(meta, weights));
meta.training.msraTest = scoreNames(test, (text) => tagNames(model, text).map((s) => text.slice(s.start, s.end)));
const bytes = serializeModel(meta, weights);
writeFileSync(values.out, bytes);
const f = meta.training.msraTest;
console.log(`MSRA test, persons: P ${f.precision} R ${f.recall} F1 ${f.f1} (${f.gold} gold, ${f.predicted} predicted)`);
console.log(`wrote ${values.out}: ${bytes.length} bytes in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
