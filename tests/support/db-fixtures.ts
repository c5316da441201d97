// A fixture for every released schema of the history database: its records
// exactly as that version stored them. Thousands of pages are megabytes of
// JSON, so instead of a file each fixture is generated, seeded and
// deterministic: this code is the fixture. The record shapes below are
// written out rather than taken from lib/db/schema.ts so that a later schema
// change cannot change what "as version 1 stored it" means. The entities come
// from the seeds through extract(), so the texts are real news text.
import { pinyin } from 'pinyin-pro';
import { readSeeds } from '../../lib/corpus/seeds';
import { extract } from '../../lib/extract';
import type { SchemaVersion } from '../../lib/db/versions';
import { mulberry32 } from '../../lib/random';
import { SEEDS_DIR } from './paths';

type Kind = 'official' | 'person' | 'amount' | 'slogan';
type Role = 'official' | 'business' | 'professional' | 'journalist' | 'citizen';

export type PageV1 = {
  url: string;
  title: string;
  site: string;
  firstVisited: number;
  lastVisited: number;
  visits: number;
  paper?: string;
  date?: string;
  counts: Record<Kind, number>;
};
export type MentionV1 = {
  id: number;
  url: string;
  kind: Kind;
  key: string;
  role?: Role;
  titles: string[];
  snippet: string;
  occurrences: number;
};
export type SettingsV1 = {
  id: 'settings';
  paused: boolean;
  sitesOff: string[];
};
export type SearchBucketV2 = {
  bucket: number;
  lines: string;
};

/** A database's content: each table's records, in primary key order. */
export type DbFixture = Record<string, Record<string, unknown>[]>;

const HOSTS: Record<string, string> = { 湘潭日报: 'www.xtrb.cn', 株洲日报: 'www.zznews.gov.cn', 衡阳日报: 'www.hyrb.cn' };
const SNIPPET_SIDE = 20;
const T0 = Date.UTC(2021, 0, 1);
const HOUR = 3_600_000;

type Entity = Omit<MentionV1, 'id' | 'url'>;

/** One record per entity of a seed text, as the content script and recordPage() make them. */
function entitiesOf(text: string): Entity[] {
  const found = extract(text);
  const byId = new Map<string, Entity>();
  for (const m of found.mentions) {
    const id = `${m.kind}\u0000${m.key}`;
    const seen = byId.get(id);
    if (seen) seen.occurrences++;
    else {
      const snippet = text.slice(Math.max(0, m.start - SNIPPET_SIDE), m.end + SNIPPET_SIDE).replace(/\s+/g, ' ').trim();
      byId.set(id, { kind: m.kind, key: m.key, titles: [], snippet, occurrences: 1 });
    }
  }
  for (const p of found.persons) {
    const e = byId.get(`${p.role === 'official' ? 'official' : 'person'}\u0000${p.name}`);
    if (e) Object.assign(e, { role: p.role, titles: p.titles });
  }
  return [...byId.values()];
}

/** Version 1: `pages` pages read over four years, each naming some of one seed's entities. */
export function v1Fixture(pages = 5000, seed = 1): DbFixture {
  const next = mulberry32(seed);
  const pick = (n: number) => Math.floor(next() * n);
  const seeds = readSeeds(SEEDS_DIR).map((s) => ({ ...s, host: HOSTS[s.paper] ?? 'news.example.cn', entities: entitiesOf(s.text) }));
  const pageRecords: PageV1[] = [];
  const mentions: MentionV1[] = [];
  for (let i = 0; i < pages; i++) {
    const source = seeds[i % seeds.length]!;
    const url = `https://${source.host}/content/${source.date.slice(0, 4)}/${String(i).padStart(5, '0')}.html${i % 7 === 0 ? `?page=${pick(9)}` : ''}`;
    // A Fisher–Yates prefix: some distinct entities, none on every 50th page.
    const pool = [...source.entities];
    const n = i % 50 === 0 ? 0 : 1 + pick(Math.min(15, pool.length));
    for (let k = 0; k < n; k++) {
      const j = k + pick(pool.length - k);
      [pool[k], pool[j]] = [pool[j]!, pool[k]!];
    }
    const chosen = pool.slice(0, n);
    const counts: Record<Kind, number> = { official: 0, person: 0, amount: 0, slogan: 0 };
    for (const e of chosen) {
      counts[e.kind]++;
      mentions.push({ ...structuredClone(e), id: mentions.length + 1, url });
    }
    const firstVisited = T0 + i * 6 * HOUR + pick(HOUR);
    pageRecords.push({
      url,
      title: `${source.paper}：${chosen[0]?.key ?? '今日要闻'}${i % 11 === 0 ? ' <b>&amp;</b> "=1+1"' : ''}`,
      site: source.host,
      firstVisited,
      lastVisited: firstVisited + (i % 3 === 0 ? 0 : pick(90 * 24) * HOUR),
      visits: 1 + (i % 3 === 0 ? 0 : pick(20)),
      ...(i % 4 !== 0 && { paper: source.paper, date: source.date }),
      counts,
    });
  }
  const settings: SettingsV1[] = [{ id: 'settings', paused: false, sitesOff: ['www.hyrb.cn', 'news.example.cn'] }];
  pageRecords.sort((a, b) => (a.url < b.url ? -1 : 1));
  return { pages: pageRecords, mentions, settings };
}

