// Reads the lookup card. Its host <tifa-card> may keep a closed shadow root,
// which page scripts and Playwright locators cannot enter; the DevTools
// protocol's DOM.getDocument with `pierce` sees into closed roots too.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export const CARD_TAG = 'tifa-card';

interface CdpNode {
  nodeType: number;
  nodeName: string;
  nodeValue: string;
  backendNodeId: number;
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  contentDocument?: CdpNode;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const NOT_TEXT = new Set(['STYLE', 'SCRIPT', 'TEMPLATE']);

function* walk(node: CdpNode): Generator<CdpNode> {
  yield node;
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? []), ...(node.contentDocument ? [node.contentDocument] : [])]) {
    yield* walk(child);
  }
}

function textOf(node: CdpNode): string {
  if (node.nodeType === TEXT_NODE) return node.nodeValue;
  if (NOT_TEXT.has(node.nodeName)) return '';
  return [...(node.shadowRoots ?? []), ...(node.children ?? []), ...(node.contentDocument ? [node.contentDocument] : [])]
    .map(textOf)
    .join('');
}

export interface CardSection {
  /** The section's <h3>. */
  heading: string;
  /** The text of each list item in it. */
  items: string[];
  /** All the text in it, heading included (SVG text too). */
  text: string;
}

export interface CardContent {
  /** The card's heading: the name, slogan or amount it is about. */
  title: string;
  /** All the text the card shows. */
  text: string;
  sections: CardSection[];
}

/** The card's host node with its shadow tree, or null when no card is on the page. */
async function cardNode(page: Page): Promise<CdpNode | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    for (const node of walk(root)) if (node.nodeName.toLowerCase() === CARD_TAG) return node;
    return null;
  } finally {
    await cdp.detach();
  }
}

/** The names of every element in the card (shadow tree included), e.g. to find markup that page text should not have become. */
export async function cardElementNames(page: Page): Promise<string[] | null> {
  const node = await cardNode(page);
  return node && [...walk(node)].filter((n) => n.nodeType === ELEMENT_NODE).map((n) => n.nodeName.toLowerCase());
}

/** What the card shows (shadow tree included), or null when no card is on the page. */
export async function readCard(page: Page): Promise<CardContent | null> {
  const node = await cardNode(page);
  if (!node) return null;
  const sections = [...walk(node)]
    .filter((n) => n.nodeName === 'SECTION')
    .map((section) => {
      const inside = [...walk(section)];
      const h3 = inside.find((n) => n.nodeName === 'H3');
      return { heading: h3 ? textOf(h3) : '', items: inside.filter((n) => n.nodeName === 'LI').map(textOf), text: textOf(section) };
    });
  const h2 = [...walk(node)].find((n) => n.nodeName === 'H2');
  return { title: h2 ? textOf(h2) : '', text: textOf(node), sections };
}

/** Polls the card until `ready` holds (the card draws at once, its lookup part later); null if it never does. */
export async function waitForCard(page: Page, ready: (card: CardContent) => boolean, timeout = 15_000): Promise<CardContent | null> {
  const until = Date.now() + timeout;
  for (;;) {
    const card = await readCard(page);
    if (card && ready(card)) return card;
    if (Date.now() > until) return null;
    await page.waitForTimeout(100);
  }
}

// Page-world functions, given to Playwright's and Puppeteer's (Firefox) page.evaluate alike.

/**
 * In the page: moves the page so the point `point` (a mention's middle, from
 * mentionPoint) sits `fromBottom` pixels above the viewport's bottom edge, and
 * returns where it is now.
 */
export const scrollPointToBottom = ({ point, fromBottom }: { point: { x: number; y: number }; fromBottom: number }) => {
  const before = scrollY;
  scrollBy(0, point.y - (innerHeight - fromBottom));
  return { x: point.x, y: point.y - (scrollY - before) };
};

/** Where the card shows in the viewport, and the viewport's size. */
export interface CardBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
  viewport: { width: number; height: number };
}

/**
 * In the page: the card's box as hit-testing sees it (the page cannot enter a
 * closed shadow root, but a point over the card hits its host): a coarse grid
 * finds the card, then single-pixel steps from its middle find each edge, or
 * the viewport's edge where the card runs past it. Null when nothing hits.
 */
