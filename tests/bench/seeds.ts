// The seed corpus (seeds/*.txt, read through its manifest), in file-name order,
// each named as the gold's `doc` names it.
import { readSeeds } from '../../lib/corpus/seeds';
import { SEEDS_DIR } from '../support/paths';

export interface Seed {
  /** The file name, as the gold's `doc` names it. */
  doc: string;
  text: string;
}

export const loadSeeds = (): Seed[] =>
  readSeeds(SEEDS_DIR)
    .map(({ file, text }) => ({ doc: file, text }))
    .sort((a, b) => (a.doc < b.doc ? -1 : 1));
