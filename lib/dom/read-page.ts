// Finds the article in a copy of a page (off the page's main thread: the
// offscreen document in Chrome, the background page in Firefox; see
// lib/background/page-reader.ts): Readability's choice, its headline, and the
// paper and date the page shows, as element paths the content script follows
// on the live page (lib/dom/live-article.ts), and the article's text as the
// copy lays it out, which the background extracts at once. Readability edits
// what it reads, so it reads a clone whose every node is paired with the
// copy's first.
import { readArticle } from './article';
import { articleMeta } from './article-meta';
import { pathTo } from './element-path';
import { layOutArticle } from './text-map';
import type { PageHtml, PageReading } from '../messages';
import { READABILITY_MAX_CHARS, TEXT_LIMITS } from '../limits';

const TEXT = /\S/;

/** Reads a page the content script serialized (lib/dom/page-html.ts). */
export function readPageHtml({ html, whole }: PageHtml, url: string, parser: DOMParser = new DOMParser()): PageReading {
  return readPage(parser.parseFromString(html, 'text/html'), url, whole);
}

/** Reads `doc`, leaving it as it was; `whole` false: only its headline, paper and date (no article is looked for). */
export function readPage(doc: Document, url: string, whole = true): PageReading {
  const { paper, date } = articleMeta(doc, url);
  const about = { ...(paper && { siteName: paper.slice(0, TEXT_LIMITS.paper) }), ...(date && { published: date }) };
  const cut = (title: string): string => title.slice(0, TEXT_LIMITS.pageTitle);
  const body = doc.body;
  if (!whole || !body || (body.textContent?.length ?? 0) > READABILITY_MAX_CHARS) return { title: cut(doc.title.trim()), ...about, root: null, excluded: [] };
  const copy = doc.cloneNode(true) as Document;
  const twins = pairNodes(body, copy.body);
  const { content, title } = readArticle(doc, copy);
  const kept = content ? keptNodes(content, twins) : null;
  if (!kept) return { title: cut(title), ...about, root: null, excluded: [] };
  return {
    title: cut(title),
    ...about,
    root: pathTo(kept.root, doc.documentElement),
    excluded: [...kept.excluded].map((el) => pathTo(el, kept.root)),
    text: layOutArticle(kept.root, kept.excluded),
  };
}

/** Maps every node under `copy` (a fresh clone of `original`) to its twin. */
function pairNodes(original: Node, copy: Node): Map<Node, Node> {
  const twins = new Map<Node, Node>();
  let a: Node | null = original;
  let b: Node | null = copy;
  while (a && b) {
    twins.set(b, a);
    if (a.firstChild && b.firstChild) {
      a = a.firstChild;
      b = b.firstChild;
      continue;
    }
    while (a && b && a !== original && !a.nextSibling) {
      a = a.parentNode;
      b = b.parentNode;
    }
    if (!a || !b || a === original) break;
    a = a.nextSibling;
    b = b.nextSibling;
  }
  return twins;
}

/**
 * The element around the text Readability kept, and the elements inside it
 * that Readability dropped, in the original. Null when no kept text leads back
 * to it (when Readability rebuilt the page for a retry, its nodes have no twins).
 */
function keptNodes(content: Element, twins: Map<Node, Node>): { root: Element; excluded: Set<Element> } | null {
  const kept = new Set<Node>();
  let root: Node | null = null;
  for (let n: Node | null = content.firstChild; n; n = next(n, content)) {
    const original = twins.get(n);
    if (!original) continue;
    for (let up: Node | null = original; up && !kept.has(up); up = up.parentNode) kept.add(up);
    if (original.nodeType === 3 && TEXT.test(original.nodeValue ?? '')) root = root ? commonAncestor(root, original) : original.parentNode;
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
