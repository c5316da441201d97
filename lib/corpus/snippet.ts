// A short excerpt around a mention, for lookup cards and the history: about
// `context` characters either side, white space collapsed, `…` where cut.
// In-line gaps between Han characters are scan noise (`刘 永珍`) and are
// dropped, as normalize() does for the extractors.

const HAN_GAP = /(\p{Script=Han})[ \t\u00a0\u3000]+(?=\p{Script=Han})/gu;

const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

export function snippetAround(text: string, start: number, end: number, context = 20): string {
  let from = Math.max(0, start - context);
  let to = Math.min(text.length, end + context);
  // Never cut a character outside the BMP in half.
  if (from > 0 && isLowSurrogate(text.charCodeAt(from))) from--;
  if (to < text.length && isLowSurrogate(text.charCodeAt(to))) to++;
  const body = text.slice(from, to).replace(HAN_GAP, '$1').replace(/\s+/g, ' ').trim();
  return `${from > 0 ? '…' : ''}${body}${to < text.length ? '…' : ''}`;
}
