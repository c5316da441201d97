// Decides whether a page is Chinese text, the only pages Tifa works on: its
// <html lang> says Chinese, or Han characters are at least 30% of the letters
// the reader sees (many Chinese sites declare no language, or `en`).
import { readableNodes } from './text-map';

export const MIN_HAN_SHARE = 0.3;
// Enough text to judge a page by, read from its start (a few thousand
// characters: counting letters in more costs the page milliseconds for nothing).
const SAMPLE_CHARS = 5_000;
const HAN = /\p{Script=Han}/gu;
const LETTER = /\p{L}/gu;

/** Han characters as a share of all letters; 0 for text without letters. */
export function hanShare(text: string): number {
  const letters = text.match(LETTER)?.length ?? 0;
  return letters ? (text.match(HAN)?.length ?? 0) / letters : 0;
}

/** `zh`, `zh-CN`, `zh-Hant-TW`… */
export const isChineseTag = (lang: string): boolean => /^zh(?:-|$)/i.test(lang.trim());

export function isChinesePage(doc: Document): boolean {
  if (isChineseTag(doc.documentElement.getAttribute('lang') ?? '')) return true;
  if (!doc.body) return false;
  const parts: string[] = [];
  let length = 0;
  for (const node of readableNodes(doc.body)) {
    if (!node) continue;
    parts.push(node.data);
    length += node.data.length;
    if (length >= SAMPLE_CHARS) break;
  }
  return hanShare(parts.join('')) >= MIN_HAN_SHARE;
}
