// The background's decision to load the content script into a page
// (lib/background/injection.ts), against a fake scripting API: only http(s)
// pages, nothing but the state mark on a site switched off, no content script
// where the probe says the page is not Chinese, the content script where the
// probe cannot answer, and no probe where the page's title is Chinese.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { setSiteEnabled } from '../../lib/db/settings';

interface Injection {
  target: unknown;
  world?: string;
  files?: string[];
  func?: unknown;
  args?: unknown[];
}

const calls: Injection[] = [];
/** What the probe gives back in the page: a value, or a rejection (the page broke it). */
let probeAnswer: () => Promise<{ result: unknown }[]> = () => Promise.resolve([{ result: 'chinese' }]);
let incognito = false;
/** The page's title as the browser gives it. */
let title = 'Local news';

vi.mock('wxt/browser', () => ({
  browser: {
    tabs: { get: () => Promise.resolve({ incognito, title }) },
    scripting: {
      executeScript: (injection: Injection) => {
        calls.push(injection);
        return injection.files?.[0] === '/language-probe.js' ? probeAnswer() : Promise.resolve([{ result: undefined }]);
      },
    },
  },
}));

const { CONTENT_SCRIPT, forgetDocument, hasContentScript, LANGUAGE_PROBE, visitPage } = await import('../../lib/background/injection');

const page = { tabId: 7, url: 'https://news.example.cn/a.html', documentId: 'doc-1' };
const files = (): (string | undefined)[] => calls.map((c) => c.files?.[0] ?? (c.func ? 'mark' : undefined));

beforeEach(async () => {
  calls.length = 0;
  probeAnswer = () => Promise.resolve([{ result: 'chinese' }]);
  incognito = false;
  title = 'Local news';
  await setSiteEnabled('news.example.cn', true);
});

describe('visitPage', () => {
  it('probes a page of a site switched on in its own world, then loads the content script into that document', async () => {
    expect(await visitPage(page, true)).toBe('loaded');
    expect(files()).toEqual([LANGUAGE_PROBE, CONTENT_SCRIPT]);
    expect(calls[0]).toMatchObject({ world: 'MAIN', target: { tabId: 7, documentIds: ['doc-1'] } });
    // The content script goes to its isolated world (the default), not the page's.
    expect(calls[1]!.world).toBeUndefined();
  });

  // The probe would say "not Chinese": a Chinese title, simplified or traditional, is not probed (the content
  // script checks the text itself); Han among kana or Hangul, or too few, is.
  it.each([
    ['湘潭日报 - 湘潭新闻网', 'loaded', [CONTENT_SCRIPT]],
    ['聯合新聞網 | UDN', 'loaded', [CONTENT_SCRIPT]],
    ['Xinhua | 新华网', 'loaded', [CONTENT_SCRIPT]],
    ['東京新聞 ニュース', 'not chinese', [LANGUAGE_PROBE]],
    ['서울신문 中央', 'not chinese', [LANGUAGE_PROBE]],
    ['Hello 中 world', 'not chinese', [LANGUAGE_PROBE]],
    ['', 'not chinese', [LANGUAGE_PROBE]],
  ])('a page titled %j is %s, after %j', async (pageTitle, outcome, expected) => {
    title = pageTitle;
    probeAnswer = () => Promise.resolve([{ result: 'other' }]);
    expect(await visitPage(page, true)).toBe(outcome);
    expect(files()).toEqual(expected);
  });

  it('loads nothing more where the probe says the page is not Chinese', async () => {
    probeAnswer = () => Promise.resolve([{ result: 'other' }]);
    expect(await visitPage(page, true)).toBe('not chinese');
    expect(files()).toEqual([LANGUAGE_PROBE]);
  });

  it('loads the content script where the probe cannot tell, fails, or answers something else', async () => {
    for (const answer of [
      () => Promise.resolve([{ result: 'unknown' }]),
      () => Promise.reject(new Error('the page broke it')),
      () => Promise.resolve([{ result: { toString: 'other' } }]),
      () => Promise.resolve([]),
    ]) {
      calls.length = 0;
      probeAnswer = answer;
      expect(await visitPage(page, true)).toBe('loaded');
      expect(files()).toEqual([LANGUAGE_PROBE, CONTENT_SCRIPT]);
    }
  });

  it('on a site switched off, runs no probe: it marks the page on its load, and leaves an open tab alone', async () => {
    await setSiteEnabled('news.example.cn', false);
    expect(await visitPage(page, true)).toBe('switched off');
    expect(files()).toEqual(['mark']);
    expect(calls[0]).toMatchObject({ world: 'MAIN', args: ['data-tifa-state'] });
    calls.length = 0;
    expect(await visitPage(page, false)).toBe('switched off');
    expect(calls).toEqual([]);
  });

  it('counts a tab in a private window as switched off', async () => {
    incognito = true;
    expect(await visitPage(page, true)).toBe('switched off');
    expect(files()).toEqual(['mark']);
  });

  it('leaves pages that are not http(s) alone', async () => {
    for (const url of ['chrome://extensions/', 'file:///tmp/a.html', 'about:blank']) {
      expect(await visitPage({ tabId: 1, url }, true)).toBe('not http');
    }
    expect(calls).toEqual([]);
  });

  it('targets the top frame where the browser gives no document id (Firefox)', async () => {
    await visitPage({ tabId: 3, url: page.url }, true);
    expect(calls[0]!.target).toEqual({ tabId: 3, frameIds: [0] });
  });

  it('remembers the document it loaded the content script into, until the tab commits another', async () => {
    forgetDocument(7);
    expect(hasContentScript(7, 'doc-1')).toBe(false);
    probeAnswer = () => Promise.resolve([{ result: 'other' }]);
    await visitPage(page, true);
    expect(hasContentScript(7, 'doc-1')).toBe(false);
    probeAnswer = () => Promise.resolve([{ result: 'chinese' }]);
    await visitPage(page, true);
    // An SPA's new address in that document: the content script follows it.
    expect(hasContentScript(7, 'doc-1')).toBe(true);
    // A prerendered or later document of the tab is another.
    expect(hasContentScript(7, 'doc-2')).toBe(false);
    forgetDocument(7);
    expect(hasContentScript(7, 'doc-1')).toBe(false);
  });
});
