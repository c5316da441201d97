// Where the tests find the repo and the read-only material beside it (../shared).
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

export const REPO = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const SHARED = resolve(REPO, '..', 'shared');
export const GOLD_DIR = resolve(SHARED, 'eval', 'gold');
export const PEER_SUITES_DIR = resolve(SHARED, 'peer-suites');
export const SEEDS_DIR = resolve(REPO, 'seeds');
