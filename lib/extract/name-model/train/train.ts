// `npm run train`: trains the person-name model on ../shared/corpora and writes
// lib/extract/name-model/person-names.bin with the figures it reached on the
// MSRA test set. Deterministic: the same data and code give the same bytes.
//   npm run train [-- --bits N --epochs N --out FILE] [--dev]
// --dev holds out every 20th sentence and prints the figures on it: how model
// choices are compared without looking at the test set.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { charTables, parseModel, serializeModel, STORED_PER_BUCKET, type ModelMeta } from '../format';
import { TAGS } from '../tags';
import { MODEL_PATH } from '../node';
import { tagNames } from '../tagger';
import { corpusPaths, dictionary, readMsra, surnameClasses, trainingSentences } from './corpora';
import { scoreNames } from './evaluate';
import { dataSha256, sourceSha256 } from './fingerprint';
import { augment } from './augment';
import { trainPerceptron } from './perceptron';

const SHARED = resolve(fileURLToPath(new URL('../../../../..', import.meta.url)), 'shared');
const { values } = parseArgs({
  options: { dev: { type: 'boolean', default: false }, bits: { type: 'string', default: '18' }, epochs: { type: 'string', default: '15' }, out: { type: 'string', default: MODEL_PATH } },
});
const bits = Number(values.bits);
const epochs = Number(values.epochs);

const t0 = Date.now();
const paths = corpusPaths(SHARED);
const all = trainingSentences(SHARED);
const dev = values.dev ? all.filter((_, i) => i % 20 === 0) : [];
const sentences = values.dev ? all.filter((_, i) => i % 20 !== 0) : all;
const test = readMsra(paths.msraTest);
const dictionaries = { ...surnameClasses(paths.surnames), words: dictionary(sentences).join('\n') };
const characters = sentences.reduce((n, s) => n + s.text.length, 0);
console.log(`training on ${sentences.length} sentences (${characters} characters), ${bits}-bit hashing, ${epochs} epochs`);

const table = charTables(dictionaries);
const trained = trainPerceptron([...sentences, ...augment(sentences, table, 7)], table, bits, epochs, console.log);

// Stored relative to "outside" (whose score is then always 0), as 16-bit integers.
const buckets = 2 ** bits;
const relative = (b: number, t: number): number => trained.weights[b * TAGS + t]! - trained.weights[b * TAGS]!;
let largest = 0;
for (let b = 0; b < buckets; b++) for (let t = 1; t < TAGS; t++) largest = Math.max(largest, Math.abs(relative(b, t)));
const scale = largest / 32767;
const weights = new Int16Array(buckets * STORED_PER_BUCKET);
for (let b = 0; b < buckets; b++) for (let t = 1; t < TAGS; t++) weights[b * STORED_PER_BUCKET + t - 1] = Math.round(relative(b, t) / scale);

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
const names = (text: string): string[] => tagNames(model, text).map((s) => text.slice(s.start, s.end));
meta.training.msraTest = scoreNames(test, names);
if (values.dev) console.log('held-out training sentences:', scoreNames(dev, names));
const bytes = serializeModel(meta, weights);
writeFileSync(values.out, bytes);
const f = meta.training.msraTest;
console.log(`MSRA test, persons: P ${f.precision} R ${f.recall} F1 ${f.f1} (${f.gold} gold, ${f.predicted} predicted)`);
console.log(`wrote ${values.out}: ${bytes.length} bytes in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
