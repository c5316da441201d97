// Reads the lookup card. Its host <tifa-card> may keep a closed shadow root,
// which page scripts and Playwright locators cannot enter; the DevTools
// protocol's DOM.getDocument with `pierce` sees into closed roots too.
import type { Page } from 'playwright-core';

export const CARD_TAG = 'tifa-card';

interface CdpNode {
  nodeType: number;
  nodeName: string;
  nodeValue: string;
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
}

export interface CardContent {
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
      return { heading: h3 ? textOf(h3) : '', items: inside.filter((n) => n.nodeName === 'LI').map(textOf) };
    });
  return { text: textOf(node), sections };
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
