// Traditional-script pages (Hong Kong, Macau, Taiwan) are read through the
// simplified lexicons by converting them first. The conversion goes character
// by character, never phrase by phrase, so character i of the result stands for
// character i of the page: every offset found in the converted text holds in the
// printed one, and the printed form of a span is the same slice of the page.
import { Converter } from 'opencc-js/t2cn';

// Every Han character a page may print outside the astral planes: CJK Ext A,
// Unified Ideographs, Compatibility Ideographs. No other BMP character converts.
const HAN_RANGES: readonly [number, number][] = [
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xf900, 0xfaff],
];

/** table[code] is the simplified code of a BMP character, 0 where it stays; built on first use. */
let table: Uint16Array | undefined;

function buildTable(): Uint16Array {
  const chars: string[] = [];
  for (const [lo, hi] of HAN_RANGES) for (let c = lo; c <= hi; c++) chars.push(String.fromCharCode(c));
  // Hong Kong variants, then OpenCC's traditional characters: this also covers
  // Taiwan and generic traditional text. Taiwan's own variant table is left out:
  // it reads the simplified 么 and 著 as variants (什么 → 什幺).
  // One call for all characters: a newline ends every phrase, so each is converted alone.
  const converted = Converter({ from: 'hk', to: 'cn' })(chars.join('\n')).split('\n');
  const t = new Uint16Array(0x10000);
  chars.forEach((c, i) => {
    const s = converted[i]!;
    // A few map to astral characters (two code units): those stay, to keep offsets one-to-one.
    if (s.length === 1 && s !== c) t[c.charCodeAt(0)] = s.charCodeAt(0);
  });
  return t;
}

// String.fromCharCode takes its codes as arguments: a bounded number per call.
const CHUNK = 8192;

/** The text in simplified script, of the same length; the very string passed in when nothing converts. */
export function toSimplified(text: string): string {
  const t = (table ??= buildTable());
  let i = 0;
  // Simplified pages, the common case, cost one scan and no allocation.
  while (i < text.length && t[text.charCodeAt(i)] === 0) i++;
  if (i === text.length) return text;
  const codes = new Uint16Array(text.length);
  for (let j = 0; j < text.length; j++) {
    const code = text.charCodeAt(j);
    codes[j] = t[code] || code;
  }
  let out = '';
  for (let j = 0; j < codes.length; j += CHUNK) out += String.fromCharCode(...codes.subarray(j, j + CHUNK));
  return out;
}
