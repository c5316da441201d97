// Reading the public annotated news of ../shared/corpora (see its README) into
// sentences with their person names: MSRA NER (SIGHAN 2006) and the January 1998
// People's Daily corpus for training, the MSRA test set for measuring. Every
// training sentence that shares a run of OVERLAP characters with a test
// sentence is dropped, so the test set says what the model does on text it
// has never seen.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { toHalfWidth } from '../../normalize';

export interface Sentence {
  text: string;
  /** Person names as [start, end) spans of text. */
  names: [number, number][];
  /** The words other than names, where the corpus segments its text (People's Daily). */
  words?: string[];
}

export const OVERLAP = 15;

export const corpusPaths = (shared: string) => ({
  msraTrain: resolve(shared, 'corpora/msra_ner/msra_train.txt.gz'),
  msraTest: resolve(shared, 'corpora/msra_ner/msra_test.txt'),
  pfr: resolve(shared, 'corpora/pfr_1998_01/pfr_199801.txt.gz'),
  surnames: resolve(shared, 'corpora/names/Chinese_Family_Name_1k.tsv'),
});

const halfWidth = (s: string): string => [...s].map(toHalfWidth).join('');
const lines = (path: string): string[] =>
  (path.endsWith('.gz') ? gunzipSync(readFileSync(path)).toString('utf8') : readFileSync(path, 'utf8')).split('\n');

/** One sentence from `chunk/tag` tokens, where `isName` says which chunks are person names. */
function fromChunks(chunks: { text: string; name: boolean }[]): Sentence {
  let text = '';
  const names: [number, number][] = [];
  for (const c of chunks) {
    const t = halfWidth(c.text);
    if (c.name) names.push([text.length, text.length + t.length]);
    text += t;
  }
  return { text, names };
}

/** MSRA NER: `chunk/tag` tokens, `nr` for a person. */
export function readMsra(path: string): Sentence[] {
  const out: Sentence[] = [];
  for (const line of lines(path)) {
    const tokens = line.split(' ').filter(Boolean);
    if (tokens.length === 0) continue;
    out.push(
      fromChunks(
        tokens.map((t) => {
          const k = t.lastIndexOf('/');
          return { text: t.slice(0, k), name: t.slice(k + 1) === 'nr' };
        }),
      ),
    );
  }
  return out.filter((s) => s.text.length > 0);
}

/**
 * People's Daily 1998: `word/pos` tokens after the paragraph's id; a Chinese
 * name is split into surname and given name (`江/nr 泽民/nr`), which are joined
 * here; a foreign name is one token.
 */
export function readPfr(path: string): Sentence[] {
  const out: Sentence[] = [];
  for (const line of lines(path)) {
    const tokens = line.split(/\s+/).filter(Boolean).slice(1);
    if (tokens.length === 0) continue;
    const words = tokens.map((t) => {
      const k = t.lastIndexOf('/');
      // `[中共中央/nt` and `委员会/n]nt` bracket compound organizations: keep the words.
      return { text: t.slice(0, k).replace(/^\[/, ''), tag: t.slice(k + 1).replace(/\].*$/, '') };
    });
    const chunks: { text: string; name: boolean }[] = [];
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      const next = words[i + 1];
      if (w.tag === 'nr' && next?.tag === 'nr' && w.text.length <= 2 && next.text.length <= 2) {
        chunks.push({ text: w.text + next.text, name: true });
        i++;
      } else chunks.push({ text: w.text, name: w.tag === 'nr' });
    }
    out.push({ ...fromChunks(chunks), words: chunks.filter((c) => !c.name).map((c) => halfWidth(c.text)) });
  }
  return out;
}

/**
 * The dictionary of the model's word features: words of two to four Han
 * characters that People's Daily's segmentation gives at least twice, names
 * left out. Knowing `士兵` and `进行` as words is what tells `周海兵讲话` and
 * `王玮进行` apart from names.
 */
export function dictionary(sentences: readonly Sentence[]): string[] {
  const counts = new Map<string, number>();
  for (const s of sentences) for (const w of s.words ?? []) if (/^\p{Script=Han}{2,4}$/u.test(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
  return [...counts].filter(([, n]) => n >= 2).map(([w]) => w).sort();
}

/** Every run of OVERLAP characters in the test sentences. */
export function testRuns(test: Sentence[]): Set<string> {
  const runs = new Set<string>();
  for (const s of test) for (let i = 0; i + OVERLAP <= s.text.length; i++) runs.add(s.text.slice(i, i + OVERLAP));
  return runs;
}

export function sharesTestRun(text: string, runs: Set<string>): boolean {
  for (let i = 0; i + OVERLAP <= text.length; i++) if (runs.has(text.slice(i, i + OVERLAP))) return true;
  return false;
}

/** The training sentences: MSRA train, then People's Daily, minus every sentence sharing a run with the test set. */
export function trainingSentences(shared: string): Sentence[] {
  const paths = corpusPaths(shared);
  const runs = testRuns(readMsra(paths.msraTest));
  const exact = new Set(readMsra(paths.msraTest).map((s) => s.text));
  return [...readMsra(paths.msraTrain), ...readPfr(paths.pfr)].filter(
    (s) => !exact.has(s.text) && !sharesTestRun(s.text, runs),
  );
}

/** Surname classes from the surname list's frequency figures: 3 very common, 2 common, 1 rare. */
export function surnameClasses(path: string): { surnames: Record<string, string>; compoundSurnames: string[] } {
  const surnames: Record<string, string> = { 1: '', 2: '', 3: '' };
  const compoundSurnames: string[] = [];
  for (const line of lines(path).slice(1)) {
    const [name, tf] = line.trim().split('\t');
    if (!name) continue;
    if (name.length === 2) compoundSurnames.push(name);
    else {
      const cls = Number(tf) >= 200 ? 3 : Number(tf) >= 30 ? 2 : 1;
      surnames[cls] += name;
    }
  }
  return { surnames, compoundSurnames };
}

