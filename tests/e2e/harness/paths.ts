// Where the e2e harness finds the built extension, the seeds and the browser.
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** `wxt build` writes the Chrome build here; the suite loads it unpacked. TIFA_EXTENSION_DIR: a build elsewhere. */
export const EXTENSION_DIR = process.env.TIFA_EXTENSION_DIR ?? join(ROOT, '.output', 'chrome-mv3');
export const SEEDS_DIR = join(ROOT, 'seeds');
/** Debian's chromium; TIFA_CHROMIUM points elsewhere (another distribution, a local Chrome). */
export const CHROMIUM = process.env.TIFA_CHROMIUM ?? '/usr/bin/chromium';
/** `wxt build -b firefox` writes the Firefox build here. TIFA_FIREFOX_EXTENSION_DIR: a build elsewhere. */
export const FIREFOX_EXTENSION_DIR = process.env.TIFA_FIREFOX_EXTENSION_DIR ?? join(ROOT, '.output', 'firefox-mv3');
/** Debian's firefox-esr; TIFA_FIREFOX points elsewhere. */
export const FIREFOX = process.env.TIFA_FIREFOX ?? '/usr/bin/firefox-esr';
