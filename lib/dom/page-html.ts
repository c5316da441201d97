// The copy of the live page that is read off its main thread (lib/dom/read-page.ts):
// serializing a news page costs well under a millisecond. A page whose text is
// too long to look for an article in sends its head only, where its paper and
// date are declared (serializing a megabyte page would cost 5–7 ms, and the
// message as much again).
import { READABILITY_MAX_CHARS, TEXT_LIMITS } from '../limits';
import type { PageHtml } from '../messages';

export function pageHtml(doc: Document): PageHtml {
  const head = `<html><head>${doc.head?.innerHTML ?? ''}</head></html>`;
  if ((doc.body?.textContent?.length ?? 0) > READABILITY_MAX_CHARS) return { html: head.slice(0, TEXT_LIMITS.pageHtml), whole: false };
  const html = doc.documentElement.outerHTML;
  return html.length <= TEXT_LIMITS.pageHtml ? { html, whole: true } : { html: head.slice(0, TEXT_LIMITS.pageHtml), whole: false };
}
