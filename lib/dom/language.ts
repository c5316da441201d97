// Decides whether a page is Chinese text, the only pages Tifa works on: its
// <html lang> says Chinese, or Han characters are at least 30% of the letters
// of its text (many Chinese sites declare no language, or `en`). Every page
// pays for this check (lib/content/bootstrap.ts), so it reads no styles: text
// hidden by a style sheet counts, which no real page's language turns on.
import { SKIPPED } from './text';

export const MIN_HAN_SHARE = 0.3;
// Enough text to judge a page by, read from its start (a few thousand
// characters: counting letters in more costs the page milliseconds for nothing).
const SAMPLE_CHARS = 5_000;
// Text no reader reads as the page's: code, form fields, what the page hides.
const UNREAD: ReadonlySet<string> = new Set([...SKIPPED, 'textarea', 'select', 'option', 'math']);

/**
 * Han characters as a share of all letters; 0 for text without letters. By
 * code ranges, not Unicode property escapes: compiling /\p{L}/u costs every
 * page about 3 ms, far more than the count. Letters are the alphabets and
 * syllabaries of the Basic Multilingual Plane and everything beyond it; digits,
 * punctuation, symbols and spaces are not.
 */
export function hanShare(text: string): number {
  let han = 0;
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) letters++;
    } else if (isHan(c)) {
      han++;
      letters++;
    } else if (c >= 0xd800 && c <= 0xdbff) {
      // A character beyond the BMP, counted once: from U+20000 (high surrogate D840) on, Han.
      if (c >= 0xd840 && c <= 0xd8bf) han++;
      letters++;
      i++;
    } else if (isLetter(c)) letters++;
  }
  return letters ? han / letters : 0;
}

/** CJK Unified Ideographs, their Extension A, and the compatibility ideographs. */
const isHan = (c: number): boolean => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);

/** Letters of the BMP outside ASCII, by block: Latin-1 letters to the end of the alphabetic blocks, kana, Hangul, fullwidth Latin. */
const isLetter = (c: number): boolean =>
  (c >= 0xc0 && c <= 0x1fff && c !== 0xd7 && c !== 0xf7) ||
  (c >= 0x3041 && c <= 0x30ff) ||
  (c >= 0xac00 && c <= 0xd7a3) ||
  (c >= 0xff21 && c <= 0xff3a) ||
  (c >= 0xff41 && c <= 0xff5a);

/** `zh`, `zh-CN`, `zh-Hant-TW`… */
export const isChineseTag = (lang: string): boolean => /^zh(?:-|$)/i.test(lang.trim());

const unread = (el: Element): boolean =>
  UNREAD.has(el.localName) || el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true';

export function isChinesePage(doc: Document): boolean {
  if (isChineseTag(doc.documentElement.getAttribute('lang') ?? '')) return true;
  if (!doc.body) return false;
  const parts: string[] = [];
  let length = 0;
  let node: Node | null = doc.body.firstChild;
  while (node && length < SAMPLE_CHARS) {
    if (node.nodeType === 3) {
      parts.push((node as Text).data);
      length += (node as Text).data.length;
    }
    const enter = node.nodeType === 1 && !unread(node as Element) && node.firstChild;
    if (enter) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== doc.body && !node.nextSibling) node = node.parentNode;
    node = node && node !== doc.body ? node.nextSibling : null;
  }
  return hanShare(parts.join('')) >= MIN_HAN_SHARE;
}
