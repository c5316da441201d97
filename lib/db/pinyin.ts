// Pinyin for searching the history by sound: the search index keeps each
// name's and slogan's reading, and a query in Latin letters is compared with
// it. The reading is toneless (a query's tones are dropped, so `zhū jiàn`,
// `zhu1 jian4` and `zhujian` are one query) and ü is written u (readers type
// lu, lv or lü for 吕). In the index each syllable starts with a capital
// (`CaoJiongFang`), so its lower case is one searchable run of letters while
// the syllable boundaries stay known.
type Pinyin = typeof import('pinyin-pro').pinyin;

let pinyin: Pinyin | undefined;

/**
 * Loads pinyin-pro, which readingOf needs: call it before a transaction that
 * writes the index. It is loaded on demand because it is large (about 140 KB
 * gzipped, some 40 ms to load): the popup, which writes only on an import,
 * opens without it.
 */
export async function loadReadings(): Promise<void> {
  pinyin ??= (await import('pinyin-pro')).pinyin;
}

/** Whose reading: a name's first character reads as a surname (单 shan, 曾 zeng, 解 xie, 仇 qiu). */
export type ReadingOf = 'name' | 'text';

/** The index's reading of a name or a slogan: each syllable capitalized, toneless; empty without Chinese characters. */
export function readingOf(text: string, of: ReadingOf): string {
  if (!pinyin) throw new Error('pinyin is not loaded: await loadReadings() before writing the search index');
  const syllables = pinyin(text, { toneType: 'none', type: 'array', nonZh: 'removed', surname: of === 'name' ? 'head' : 'off' });
  return syllables
    .map((s) => s.replace(/ü/g, 'u').replace(/[^a-z]/g, ''))
    .filter(Boolean)
    .map((s) => s[0]!.toUpperCase() + s.slice(1))
    .join('');
}

/**
 * A query word's letters as a reading (lower case, toneless, ü and v as u), or
 * undefined when it is not pinyin: only Latin letters, tone marks, tone
 * numbers 1–5 and the syllable mark `'` (`xi'an`).
 */
export function queryReading(word: string): string | undefined {
  const bare = word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  if (!/^[a-z1-5']*[a-z][a-z1-5']*$/.test(bare)) return undefined;
  return bare.replace(/[1-5']/g, '').replace(/v/g, 'u');
}

/** Syllables a reading must cover to match: one syllable alone (`zhu`) is every 朱, 祝, 诸, 竹 … */
const MIN_SYLLABLES = 2;

const isSyllableStart = (reading: string, at: number): boolean => {
  const c = reading.charCodeAt(at);
  return c >= 65 && c <= 90;
};

/**
 * Whether `letters` (a queryReading) spells whole syllables of `reading` (a
 * readingOf), at least MIN_SYLLABLES of them in a row, anywhere in it: as a
 * query in characters finds a name by any part of it, `jiongfang` finds
 * 曹炯芳 and `zhujian` finds 朱建 and 朱建国, but `zhuji` finds neither.
 */
export function spellsSyllables(reading: string, letters: string): boolean {
  if (!letters) return false;
  const lower = reading.toLowerCase();
  for (let at = lower.indexOf(letters); at >= 0; at = lower.indexOf(letters, at + 1)) {
    const end = at + letters.length;
    if (!isSyllableStart(reading, at) || (end < reading.length && !isSyllableStart(reading, end))) continue;
    let syllables = 0;
    for (let i = at; i < end; i++) if (isSyllableStart(reading, i)) syllables++;
    if (syllables >= MIN_SYLLABLES) return true;
  }
  return false;
}
