// The readable text of a DOM subtree, laid out as the page shows it: block
// elements become paragraphs separated by a blank line, <br> a line break, and
// runs of HTML white space inside a line a single space (U+00A0 and the
// ideographic space U+3000 are content, not layout, and are kept).

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

export const BLOCKS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption',
  'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav',
  'ol', 'p', 'pre', 'section', 'summary', 'table', 'td', 'th', 'tr', 'ul',
]);
// Never rendered as text.
export const SKIPPED: ReadonlySet<string> = new Set(['head', 'noscript', 'script', 'style', 'svg', 'template', 'title']);
const HTML_SPACE = /[ \t\n\r\f]+/g;

export function blockText(root: Node): string {
  const paragraphs: string[] = [];
  let lines: string[] = [''];

  const endParagraph = (): void => {
    const text = lines
      .map((l) => l.replace(HTML_SPACE, ' ').trim())
      .filter(Boolean)
      .join('\n');
    if (text) paragraphs.push(text);
    lines = [''];
  };

  const visit = (node: Node): void => {
    if (node.nodeType === TEXT_NODE) {
      lines[lines.length - 1] += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const el = node as Element;
    const name = el.localName;
    if (SKIPPED.has(name) || el.hasAttribute('hidden')) return;
    if (name === 'br') {
      lines.push('');
      return;
    }
    const block = BLOCKS.has(name);
    if (block) endParagraph();
    for (let child = el.firstChild; child; child = child.nextSibling) visit(child);
    if (block) endParagraph();
  };

  visit(root);
  endParagraph();
  return paragraphs.join('\n\n');
}
