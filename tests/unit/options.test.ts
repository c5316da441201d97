// The settings page rendered with Preact into a linkedom document, over the
// real settings record (fake-indexeddb) and the real background handler, as
// the page talks to it: every change is stored, and open tabs are told.
import 'fake-indexeddb/auto';
import { parseHTML } from 'linkedom';
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { OptionsHost } from '../../components/options/host';
import { keysOf, siteFromInput } from '../../components/options/model';
import { Options } from '../../components/options/Options';
import { type HandlerContext, handleMessage } from '../../lib/background/handler';
import { db } from '../../lib/db/database';
import { DEFAULT_SETTINGS, getSettings, setDisplay, setSiteEnabled } from '../../lib/db/settings';
import { DEFAULT_MARKS } from '../../lib/dom/mark-styles';
import { backgroundContext } from '../support/background-context';
import { keepFormState } from '../support/form-state';

// The UI language is read when lib/i18n loads; the assertions read English unless a test sets Chinese.
vi.hoisted(() => vi.stubGlobal('navigator', { language: 'en-US' }));

const { document, window } = parseHTML('<!doctype html><html><body></body></html>');
Object.assign(globalThis, { document });
keepFormState(window);

let told = 0;
const ctx: HandlerContext = backgroundContext({ settingsChanged: () => void told++ });

function fakeHost(openShortcutSettings: OptionsHost['openShortcutSettings'] = null): OptionsHost {
  return {
    send: (request) => handleMessage(request, { url: 'chrome-extension://tifa/options.html' }, ctx),
    shortcuts: async () => [
      { name: 'toggle-highlights', keys: 'Alt+Shift+H', description: 'Show or hide Tifa’s marks' },
      { name: 'next-mark', keys: '', description: 'Go to the next mark' },
      { name: '_execute_action', keys: '', description: '' },
    ],
    openShortcutSettings,
  };
}

let root: HTMLElement;
const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
async function until<T>(find: () => T | null | undefined | false | Promise<T | false>, what: string): Promise<T> {
  for (let round = 0; round < 200; round++) {
    const found = await find();
    if (found) return found;
    await settle();
  }
  throw new Error(`never appeared: ${what}`);
}
const byTestId = <T extends HTMLElement = HTMLElement>(id: string) => root.querySelector<T>(`[data-testid="${id}"]`);
const text = () => root.textContent ?? '';

async function fire(element: HTMLElement, type: string): Promise<void> {
  await act(() => {
    element.dispatchEvent(new window.Event(type, { bubbles: true }));
  });
  await settle();
}
async function choose(id: string, value: string): Promise<void> {
  const select = byTestId<HTMLSelectElement>(id)!;
  select.value = value;
  await fire(select, 'change');
}
async function click(id: string): Promise<void> {
  const input = byTestId<HTMLInputElement>(id)!;
  input.checked = !input.checked;
  await fire(input, input.type === 'checkbox' || input.type === 'radio' ? 'change' : 'click');
}

async function mount(host: OptionsHost = fakeHost()): Promise<void> {
  await act(() => render(h(Options, { host }), root));
  await until(() => byTestId('mark-shown-official'), 'the marks');
}

