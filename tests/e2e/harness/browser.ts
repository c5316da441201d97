// Starts Chromium with the built extension loaded, in a throwaway profile; or
// without it, for a baseline.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import { CHROMIUM, EXTENSION_DIR } from './paths';

export interface Chromium {
  context: BrowserContext;
  close(): Promise<void>;
}

export interface TifaBrowser extends Chromium {
  /** The extension's id: the host of its chrome-extension:// URLs. */
  extensionId: string;
}

export interface LaunchOptions {
  /** Default true. */
  headless?: boolean;
  viewport?: { width: number; height: number };
  /** Host names served by 127.0.0.1: a page there over http is not a secure context, as on most of the web. */
  localHosts?: readonly string[];
}

/** Chromium in a throwaway profile, with the unpacked extension in `extensionDir` when given (without: a baseline). */
export async function launchChromium(options: LaunchOptions & { extensionDir?: string } = {}): Promise<Chromium> {
  if (!existsSync(CHROMIUM)) throw new Error(`no browser at ${CHROMIUM}: apt-get install chromium, or set TIFA_CHROMIUM`);
  const profile = await mkdtemp(join(tmpdir(), 'tifa-profile-'));
  const extension = options.extensionDir ? [`--disable-extensions-except=${options.extensionDir}`, `--load-extension=${options.extensionDir}`] : [];
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: options.headless ?? true,
      viewport: options.viewport ?? { width: 1280, height: 900 },
      args: [
        ...extension,
        ...(options.localHosts?.length ? [`--host-resolver-rules=${options.localHosts.map((h) => `MAP ${h} 127.0.0.1`).join(', ')}`] : []),
        '--no-sandbox',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
      ],
    });
  } catch (err) {
    await rm(profile, { recursive: true, force: true });
    throw err;
  }
  return {
    context,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

export async function launchTifa(options: LaunchOptions = {}): Promise<TifaBrowser> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`no extension build in ${EXTENSION_DIR}: run \`npx wxt build\` first`);
  }
  const browser = await launchChromium({ ...options, extensionDir: EXTENSION_DIR });
  try {
    const worker = browser.context.serviceWorkers()[0] ?? (await browser.context.waitForEvent('serviceworker'));
    return { ...browser, extensionId: new URL(worker.url()).host };
  } catch (err) {
    await browser.close();
    throw err;
  }
}
