// The background's page reader for unit tests: linkedom parses the copy, as
// the offscreen document's DOMParser does in Chrome.
import { parseHTML } from 'linkedom';
import type { PageReader } from '../../lib/background/page-reader';
import type { PageHtml, PageReading } from '../../lib/messages';
import { type LiveArticle, liveArticle } from '../../lib/dom/live-article';
import { pageHtml } from '../../lib/dom/page-html';
import { readPage } from '../../lib/dom/read-page';

const read = (page: PageHtml, url: string): PageReading => readPage(parseHTML(page.html).document as unknown as Document, url, page.whole);

export const readPageInNode: PageReader = (page, url) => Promise.resolve(read(page, url));

/** The article on `doc` as the session finds it: a serialized copy read, and its paths followed on `doc`. */
export const findLiveArticle = (doc: Document): LiveArticle | null => liveArticle(doc, read(pageHtml(doc), doc.URL));
