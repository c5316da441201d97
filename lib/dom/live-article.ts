// Finds the article on the live page, as elements Tifa may annotate. Readability
// reads a clone (it edits what it reads); every clone node is paired with its
// live twin before, so the nodes Readability keeps lead back to the page
// without tagging or otherwise touching it.
import { FALLBACK_SELECTORS, readArticle } from './article';
import { articleMeta } from './article-meta';
import { readableNodes } from './text-map';

export interface LiveArticle {
  title: string;
  /** The paper's (else the site's) name and the article's date (YYYY-MM-DD), when the page shows them (articleMeta). */
  siteName?: string;
  published?: string;
  /** The live element around all of the article's text: watched for changes. */
  root: Element;
  /** Elements under root that are not the article (share bars, related links, comments): never annotated. */
  excluded: ReadonlySet<Element>;
}

// Page furniture a fallback article leaves out.
const FURNITURE = 'nav, aside, footer, form, [role=navigation], [role=complementary], [role=contentinfo], [role=search]';
const TEXT = /\S/;
export const READABILITY_MAX_CHARS = 150_000;

export function findLiveArticle(doc: Document): LiveArticle | null {
  const body = doc.body;
  if (!body) return null;
  const { paper, date } = articleMeta(doc, doc.URL);
  const meta = { ...(paper && { siteName: paper }), ...(date && { published: date }) };
  // Readability cannot be split into short tasks; it takes about 30 ms per 100,000
  // characters, so a huge page goes straight to the fallbacks.
  if ((body.textContent?.length ?? 0) > READABILITY_MAX_CHARS) return fallbackArticle(doc, { title: doc.title.trim(), ...meta });
  const copy = doc.cloneNode(true) as Document;
  const twins = pairNodes(body, copy.body);
  const { content, title } = readArticle(doc, copy);
  const kept = content ? keptNodes(content, twins) : null;
  return kept ? { title, ...meta, ...kept } : fallbackArticle(doc, { title, ...meta });
}

function fallbackArticle(doc: Document, about: Omit<LiveArticle, 'root' | 'excluded'>): LiveArticle | null {
  const root = fallbackRoot(doc);
  return root ? { ...about, root, excluded: new Set(root.querySelectorAll(FURNITURE)) } : null;
}

/** Maps every node under `copy` (a fresh clone of `live`) to its live twin. */
function pairNodes(live: Node, copy: Node): Map<Node, Node> {
  const twins = new Map<Node, Node>();
  let a: Node | null = live;
  let b: Node | null = copy;
  while (a && b) {
    twins.set(b, a);
    if (a.firstChild && b.firstChild) {
      a = a.firstChild;
      b = b.firstChild;
      continue;
    }
    while (a && b && a !== live && !a.nextSibling) {
      a = a.parentNode;
      b = b.parentNode;
    }
    if (!a || !b || a === live) break;
    a = a.nextSibling;
    b = b.nextSibling;
  }
  return twins;
}

/**
 * The live element around the text Readability kept, and the elements inside it
 * that Readability dropped. Null when no kept text leads back to the page (when
 * Readability rebuilt the page for a retry, its nodes have no twins).
 */
function keptNodes(content: Element, twins: Map<Node, Node>): Pick<LiveArticle, 'root' | 'excluded'> | null {
  const kept = new Set<Node>();
  let root: Node | null = null;
  for (let n: Node | null = content.firstChild; n; n = next(n, content)) {
    const live = twins.get(n);
    if (!live) continue;
    for (let up: Node | null = live; up && !kept.has(up); up = up.parentNode) kept.add(up);
    if (live.nodeType === 3 && TEXT.test(live.nodeValue ?? '')) root = root ? commonAncestor(root, live) : live.parentNode;
  }
  if (!root || root.nodeType !== 1) return null;
  const rootEl = root as Element;
  const excluded = new Set<Element>();
  // Elements under root that hold nothing Readability kept; their subtrees are skipped whole.
  const visit = (el: Element): void => {
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      if (!kept.has(c)) excluded.add(c);
      else visit(c);
    }
  };
  visit(rootEl);
  return { root: rootEl, excluded };
}

/** Document order within `root`. */
function next(n: Node, root: Node): Node | null {
  if (n.firstChild) return n.firstChild;
  for (let up: Node | null = n; up && up !== root; up = up.parentNode) if (up.nextSibling) return up.nextSibling;
  return null;
}

function commonAncestor(a: Node, b: Node): Node | null {
  let up: Node | null = a;
  while (up && !up.contains(b)) up = up.parentNode;
  return up;
}

/** Where the article is when Readability's choice cannot be led back to the page: the first landmark with text, else the densest block. */
export function fallbackRoot(doc: Document): Element | null {
  for (const selector of FALLBACK_SELECTORS) {
    const el = doc.querySelector(selector);
    if (el && hasText(el)) return el;
  }
  return doc.body ? densestBlock(doc.body) : null;
}

function hasText(el: Element): boolean {
  for (const node of readableNodes(el)) if (node && TEXT.test(node.data)) return true;
  return false;
}

/** The element whose paragraphs hold the most text; body when the page has no paragraphs. */
function densestBlock(body: HTMLElement): Element | null {
  const score = new Map<Element, number>();
  for (const p of body.querySelectorAll('p')) {
    const parent = p.parentElement;
    if (!parent || parent.closest(FURNITURE)) continue;
    score.set(parent, (score.get(parent) ?? 0) + (p.textContent ?? '').trim().length);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, s] of score) {
    if (s > bestScore) [best, bestScore] = [el, s];
  }
  return best ?? (hasText(body) ? body : null);
}
