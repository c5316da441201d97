// The session's backend on the bundled sample article (entrypoints/sample/),
// one of Tifa's own pages: it reads the settings itself (same origin as the
// history) and its own article, has the background extract the text as Tifa's
// own page may (which keeps nothing: the sample is not the reader's history),
// and looks entities up as the popup does (no page to leave out).
import { displayOf, getSettings } from '../db/settings';
import { readPageHtml } from '../dom/read-page';
import { isCompactExtraction } from '../reply-checks';
import { ask, correct, parseContentMessage, send } from './background';
import type { SessionBackend } from './session';

export const sampleBackend: SessionBackend = {
  // Paused or not, the sample shows what Tifa does.
  pageStart: async () => ({ enabled: true, display: displayOf(await getSettings()) }),
  // Tifa's own page: read here, as no site's page ever is.
  readPage: async (url, page) => ({ enabled: true, display: displayOf(await getSettings()), reading: readPageHtml(page, url) }),
  extractInBackground: (_url, text) => ask({ type: 'extract-sample', text }, isCompactExtraction),
  lookup: ({ kind, key }) => send({ type: 'entity', kind, key }),
  correct,
  parseContentMessage,
};