beforeEach(async () => {
  await db.settings.clear();
  told = 0;
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(async () => {
  await act(() => render(null, root));
  root.remove();
});

describe('the settings page', () => {
  it('shows the defaults: every kind marked in its own line, the card on a click, the browser’s language, no site off', async () => {
    await mount();
    for (const [kind, style] of Object.entries(DEFAULT_MARKS)) {
      expect(byTestId<HTMLInputElement>(`mark-shown-${kind}`)!.checked, kind).toBe(true);
      expect(byTestId<HTMLSelectElement>(`mark-line-${kind}`)!.value, kind).toBe(style.line);
      expect(byTestId<HTMLSelectElement>(`mark-colour-${kind}`)!.value, kind).toBe(style.colour);
    }
    expect(byTestId(`mark-preview-official-light`)!.innerHTML).toContain('underline solid 3px #b24a01');
    expect(byTestId(`mark-preview-official-dark`)!.innerHTML).toContain('underline solid 3px #e0782a');
    expect(byTestId<HTMLInputElement>('card-opens-click')!.checked).toBe(true);
    expect(byTestId<HTMLSelectElement>('language')!.value).toBe('auto');
    expect(byTestId('sites-none')!.textContent).toBe('None: Tifa works on every site.');
  });

  it('switches a kind off: stored, every tab told, its line and colour greyed out', async () => {
    await mount();
    await click('mark-shown-person');
    await until(async () => !(await getSettings()).marks.person.shown, 'people off');
    expect((await getSettings()).marks).toEqual({ ...DEFAULT_MARKS, person: { ...DEFAULT_MARKS.person, shown: false } });
    expect(told).toBe(1);
    await until(() => byTestId('mark-line-person')!.hasAttribute('disabled'), 'the line greyed out');
    expect(byTestId('mark-colour-person')!.hasAttribute('disabled')).toBe(true);
  });

  it('changes a kind’s line and colour, shows it in the previews, and restores the defaults', async () => {
    await mount();
    await choose('mark-line-official', 'frame');
    await until(async () => (await getSettings()).marks.official.line === 'frame', 'the frame stored');
    await choose('mark-colour-official', 'sky');
    await until(async () => (await getSettings()).marks.official.colour === 'sky', 'sky stored');
    await until(() => byTestId('mark-preview-official-light')!.innerHTML.includes('underline overline solid 2px #2c7fb8'), 'the preview');
    await fire(byTestId('marks-reset')!, 'click');
    await until(async () => (await getSettings()).marks.official.line === 'thick', 'the defaults back');
    expect((await getSettings()).marks).toEqual(DEFAULT_MARKS);
    expect(told).toBe(3);
  });

  it('opens the card on hover once chosen', async () => {
    await mount();
    await click('card-opens-hover');
    await until(async () => (await getSettings()).cardOpens === 'hover', 'hover stored');
  });

  it('speaks the language chosen, at once', async () => {
    await mount();
    expect(root.querySelector('h1')!.textContent).toBe('Tifa settings');
    await choose('language', 'zh');
    await until(() => root.querySelector('h1')!.textContent === '提法设置', 'the page in Chinese');
    expect((await getSettings()).language).toBe('zh');
    expect(text()).toContain('标注官员');
    expect(document.documentElement.lang).toBe('zh-CN');
    await choose('language', 'auto');
    await until(() => root.querySelector('h1')!.textContent === 'Tifa settings', 'the browser’s language again');
  });

  it('lists the sites switched off; removes one, adds one by its address, refuses what is no site', async () => {
    await setSiteEnabled('www.xtrb.cn', false);
    await setSiteEnabled('www.hnrb.cn', false);
    await mount();
    expect([...root.querySelectorAll('[data-site]')].map((li) => li.getAttribute('data-site'))).toEqual(['www.hnrb.cn', 'www.xtrb.cn']);

    await fire(root.querySelector<HTMLElement>('[data-site="www.xtrb.cn"] [data-testid="site-remove"]')!, 'click');
    await until(async () => (await getSettings()).sitesOff.length === 1, 'xtrb back on');
    expect((await getSettings()).sitesOff).toEqual(['www.hnrb.cn']);

    const input = byTestId<HTMLInputElement>('site-input')!;
    input.value = 'https://News.Example.com/a/1.html#top';
    await fire(input, 'input');
    await fire(root.querySelector('form')!, 'submit');
    await until(async () => (await getSettings()).sitesOff.includes('news.example.com'), 'the site added');
    await until(() => byTestId<HTMLInputElement>('site-input')!.value === '', 'the box emptied');

    input.value = 'not a site';
    await fire(input, 'input');
    await fire(root.querySelector('form')!, 'submit');
    expect(byTestId('site-invalid')!.textContent).toBe('“not a site” is not a site’s name or a web address.');
    expect((await getSettings()).sitesOff).toEqual(['news.example.com', 'www.hnrb.cn']);
    expect(told).toBe(2);
  });

  it('shows the shortcuts with their keys, and opens the browser’s shortcut page where it has one', async () => {
    const open = vi.fn(() => Promise.resolve());
    await mount(fakeHost(open));
    const rows = await until(() => {
      const found = [...root.querySelectorAll('[data-testid="shortcut"]')].map((tr) => tr.textContent);
      return found.length === 5 && found;
    }, 'five shortcuts');
    expect(rows).toEqual([
      'Alt+Shift+HShow or hide all marks',
      'not setGo to the next mark',
      'Alt+Shift+KOpen the card of the mark at the selection',
      'Alt+Shift+NGo to the next mark and open its card',
      'Alt+Shift+PGo to the previous mark and open its card',
    ]);
    await fire(byTestId('shortcuts-change')!, 'click');
    expect(open).toHaveBeenCalledOnce();
  });

  it('says how to change the shortcuts where the browser has no page to open', async () => {
    await mount(fakeHost(null));
    expect(byTestId('shortcuts-change')).toBeNull();
    expect(text()).toContain('Manage Extension Shortcuts');
  });

  it('shows a refused change as a notice and the stored settings as they are', async () => {
    await setDisplay({ cardOpens: 'hover' });
    const host = fakeHost();
    await mount({ ...host, send: (request) => handleMessage(request, { url: 'https://evil.example/' }, ctx) });
    await click('card-opens-click');
    await until(() => byTestId('notice'), 'the notice');
    expect(byTestId('notice')!.textContent).toMatch(/Tifa’s own pages/);
    expect(await getSettings()).toEqual({ ...DEFAULT_SETTINGS, cardOpens: 'hover' });
  });
});

describe('siteFromInput', () => {
  it.each([
    ['www.xtrb.cn', 'www.xtrb.cn'],
    ['  WWW.XTRB.CN ', 'www.xtrb.cn'],
    ['https://www.xtrb.cn/a/1.html?x=1#y', 'www.xtrb.cn'],
    ['http://localhost:8080/a', 'localhost'],
    ['127.0.0.1', '127.0.0.1'],
    ['人民网.中国', 'xn--gmq282eogn.xn--fiqs8s'],
  ])('reads %s as %s', (typed, site) => {
    expect(siteFromInput(typed)).toBe(site);
  });

  it.each(['', 'not a site', 'ftp://example.com', 'example', 'javascript:alert(1)', 'https://'])('refuses %j', (typed) => {
    expect(siteFromInput(typed)).toBeNull();
  });

  it('writes a page’s own key as the browser does', () => {
    expect(keysOf({ altKey: true, shiftKey: true, code: 'KeyK' })).toBe('Alt+Shift+K');
  });
});
