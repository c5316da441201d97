// Starts Chromium with the built extension loaded, in a throwaway profile.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import { CHROMIUM, EXTENSION_DIR } from './paths';

export interface TifaBrowser {
  context: BrowserContext;
  /** The extension's id: the host of its chrome-extension:// URLs. */
  extensionId: string;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Default true. */
  headless?: boolean;
  viewport?: { width: number; height: number };
}

export async function launchTifa(options: LaunchOptions = {}): Promise<TifaBrowser> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`no extension build in ${EXTENSION_DIR}: run \`npx wxt build\` first`);
  }
  if (!existsSync(CHROMIUM)) throw new Error(`no browser at ${CHROMIUM}: apt-get install chromium, or set TIFA_CHROMIUM`);
  const profile = await mkdtemp(join(tmpdir(), 'tifa-profile-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: options.headless ?? true,
      viewport: options.viewport ?? { width: 1280, height: 900 },
      args: [
        `--disable-extensions-except=${EXTENSION_DIR}`,
        `--load-extension=${EXTENSION_DIR}`,
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
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return {
    context,
    extensionId: new URL(worker.url()).host,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
