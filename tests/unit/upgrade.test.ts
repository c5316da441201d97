// Every released schema of the history database, filled with its fixture and
// opened with the current TifaDb: every record must come through the upgrade
// unchanged (or as that version's .upgrade() means it to) and still read.
import 'fake-indexeddb/auto';
import { isDeepStrictEqual } from 'node:util';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { TifaDb } from '../../lib/db/database';
import { keepValid, MentionRecordSchema, PageRecordSchema, SearchBucketSchema, SettingsRecordSchema } from '../../lib/db/schema';
import { SCHEMA_VERSIONS, type SchemaVersion } from '../../lib/db/versions';
import { DB_FIXTURES, type DbFixture } from '../support/db-fixtures';

const VERSIONS = Object.keys(SCHEMA_VERSIONS).map(Number) as SchemaVersion[];
const LATEST = Math.max(...VERSIONS) as SchemaVersion;
const CURRENT_SCHEMAS = { pages: PageRecordSchema, mentions: MentionRecordSchema, settings: SettingsRecordSchema, search: SearchBucketSchema };

/** A database as the release with schema `version` made it. */
async function createAt(name: string, version: SchemaVersion, fixture: DbFixture): Promise<void> {
  const old = new Dexie(name);
  for (const v of VERSIONS.filter((v) => v <= version)) old.version(v).stores(SCHEMA_VERSIONS[v]);
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    for (const [table, records] of Object.entries(fixture)) await old.table(table).bulkAdd(records);
  });
  old.close();
}

describe('upgrading the history database', () => {
  it('declares every released version in TifaDb, the latest last', () => {
    expect(new TifaDb('tifa-versions').verno).toBe(LATEST);
  });

  it.each(VERSIONS)('keeps every record of a version %i database', async (version) => {
    const name = `tifa-upgrade-from-${version}`;
    const fixture = DB_FIXTURES[version]();
    await createAt(name, version, fixture);
    // The search index is derived from the rest: an older one is rebuilt as the latest version stores it.
    const expected: DbFixture = version < LATEST ? { ...fixture, search: DB_FIXTURES[LATEST]().search! } : fixture;

    const current = new TifaDb(name);
    await current.open();
    expect(current.verno).toBe(LATEST);
    const stored: DbFixture = {};
    for (const table of Object.keys(expected)) stored[table] = await current.table(table).toArray();

    // A page is lost when it is missing, changed, or any of its mentions is.
    const mentionsOf = (records: DbFixture) => {
      const byUrl = new Map<unknown, unknown[]>();
      for (const m of records.mentions ?? []) byUrl.set(m.url, [...(byUrl.get(m.url) ?? []), m]);
      return byUrl;
    };
    const before = mentionsOf(fixture);
    const after = mentionsOf(stored);
    const storedPages = new Map((stored.pages ?? []).map((p) => [p.url, p]));
    const lost = fixture.pages!.filter(
      (p) => !isDeepStrictEqual(storedPages.get(p.url), p) || !isDeepStrictEqual(after.get(p.url), before.get(p.url)),
    ).length;
    console.log(`upgrade ${lost} lost of ${fixture.pages!.length}`);

    expect(fixture.pages!.length).toBeGreaterThanOrEqual(5000);
    expect(lost).toBe(0);
    for (const table of Object.keys(expected)) {
      expect(stored[table], table).toHaveLength(expected[table]!.length);
      expect(stored[table], table).toEqual(expected[table]);
    }
    // And today's code reads all of it.
    for (const [table, schema] of Object.entries(CURRENT_SCHEMAS)) {
      expect(keepValid(schema as typeof PageRecordSchema, stored[table] ?? []).skipped, table).toBe(0);
    }
    current.close();
  });
});
