// Issue 3 §6 (f) and (g): where Tifa must not work it paints nothing and keeps
// nothing. A Chinese page on another site is read afterwards in the same
// profile, so "nothing kept" is checked against a history that does record.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SettingsSchema } from '../../lib/messages';
import { launchTifa } from './harness/browser';
import { openPopup, sendToBackground } from './harness/extension';
import { paintedMentions, waitForPass } from './harness/marks';
import { seedArticle } from './harness/news-page';
import { waitForHistory } from './harness/popup';
import type { StaticServer } from './harness/server';
import { articlePath, ENGLISH_PATH, startNewsSite } from './harness/site';

let site: StaticServer;
beforeAll(async () => {
  site = await startNewsSite();
});
afterAll(() => site?.close());

// The same server under another host name: another site to the extension.
const otherSite = (url: string): string => url.replace('//127.0.0.1:', '//localhost:');

it('(f) with the site switched off, nothing is painted and nothing is stored', async () => {
  const browser = await launchTifa();
  try {
    const popup = await openPopup(browser);
    // The request the popup's site switch sends (its switch needs the active tab's address).
    const settings = SettingsSchema.parse(await sendToBackground(popup, { type: 'set-site', site: '127.0.0.1', enabled: false }));
    expect(settings.sitesOff).toEqual(['127.0.0.1']);

    const off = await browser.context.newPage();
    await off.goto(site.url(articlePath(seedArticle('000'))));
    expect((await waitForPass(off)).state).toBe('skipped');
    expect(await paintedMentions(off)).toEqual([]);

    const on = await browser.context.newPage();
    const onUrl = otherSite(site.url(articlePath(seedArticle('001'))));
    await on.goto(onUrl);
    expect((await waitForPass(on)).state).toBe('done');
    expect((await paintedMentions(on)).length).toBeGreaterThan(0);
    expect((await waitForHistory(popup, 1)).map((p) => p.url)).toEqual([onUrl]);
  } finally {
    await browser.close();
  }
});

it('(g) on a page that is not Chinese, Tifa does no work and keeps no history', async () => {
  const browser = await launchTifa();
  try {
    const popup = await openPopup(browser);
    const english = await browser.context.newPage();
    await english.goto(site.url(ENGLISH_PATH));
    expect((await waitForPass(english)).state).toBe('skipped');
    expect(await paintedMentions(english)).toEqual([]);

    const chinese = await browser.context.newPage();
    const chineseUrl = site.url(articlePath(seedArticle('001')));
    await chinese.goto(chineseUrl);
    expect((await waitForPass(chinese)).state).toBe('done');
    expect((await waitForHistory(popup, 1)).map((p) => p.url)).toEqual([chineseUrl]);
  } finally {
    await browser.close();
  }
});
