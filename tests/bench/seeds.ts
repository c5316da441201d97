// The seed corpus (seeds/*.txt), in file-name order.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEEDS_DIR } from '../support/paths';

export interface Seed {
  /** The file name, as the gold's `doc` names it. */
  doc: string;
  text: string;
}

export function loadSeeds(): Seed[] {
  return readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((doc) => ({ doc, text: readFileSync(join(SEEDS_DIR, doc), 'utf8') }));
}
