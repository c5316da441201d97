// The content script is loaded by the background, only where Tifa works
// (lib/background/injection.ts): a page that is not Chinese, or on a site
// switched off, gets no script world of Tifa's at all; a Chinese page gets one,
// also when it becomes Chinese later (an SPA's new address, an app shell whose
// text arrives), and never two copies of the content script.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SettingsSchema } from '../../lib/messages';
import { launchTifa, type TifaBrowser } from './harness/browser';
import { openPopup, sendToBackground } from './harness/extension';
import { paintedMentions, waitForPass, waitForRepaint } from './harness/marks';
import { englishPageHtml, newsPageHtml, seedArticle } from './harness/news-page';
import { html, type StaticServer } from './harness/server';
import { articlePath, ENGLISH_PATH, startNewsSite } from './harness/site';

const SHELL_PATH = '/app/shell.html';
const STRICT_ENGLISH_PATH = '/world/strict.html';
const HOSTILE_ENGLISH_PATH = '/world/hostile.html';
const LATIN_TITLE_PATH = '/world/latin-title.html';
// Breaks what the probe counts letters with, in the page's world only.
const BREAK_PROBE = '<script>String.prototype.replace = function () { throw new Error("no"); };</script>';
const STRICT_CSP = "default-src 'none'; style-src 'self'; script-src 'self'; require-trusted-types-for 'script'; trusted-types 'none'";
// An app's page before its script has fetched the article: too little text to tell its language.
const SHELL = '<!doctype html><html><head><meta charset="utf-8"><title>News</title></head><body><div id="app">Loading…</div></body></html>';

let browser: TifaBrowser;
let site: StaticServer;
beforeAll(async () => {
  site = await startNewsSite([
    [SHELL_PATH, html(SHELL)],
    [STRICT_ENGLISH_PATH, html(englishPageHtml(), { 'content-security-policy': STRICT_CSP })],
    [HOSTILE_ENGLISH_PATH, html(englishPageHtml().replace('</head>', `${BREAK_PROBE}</head>`))],
    [LATIN_TITLE_PATH, html(newsPageHtml(seedArticle('001')).replace(/<title>[^<]*<\/title>/, '<title>Xiangtan Daily</title>'))],
  ]);
  browser = await launchTifa();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** A new tab that notes every script world created in it; `tifaWorlds()` counts those of the extension's origin. */
async function watchedTab(): Promise<{ page: Page; tifaWorlds: () => number }> {
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  const origins: string[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => origins.push(context.origin));
  await cdp.send('Runtime.enable');
  const ours = `chrome-extension://${browser.extensionId}`;
  return { page, tifaWorlds: () => origins.filter((o) => o === ours).length };
}

/** The article of a seed page, as an SPA would put it in place of what it showed. */
const seedArticleHtml = (): string => {
  const body = /<body[^>]*>([\s\S]*)<\/body>/.exec(newsPageHtml(seedArticle('001')))![1]!;
  return body.replace(/<script[\s\S]*?<\/script>/g, '');
};

// Under a strict CSP the probe must run too: were it refused, the page would read as too short to tell, and get the content script.
it.each([
  ['an English page gets no script world of Tifa’s: the probe in the page’s world marks it skipped', ENGLISH_PATH],
  ['the probe runs under a strict Content-Security-Policy with Trusted Types too', STRICT_ENGLISH_PATH],
])('%s', async (_, path) => {
  const { page, tifaWorlds } = await watchedTab();
  await page.goto(site.url(path));
  expect((await waitForPass(page)).state).toBe('skipped');
  await page.waitForTimeout(500);
  expect(tifaWorlds()).toBe(0);
  await page.close();
});

it('a page that breaks the probe in its world gets the content script, which decides from its own', async () => {
  const { page, tifaWorlds } = await watchedTab();
  await page.goto(site.url(HOSTILE_ENGLISH_PATH));
  expect((await waitForPass(page)).state).toBe('skipped');
  expect(tifaWorlds()).toBe(1);
  expect(await paintedMentions(page)).toEqual([]);
  await page.close();
});

/** The extension's scripts parsed in `page` from now on, by path (`/content-scripts/content.js`…). */
async function parsedScripts(page: Page): Promise<string[]> {
  const cdp = await browser.context.newCDPSession(page);
  const parsed: string[] = [];
  cdp.on('Debugger.scriptParsed', ({ url }) => {
    if (url.startsWith(`chrome-extension://${browser.extensionId}/`)) parsed.push(new URL(url).pathname);
  });
  await cdp.send('Debugger.enable');
  // Enabling reports the scripts already there first.
  parsed.length = 0;
  return parsed;
}

/** Starts noting the states the page goes through (a pass of any copy of the content script sets `working`); the function returned reads them. */
async function watchStates(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { tifaTestStates: string[] }).tifaTestStates = seen;
    new MutationObserver(() => seen.push(document.documentElement.getAttribute('data-tifa-state') ?? '')).observe(document.documentElement, {
      attributeFilter: ['data-tifa-state'],
    });
  });
  return () => page.evaluate(() => (window as unknown as { tifaTestStates: string[] }).tifaTestStates);
}

