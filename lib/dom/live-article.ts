// The article on the live page, as elements Tifa may annotate: where the
// reading of a copy of the page (lib/dom/read-page.ts, done off the page's main
// thread) leads, found by element paths, without tagging or otherwise touching
// the page. When the reading found nothing, or its paths do not lead to the
// same elements here (the page changed, or parsed differently), the first
// landmark with text, else the densest block of paragraphs.
import { follow } from './element-path';
import { FALLBACK_SELECTORS } from './landmarks';
import { readableNodes } from './text-map';
import type { PageReading } from '../messages';

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

/** The live article `reading` describes; null when the page has no text to annotate. */
export function liveArticle(doc: Document, reading: PageReading | null): LiveArticle | null {
  const about = {
    title: reading?.title || doc.title.trim(),
    ...(reading?.siteName && { siteName: reading.siteName }),
    ...(reading?.published && { published: reading.published }),
  };
  const root = reading?.root ? follow(doc.documentElement, reading.root) : null;
  if (root && reading) {
    const excluded = reading.excluded.map((path) => follow(root, path));
    if (excluded.every((el) => el !== null)) return { ...about, root, excluded: new Set(excluded) };
  }
  const fallback = fallbackRoot(doc);
  return fallback ? { ...about, root: fallback, excluded: new Set(fallback.querySelectorAll(FURNITURE)) } : null;
}

/** Where the article is when no reading leads to it: the first landmark with text, else the densest block. */
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
