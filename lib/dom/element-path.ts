// Naming an element of one copy of a page so that it can be found in another:
// the page is read off its main thread from a serialized copy, and the article
// found there is led back to the live page by these paths. Elements only (text
// nodes split and merge when a page is serialized and parsed again), each step
// with its tag, so a copy that parsed differently is noticed, not misread.
import type { ElementPath } from '../messages';

/** The path from `ancestor` down to `el`; `el` must be under `ancestor` (or be it: the empty path). */
export function pathTo(el: Element, ancestor: Element): ElementPath {
  const steps: ElementPath = [];
  for (let at: Element = el; at !== ancestor; ) {
    const parent = at.parentElement;
    if (!parent) throw new Error('pathTo: the element is not under the ancestor');
    let index = 0;
    for (let sibling = at.previousElementSibling; sibling; sibling = sibling.previousElementSibling) index++;
    steps.push([index, at.localName]);
    at = parent;
  }
  return steps.reverse();
}

/** The element at `path` from `ancestor`; null when a step is missing or has another tag. */
export function follow(ancestor: Element, path: ElementPath): Element | null {
  let at: Element | null = ancestor;
  for (const [index, tag] of path) {
    at = at.children[index] ?? null;
    if (!at || at.localName !== tag) return null;
  }
  return at;
}
