import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { MAX_ELEMENTS, pageHtml } from '../../lib/dom/page-html';
import { READABILITY_MAX_CHARS } from '../../lib/limits';

const page = (body: string): Document =>
  parseHTML(`<html><head><title>标题</title><meta name="publishdate" content="2021-05-21"></head><body>${body}</body></html>`).document as unknown as Document;

describe('pageHtml', () => {
  it('sends a news page whole', () => {
    const doc = page('<article><p>市委书记曹炯芳出席会议。</p></article>');
    const copy = pageHtml(doc);
    expect(copy.whole).toBe(true);
    expect(parseHTML(copy.html).document.querySelector('article p')?.textContent).toBe('市委书记曹炯芳出席会议。');
  });

  it.each([
    ['text longer than Readability is given', () => `<p>${'会'.repeat(READABILITY_MAX_CHARS + 1)}</p>`],
    ['more elements than a page is read with', () => '<i></i>'.repeat(MAX_ELEMENTS)],
  ])('sends only the head of a page with %s', (_, body) => {
    const copy = pageHtml(page(body()));
    expect(copy.whole).toBe(false);
    const sent = parseHTML(copy.html).document;
    expect(sent.querySelector('meta[name=publishdate]')?.getAttribute('content')).toBe('2021-05-21');
    expect(sent.body?.children.length ?? 0).toBe(0);
  });
});
