import Dexie from 'dexie';
// The reader's history: one record per page (URL without fragment) with its
// visits, and one mention record per entity on that page. A page, its
// mentions and its line in the search index (search-index.ts) are always
// written together in one transaction.
import type { MentionKind, Role } from '../extract/schema';
import type { Visit } from '../messages';
import { db } from './database';
import { guardWrite } from './errors';
import {
  keepValid,
  type KindCounts,
  type MentionFields,
  type MentionRecord,
  MentionRecordSchema,
  type PageRecord,
  PageRecordSchema,
} from './schema';
import { loadReadings } from './pinyin';
import { indexedPages, indexPages, type IndexedKind, type PageEntry, readIndex } from './search-index';
import { findInIndex, type PageHit, type PersonHit, queryWords } from './search-query';
import { pageKey, siteOf } from './site';

export const NAME_KINDS: readonly MentionKind[] = ['official', 'person'];
const isNameKind = (kind: MentionKind): boolean => NAME_KINDS.includes(kind);

/** A person's role where a record has none (imported by hand): the kind says whether they are an official. */
export const roleOf = (m: Pick<MentionFields, 'kind' | 'role'>): Role => m.role ?? (m.kind === 'official' ? 'official' : 'citizen');

const entityId = (kind: MentionKind, key: string): string => `${kind}\u0000${key}`;

/** One record per entity: the first snippet, the number of occurrences, and a person's role and titles. */
function mentionFieldsOf(input: Pick<Visit, 'persons' | 'slogans' | 'mentions'>): MentionFields[] {
  const byId = new Map<string, MentionFields>();
  const entity = (kind: MentionKind, key: string): MentionFields => {
    const id = entityId(kind, key);
    let rec = byId.get(id);
    if (!rec) byId.set(id, (rec = { kind, key, titles: [], snippet: '', occurrences: 0 }));
    return rec;
  };
  for (const m of input.mentions) {
    const rec = entity(m.kind, m.key);
    if (rec.occurrences === 0) rec.snippet = m.snippet;
    rec.occurrences += m.occurrences ?? 1;
  }
  for (const p of input.persons) {
    const rec = entity(p.role === 'official' ? 'official' : 'person', p.name);
    rec.role = p.role;
    rec.titles = p.titles;
  }
  for (const s of input.slogans) entity('slogan', s);
  for (const rec of byId.values()) if (isNameKind(rec.kind)) rec.role = roleOf(rec);
  return [...byId.values()];
}

export function countKinds(mentions: readonly Pick<MentionFields, 'kind'>[]): KindCounts {
  const counts: KindCounts = { official: 0, person: 0, amount: 0, slogan: 0 };
  for (const m of mentions) counts[m.kind]++;
  return counts;
}

/** The tables a write of the history changes, for its `rw` transaction. */
export const HISTORY_TABLES = [db.pages, db.mentions, db.search] as const;

/** Replaces pages, their mentions and their lines in the search index. Call inside a `rw` transaction on HISTORY_TABLES, after loadReadings(). */
export async function writePages(entries: readonly (PageEntry & { mentions: readonly MentionRecord[] })[]): Promise<void> {
  for (const { page, mentions } of entries) {
    await db.pages.put(page);
    await db.mentions.where('url').equals(page.url).delete();
    await db.mentions.bulkAdd([...mentions]);
  }
  await indexPages(db.search, entries);
}

/** When a page was read: its first and last visit and how many there were. */
export type Visits = Pick<PageRecord, 'firstVisited' | 'lastVisited' | 'visits'>;

/**
 * The records of a page as a visit describes it (lib/background/visit.ts), with its visits;
 * the paper and date it no longer shows are kept from `prev`, its earlier record.
 */
