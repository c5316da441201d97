// Reads one input file into the text to annotate: plain text as is, a web page
// reduced to its article (headline, blank line, body, like the seed texts).
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { parseHTML } from 'linkedom';
import { findArticle } from '../dom/article';
import { decodeHtml, decodeText } from './decode';
import type { SourceDocument } from './document';

const HTML_EXTENSIONS = new Set(['.html', '.htm']);

const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EISDIR: 'is a directory',
};

/** Throws an Error whose message is one line: `cannot read PATH: REASON`. */
export function loadDocument(path: string): SourceDocument {
  try {
    return read(path);
  } catch (e) {
    const reason = REASONS[(e as NodeJS.ErrnoException).code ?? ''] ?? (e as Error).message.split('\n')[0];
    throw new Error(`cannot read ${path}: ${reason}`);
  }
}

function read(path: string): SourceDocument {
  const doc = basename(path);
  const bytes = readFileSync(path);
  if (!HTML_EXTENSIONS.has(extname(path).toLowerCase())) return { doc, text: decodeText(bytes) };
  const { document } = parseHTML(decodeHtml(bytes));
  // linkedom's classes implement the DOM interfaces the article finder uses.
  const { title, text } = findArticle(document as unknown as Document);
  return { doc, title, text: title && !text.startsWith(title) ? `${title}\n\n${text}` : text };
}
