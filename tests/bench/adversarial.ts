// Inputs built to make a careless extractor go quadratic: long runs of what
// starts a match (digits, magnitude words, opening quotes, title chains) and
// noise in scripts it does not expect.
import { mulberry32 } from '../../lib/random';

export interface AdversarialInput {
  name: string;
  /** A text of at least `chars` UTF-16 code units (a surrogate pair is never cut). */
  make(chars: number): string;
}

function repeat(unit: string, chars: number): string {
  return unit.repeat(Math.ceil(chars / unit.length));
}

function randomText(alphabet: readonly string[], chars: number, seed: number): string {
  const next = mulberry32(seed);
  const parts: string[] = [];
  let length = 0;
  while (length < chars) {
    const c = alphabet[Math.floor(next() * alphabet.length)]!;
    parts.push(c);
    length += c.length;
  }
  return parts.join('');
}

const range = (from: number, to: number): string[] =>
  Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i));

const MIXED = [
  ...range(0x41, 0x5a), ...range(0x61, 0x7a), // Latin
  ...range(0x410, 0x44f), // Cyrillic
  ...range(0x1f600, 0x1f64f), // emoji (surrogate pairs)
  ...range(0x4e00, 0x4fff), // Han
  ' ', '，', '。', '、', '“', '”', '0', '5', '万', '元', '%',
];

export const ADVERSARIAL: readonly AdversarialInput[] = [
  { name: 'digits', make: (n) => randomText(range(0x30, 0x39), n, 1) },
  { name: '万亿亿万 run', make: (n) => repeat('万亿亿万', n) },
  { name: '“ run', make: (n) => repeat('“', n) },
  { name: 'mixed scripts', make: (n) => randomText(MIXED, n, 2) },
  { name: 'title chain', make: (n) => repeat('市委书记、', n) },
  // For the name model: one Han character throughout, and a list of nothing.
  { name: 'one Han character', make: (n) => repeat('王', n) },
  { name: '、 run', make: (n) => repeat('、', n) },
];
