// Finds the article on a news page: its headline and its text, paragraphs
// separated by a blank line. Works on a browser DOM and on a linkedom document.
import { Readability } from '@mozilla/readability';
import { blockText } from './text';

export interface Article {
  title: string;
  text: string;
}

// Readability's default (500 characters) is tuned for alphabetic text; a short
// Chinese news item is 150 characters, and below the threshold Readability
// retries with looser cleaning that lets navigation back in.
const CHAR_THRESHOLD = 100;
// When Readability finds nothing, the first of these that has text is the article.
const FALLBACKS = ['article', '[role=article]', 'main', 'body'];

const oneLine = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

export function findArticle(doc: Document): Article {
  // We don't ask isProbablyReaderable first: it rejects short items that
  // Readability extracts well. Readability edits the document it reads, hence the clone.
  const parsed = new Readability(doc.cloneNode(true) as Document, {
    charThreshold: CHAR_THRESHOLD,
    serializer: (node) => node,
  }).parse();
  const found = parsed?.content ? blockText(parsed.content) : '';
  return {
    title: headline(doc, oneLine(parsed?.title ?? doc.title)),
    text: found || fallbackText(doc),
  };
}

function fallbackText(doc: Document): string {
  for (const selector of FALLBACKS) {
    const el = doc.querySelector(selector);
    const text = el ? blockText(el) : '';
    if (text) return text;
  }
  return '';
}

// Chinese sites append the site name to <title> without spaces
// (`标题_湘潭新闻网`), which Readability does not strip; the page's only <h1>
// is the clean headline when <title> contains it.
function headline(doc: Document, title: string): string {
  const h1s = doc.querySelectorAll('h1');
  const h1 = h1s.length === 1 ? oneLine(h1s[0]?.textContent) : '';
  return h1 && title.includes(h1) ? h1 : title;
}
