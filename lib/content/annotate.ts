// One annotation pass over the live article: its text is read in chunks of
// whole lines, each chunk goes through extract() and the main thread is
// yielded before the next, so a long page never blocks it for long. Every
// mention becomes a range on the page; the people found in earlier chunks are
// passed on as known names, so a later bare mention of them is still found.
import { snippetAround } from '../corpus/snippet';
import { amountKey } from '../extract/amounts';
import { extract, type Amount, type MentionKind, type Person, type Role, type Slogan } from '../extract';
import type { PaintedSpan } from '../dom/hit-test';
import type { LiveArticle } from '../dom/live-article';
import { emptyTextMap, locate, mapText, type BoundaryPoint, type TextMap } from '../dom/text-map';

export interface PageMention extends PaintedSpan {
  kind: MentionKind;
  key: string;
  /** As printed on the page. */
  text: string;
  /** About 40 characters around the mention, on one line. */
  snippet: string;
}

export interface Pass {
  map: TextMap;
  /** Sorted by start, never overlapping. */
  mentions: PageMention[];
  byRange: Map<AbstractRange, PageMention>;
  persons: Map<string, Person>;
  slogans: Map<string, Slogan>;
  amounts: Map<string, Amount>;
}

export interface Known {
  knownNames: { name: string; role: Role }[];
  knownSlogans: string[];
}

export type MakeRange = (start: BoundaryPoint, end: BoundaryPoint) => StaticRange;

const staticRange: MakeRange = (start, end) =>
  new StaticRange({ startContainer: start.node, startOffset: start.offset, endContainer: end.node, endOffset: end.offset });

/** Lets the browser paint and handle input between chunks. */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

/** Annotates the article; null when `signal` aborted the pass (a newer one replaces it). */
export async function annotate(
  article: LiveArticle,
  known: Known,
  signal: AbortSignal,
  makeRange: MakeRange = staticRange,
): Promise<Pass | null> {
  const pass: Pass = {
    map: emptyTextMap(),
    mentions: [],
    byRange: new Map(),
    persons: new Map(),
    slogans: new Map(),
    amounts: new Map(),
  };
  const knownSlogans = new Set(known.knownSlogans);
  for (const chunk of mapText(article.root, pass.map, article.excluded)) {
    if (signal.aborted) return null;
    const found = [...pass.persons.values()].map(({ name, role }) => ({ name, role }));
    const result = extract(chunk.text, { knownNames: [...known.knownNames, ...found], knownSlogans });
    for (const m of result.mentions) {
      const start = locate(pass.map, chunk.start + m.start, 'start');
      const end = locate(pass.map, chunk.start + m.end, 'end');
      if (!start || !end) continue;
      const snippet = snippetAround(chunk.text, m.start, m.end);
      pass.mentions.push({
        kind: m.kind,
        key: m.key,
        text: m.text,
        start: chunk.start + m.start,
        end: chunk.start + m.end,
        snippet,
        range: makeRange(start, end),
      });
    }
    for (const p of result.persons) mergePerson(pass.persons, p);
    for (const s of result.slogans) if (!pass.slogans.has(s.text)) pass.slogans.set(s.text, s);
    for (const a of result.amounts) {
      const key = amountKey(a);
      if (!pass.amounts.has(key)) pass.amounts.set(key, { ...a, start: chunk.start + a.start, end: chunk.start + a.end });
    }
    await yieldToMain();
  }
  if (signal.aborted) return null;
  for (const m of pass.mentions) {
    // A person found in an earlier chunk may have shown a title only in a later one.
    if (m.kind === 'official' || m.kind === 'person') m.kind = pass.persons.get(m.key)?.role === 'official' ? 'official' : 'person';
    pass.byRange.set(m.range, m);
  }
  return pass;
}

function mergePerson(persons: Map<string, Person>, p: Person): void {
  const seen = persons.get(p.name);
  if (!seen) {
    persons.set(p.name, { ...p, titles: [...p.titles] });
    return;
  }
  for (const title of p.titles) if (!seen.titles.includes(title)) seen.titles.push(title);
  if (p.role === 'official') seen.role = 'official';
}
