// Where the e2e harness finds the built extension, the seeds and the browser.
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** `wxt build` writes the Chrome build here; the suite loads it unpacked. TIFA_EXTENSION_DIR: a build elsewhere. */
export const EXTENSION_DIR = process.env.TIFA_EXTENSION_DIR ?? join(ROOT, '.output', 'chrome-mv3');
export const SEEDS_DIR = join(ROOT, 'seeds');
/** Debian's chromium; TIFA_CHROMIUM points elsewhere (another distribution, a local Chrome). */
export const CHROMIUM = process.env.TIFA_CHROMIUM ?? '/usr/bin/chromium';
