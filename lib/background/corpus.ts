// Loads the bundled corpus index (corpus.json, written by the build) once per
// background lifetime and validates it. Without it, lookups fall back to the
// reader's history alone.
import { browser } from 'wxt/browser';
import { indexCorpus, type CorpusLookup } from '../corpus/lookup';
import { CORPUS_INDEX_VERSION, parseCorpusIndex } from '../corpus/schema';

let loading: Promise<CorpusLookup> | undefined;

async function fetchCorpus(): Promise<CorpusLookup> {
  try {
    const response = await fetch(browser.runtime.getURL('/corpus.json'));
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return indexCorpus(parseCorpusIndex(await response.json()));
  } catch (e) {
    console.warn('Tifa: the bundled corpus could not be loaded; lookups use the history only.', e);
    return indexCorpus({ version: CORPUS_INDEX_VERSION, docs: [], persons: [], slogans: [] });
  }
}

export function loadCorpus(): Promise<CorpusLookup> {
  return (loading ??= fetchCorpus());
}
