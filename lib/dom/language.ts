// Decides whether a page is Chinese text, the only pages Tifa works on: its
// <html lang> says Chinese, or Han characters are at least 30% of the letters
// of its text (many Chinese sites declare no language, or `en`). A page whose
// title is not Chinese pays for this check (entrypoints/language-probe.ts), and
// every page Tifa reads pays again (lib/content/session.ts), so it reads no
// styles: text hidden by a style sheet counts, which no real page's language
// turns on.
import { SKIPPED } from './text';

export const MIN_HAN_SHARE = 0.3;
// Enough text to judge a page by, read from its start (a few thousand
// characters: counting letters in more costs the page milliseconds for nothing).
// A page is judged by exactly these, its last text node cut at the limit.
const SAMPLE_CHARS = 5_000;
// Text no reader reads as the page's: code, form fields, what the page hides.
const UNREAD: ReadonlySet<string> = new Set([...SKIPPED, 'textarea', 'select', 'option', 'math']);

// Han: the CJK Unified Ideographs, their Extension A, the compatibility
// ideographs, and beyond the BMP from U+20000 on (high surrogates D840–D8BF).
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ud840-\ud8bf]/g;
// Letters: ASCII letters, the alphabetic blocks from Latin-1 to Greek Extended
// (× and ÷ aside), kana, Han, Hangul, fullwidth Latin, and every character
// beyond the BMP (its high surrogate counted once).
const LETTER = /[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u1fff\u3041-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff\uff21-\uff3a\uff41-\uff5a\ud800-\udbff]/g;

/** How many characters of `text` the class matches. */
const count = (text: string, cls: RegExp): number => text.length - text.replace(cls, '').length;

/**
 * Han characters as a share of all letters; 0 for text without letters. By
 * code ranges, without the u flag: compiling /\p{L}/u cost every page about
 * 3 ms, far more than the count.
 */
export function hanShare(text: string): number {
  return shareOf(letterCounts(text));
}

const letterCounts = (text: string): { han: number; letters: number } => ({ han: count(text, HAN), letters: count(text, LETTER) });
const shareOf = ({ han, letters }: { han: number; letters: number }): number => (letters ? han / letters : 0);

// Kana and Hangul: Han among them is Japanese or Korean.
const KANA_HANGUL = /[\u3041-\u30ff\uac00-\ud7a3]/;

/**
 * Whether a page's title reads as Chinese: two Han characters or more, at
 * least MIN_HAN_SHARE of its letters, and no kana or Hangul. The background
 * reads the title from the browser, so a page with such a title costs no probe.
 */
export function isChineseTitle(title: string): boolean {
  const { han, letters } = letterCounts(title);
  return han >= 2 && han >= MIN_HAN_SHARE * letters && !KANA_HANGUL.test(title);
}

/** `zh`, `zh-CN`, `zh-Hant-TW`… */
export function isChineseTag(lang: string): boolean {
  // String tests, not a regular expression: the probe runs on every page, and compiling one costs it more.
  const tag = lang.trim().toLowerCase();
  return tag === 'zh' || tag.startsWith('zh-');
}

const unread = (el: Element): boolean =>
  UNREAD.has(el.localName) || el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true';

/**
 * `chinese`; `other` when the page has text enough to tell (SETTLED_LETTERS)
 * and it is not Chinese; `unknown` while it has too little (a page whose
 * content a script has yet to load).
 */
export const PAGE_LANGUAGES = ['chinese', 'other', 'unknown'] as const;
export type PageLanguage = (typeof PAGE_LANGUAGES)[number];

// Letters enough that a page's language is not going to change as it loads.
const SETTLED_LETTERS = 500;

// How often, in characters of the sample, the count is taken and the answer looked for.
const CHECK_CHARS = 500;

/**
 * The answer once `han` Han characters and `letters` letters are counted and
 * `rest` characters of the sample are still to come; null while those could
 * change it (each could be a letter, Han or not).
 */
function answer(han: number, letters: number, rest: number): PageLanguage | null {
  if (han > 0 && han >= MIN_HAN_SHARE * (letters + rest)) return 'chinese';
  if (letters >= SETTLED_LETTERS && han + rest < MIN_HAN_SHARE * (letters + rest)) return 'other';
  return rest > 0 ? null : 'unknown';
}

/**
 * Judged by the first SAMPLE_CHARS characters of the page's text, counted a
 * few hundred at a time: the walk stops once the rest of the sample cannot
 * change the answer (a Chinese page is told from about 1,500 characters).
 */
export function pageLanguage(doc: Document): PageLanguage {
  if (isChineseTag(doc.documentElement.getAttribute('lang') ?? '')) return 'chinese';
  if (!doc.body) return 'unknown';
  let han = 0;
  let letters = 0;
  let length = 0;
  let parts: string[] = [];
  let uncounted = 0;
  const count = (): void => {
    const counts = letterCounts(parts.join(''));
    han += counts.han;
    letters += counts.letters;
    parts = [];
    uncounted = 0;
  };
  let node: Node | null = doc.body.firstChild;
  while (node && length < SAMPLE_CHARS) {
    if (node.nodeType === 3) {
      const data = (node as Text).data.slice(0, SAMPLE_CHARS - length);
      parts.push(data);
      length += data.length;
      uncounted += data.length;
      if (uncounted >= CHECK_CHARS) {
        count();
        const known = answer(han, letters, SAMPLE_CHARS - length);
        if (known) return known;
      }
    }
    const enter = node.nodeType === 1 && !unread(node as Element) && node.firstChild;
    if (enter) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== doc.body && !node.nextSibling) node = node.parentNode;
    node = node && node !== doc.body ? node.nextSibling : null;
  }
  count();
  // The page's text ended before the sample did: nothing more is to come.
  return answer(han, letters, 0)!;
}
