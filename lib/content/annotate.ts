// One annotation pass over the live article: its text is laid out (yielding
// the main thread as it goes), sent to the background, which runs extract()
// off the page's main thread, and every mention that comes back becomes a range
// on the page, in tasks of a few milliseconds.
import { amountKey } from '../extract/amount-key';
import { expandMentions } from '../extract/compact';
import type { Amount, MentionKind, Person, Slogan } from '../extract/schema';
import type { PaintedSpan } from '../dom/hit-test';
import type { LiveArticle } from '../dom/live-article';
import { articleText, emptyTextMap, locate, mapText, type BoundaryPoint, type TextMap } from '../dom/text-map';
import { TEXT_LIMITS } from '../limits';
import type { CompactExtraction } from '../messages';
import { yieldToMain } from './yield';

export interface PageMention extends PaintedSpan {
  kind: MentionKind;
  key: string;
  /** As printed on the page. */
  text: string;
}

export interface Pass {
  map: TextMap;
  /** The article's text as extracted: mentions' start and end index into it. */
  text: string;
  /** Sorted by start, never overlapping. */
  mentions: PageMention[];
  byRange: Map<AbstractRange, PageMention>;
  persons: Map<string, Person>;
  slogans: Map<string, Slogan>;
  amounts: Map<string, Amount>;
}

/** Runs extract() on the article's text elsewhere (the background); null when there is no answer. */
export type Extractor = (text: string) => Promise<CompactExtraction | null>;

export type MakeRange = (start: BoundaryPoint, end: BoundaryPoint) => StaticRange;

const staticRange: MakeRange = (start, end) =>
  new StaticRange({ startContainer: start.node, startOffset: start.offset, endContainer: end.node, endOffset: end.offset });

/** The main thread is given back once a loop has run this long. */
const SLICE_MS = 8;

/** Returns a function to await in a loop: it yields the main thread once SLICE_MS have passed since the last yield. */
function timeSlicer(): () => Promise<void> {
  let since = performance.now();
  return async () => {
    if (performance.now() - since < SLICE_MS) return;
    await yieldToMain();
    since = performance.now();
  };
}

/** Annotates the article; null when `signal` aborted the pass (a newer one replaces it) or nothing was extracted. */
export async function annotate(
  article: LiveArticle,
  extractor: Extractor,
  signal: AbortSignal,
  makeRange: MakeRange = staticRange,
): Promise<Pass | null> {
  const slice = timeSlicer();
  const map = emptyTextMap();
  const parts: string[] = [];
  for (const chunk of mapText(article.root, map, article.excluded)) {
    parts.push(chunk.text);
    await slice();
    if (signal.aborted) return null;
  }
  // Beyond the limit a message may carry, the article is left unmarked.
  const text = articleText(parts);
  const found = await extractor(text);
  if (!found || signal.aborted) return null;
  const pass: Pass = {
    map,
    text,
    mentions: [],
    byRange: new Map(),
    persons: new Map(found.persons.map((p) => [p.name, p])),
    slogans: new Map(found.slogans.map((s) => [s.text, s])),
    amounts: new Map(found.amounts.map((a) => [amountKey(a), a])),
  };
  for (const m of expandMentions(found, text)) {
    await slice();
    if (signal.aborted) return null;
    const start = locate(map, m.start, 'start');
    const end = locate(map, m.end, 'end');
    if (!start || !end) continue;
    const mention: PageMention = { ...m, range: makeRange(start, end) };
    pass.mentions.push(mention);
    pass.byRange.set(mention.range, mention);
  }
  return pass;
}
