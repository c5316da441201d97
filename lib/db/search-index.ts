// The search index: one line of text per page of the history (its address,
// last visit, site, title, paper, and the people and slogans it names, with
// each person's titles there and each name's and slogan's pinyin), kept
// beside the pages and mentions it is derived from, in a few large records
// ("buckets", by a hash of the address). Search (search-query.ts), the names
// Tifa knows (sent to every page as it starts) and the most seen entities are
// then one pass over this text rather than a cursor over every mention: in
// Chromium, reading 10 000 small records takes about 140 ms; the same text in
// 32 records, a few ms. Every write of a page rewrites its line (writePages in
// history.ts); an upgrade that changes the lines' format empties the index,
// and it is built again from what was stored as the database opens
// (restoreIndex).
import type { Dexie, Table } from 'dexie';
import type { MentionKind, Role } from '../extract/schema';
import { loadReadings, readingOf } from './pinyin';
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
  /** The key's pinyin as pinyin.ts writes it (`CaoJiongFang`); empty without Chinese characters. */
  reading: string;
  /** A person's titles on the page. */
  titles: string[];
}

export interface IndexedPage {
  url: string;
  lastVisited: number;
  site: string;
  title: string;
  /** Empty when the page showed none. */
  paper: string;
  entities: IndexedEntity[];
}

// A line is its fields joined by FIELD; an entity field is a kind code, a role
// code and the key, then after PART its reading, then after PART its titles
// joined by ITEM.
export const LINE = '\n';
const FIELD = '\u0001';
const PART = '\u0002';
const ITEM = '\u0003';
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

/** Readings already worked out, by kind and key: names recur on many pages, and the upgrade indexes every page at once. */
type Readings = Map<string, string>;

function entityField(kind: IndexedKind, m: MentionFields, readings: Readings): string {
  const id = KIND_CODES[kind] + m.key;
  let reading = readings.get(id);
  if (reading === undefined) readings.set(id, (reading = readingOf(m.key, kind === 'slogan' ? 'text' : 'name')));
  const head = KIND_CODES[kind] + (m.role ? ROLE_CODES[m.role] : NO_ROLE) + indexText(m.key);
  return [head, reading, m.titles.map(indexText).join(ITEM)].join(PART);
}

function lineOf(page: PageRecord, mentions: readonly MentionFields[], readings: Readings): string {
  const entities = mentions.flatMap((m) => (isIndexed(m.kind) ? [entityField(m.kind, m, readings)] : []));
  const fields = [page.site, page.title, page.paper ?? ''].map(indexText);
  return [page.url, String(page.lastVisited), ...fields, ...entities.sort()].join(FIELD);
}

/** One entity field of a line as the entity it describes; undefined when damaged. */
export function parseEntity(field: string): IndexedEntity | undefined {
  const [head = '', reading = '', titles = ''] = field.split(PART);
  const kind = KINDS.get(head[0] ?? '');
  if (!kind) return undefined;
  const entity: IndexedEntity = { kind, key: head.slice(2), reading, titles: titles ? titles.split(ITEM) : [] };
  const role = ROLES.get(head[1] ?? '');
  if (role) entity.role = role;
  return entity;
}

/** A line of the index with its entities as stored, for readers that parse only the few they need (parseEntity). */
export type IndexLine = Omit<IndexedPage, 'entities'> & { entities: string[] };

export function splitLine(line: string): IndexLine {
  const [url = '', lastVisited = '', site = '', title = '', paper = '', ...entities] = line.split(FIELD);
  return { url, lastVisited: Number(lastVisited), site, title, paper, entities };
}

/** A line of the index as the page it describes. */
export function parseLine(line: string): IndexedPage {
  const page = splitLine(line);
  return { ...page, entities: page.entities.flatMap((field) => parseEntity(field) ?? []) };
}

/** The lines of a bucket's text. */
const linesOf = (text: string): string[] => (text ? text.split(LINE) : []);

/** The buckets' text as stored; a damaged bucket reads as empty. */
export async function readIndex(table: Table<SearchBucket, number>): Promise<string[]> {
  return keepValid(SearchBucketSchema, await table.toArray()).valid.map((b) => b.lines);
}

/** Every page the index holds. */
export function* indexedPages(texts: readonly string[]): Generator<IndexedPage> {
  for (const text of texts) for (const line of linesOf(text)) yield parseLine(line);
}

/** A bucket's text with these lines (by address) in place of the pages' earlier ones, in address order. */
function withLines(text: string, lines: ReadonlyMap<string, string>): string {
  const kept = linesOf(text).filter((line) => !lines.has(line.slice(0, line.indexOf(FIELD))));
  return [...kept, ...lines.values()].sort().join(LINE);
}

export interface PageEntry {
  page: PageRecord;
  mentions: readonly MentionFields[];
}

/** The buckets `entries` go to, each with their lines in place of the pages' earlier ones in `stored` (bucket texts by number). */
export function bucketsWith(stored: ReadonlyMap<number, string>, entries: readonly PageEntry[]): SearchBucket[] {
  const byBucket = new Map<number, Map<string, string>>();
  const readings: Readings = new Map();
  for (const { page, mentions } of entries) {
    const bucket = bucketOf(page.url);
    const lines = byBucket.get(bucket) ?? new Map<string, string>();
    byBucket.set(bucket, lines.set(page.url, lineOf(page, mentions, readings)));
  }
  return [...byBucket].map(([bucket, lines]) => ({ bucket, lines: withLines(stored.get(bucket) ?? '', lines) }));
}

/** Writes the lines of these pages, one read and one write per bucket touched. Call inside a `rw` transaction on the table. */
export async function indexPages(table: Table<SearchBucket, number>, entries: readonly PageEntry[]): Promise<void> {
  const touched = [...new Set(entries.map((e) => bucketOf(e.page.url)))];
  const stored = keepValid(SearchBucketSchema, await table.bulkGet(touched)).valid;
  await table.bulkPut(bucketsWith(new Map(stored.map((b) => [b.bucket, b.lines])), entries));
}

/**
 * Builds the index from the pages and mentions stored, leaving out records
 * that fail their schema as readers do, when it is empty but they are not:
 * the upgrades that bring it in or change its lines' format empty it, since
 * pinyin-pro cannot be loaded inside an upgrade's transaction. Runs as the
 * database opens (its `ready` event), before any other read or write.
 */
export async function restoreIndex(db: Dexie): Promise<void> {
  // One key read, not a count: this runs at every open, and a count walks every record.
  const isEmpty = async (table: string) => (await db.table(table).limit(1).primaryKeys()).length === 0;
  if (!(await isEmpty('search')) || (await isEmpty('pages'))) return;
  await loadReadings();
  await db.transaction('rw', ['pages', 'mentions', 'search'], async () => {
    const pages = keepValid(PageRecordSchema, await db.table('pages').toArray()).valid;
    const mentions = keepValid(MentionRecordSchema, await db.table('mentions').toArray()).valid;
    const byUrl = new Map<string, MentionFields[]>(pages.map((p) => [p.url, []]));
    for (const m of mentions) byUrl.get(m.url)?.push(m);
    await indexPages(
      db.table('search'),
      pages.map((page) => ({ page, mentions: byUrl.get(page.url)! })),
    );
  });
}
