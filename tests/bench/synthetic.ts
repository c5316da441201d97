// A long article made of real ones: every paragraph of the seed corpus, shuffled
// anew (with a fixed seed) in each round, rounds appended until the text is long
// enough. Realistic text at any size, the same on every run.
import { mulberry32 } from '../../lib/random';
import type { Seed } from './seeds';

const SEED = 11;

/** At least `minChars` UTF-16 code units, whole paragraphs joined by newlines. */
export function syntheticArticle(seeds: readonly Seed[], minChars: number): string {
  const paragraphs = seeds.flatMap((s) => s.text.split('\n').filter((p) => p.trim() !== ''));
  if (paragraphs.length === 0) throw new Error('the seed corpus has no paragraphs');
  const next = mulberry32(SEED);
  const out: string[] = [];
  let chars = 0;
  while (chars < minChars) {
    const round = [...paragraphs];
    for (let i = round.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [round[i], round[j]] = [round[j]!, round[i]!];
    }
    for (const p of round) {
      chars += (out.length > 0 ? 1 : 0) + p.length;
      out.push(p);
      if (chars >= minChars) break;
    }
  }
  return out.join('\n');
}

/** The first `chars` code units, one fewer if that would split a surrogate pair. */
export function prefix(text: string, chars: number): string {
  const end = Math.min(chars, text.length);
  const last = text.charCodeAt(end - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? end - 1 : end);
}
