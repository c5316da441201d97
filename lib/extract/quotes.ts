// Quoted phrases: “…” 「…」 『…』 ‘…’, and straight "…" / '…', which open and
// close alternately. A quotation never crosses a line, and is at most
// MAX_QUOTE characters long (longer ones are speech, not slogans), so one pass
// with O(1) work per character finds them all.

import { CodeSet } from './code-set';

export interface Quoted {
  /** The phrase between the marks. */
  start: number;
  end: number;
}

const MAX_QUOTE = 40;
const PAIRS: Record<string, string> = { '“': '”', '「': '」', '『': '』', '‘': '’' };
const CLOSERS = new Map(Object.entries(PAIRS).map(([open, close]) => [close, open]));
const STRAIGHT = new Set(['"', "'"]);
// Char codes of every mark above and the newline: testing these first lets the
// scan pass over ordinary text without making a one-character string for each.
const MARKS = new CodeSet([...Object.keys(PAIRS), ...CLOSERS.keys(), ...STRAIGHT, '\n']);

export function findQuoted(text: string): Quoted[] {
  const out: Quoted[] = [];
  const open = new Map<string, number>();
  for (let i = 0; i < text.length; i++) {
    if (!MARKS.has(text.charCodeAt(i))) continue;
    const c = text[i]!;
    if (c === '\n') {
      open.clear();
      continue;
    }
    const opener = CLOSERS.get(c) ?? (STRAIGHT.has(c) && open.has(c) ? c : undefined);
    if (opener !== undefined && open.has(opener)) {
      const start = open.get(opener)!;
      open.delete(opener);
      if (i - start <= MAX_QUOTE && i > start) out.push({ start, end: i });
      continue;
    }
    if (PAIRS[c] || STRAIGHT.has(c)) open.set(c, i + 1);
  }
  return out.sort((a, b) => a.start - b.start);
}
