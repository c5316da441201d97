// Reads what the content script did to a page: the state it leaves on <html>
// and the ranges it registered with the CSS Custom Highlight API (the registry
// is shared by the page and the extension's isolated world).
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { type Mention, type MentionKind, MentionKindSchema } from '../../../lib/extract/schema';
import type { TifaBrowser } from './browser';
import { extractIn, openPopup } from './extension';

export const HIGHLIGHT_PREFIX = 'tifa-';

export interface PassState {
  state: 'done' | 'skipped';
  /** data-tifa-mentions, when set. */
  mentions: number | null;
}

export interface PaintedMention {
  kind: MentionKind;
  text: string;
  /** The page region the range starts in (a `Region` of news-page.ts), null outside them. */
  region: string | null;
}

/** Waits until the content script has finished a pass (or declined to work), and reports it. */
export async function waitForPass(page: Page, timeout = 20_000): Promise<PassState> {
  const handle = await page.waitForFunction(
    () => {
      const el = document.documentElement;
      const state = el.getAttribute('data-tifa-state');
      return state === 'done' || state === 'skipped' ? { state, mentions: el.getAttribute('data-tifa-mentions') } : null;
    },
    undefined,
    { timeout },
  );
  const raw = (await handle.jsonValue()) as { state: 'done' | 'skipped'; mentions: string | null };
  return { state: raw.state, mentions: raw.mentions === null ? null : Number(raw.mentions) };
}

/** Waits for a pass that reports a mention count other than `previous` (a repaint after the page changed). */
export async function waitForRepaint(page: Page, previous: number | null, timeout = 20_000): Promise<PassState> {
  await page.waitForFunction(
    (prev) => {
      const el = document.documentElement;
      return el.getAttribute('data-tifa-state') === 'done' && el.getAttribute('data-tifa-mentions') !== prev;
    },
    previous === null ? null : String(previous),
    { timeout },
  );
  return waitForPass(page, timeout);
}

// Page-world functions, given to Playwright's and Puppeteer's (Firefox) page.evaluate alike.

/** In the page: every range in Tifa's highlights, its kind (from the highlight's name), text and region. */
export const readHighlights = ({ prefix, kinds }: { prefix: string; kinds: readonly string[] }) => {
  const out: { kind: string; text: string; region: string | null }[] = [];
  for (const kind of kinds) {
    // Registered under the name of the kind's style: tifa-<kind>-<line>-<colour>-<theme>.
    for (const r of [...CSS.highlights].flatMap(([name, h]) => (name.startsWith(`${prefix}${kind}-`) ? [...h] : []))) {
      // Highlights may hold StaticRanges, which have no toString().
      const live = document.createRange();
      live.setStart(r.startContainer, r.startOffset);
      live.setEnd(r.endContainer, r.endOffset);
      const start = r.startContainer;
      const el = start.nodeType === Node.ELEMENT_NODE ? (start as Element) : start.parentElement;
      out.push({ kind, text: live.toString(), region: el?.closest('[data-region]')?.getAttribute('data-region') ?? null });
    }
  }
  return out;
};

export const HIGHLIGHT_ARGS = { prefix: HIGHLIGHT_PREFIX, kinds: MentionKindSchema.options };

/**
 * In the page: for each kind with a registered range, the background colour
 * the page's style sheets give that highlight on the element where its first
 * range starts; transparent when no style sheet styles the marks.
 */
export const readMarkStyles = ({ prefix, kinds }: { prefix: string; kinds: readonly string[] }) => {
  const out: Record<string, string> = {};
  for (const kind of kinds) {
    const [name, highlight] = [...CSS.highlights].find(([n]) => n.startsWith(`${prefix}${kind}-`)) ?? [];
    const [first] = highlight ?? [];
    if (!first) continue;
    const start = first.startContainer;
    const el = start.nodeType === Node.ELEMENT_NODE ? (start as Element) : start.parentElement;
    if (el) out[kind] = getComputedStyle(el, `::highlight(${name})`).backgroundColor;
  }
  return out;
};

/**
 * In the page: for each kind with a registered range, the highlight name it is
 * registered under and the line and colour its marks are drawn with, as
 * computed (so a style sheet must style that name).
 */
export const readMarkLooks = ({ prefix, kinds }: { prefix: string; kinds: readonly string[] }) => {
  const out: Record<string, { name: string; lines: string; style: string; colour: string }> = {};
  for (const kind of kinds) {
    const [name, highlight] = [...CSS.highlights].find(([n]) => n.startsWith(`${prefix}${kind}-`)) ?? [];
    const [first] = highlight ?? [];
    if (!name || !first) continue;
    const start = first.startContainer;
    const el = start.nodeType === Node.ELEMENT_NODE ? (start as Element) : start.parentElement;
    if (!el) continue;
    const look = getComputedStyle(el, `::highlight(${name})`);
    out[kind] = { name, lines: look.textDecorationLine, style: look.textDecorationStyle, colour: look.textDecorationColor };
  }
  return out;
};

