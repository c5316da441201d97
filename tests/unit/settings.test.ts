// The settings record: its defaults, fields added since version 1 read as
// their defaults, a damaged record read as the defaults; the background's
// settings requests (who may send them, what they store, that open tabs are
// told), and page-start carrying what pages follow.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { type HandlerContext, handleMessage, type Sender } from '../../lib/background/handler';
import { db } from '../../lib/db/database';
import { DEFAULT_SETTINGS, getSettings, isSiteEnabled, setDisplay, setPaused, setSiteEnabled } from '../../lib/db/settings';
import { DEFAULT_MARKS } from '../../lib/dom/mark-styles';
import { expandMentions } from '../../lib/extract/compact';
import { CompactExtractionSchema, type Marks, PageStartResponseSchema, SettingsSchema } from '../../lib/messages';
import { backgroundContext } from '../support/background-context';

let told = 0;
const ctx: HandlerContext = backgroundContext({ settingsChanged: () => void told++ });
const TAB: Sender = { tab: { incognito: false }, url: 'https://www.xtrb.cn/a/1.html' };
const OPTIONS: Sender = { url: 'chrome-extension://tifa/options.html' };
const send = (request: unknown, sender: Sender) => handleMessage(request, sender, ctx);

const WAVY_OFFICIALS: Marks = { ...DEFAULT_MARKS, official: { shown: true, line: 'wavy', colour: 'orange' } };

beforeEach(async () => {
  await db.settings.clear();
  told = 0;
});

describe('the settings record', () => {
  it('starts as the defaults: on everywhere, every kind marked in its own line, the card on a click, the browser’s language', async () => {
    expect(await getSettings()).toEqual({ paused: false, sitesOff: [], marks: DEFAULT_MARKS, cardOpens: 'click', language: 'auto' });
    expect(DEFAULT_SETTINGS).toEqual(await getSettings());
  });

  it('reads a version 1 record (pause and sites only) with its values kept and the display settings at their defaults', async () => {
    await db.table('settings').put({ id: 'settings', paused: true, sitesOff: ['www.xtrb.cn'] });
    expect(await getSettings()).toEqual({ ...DEFAULT_SETTINGS, paused: true, sitesOff: ['www.xtrb.cn'] });
  });

  it.each([
    ['a site list that is not a list', { id: 'settings', paused: true, sitesOff: 'www.xtrb.cn' }],
    ['a pause that is not a boolean', { id: 'settings', paused: 'yes', sitesOff: [] }],
    ['an unknown line', { id: 'settings', paused: true, sitesOff: [], marks: { ...DEFAULT_MARKS, person: { shown: true, line: 'zigzag', colour: 'blue' } } }],
    ['a kind missing from the marks', { id: 'settings', paused: true, sitesOff: [], marks: { official: DEFAULT_MARKS.official } }],
    ['an unknown language', { id: 'settings', paused: true, sitesOff: [], language: 'fr' }],
    ['an empty site name', { id: 'settings', paused: true, sitesOff: [''] }],
  ])('reads a damaged record (%s) as the defaults', async (_, record) => {
    await db.table('settings').put(record);
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('turns a site off and on again, by host name in any case, and pauses everywhere', async () => {
    expect((await setSiteEnabled('WWW.XTRB.CN', false)).sitesOff).toEqual(['www.xtrb.cn']);
    expect(isSiteEnabled(await getSettings(), 'www.xtrb.cn')).toBe(false);
    expect(isSiteEnabled(await getSettings(), 'example.com')).toBe(true);
    await setSiteEnabled('www.xtrb.cn', true);
    expect(isSiteEnabled(await getSettings(), 'www.xtrb.cn')).toBe(true);
    await setPaused(true);
    expect(isSiteEnabled(await getSettings(), 'example.com')).toBe(false);
  });

  it('changes the display settings given and keeps the rest', async () => {
    await setSiteEnabled('www.xtrb.cn', false);
    await setDisplay({ cardOpens: 'hover' });
    await setDisplay({ marks: WAVY_OFFICIALS, language: undefined });
    expect(await getSettings()).toEqual({ ...DEFAULT_SETTINGS, sitesOff: ['www.xtrb.cn'], cardOpens: 'hover', marks: WAVY_OFFICIALS });
  });
});

describe('settings requests', () => {
  it('tell page-start the display settings where Tifa may work, and nothing where it may not', async () => {
    await setDisplay({ cardOpens: 'hover', language: 'zh' });
    const start = { type: 'page-start', url: 'https://www.xtrb.cn/a/1.html' };
    expect(PageStartResponseSchema.parse(await send(start, TAB))).toEqual({ enabled: true, display: { marks: DEFAULT_MARKS, cardOpens: 'hover', language: 'zh' } });
    await setSiteEnabled('www.xtrb.cn', false);
    expect(await send(start, TAB)).toEqual({ enabled: false });
  });

  it('store a display change from Tifa’s own page, and tell the open tabs once', async () => {
    const reply = SettingsSchema.parse(await send({ type: 'set-display', change: { marks: WAVY_OFFICIALS } }, OPTIONS));
    expect(reply.marks.official).toEqual({ shown: true, line: 'wavy', colour: 'orange' });
    expect((await getSettings()).marks).toEqual(WAVY_OFFICIALS);
    expect(told).toBe(1);
    await send({ type: 'set-site', site: 'www.xtrb.cn', enabled: false }, OPTIONS);
    await send({ type: 'set-paused', paused: true }, OPTIONS);
    expect(told).toBe(3);
  });

  it('merge each change into what is stored: two quick changes of one kind both stay', async () => {
    await Promise.all([
      send({ type: 'set-display', change: { marks: { official: { line: 'frame' } } } }, OPTIONS),
      send({ type: 'set-display', change: { marks: { official: { colour: 'sky' } }, cardOpens: 'hover' } }, OPTIONS),
    ]);
    expect(await getSettings()).toEqual({ ...DEFAULT_SETTINGS, cardOpens: 'hover', marks: { ...DEFAULT_MARKS, official: { shown: true, line: 'frame', colour: 'sky' } } });
    expect(told).toBe(2);
  });

  it('refuse a change from a content script, and a malformed change, leaving the record and the tabs alone', async () => {
    expect(await send({ type: 'set-display', change: { cardOpens: 'hover' } }, TAB)).toEqual({ error: expect.stringMatching(/Tifa’s own pages/) });
    expect(await send({ type: 'set-paused', paused: true }, TAB)).toHaveProperty('error');
    expect(await send({ type: 'set-display', change: { cardOpens: 'sometimes' } }, OPTIONS)).toEqual({ error: expect.stringMatching(/^invalid request: [^]*change\.cardOpens/) });
    expect(await send({ type: 'set-display', change: { marks: { official: { line: 'zigzag' } } } }, OPTIONS)).toHaveProperty('error');
    expect(await send({ type: 'set-display', change: { marks: { visitor: { shown: false } } } }, OPTIONS)).toHaveProperty('error');
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
    expect(told).toBe(0);
  });

  it('extract the sample article for Tifa’s own page only', async () => {
    const text = '市委书记、市长韩书宁主持会议，总投资1860亿元。';
    expect(await send({ type: 'extract-sample', text }, TAB)).toEqual({ error: expect.stringMatching(/Tifa’s own page/) });
    const found = CompactExtractionSchema.parse(await send({ type: 'extract-sample', text }, OPTIONS));
    expect([...expandMentions(found, text)].map((m) => `${m.kind} ${m.text}`)).toEqual(['official 韩书宁', 'amount 1860亿元']);
  });
});
