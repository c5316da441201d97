// The text a reader sees under an element, laid out as one flat text with a
// map back to the page's text nodes, so that offsets the extractor finds in the
// text become positions in the live DOM. Blocks and <br> become "\n" (the
// person extractor reads line breaks); nothing on the page is changed.
import { TEXT_LIMITS } from '../limits';
import { BLOCKS, SKIPPED } from './text';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

// Not text the reader reads: form fields, embedded documents, media fallback.
const UNREAD: ReadonlySet<string> = new Set([
  ...SKIPPED, 'textarea', 'input', 'select', 'button', 'iframe', 'object', 'embed', 'canvas', 'video', 'audio', 'math',
]);
const EDITABLE = new Set(['', 'true', 'plaintext-only']);
const NONE: ReadonlySet<Element> = new Set();
// HTML layout white space: turned into spaces one for one, so offsets stay those of the node.
const LAYOUT_SPACE = /[\t\n\r\f]/g;
const LEADING_SPACE = /^[ \t\n\r\f]*/;

/** Whether the reader can see an element's text: not a script, a form field, an editor, or hidden. */
export function isReadable(el: Element): boolean {
  if (UNREAD.has(el.localName) || el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return false;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && EDITABLE.has(editable)) return false;
  // checkVisibility catches display:none from style sheets; missing in older browsers and in linkedom, and
  // meaningless in a document that is not rendered (a parsed copy of a page: every element would be hidden).
  return typeof el.checkVisibility !== 'function' || !el.ownerDocument.defaultView || el.checkVisibility();
}

const isBlock = (node: Node): boolean => node.nodeType === ELEMENT_NODE && BLOCKS.has((node as Element).localName);

/**
 * The readable text nodes under root in document order, with `null` wherever a
 * block starts or ends or a <br> breaks the line. Subtrees of `excluded`
 * elements are left out. Safe against a DOM that changes between steps: a
 * removed node ends the walk early.
 */
export function* readableNodes(root: Element, excluded: ReadonlySet<Element> = NONE): Generator<Text | null> {
  let node: Node | null = root.firstChild;
  while (node) {
    let enter = false;
    if (node.nodeType === TEXT_NODE) yield node as Text;
    else if (node.nodeType === ELEMENT_NODE) {
      const el = node as Element;
      if (el.localName === 'br') yield null;
      else if (!excluded.has(el) && isReadable(el)) {
        if (isBlock(el)) yield null;
        enter = true;
      }
    }
    if (enter && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    if (enter && isBlock(node)) yield null;
    // Climb out of finished elements, closing blocks on the way.
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node && node !== root && isBlock(node)) yield null;
    }
    node = node && node !== root ? node.nextSibling : null;
  }
}

/** Where each text node's characters sit in the flat text. */
export interface TextMap {
  /** The text nodes, in document order. */
  nodes: Text[];
  /** nodes[i] contributes its characters [from[i], from[i] + (ends[i] - starts[i])) at flat offsets [starts[i], ends[i]). */
  starts: number[];
  ends: number[];
  from: number[];
  /** Where each node sits in `nodes`. */
  index: Map<Text, number>;
  /** Length of the flat text so far. */
  length: number;
}

/** A run of whole lines of the flat text, starting at flat offset `start`. */
export interface TextChunk {
  start: number;
  text: string;
}

/** A position in the live DOM. */
export interface BoundaryPoint {
  node: Text;
  offset: number;
}

export function emptyTextMap(): TextMap {
  return { nodes: [], starts: [], ends: [], from: [], index: new Map(), length: 0 };
}

/** How much text is laid out between two chances to yield the main thread; a chunk ends at a line break. */
export const CHUNK_CHARS = 4000;

/**
 * The article's text from its laid-out chunks, as an annotation pass sends it
 * to be extracted: whole, cut at the limit a message may carry.
 */
export function articleText(parts: readonly string[]): string {
  return parts.join('').slice(0, TEXT_LIMITS.article);
}

/** articleText of root, laid out in one go (a copy of a page, off the page's main thread). */
export const layOutArticle = (root: Element, excluded: ReadonlySet<Element>): string =>
  articleText([...mapText(root, emptyTextMap(), excluded)].map((chunk) => chunk.text));

/**
 * Lays out the readable text under root into `map` and yields it in chunks of
 * whole lines of about `maxChars`, so the caller can give the main thread
 * back between them on a long page. `map` is complete when the
 * generator is done.
 */
export function* mapText(
  root: Element,
  map: TextMap,
  excluded: ReadonlySet<Element> = NONE,
  maxChars: number = CHUNK_CHARS,
): Generator<TextChunk> {
  let parts: string[] = [];
  let chunkStart = map.length;
  let lineStart = true;
  /** Whether the chunk so far holds more than line breaks. */
  let hasText = false;
  const take = (): TextChunk => {
    const chunk = { start: chunkStart, text: parts.join('') };
    parts = [];
    chunkStart = map.length;
    hasText = false;
    return chunk;
  };
  for (const item of readableNodes(root, excluded)) {
    if (item === null) {
      if (lineStart) continue;
      parts.push('\n');
      map.length++;
      lineStart = true;
      if (hasText && map.length - chunkStart >= maxChars) yield take();
      continue;
    }
    const data = item.data;
    // White space at the start of a line is layout (the indentation of the page's source).
    const skip = lineStart ? LEADING_SPACE.exec(data)![0].length : 0;
    if (skip === data.length) continue;
    map.index.set(item, map.nodes.length);
    map.nodes.push(item);
    map.from.push(skip);
    map.starts.push(map.length);
    map.length += data.length - skip;
    map.ends.push(map.length);
    parts.push(data.slice(skip).replace(LAYOUT_SPACE, ' '));
    lineStart = false;
    hasText = true;
    // A page without line breaks is still cut, between two nodes.
    if (map.length - chunkStart >= 4 * maxChars) yield take();
  }
  if (hasText) yield take();
}

/** The last i with keys[i] <= value (or < value when `strict`), -1 if none. */
function lastAtOrBefore(keys: readonly number[], value: number, strict: boolean): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (strict ? keys[mid]! < value : keys[mid]! <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/**
 * The DOM position of a flat offset. As the start of a span (`'start'`) an
 * offset on a line break moves to the next node; as its exclusive end
 * (`'end'`) it stays at the end of the node before.
 */
export function locate(map: TextMap, offset: number, side: 'start' | 'end'): BoundaryPoint | null {
  if (side === 'start') {
    const i = lastAtOrBefore(map.starts, offset, false);
    if (i >= 0 && offset < map.ends[i]!) return { node: map.nodes[i]!, offset: map.from[i]! + offset - map.starts[i]! };
    const next = map.nodes[i + 1];
    return next ? { node: next, offset: map.from[i + 1]! } : null;
  }
  const i = lastAtOrBefore(map.starts, offset, true);
  if (i < 0) return null;
  const end = Math.min(offset, map.ends[i]!);
  return { node: map.nodes[i]!, offset: map.from[i]! + end - map.starts[i]! };
}

/** The flat offset of a DOM position inside a mapped text node; null elsewhere. */
export function offsetOf(map: TextMap, node: Node, offset: number): number | null {
  const i = map.index.get(node as Text);
  if (i === undefined) return null;
  const local = Math.max(0, offset - map.from[i]!);
  return Math.min(map.starts[i]! + local, map.ends[i]!);
}