const KIND_CODES: Partial<Record<Kind, string>> = { official: 'o', person: 'p', slogan: 's' };
const ROLE_CODES: Record<Role, string> = { official: 'o', business: 'b', professional: 'p', journalist: 'j', citizen: 'c' };
const clean = (s: string) => s.replace(/[\u0000-\u001f\u007f]/g, ' ');
/** A person's or slogan's kind code, role code (`-` for none) and key. */
const entityHead = (m: MentionV1, kind: string) => kind + (m.role ? ROLE_CODES[m.role] : '-') + clean(m.key);

/**
 * Version 1's records and a search index over them: a line per page, its
 * fields (`fields`, then the page's people and slogans as `entity` writes
 * them, sorted) joined by U+0001; lines go to bucket FNV-1a(url) mod 32,
 * joined by `\n` in url order.
 */
function withIndex(
  v1: DbFixture,
  fields: (p: PageV1) => string[],
  entity: (m: MentionV1, kind: string) => string,
): DbFixture & { search: SearchBucketV2[] } {
  const entities = new Map<string, string[]>();
  for (const m of v1.mentions as MentionV1[]) {
    const kind = KIND_CODES[m.kind];
    if (!kind) continue;
    const list = entities.get(m.url) ?? [];
    entities.set(m.url, list);
    list.push(entity(m, kind));
  }
  const buckets = new Map<number, string[]>();
  for (const p of v1.pages as PageV1[]) {
    let h = 0x811c9dc5;
    for (let i = 0; i < p.url.length; i++) h = Math.imul(h ^ p.url.charCodeAt(i), 0x01000193);
    const bucket = (h >>> 0) % 32;
    const line = [...fields(p), ...(entities.get(p.url) ?? []).sort()].join('\u0001');
    const lines = buckets.get(bucket) ?? [];
    buckets.set(bucket, lines);
    lines.push(line);
  }
  const search = [...buckets].sort((a, b) => a[0] - b[0]).map(([bucket, lines]) => ({ bucket, lines: lines.sort().join('\n') }));
  return { ...v1, search };
}

/**
 * Version 2: version 1's records and the search index over them. A page's
 * fields are its url, lastVisited, site and title (control characters read
 * as spaces); an entity is its head alone.
 */
export function v2Fixture(pages = 5000, seed = 1): DbFixture {
  return withIndex(v1Fixture(pages, seed), (p) => [p.url, String(p.lastVisited), clean(p.site), clean(p.title)], entityHead);
}

/** The pinyin of version 3's lines: pinyin-pro's toneless syllables (a name's first read as a surname), ü as u, each capitalized. */
function readingV3(text: string, name: boolean): string {
  return pinyin(text, { toneType: 'none', type: 'array', nonZh: 'removed', surname: name ? 'head' : 'off' })
    .map((s) => s.replace(/ü/g, 'u').replace(/[^a-z]/g, ''))
    .filter(Boolean)
    .map((s) => s[0]!.toUpperCase() + s.slice(1))
    .join('');
}

/**
 * Version 3: version 2's records with the index's lines in their second
 * format: a page's fields gain its paper (empty when none), and an entity
 * is its head, U+0002, the key's pinyin, U+0002, the person's titles joined
 * by U+0003.
 */
export function v3Fixture(pages = 5000, seed = 1): DbFixture {
  return withIndex(
    v1Fixture(pages, seed),
    (p) => [p.url, String(p.lastVisited), clean(p.site), clean(p.title), clean(p.paper ?? '')],
    (m, kind) => [entityHead(m, kind), readingV3(m.key, m.kind !== 'slogan'), m.titles.map(clean).join('\u0003')].join('\u0002'),
  );
}

/** Version 4: version 3's records and some of the reader's corrections. */
export function v4Fixture(pages = 5000, seed = 1): DbFixture {
  const corrections = [
    { key: 'person\u0000刘志仁', at: 1_700_000_000_000, correction: { type: 'not-person', name: '刘志仁' } },
    { key: 'slogan\u0000百城千店', at: 1_700_000_100_000, correction: { type: 'not-slogan', text: '百城千店' } },
  ];
  return { ...v3Fixture(pages, seed), corrections };
}

/** Each released schema version's fixture; the upgrade test asks for one per version. */
export const DB_FIXTURES: Record<SchemaVersion, () => DbFixture> = {
  1: () => v1Fixture(),
  2: () => v2Fixture(),
  3: () => v3Fixture(),
  4: () => v4Fixture(),
};
