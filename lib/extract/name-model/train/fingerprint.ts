// What a trained model depends on, as SHA-256 digests recorded in the model
// file: the sentences it was trained on and the code that turned them into
// weights. The tests recompute both, so a model left behind by a change of
// either fails them (a stale model).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Sentence } from './corpora';

const here = fileURLToPath(new URL('.', import.meta.url));

/** The files whose change changes the weights. */
export const TRAINING_SOURCES = [
  '../features.ts', '../tags.ts', '../viterbi.ts', '../../normalize.ts', '../../../random.ts', 'corpora.ts', 'augment.ts', 'perceptron.ts', 'train.ts',
].map((p) => resolve(here, p));

export function dataSha256(sentences: readonly Sentence[]): string {
  const h = createHash('sha256');
  for (const s of sentences) h.update(`${s.text}\t${s.names.map((n) => n.join('-')).join(',')}\n`);
  return h.digest('hex');
}

export function sourceSha256(): string {
  const h = createHash('sha256');
  // Line endings folded, so a checkout with CRLF does not make the model look stale.
  for (const p of TRAINING_SOURCES) h.update(readFileSync(p, 'utf8').replace(/\r\n/g, '\n'));
  return h.digest('hex');
}
