import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSeedManifest } from '../../lib/corpus/manifest';
import { GOLD_DIR, SEEDS_DIR } from '../support/paths';

const readManifest = (): unknown => JSON.parse(readFileSync(join(SEEDS_DIR, 'manifest.json'), 'utf8'));

describe('seeds/manifest.json', () => {
  it('is valid', () => {
    expect(() => parseSeedManifest(readManifest())).not.toThrow();
  });

  it('lists exactly the seed texts', () => {
    const listed = parseSeedManifest(readManifest()).map((e) => e.file).sort();
    const present = readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt')).sort();
    expect(listed).toEqual(present);
  });

  it('agrees with the gold annotations on paper, date and place', () => {
    const manifest = parseSeedManifest(readManifest());
    const golds = readdirSync(GOLD_DIR).filter((f) => f.endsWith('.json'));
    expect(golds.length).toBeGreaterThan(0);
    for (const g of golds) {
      const gold = JSON.parse(readFileSync(join(GOLD_DIR, g), 'utf8')) as { doc: string; paper: string; date: string; place: string };
      const entry = manifest.find((e) => e.file === gold.doc);
      expect(entry, gold.doc).toEqual({ file: gold.doc, paper: gold.paper, date: gold.date, city: gold.place });
    }
  });
});

describe('parseSeedManifest', () => {
  const entry = { file: 'a.txt', paper: '湘潭日报', date: '2021-05-21', city: '湘潭' };

  it('returns the entries', () => {
    expect(parseSeedManifest([entry])).toEqual([entry]);
  });

  it.each([
    ['a path instead of a file name', [{ ...entry, file: 'seeds/a.txt' }]],
    ['an impossible date', [{ ...entry, date: '2021-02-30' }]],
    ['a date in another format', [{ ...entry, date: '2021年5月21日' }]],
    ['a missing field', [{ file: 'a.txt', paper: '湘潭日报', date: '2021-05-21' }]],
    ['a file listed twice', [entry, entry]],
    ['something other than a list', { files: [entry] }],
  ])('rejects %s', (_, json) => {
    expect(() => parseSeedManifest(json)).toThrow(/invalid seed manifest/);
  });
});
