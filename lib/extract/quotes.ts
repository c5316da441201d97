// Quoted phrases: “…” 「…」 『…』 ‘…’, and straight "…" / '…', which open and
// close alternately. A quotation never crosses a line, and is at most
// MAX_QUOTE characters long (longer ones are speech, not slogans), so one pass
// with O(1) work per character finds them all.

export interface Quoted {
  /** The phrase between the marks. */
  start: number;
  end: number;
}

const MAX_QUOTE = 40;
const PAIRS: Record<string, string> = { '“': '”', '「': '」', '『': '』', '‘': '’' };
const CLOSERS = new Map(Object.entries(PAIRS).map(([open, close]) => [close, open]));
const STRAIGHT = new Set(['"', "'"]);

export function findQuoted(text: string): Quoted[] {
  const out: Quoted[] = [];
  const open = new Map<string, number>();
  for (let i = 0; i < text.length; i++) {
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
