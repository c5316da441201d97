// Starts Firefox with the Firefox build installed. Playwright drives only its
// own patched Firefox, which cannot be downloaded here; Puppeteer drives the
// stock one over WebDriver BiDi, which can also install an add-on.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { FIREFOX, FIREFOX_EXTENSION_DIR } from './paths';

export interface TifaFirefox {
  browser: Browser;
  /** `moz-extension://<uuid>`: the origin of Tifa's own pages. */
  origin: string;
  close(): Promise<void>;
}

// Firefox gives each add-on a random internal UUID; this pref fixes it, so
// the test knows the popup's address.
const UUID = '7e1f6a52-3c0d-4b8e-9a44-2f5c9d1b0e73';

export async function launchTifaFirefox(): Promise<TifaFirefox> {
  const manifest = join(FIREFOX_EXTENSION_DIR, 'manifest.json');
  if (!existsSync(manifest)) throw new Error(`no Firefox build in ${FIREFOX_EXTENSION_DIR}: run \`npx wxt build -b firefox\` first`);
  if (!existsSync(FIREFOX)) throw new Error(`no Firefox at ${FIREFOX}: apt-get install firefox-esr, or set TIFA_FIREFOX`);
  const id = (JSON.parse(readFileSync(manifest, 'utf8')) as { browser_specific_settings: { gecko: { id: string } } }).browser_specific_settings.gecko.id;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // Lets the test open the add-on's own pages (moz-extension://), as the toolbar button would.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [id]: UUID }) },
  });
  try {
    await browser.installExtension(FIREFOX_EXTENSION_DIR);
  } catch (err) {
    await browser.close();
    throw err;
  }
  return { browser, origin: `moz-extension://${UUID}`, close: () => browser.close() };
}

/**
 * Opens the popup in a tab. Puppeteer never sees that navigation end (the
 * page moves to the add-on's process), so the popup is awaited by its content.
 */
export async function openFirefoxPopup(firefox: TifaFirefox): Promise<Page> {
  return openOwnFirefoxPage(firefox, '/popup.html', 'nav, main');
}

/**
 * Opens one of Tifa's own pages in a tab and waits until `ready` matches on
 * it. While the tab moves to the add-on's process, an evaluation may fail
 * with a protocol error rather than wait (Firefox's BiDi reads a window that
 * is going): such a failure is retried until the time is up.
 */
export async function openOwnFirefoxPage(firefox: TifaFirefox, path: string, ready: string, timeout = 15_000): Promise<Page> {
  const page = await firefox.browser.newPage();
  await page.goto(`${firefox.origin}${path}`, { timeout: 1 }).catch(() => undefined);
  const until = Date.now() + timeout;
  for (;;) {
    try {
      await page.waitForFunction((sel) => location.protocol === 'moz-extension:' && document.querySelector(sel) !== null, { timeout: Math.max(1, until - Date.now()) }, ready);
      return page;
    } catch (err) {
      if (Date.now() >= until) throw err;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
