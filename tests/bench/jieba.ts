// jieba's part-of-speech tagger as the peer for people: jieba-rs, the engine
// of @node-rs/jieba, built to WebAssembly (jieba-wasm; @node-rs/jieba's
// per-platform packages are missing from the registry this project installs
// from, so `npm ci` could not install it), with its default dictionary. Every
// word tagged as a person name becomes a person, found where the tagged words,
// which concatenate to the text, put it. jieba has no titles and no roles, so
// only names (and which officials they cover) compare.
import { tag } from 'jieba-wasm';
import type { Prediction } from '../support/score';

export interface TaggedWord {
  word: string;
  tag: string;
}

export interface NameSpan {
  name: string;
  /** UTF-16 offsets into the text, end exclusive. */
  start: number;
  end: number;
}

// The dictionary's person-name tags: nr, and its nrt (transliterated names) and
// nrfg (names of public figures, 习近平 among them).
const PERSON_TAG = /^nr/;

/**
 * What is timed: jieba's tagger alone. Without HMM: jieba-rs tags a word that
 * only the HMM found `x`, so it would never be a name anyway.
 */
export function tagWords(text: string): TaggedWord[] {
  return tag(text, false) as TaggedWord[];
}

export function findNames(text: string): NameSpan[] {
  const names: NameSpan[] = [];
  let at = 0;
  for (const { word, tag } of tagWords(text)) {
    if (text.startsWith(word, at) === false) throw new Error(`jieba's words do not rebuild the text at offset ${at}`);
    if (PERSON_TAG.test(tag)) names.push({ name: word, start: at, end: at + word.length });
    at += word.length;
  }
  if (at !== text.length) throw new Error(`jieba's words cover ${at} of ${text.length} characters`);
  return names;
}

/** The names as score.mjs reads them: each once, no role, no titles. */
export function jiebaPersons(text: string): Prediction {
  return { persons: [...new Set(findNames(text).map((n) => n.name))].map((name) => ({ name })) };
}