export function recordsOf(input: Visit, visits: Visits, prev?: PageRecord): { page: PageRecord; mentions: MentionRecord[] } {
  const url = pageKey(input.page.url);
  const fields = mentionFieldsOf(input);
  const paper = input.page.paper ?? prev?.paper;
  const date = input.page.date ?? prev?.date;
  const page = PageRecordSchema.parse({
    url,
    title: input.page.title,
    site: siteOf(url),
    ...visits,
    ...(paper !== undefined && { paper }),
    ...(date !== undefined && { date }),
    counts: countKinds(fields),
  });
  return { page, mentions: fields.map((m) => MentionRecordSchema.parse({ ...m, url })) };
}

/**
 * Remembers a visit: a new page, or on a revisit one more visit, the new
 * title and the mentions as the page reads now. `newVisit` false: the same
 * visit read again (its page changed), counted once. Throws HistoryWriteError.
 */
export async function recordPage(input: Visit, now = Date.now(), newVisit = true): Promise<PageRecord> {
  const url = pageKey(input.page.url);
  await loadReadings();
  return guardWrite(() =>
    db.transaction('rw', HISTORY_TABLES, async () => {
      const old = PageRecordSchema.safeParse(await db.pages.get(url));
      const prev = old.success ? old.data : undefined;
      const { page, mentions } = recordsOf(
        input,
        {
          firstVisited: Math.min(prev?.firstVisited ?? now, now),
          lastVisited: Math.max(prev?.lastVisited ?? now, now),
          visits: (prev?.visits ?? 0) + (newVisit || !prev ? 1 : 0),
        },
        prev,
      );
      await writePages([{ page, mentions }]);
      return page;
    }),
  );
}

const byLastVisitedDesc = (a: PageRecord, b: PageRecord): number => b.lastVisited - a.lastVisited;

/** The pages visited last, most recent first. */
export async function recentPages(limit: number): Promise<PageRecord[]> {
  return keepValid(PageRecordSchema, await db.pages.orderBy('lastVisited').reverse().limit(limit).toArray()).valid;
}

/** A page a search found, with the people it found there. */
export interface PageFound {
  page: PageRecord;
  people: PersonHit[];
}

/** A person a search found, over every page it matched. */
export interface PersonFound {
  name: string;
  /** Found by their name (in characters or pinyin), not only by a title they hold. */
  byName: boolean;
  /** The titles a word matched, on any page. */
  matchedTitles: string[];
  /** The pages found that name them. */
  pages: number;
}

export interface SearchResults {
  /** The pages every word of the query matches (search-query.ts), most recent first. */
  pages: PageFound[];
  /** The people found on any of those pages by name or by a title. */
  people: PersonFound[];
}

/** Each person found, once, with what found them and how many of the pages name them. */
function peopleFound(hits: readonly PageHit[]): PersonFound[] {
  const people = new Map<string, PersonFound>();
  for (const hit of hits) {
    for (const p of hit.people) {
      const found = people.get(p.name) ?? { name: p.name, byName: false, matchedTitles: [], pages: 0 };
      people.set(p.name, found);
      found.byName ||= p.byName;
      found.pages++;
      for (const t of p.matchedTitles) if (!found.matchedTitles.includes(t)) found.matchedTitles.push(t);
    }
  }
  return [...people.values()];
}

/** Searches the history through the search index: by person, slogan, title, paper or site, in characters or pinyin. */
export async function search(query: string, limit = 100): Promise<SearchResults> {
  const words = queryWords(query);
  if (!words.length) return { pages: [], people: [] };
  const hits = findInIndex(await readIndex(db.search), words);
  const byUrl = new Map(hits.map((h) => [h.url, h]));
  // Only the pages shown are read, the latest first; a damaged one gives way to the next.
  const urls = hits.sort((a, b) => b.lastVisited - a.lastVisited).map((p) => p.url);
  const pages: PageRecord[] = [];
  for (let from = 0; pages.length < limit && from < urls.length; from += limit) {
    pages.push(...keepValid(PageRecordSchema, await db.pages.bulkGet(urls.slice(from, from + limit))).valid);
  }
  return {
    pages: pages
      .sort(byLastVisitedDesc)
      .slice(0, limit)
      .map((page) => ({ page, people: byUrl.get(page.url)!.people })),
    people: peopleFound(hits),
  };
}