it('a page with a Chinese title is not probed: the content script is the only script of Tifa’s it parses; a Latin title is probed first', async () => {
  for (const [path, expected] of [
    [articlePath(seedArticle('001')), ['/content-scripts/content.js']],
    [LATIN_TITLE_PATH, ['/language-probe.js', '/content-scripts/content.js']],
  ] as const) {
    const page = await browser.context.newPage();
    const parsed = await parsedScripts(page);
    await page.goto(site.url(path));
    expect((await waitForPass(page)).state, path).toBe('done');
    expect(parsed, path).toEqual(expected);
    await page.close();
  }
});

interface WorkerGlobal {
  chrome: {
    tabs: { query(filter: { url: string }): Promise<{ id?: number }[]> };
    scripting: { executeScript(injection: { target: { tabId: number }; files: string[] }): Promise<unknown> };
  };
}

it('a Chinese page gets one, and one copy of the content script only, however often the background loads it', async () => {
  const { page, tifaWorlds } = await watchedTab();
  const url = site.url(articlePath(seedArticle('000')));
  await page.goto(url);
  const first = await waitForPass(page);
  expect(first.state).toBe('done');
  expect(tifaWorlds()).toBe(1);
  const before = await paintedMentions(page);
  // A change of the settings reaches the running copy by message: nothing is loaded into its page again.
  const parsed = await parsedScripts(page);
  const popup = await openPopup(browser);
  await sendToBackground(popup, { type: 'set-paused', paused: false });
  await popup.close();
  await page.waitForTimeout(1000);
  expect(parsed).toEqual([]);
  // Loaded again all the same (the background restarted, and forgot): a second copy would start a pass of its own.
  const states = await watchStates(page);
  await browser.context.serviceWorkers()[0]!.evaluate(async (pageUrl) => {
    const { tabs, scripting } = (globalThis as unknown as WorkerGlobal).chrome;
    const [tab] = await tabs.query({ url: pageUrl });
    await scripting.executeScript({ target: { tabId: tab!.id! }, files: ['/content-scripts/content.js'] });
  }, url);
  expect(parsed).toContain('/content-scripts/content.js');
  await page.waitForTimeout(1500);
  expect(await states()).toEqual([]);
  expect(await paintedMentions(page)).toEqual(before);
  await page.close();
});

it('a site switched off gets no script world of Tifa’s either', async () => {
  const popup = await openPopup(browser);
  const host = 'localhost';
  try {
    SettingsSchema.parse(await sendToBackground(popup, { type: 'set-site', site: host, enabled: false }));
    const { page, tifaWorlds } = await watchedTab();
    await page.goto(site.url(articlePath(seedArticle('000'))).replace('//127.0.0.1:', `//${host}:`));
    expect((await waitForPass(page)).state).toBe('skipped');
    await page.waitForTimeout(500);
    expect(tifaWorlds()).toBe(0);
    await page.close();
  } finally {
    await sendToBackground(popup, { type: 'set-site', site: host, enabled: true });
    await popup.close();
  }
});

it('a new address in a marked page (an SPA) is the content script’s to follow: no probe, no script loaded again', async () => {
  const page = await browser.context.newPage();
  const parsed = await parsedScripts(page);
  await page.goto(site.url(articlePath(seedArticle('000'))));
  const first = await waitForPass(page);
  expect(first.state).toBe('done');
  const atLoad = [...parsed];
  // A Chinese title: no probe.
  expect(atLoad.filter((p) => p === '/language-probe.js' || p === '/content-scripts/content.js')).toEqual(['/content-scripts/content.js']);
  await page.evaluate((article) => {
    document.body.innerHTML = article;
    history.pushState(null, '', '/news/next-article.html');
  }, seedArticleHtml());
  // The article of another seed: other mentions, painted by the same copy.
  await waitForRepaint(page, first.mentions);
  await page.waitForTimeout(1000);
  expect(parsed).toEqual(atLoad);
  await page.close();
});

it('an English SPA that moves to a Chinese article at a new address is marked', async () => {
  const { page, tifaWorlds } = await watchedTab();
  await page.goto(site.url(ENGLISH_PATH));
  expect((await waitForPass(page)).state).toBe('skipped');
  await page.evaluate((article) => {
    document.body.innerHTML = article;
    history.pushState(null, '', '/news/spa-article.html');
  }, seedArticleHtml());
  const pass = await waitForRepaint(page, null);
  expect(pass.state).toBe('done');
  expect((await paintedMentions(page)).length).toBeGreaterThan(0);
  expect(tifaWorlds()).toBe(1);
  await page.close();
});

it('an app shell, too short to tell, is watched and marked once its Chinese text arrives', async () => {
  const { page } = await watchedTab();
  await page.goto(site.url(SHELL_PATH));
  await page.waitForTimeout(500);
  await page.evaluate((article) => {
    document.getElementById('app')!.innerHTML = article;
  }, seedArticleHtml());
  const pass = await waitForRepaint(page, null);
  expect(pass.state).toBe('done');
  expect((await paintedMentions(page)).length).toBeGreaterThan(0);
  await page.close();
});
