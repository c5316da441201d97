// The search index: one line of text per page of the history (its address,
// last visit, site, title, and the people and slogans it names), kept beside
// the pages and mentions it is derived from, in a few large records
// ("buckets", by a hash of the address). Search, the names Tifa knows (sent
// to every page as it starts) and the most seen entities are then one pass
// over this text rather than a cursor over every mention: in Chromium,
// reading 10 000 small records takes about 140 ms; the same text in 32
// records, a few ms. Every write of a page rewrites its line (writePages in
// history.ts); the version 2 upgrade builds the index from what was stored.
import type { Table, Transaction } from 'dexie';
import type { MentionKind, Role } from '../extract/schema';
import {
  keepValid,
  type MentionFields,
  MentionRecordSchema,
  type PageRecord,
  PageRecordSchema,
  type SearchBucket,
  SearchBucketSchema,
} from './schema';

const SEARCH_BUCKETS = 32;

/** The kinds the index holds: amounts are neither searched nor known by name. */
export type IndexedKind = Exclude<MentionKind, 'amount'>;
const isIndexed = (kind: MentionKind): kind is IndexedKind => kind !== 'amount';

export interface IndexedEntity {
  kind: IndexedKind;
  key: string;
  role?: Role;
}

export interface IndexedPage {
  url: string;
  lastVisited: number;
  site: string;
  title: string;
  entities: IndexedEntity[];
}

// A line is its fields joined by FIELD; an entity field is a kind code, a role code and the key.
const LINE = '\n';
const FIELD = '\u0001';
const KIND_CODES: Record<IndexedKind, string> = { official: 'o', person: 'p', slogan: 's' };
const ROLE_CODES: Record<Role, string> = { official: 'o', business: 'b', professional: 'p', journalist: 'j', citizen: 'c' };
const NO_ROLE = '-';
const KINDS = new Map(Object.entries(KIND_CODES).map(([kind, code]) => [code, kind as IndexedKind]));
const ROLES = new Map(Object.entries(ROLE_CODES).map(([role, code]) => [code, role as Role]));

/** Text as the index holds it: control characters (the separators among them) read as spaces. Queries go through it too. */
export const indexText = (s: string): string => s.replace(/[\u0000-\u001f\u007f]/g, ' ');

/** FNV-1a over the UTF-16 code units of the address. */
function bucketOf(url: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < url.length; i++) h = Math.imul(h ^ url.charCodeAt(i), 0x01000193);
  return (h >>> 0) % SEARCH_BUCKETS;
}

function lineOf(page: PageRecord, mentions: readonly MentionFields[]): string {
  const entities = mentions.flatMap((m) =>
    isIndexed(m.kind) ? [KIND_CODES[m.kind] + (m.role ? ROLE_CODES[m.role] : NO_ROLE) + indexText(m.key)] : [],
  );
  return [page.url, String(page.lastVisited), indexText(page.site), indexText(page.title), ...entities.sort()].join(FIELD);
}

function parseLine(line: string): IndexedPage {
  const [url = '', lastVisited = '', site = '', title = '', ...entities] = line.split(FIELD);
  return {
    url,
    lastVisited: Number(lastVisited),
    site,
    title,
    entities: entities.flatMap((e) => {
      const kind = KINDS.get(e[0] ?? '');
      const role = ROLES.get(e[1] ?? '');
      return kind ? [{ kind, key: e.slice(2), ...(role && { role }) }] : [];
    }),
  };
}

/** The buckets' text as stored; a damaged bucket reads as empty. */
export async function readIndex(table: Table<SearchBucket, number>): Promise<string[]> {
  return keepValid(SearchBucketSchema, await table.toArray()).valid.map((b) => b.lines);
}

/** Every page the index holds. */
export function* indexedPages(texts: readonly string[]): Generator<IndexedPage> {
  for (const text of texts) if (text) for (const line of text.split(LINE)) yield parseLine(line);
}

export interface IndexMatch {
  /** Pages whose site, title, people or slogans contain the query. */
  pages: Pick<IndexedPage, 'url' | 'lastVisited'>[];
  /** The people whose names contain it. */
  names: Set<string>;
}

/** What contains `query` (lower case, through indexText), case-insensitively. */
export function findInIndex(texts: readonly string[], query: string): IndexMatch {
  const found: IndexMatch = { pages: [], names: new Set() };
  const has = (s: string) => s.toLowerCase().includes(query);
  for (const text of texts) {
    // Most buckets hold no match at all; the few that do are read line by line.
    const lower = text.toLowerCase();
    if (!lower.includes(query)) continue;
    const lines = text.split(LINE);
    lower.split(LINE).forEach((lowerLine, i) => {
      if (!lowerLine.includes(query)) return;
      const page = parseLine(lines[i]!);
      const named = page.entities.filter((e) => has(e.key));
      for (const e of named) if (e.kind !== 'slogan') found.names.add(e.key);
      if (named.length || has(page.site) || has(page.title)) found.pages.push({ url: page.url, lastVisited: page.lastVisited });
    });
  }
  return found;
}

/** A bucket's text with these lines (by address) in place of the pages' earlier ones, in address order. */
function withLines(text: string, lines: ReadonlyMap<string, string>): string {
  const kept = text ? text.split(LINE).filter((line) => !lines.has(line.slice(0, line.indexOf(FIELD)))) : [];
  return [...kept, ...lines.values()].sort().join(LINE);
}

export interface PageEntry {
  page: PageRecord;
  mentions: readonly MentionFields[];
}

/** The buckets `entries` go to, each with their lines in place of the pages' earlier ones in `stored` (bucket texts by number). */
export function bucketsWith(stored: ReadonlyMap<number, string>, entries: readonly PageEntry[]): SearchBucket[] {
  const byBucket = new Map<number, Map<string, string>>();
  for (const { page, mentions } of entries) {
    const bucket = bucketOf(page.url);
    const lines = byBucket.get(bucket) ?? new Map<string, string>();
    byBucket.set(bucket, lines.set(page.url, lineOf(page, mentions)));
  }
  return [...byBucket].map(([bucket, lines]) => ({ bucket, lines: withLines(stored.get(bucket) ?? '', lines) }));
}

/** Writes the lines of these pages, one read and one write per bucket touched. Call inside a `rw` transaction on the table. */
export async function indexPages(table: Table<SearchBucket, number>, entries: readonly PageEntry[]): Promise<void> {
  const touched = [...new Set(entries.map((e) => bucketOf(e.page.url)))];
  const stored = keepValid(SearchBucketSchema, await table.bulkGet(touched)).valid;
  await table.bulkPut(bucketsWith(new Map(stored.map((b) => [b.bucket, b.lines])), entries));
}

/** The version 2 upgrade: indexes every page already stored, leaving out records that fail their schema as readers do. */
export async function buildIndex(tx: Transaction): Promise<void> {
  const pages = keepValid(PageRecordSchema, await tx.table('pages').toArray()).valid;
  const mentions = keepValid(MentionRecordSchema, await tx.table('mentions').toArray()).valid;
  const byUrl = new Map<string, MentionFields[]>(pages.map((p) => [p.url, []]));
  for (const m of mentions) byUrl.get(m.url)?.push(m);
  await indexPages(
    tx.table('search'),
    pages.map((page) => ({ page, mentions: byUrl.get(page.url)! })),
  );
}
