// The state Tifa leaves on <html data-tifa-state>, for the reader's styles and
// for tests: "working" and "done" (lib/content/session.ts), or "skipped" where
// Tifa does not work. Set by the content script, and on a page the background
// found not Chinese (entrypoints/language-probe.ts) or on a site switched off.
export const STATE_ATTRIBUTE = 'data-tifa-state';

export function markSkipped(doc: Document): void {
  doc.documentElement.setAttribute(STATE_ATTRIBUTE, 'skipped');
}