export const cardBox = (tag: string): CardBox | null => {
  const host = document.querySelector(tag);
  if (!host) return null;
  const root = document.scrollingElement ?? document.documentElement;
  const width = root.clientWidth || innerWidth;
  const height = root.clientHeight || innerHeight;
  const hit = (x: number, y: number): boolean => document.elementFromPoint(x, y) === host;
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let y = 1; y < height; y += 12) {
    for (let x = 1; x < width; x += 12) {
      if (!hit(x, y)) continue;
      [minX, minY, maxX, maxY] = [Math.min(minX, x), Math.min(minY, y), Math.max(maxX, x), Math.max(maxY, y)];
    }
  }
  if (minX === Infinity) return null;
  const [cx, cy] = [Math.round((minX + maxX) / 2), Math.round((minY + maxY) / 2)];
  let [left, right, top, bottom] = [cx, cx, cy, cy];
  while (left > 0 && hit(left - 1, cy)) left--;
  while (right < width - 1 && hit(right + 1, cy)) right++;
  while (top > 0 && hit(cx, top - 1)) top--;
  while (bottom < height - 1 && hit(cx, bottom + 1)) bottom++;
  return { left, top, right: right + 1, bottom: bottom + 1, viewport: { width, height } };
};

/** The card lies wholly inside the viewport, at least `margin` pixels from each edge. */
export function expectInsideViewport(box: CardBox | null, margin = 4, label = ''): void {
  expect(box, `${label} card drawn`).not.toBeNull();
  const { left, top, right, bottom, viewport } = box!;
  const where = `${label} ${JSON.stringify(box)}`;
  expect(left, where).toBeGreaterThanOrEqual(margin);
  expect(top, where).toBeGreaterThanOrEqual(margin);
  expect(right, where).toBeLessThanOrEqual(viewport.width - margin);
  expect(bottom, where).toBeLessThanOrEqual(viewport.height - margin);
  // A card, not a sliver.
  expect(right - left, where).toBeGreaterThan(200);
  expect(bottom - top, where).toBeGreaterThan(100);
}

/** What the card's layout is, read through the DevTools protocol (Chromium), which reaches into the closed shadow root. */
export interface CardLayout {
  /** The card's border box, in viewport pixels. */
  card: { left: number; top: number; right: number; bottom: number };
  /** Its scrolling body: how much it holds and shows. */
  body: { scrollHeight: number; clientHeight: number; overflowY: string };
  /** The last section (the links) once the body is scrolled to its end. */
  lastSection: { top: number; bottom: number };
  /** The card's computed background colour. */
  background: string;
}

interface CdpElement extends CdpNode {
  backendNodeId: number;
  attributes?: string[];
}

/** Reads the open card's layout, scrolling its body to the end; null when no card is on the page. */
export async function cardLayout(page: Page): Promise<CardLayout | null> {
  const host = await cardNode(page);
  // The card is the dialog; CDP lists an element's attributes as [name, value, name, value, …].
  const isDialog = (n: CdpElement): boolean => (n.attributes ?? []).some((a, i, all) => i % 2 === 0 && a === 'role' && all[i + 1] === 'dialog');
  const card = host && ([...walk(host)] as CdpElement[]).find((n) => n.nodeType === ELEMENT_NODE && isDialog(n));
  if (!card) return null;
  const cdp = await page.context().newCDPSession(page);
  try {
    const { object } = (await cdp.send('DOM.resolveNode', { backendNodeId: card.backendNodeId })) as { object: { objectId: string } };
    const { result } = (await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      returnByValue: true,
      functionDeclaration: `function () {
        const body = this.querySelector('.body');
        const box = (el) => { const r = el.getBoundingClientRect(); return { left: r.left, top: r.top, right: r.right, bottom: r.bottom }; };
        body.scrollTop = body.scrollHeight;
        const sections = this.querySelectorAll('section');
        const last = box(sections[sections.length - 1]);
        return {
          card: box(this),
          body: { scrollHeight: body.scrollHeight, clientHeight: body.clientHeight, overflowY: getComputedStyle(body).overflowY },
          lastSection: { top: last.top, bottom: last.bottom },
          background: getComputedStyle(this).backgroundColor,
        };
      }`,
    })) as { result: { value: CardLayout } };
    return result.value;
  } finally {
    await cdp.detach();
  }
}

/** Clicks the card's button that reads `label`, as a reader would: the pointer on its middle. */
export async function clickCardButton(page: Page, label: string, timeout = 5_000): Promise<void> {
  // The card's code loads on its first open: the button may come a moment after the click that opened it.
  const find = async () => {
    const node = await cardNode(page);
    return node && [...walk(node)].find((n) => n.nodeName === 'BUTTON' && textOf(n) === label);
  };
  let button = await find();
  for (const until = Date.now() + timeout; !button && Date.now() < until; button = await find()) await page.waitForTimeout(50);
  if (!button) throw new Error(`the card has no button “${label}”`);
  const cdp = await page.context().newCDPSession(page);
  try {
    // Brought into view first: the card's body scrolls.
    await cdp.send('DOM.scrollIntoViewIfNeeded', { backendNodeId: button.backendNodeId });
    const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId: button.backendNodeId })) as { model: { content: number[] } };
    const [x1, y1, , , x3, y3] = model.content as [number, number, number, number, number, number];
    await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
  } finally {
    await cdp.detach();
  }
}

