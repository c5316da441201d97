// The copy of the live page that is read off its main thread (lib/dom/read-page.ts):
// serializing a news page costs well under a millisecond. A page too big to
// look for an article in sends its head only, where its paper and date are
// declared: one whose text is longer than Readability is given (serializing
// a megabyte page would cost 5–7 ms, and the message as much again), or whose
// markup is that heavy (an element is about 100 characters of HTML).
import { READABILITY_MAX_CHARS, TEXT_LIMITS } from '../limits';
import type { PageHtml } from '../messages';

export const MAX_ELEMENTS = 30_000;

export function pageHtml(doc: Document): PageHtml {
  const big = (doc.body?.textContent?.length ?? 0) > READABILITY_MAX_CHARS || doc.querySelectorAll('*').length > MAX_ELEMENTS;
  const html = big ? '' : doc.documentElement.outerHTML;
  if (html && html.length <= TEXT_LIMITS.pageHtml) return { html, whole: true };
  return { html: `<html><head>${doc.head?.innerHTML ?? ''}</head></html>`.slice(0, TEXT_LIMITS.pageHtml), whole: false };
}
