// Everything Tifa knows about one entity beyond the page being read: the
// corpus documents and history pages that mention it, a person's titles over
// time, and the people most often named alongside.
import type { CorpusLookup } from '../corpus/lookup';
import { formulationOf } from '../extract/lexicon/formulations';
import type { MentionKind, Role } from '../extract/schema';
import { toSimplified } from '../extract/script';
import { type EntityVisit, keysOfKind, mentionsOnPages, NAME_KINDS, pagesMentioning, roleOf } from '../db/history';
import { pageKey } from '../db/site';
import type { LookupResponse } from '../messages';
import { titlePeriods } from '../title-periods';

const MAX_HISTORY = 20;
const MAX_CO_MENTIONED = 8;

export interface LookupRequest {
  kind: MentionKind;
  key: string;
  /** The page being read, left out of the history hits; none when the popup asks. */
  url?: string;
}

/** A timestamp's calendar day where the reader is, as YYYY-MM-DD. */
export function localDate(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The people named in the same documents and pages, each counted once per document or page. */
async function coMentioned(self: string, docs: readonly string[], visits: readonly EntityVisit[], corpus: CorpusLookup): Promise<LookupResponse['coMentioned']> {
  const counts = new Map<string, number>();
  const count = (name: string): void => {
    if (name !== self) counts.set(name, (counts.get(name) ?? 0) + 1);
  };
  for (const doc of docs) corpus.namesByDoc.get(doc)?.forEach(count);
  // A page holds one record per entity and kind; a person is counted once per page.
  const perPage = new Map<string, Set<string>>();
  for (const m of await mentionsOnPages(visits.map((v) => v.page.url))) {
    if (NAME_KINDS.includes(m.kind)) perPage.set(m.url, (perPage.get(m.url) ?? new Set()).add(m.key));
  }
  for (const names of perPage.values()) names.forEach(count);
  return [...counts]
    .map(([name, n]) => ({ name, count: n }))
    .sort((a, b) => b.count - a.count || byName(a.name, b.name))
    .slice(0, MAX_CO_MENTIONED);
}

function corpusHits(corpus: CorpusLookup, entries: readonly { doc: string; snippet: string; titles?: string[] }[]): LookupResponse['corpus'] {
  return entries
    .flatMap((e) => {
      const doc = corpus.docs.get(e.doc);
      return doc ? [{ doc: doc.file, paper: doc.paper, date: doc.date, city: doc.city, titles: e.titles ?? [], snippet: e.snippet }] : [];
    })
    .sort((a, b) => byName(b.date, a.date));
}

/** The visits to pages other than the one being read (none is left out when the popup asks). */
function elsewhere(visits: readonly EntityVisit[], url: string | undefined): EntityVisit[] {
  const current = url === undefined ? undefined : pageKey(url);
  return visits.filter((v) => v.page.url !== current);
}

function historyHits(visits: readonly EntityVisit[], url: string | undefined): LookupResponse['history'] {
  return elsewhere(visits, url)
    .slice(0, MAX_HISTORY)
    .map(({ page, mention }) => ({
      url: page.url,
      title: page.title,
      site: page.site,
      ...(page.paper && { paper: page.paper }),
      ...(page.date && { date: page.date }),
      visited: page.lastVisited,
      titles: mention.titles,
      snippet: mention.snippet,
    }));
}

/**
 * The titles a person is given, one row per title and period: corpus documents by paper and issue date, history
 * pages by their paper (else site) and printed date (else the day of the first visit).
 */
function titlesOverTime(corpus: CorpusLookup, docs: readonly { doc: string; titles: string[] }[], visits: readonly EntityVisit[]): LookupResponse['titlesOverTime'] {
  const fromCorpus = docs.flatMap((d) => {
    const doc = corpus.docs.get(d.doc);
    return doc ? d.titles.map((title) => ({ title, date: doc.date, source: doc.paper })) : [];
  });
  const fromHistory = visits.flatMap(({ page, mention }) =>
    mention.titles.map((title) => ({ title, date: page.date ?? localDate(page.firstVisited), source: page.paper ?? page.site })),
  );
  return titlePeriods([...fromCorpus, ...fromHistory], toSimplified);
}

export async function lookup(req: LookupRequest, corpus: CorpusLookup): Promise<LookupResponse> {
  const shell: LookupResponse = { kind: req.kind, key: req.key, corpus: [], history: [], titlesOverTime: [], coMentioned: [] };
  if (req.kind === 'amount') return shell;

  if (req.kind === 'slogan') {
    // Every printed form of the formulation (a variant, traditional script) is the same slogan.
    const formulation = formulationOf(toSimplified(req.key));
    const same = (key: string): boolean => key === req.key || (formulation !== undefined && formulationOf(toSimplified(key)) === formulation);
    const entries = [...corpus.slogans.values()].filter((s) => same(s.text));
    const keys = formulation ? [req.key, ...(await keysOfKind('slogan')).filter((k) => k !== req.key && same(k))] : [req.key];
    // A page printing two forms holds a record for each: it is one hit.
    const visits = (await pagesMentioning(['slogan'], keys)).filter((v, i, all) => all.findIndex((o) => o.page.url === v.page.url) === i);
    const docs = entries.flatMap((e) => e.docs).filter((d, i, all) => all.findIndex((o) => o.doc === d.doc) === i);
    const gloss = formulation?.gloss ?? entries.find((e) => e.gloss !== undefined)?.gloss;
    const sloganKind = formulation?.kind ?? entries[0]?.kind;
    return {
      ...shell,
      ...(gloss !== undefined && { gloss }),
      ...(sloganKind !== undefined && { sloganKind }),
      ...(formulation && { level: formulation.level }),
      ...(formulation?.place !== undefined && { place: formulation.place }),
      ...(formulation?.year !== undefined && { year: formulation.year }),
      corpus: corpusHits(corpus, docs),
      history: historyHits(visits, req.url),
      coMentioned: await coMentioned(req.key, docs.map((d) => d.doc), visits, corpus),
    };
  }

  const person = corpus.persons.get(req.key);
  const visits = await pagesMentioning(NAME_KINDS, req.key);
  const docs = person?.docs ?? [];
  // An official anywhere is an official; else the most recent source says.
  const roles: Role[] = [...visits.map((v) => roleOf(v.mention)), ...(person ? [person.role] : [])];
  const role = roles.includes('official') ? 'official' : roles[0];
  return {
    ...shell,
    ...(role !== undefined && { role }),
    corpus: corpusHits(corpus, docs),
    history: historyHits(visits, req.url),
    // The page being read shows its own titles; over time are the others, as under history.
    titlesOverTime: titlesOverTime(corpus, docs, elsewhere(visits, req.url)),
    coMentioned: await coMentioned(req.key, docs.map((d) => d.doc), visits, corpus),
  };
}