/** A background colour that shows: neither transparent nor missing. */
const isVisibleColour = (colour: string | undefined): boolean => Boolean(colour) && colour !== 'transparent' && !/^rgba\(.*,\s*0\)$/.test(colour!);

/** Every kind painted is styled by the manifest's style sheet (`styles` from readMarkStyles). */
export function expectMarksStyled(styles: Record<string, string>, painted: readonly PaintedMention[], label = ''): void {
  expect(Object.keys(styles).sort(), label).toEqual([...new Set(painted.map((m) => m.kind))].sort());
  for (const [kind, colour] of Object.entries(styles)) expect(isVisibleColour(colour), `${label} ${kind}: ${colour}`).toBe(true);
}


export const asPainted = (found: ReturnType<typeof readHighlights>): PaintedMention[] =>
  found.map((m) => ({ ...m, kind: MentionKindSchema.parse(m.kind) }));

/** In the page: the middle of the first line box of the first range reading `text` in a highlight named `name`-… (tifa-<kind>), scrolled into view. */
export const mentionPoint = ({ name, text }: { name: string; text: string }) => {
  for (const r of [...CSS.highlights].flatMap(([n, h]) => (n.startsWith(`${name}-`) ? [...h] : []))) {
    const live = document.createRange();
    live.setStart(r.startContainer, r.startOffset);
    live.setEnd(r.endContainer, r.endOffset);
    if (live.toString() !== text) continue;
    live.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    const box = live.getClientRects()[0];
    return box ? { x: box.left + box.width / 2, y: box.top + box.height / 2 } : null;
  }
  return null;
};

/**
 * In the page: scrolls from top to bottom, `step` viewport heights at a time,
 * and gathers every range Tifa's highlights held at some point (a page with
 * many mentions registers only those near the viewport). Then it scrolls back to
 * `samples` places spread over the page and counts the gathered ranges that
 * are on screen there but not registered. Also gives the most ranges
 * registered at once.
 */
export const scrollThroughHighlights = async ({ prefix, kinds, step, samples }: { prefix: string; kinds: readonly string[]; step: number; samples: number }) => {
  const frames = () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
  const live = (r: AbstractRange): Range => {
    const range = document.createRange();
    range.setStart(r.startContainer, r.startOffset);
    range.setEnd(r.endContainer, r.endOffset);
    return range;
  };
  const seen = new Map<AbstractRange, string>();
  let most = 0;
  const registered = (): Set<AbstractRange> => {
    const now = new Set<AbstractRange>();
    for (const kind of kinds) {
      for (const r of [...CSS.highlights].flatMap(([name, h]) => (name.startsWith(`${prefix}${kind}-`) ? [...h] : []))) {
        now.add(r);
        if (!seen.has(r)) seen.set(r, kind);
      }
    }
    most = Math.max(most, now.size);
    return now;
  };
  const bottom = () => document.documentElement.scrollHeight - innerHeight;
  for (let y = 0; ; y += step * innerHeight) {
    scrollTo(0, Math.min(y, bottom()));
    await frames();
    registered();
    if (y >= bottom()) break;
  }
  let unpainted = 0;
  let onScreen = 0;
  for (let i = 0; i < samples; i++) {
    scrollTo(0, Math.round((bottom() * i) / Math.max(1, samples - 1)));
    await frames();
    const now = registered();
    for (const r of seen.keys()) {
      const box = live(r).getBoundingClientRect();
      if (box.height === 0 || box.bottom <= 0 || box.top >= innerHeight) continue;
      onScreen++;
      if (!now.has(r)) unpainted++;
    }
  }
  scrollTo(0, 0);
  const painted = [...seen].map(([r, kind]) => {
    const start = r.startContainer;
    const el = start.nodeType === Node.ELEMENT_NODE ? (start as Element) : start.parentElement;
    return { kind, text: live(r).toString(), region: el?.closest('[data-region]')?.getAttribute('data-region') ?? null };
  });
  return { painted, most, unpainted, onScreen };
};

/** What scrolling through a page showed of Tifa's highlights (scrollThroughHighlights). */
export interface ScrolledMarks {
  /** Every mention painted at some point. */
  painted: PaintedMention[];
  /** The most ranges registered at once. */
  most: number;
  /** Of the painted mentions on screen at the sampled places, how many were not registered there. */
  unpainted: number;
  onScreen: number;
}

