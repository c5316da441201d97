// Copies of the named training sentences with every Chinese name replaced by
// a random one (a listed surname, then one or two characters drawn from the
// given names of the training data): the model learns names from where they
// stand, not only from the few thousand names the corpora happen to hold,
// and so reads names it has never seen (`习近平` is not in 1998's news).
import { mulberry32 } from '../../../random';
import type { CharTables } from '../features';
import type { Sentence } from './corpora';

const isChineseName = (name: string, tables: CharTables): boolean =>
  (name.length === 2 || name.length === 3) && tables.surname[name.charCodeAt(0)]! > 0 && /^\p{Script=Han}+$/u.test(name);

export function augment(sentences: readonly Sentence[], tables: CharTables, seed: number): Sentence[] {
  const next = mulberry32(seed);
  const given: string[] = [];
  for (const s of sentences) {
    for (const [a, b] of s.names) {
      const name = s.text.slice(a, b);
      if (isChineseName(name, tables)) given.push(...name.slice(1));
    }
  }
  const family: string[] = [];
  tables.surname.forEach((cls, code) => cls > 0 && family.push(String.fromCharCode(code)));
  const pick = (list: readonly string[]): string => list[Math.floor(next() * list.length)]!;
  const out: Sentence[] = [];
  for (const s of sentences) {
    const named = s.names.filter(([a, b]) => isChineseName(s.text.slice(a, b), tables));
    if (named.length === 0) continue;
    let text = '';
    let from = 0;
    const names: [number, number][] = [];
    for (const [a, b] of s.names) {
      text += s.text.slice(from, a);
      const name = s.text.slice(a, b);
      const replaced = isChineseName(name, tables) ? pick(family) + pick(given) + (next() < 0.7 ? pick(given) : '') : name;
      names.push([text.length, text.length + replaced.length]);
      text += replaced;
      from = b;
    }
    out.push({ text: text + s.text.slice(from), names });
  }
  return out;
}