/** The pages a search finds, most recent first. */
export async function searchHistory(query: string, limit = 100): Promise<PageRecord[]> {
  return (await search(query, limit)).pages.map((p) => p.page);
}

/** A page of the history and what it says about one entity. */
export interface EntityVisit {
  page: PageRecord;
  mention: MentionRecord;
}

/** The pages that mention an entity (under any of the kinds and keys given), most recent first. */
export async function pagesMentioning(kinds: readonly MentionKind[], key: string | readonly string[]): Promise<EntityVisit[]> {
  const keys = typeof key === 'string' ? [key] : key;
  const pairs = kinds.flatMap((k) => keys.map((key) => [k, key]));
  const mentions = keepValid(MentionRecordSchema, await db.mentions.where('[kind+key]').anyOf(pairs).toArray()).valid;
  const pages = await db.pages.bulkGet(mentions.map((m) => m.url));
  return mentions
    .flatMap((mention, i) => {
      const page = PageRecordSchema.safeParse(pages[i]);
      return page.success ? [{ page: page.data, mention }] : [];
    })
    .sort((a, b) => byLastVisitedDesc(a.page, b.page));
}

/** Every distinct key of one kind in the history. */
export async function keysOfKind(kind: MentionKind): Promise<string[]> {
  const pairs = await db.mentions.where('[kind+key]').between([kind, Dexie.minKey], [kind, Dexie.maxKey]).uniqueKeys();
  return pairs.flatMap((p) => (Array.isArray(p) && typeof p[1] === 'string' ? [p[1]] : []));
}

/** The pages that name a person, with the titles each gives them, oldest first. */
export async function personView(name: string): Promise<EntityVisit[]> {
  return (await pagesMentioning(NAME_KINDS, name)).sort((a, b) => a.page.firstVisited - b.page.firstVisited);
}

export interface EntityCount {
  key: string;
  /** Pages it appears on. */
  pages: number;
}

/** The entities of one kind found on the most pages. */
export async function topEntities(kind: IndexedKind, limit: number): Promise<EntityCount[]> {
  const pages = new Map<string, number>();
  // One entity per page and kind in the index, so counting entities counts pages.
  for (const page of indexedPages(await readIndex(db.search))) {
    for (const e of page.entities) if (e.kind === kind) pages.set(e.key, (pages.get(e.key) ?? 0) + 1);
  }
  return [...pages]
    .map(([key, n]) => ({ key, pages: n }))
    .sort((a, b) => b.pages - a.pages || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .slice(0, limit);
}

/**
 * Every person and slogan the history knows, for recognizing them without
 * titles or quotation marks. A person is an official if any page says so,
 * else has the role the page read last gives them.
 */
export async function knownEntities(): Promise<{ names: { name: string; role: Role }[]; slogans: string[] }> {
  const names = new Map<string, { role: Role; at: number }>();
  const slogans = new Set<string>();
  for (const page of indexedPages(await readIndex(db.search))) {
    for (const e of page.entities) {
      if (e.kind === 'slogan') {
        slogans.add(e.key);
        continue;
      }
      const role = roleOf(e);
      const known = names.get(e.key);
      if (!known || (known.role !== 'official' && (role === 'official' || page.lastVisited > known.at))) {
        names.set(e.key, { role, at: page.lastVisited });
      }
    }
  }
  return { names: [...names].map(([name, { role }]) => ({ name, role })), slogans: [...slogans] };
}

/** The mention records of some pages (for co-mentions). */
export async function mentionsOnPages(urls: readonly string[]): Promise<MentionRecord[]> {
  return keepValid(MentionRecordSchema, await db.mentions.where('url').anyOf([...urls]).toArray()).valid;
}

/** Forgets every page and mention; the settings stay. Throws HistoryWriteError. */
export async function clearHistory(): Promise<void> {
  await guardWrite(() =>
    db.transaction('rw', HISTORY_TABLES, async () => {
      await db.pages.clear();
      await db.mentions.clear();
      await db.search.clear();
    }),
  );
}