/** Arguments for scrollThroughHighlights: two viewports a step, `samples` places checked. */
export const scrollArgs = (samples: number) => ({ ...HIGHLIGHT_ARGS, step: 2, samples });

export async function scrolledMarks(page: Page, samples = 8): Promise<ScrolledMarks> {
  const found = await page.evaluate(scrollThroughHighlights, scrollArgs(samples));
  return { ...found, painted: asPainted(found.painted) };
}

/**
 * Scrolling through showed every expected mention painted, no more than
 * `share` of them registered at once, and nothing on screen left unpainted.
 */
export function expectPaintedNearViewport(scrolled: ScrolledMarks, expected: readonly { kind: string; text: string }[], share: number): void {
  expect(tally(scrolled.painted)).toEqual(tally(expected));
  expect(scrolled.most).toBeLessThan(expected.length * share);
  expect(scrolled.most).toBeGreaterThan(0);
  expect(scrolled.onScreen).toBeGreaterThan(0);
  expect(scrolled.unpainted).toBe(0);
}

/** Every range in Tifa's highlights: its kind (from the highlight's name), its text and where it starts. */
export async function paintedMentions(page: Page): Promise<PaintedMention[]> {
  return asPainted(await page.evaluate(readHighlights, HIGHLIGHT_ARGS));
}

/**
 * Clicks the first painted mention of `kind` reading `text`, as a reader
 * would: scrolled into view, the pointer on the middle of its first line box.
 */
export async function clickMention(page: Page, kind: MentionKind, text: string): Promise<void> {
  const point = await page.evaluate(mentionPoint, { name: HIGHLIGHT_PREFIX + kind, text });
  if (!point) throw new Error(`no painted ${kind} mention reads ${text}`);
  await page.mouse.click(point.x, point.y);
}

/** Selects the first occurrence of `text` in the article, as a reader dragging over it would. */
export async function selectInArticle(page: Page, text: string): Promise<void> {
  const found = await page.evaluate((text) => {
    const article = document.querySelector('[data-region="article"]');
    if (!article) return false;
    const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.nodeValue?.indexOf(text) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + text.length);
      node.parentElement?.scrollIntoView({ block: 'center' });
      const selection = document.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return selection.toString() === text;
    }
    return false;
  }, text);
  if (!found) throw new Error(`could not select ${text} in the article`);
}

/** Distinct entities of each kind among `mentions`: what the history counts for a page. */
export function countKinds(mentions: readonly Pick<Mention, 'kind' | 'key'>[]): Record<MentionKind, number> {
  const counts: Record<MentionKind, number> = { official: 0, person: 0, amount: 0, slogan: 0 };
  for (const id of new Set(mentions.map((m) => `${m.kind}\u0000${m.key}`))) counts[MentionKindSchema.parse(id.split('\u0000')[0])]++;
  return counts;
}

/** A multiset of (kind, text), as a sorted list so a failure shows the difference. */
export const tally = (mentions: readonly { kind: string; text: string }[]): string[] => mentions.map((m) => `${m.kind} ${m.text}`).sort();

/**
 * In the page (Playwright's and Puppeteer's evaluate): every mark in reading
 * order, read from the highlight registry — its text (white space dropped)
 * and the top and bottom of its first line box.
 */
export const marksInReadingOrder = (prefix: string) => {
  const ranges: AbstractRange[] = [];
  for (const [name, highlight] of CSS.highlights) if (name.startsWith(prefix)) for (const r of highlight) ranges.push(r);
  const live = ranges.map((r) => {
    const range = document.createRange();
    range.setStart(r.startContainer, r.startOffset);
    range.setEnd(r.endContainer, r.endOffset);
    return range;
  });
  live.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
  return live.map((r) => {
    const box = r.getClientRects()[0] ?? r.getBoundingClientRect();
    return { text: r.toString().replace(/\s/g, ''), top: box.top, bottom: box.bottom };
  });
};


/**
 * What a reader's first visit to `url` shows: what extract() finds in `text`
 * with the names Tifa knows now (asked first, as the content script will be
 * answered), then the page opened in a new tab, its pass, and the marks painted.
 */
export async function firstVisit(browser: TifaBrowser, url: string, text: string) {
  const popup = await openPopup(browser);
  const expected = await extractIn(popup, url, text);
  const page = await browser.context.newPage();
  await page.goto(url);
  const pass = await waitForPass(page);
  return { popup, expected, page, pass, painted: await paintedMentions(page) };
}
