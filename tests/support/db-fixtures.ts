// A fixture for every released schema of the history database: its records
// exactly as that version stored them. Thousands of pages are megabytes of
// JSON, so instead of a file each fixture is generated, seeded and
// deterministic: this code is the fixture. The record shapes below are
// written out rather than taken from lib/db/schema.ts so that a later schema
// change cannot change what "as version 1 stored it" means. The entities come
// from the seeds through extract(), so the texts are real news text.
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

const KIND_CODES_V2: Partial<Record<Kind, string>> = { official: 'o', person: 'p', slogan: 's' };
const ROLE_CODES_V2: Record<Role, string> = { official: 'o', business: 'b', professional: 'p', journalist: 'j', citizen: 'c' };

/**
 * Version 2: version 1's records and the search index over them. A page's
 * line is its url, lastVisited, site and title, then for each person and
 * slogan a kind code, a role code (`-` for none) and the key, sorted; fields
 * joined by U+0001, control characters in them read as spaces. Lines go to
 * bucket FNV-1a(url) mod 32, joined by `\n` in url order.
 */
export function v2Fixture(pages = 5000, seed = 1): DbFixture {
  const v1 = v1Fixture(pages, seed);
  const clean = (s: string) => s.replace(/[\u0000-\u001f\u007f]/g, ' ');
  const entities = new Map<string, string[]>();
  for (const m of v1.mentions as MentionV1[]) {
    const kind = KIND_CODES_V2[m.kind];
    if (!kind) continue;
    const list = entities.get(m.url) ?? [];
    entities.set(m.url, list);
    list.push(kind + (m.role ? ROLE_CODES_V2[m.role] : '-') + clean(m.key));
  }
  const buckets = new Map<number, string[]>();
  for (const p of v1.pages as PageV1[]) {
    let h = 0x811c9dc5;
    for (let i = 0; i < p.url.length; i++) h = Math.imul(h ^ p.url.charCodeAt(i), 0x01000193);
    const bucket = (h >>> 0) % 32;
    const line = [p.url, String(p.lastVisited), clean(p.site), clean(p.title), ...(entities.get(p.url) ?? []).sort()].join('\u0001');
    const lines = buckets.get(bucket) ?? [];
    buckets.set(bucket, lines);
    lines.push(line);
  }
  const search: SearchBucketV2[] = [...buckets]
    .sort((a, b) => a[0] - b[0])
    .map(([bucket, lines]) => ({ bucket, lines: lines.sort().join('\n') }));
  return { ...v1, search };
}

/** Each released schema version's fixture; the upgrade test asks for one per version. */
export const DB_FIXTURES: Record<SchemaVersion, () => DbFixture> = { 1: () => v1Fixture(), 2: () => v2Fixture() };
