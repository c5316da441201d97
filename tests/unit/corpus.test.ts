import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorpusIndex, type CorpusSource } from '../../lib/corpus/build';
import { indexCorpus } from '../../lib/corpus/lookup';
import { parseSeedManifest } from '../../lib/corpus/manifest';
import { parseCorpusIndex } from '../../lib/corpus/schema';
import { readSeeds } from '../../lib/corpus/seeds';
import { snippetAround } from '../../lib/corpus/snippet';
import { extract } from '../../lib/extract';
import { SEEDS_DIR } from '../support/paths';

describe('the corpus index of the seeds', () => {
  const seeds = readSeeds(SEEDS_DIR);
  const index = buildCorpusIndex(seeds);
  const lookup = indexCorpus(index);

  it('is valid and survives JSON', () => {
    expect(parseCorpusIndex(JSON.parse(JSON.stringify(index)))).toEqual(index);
  });

  it('describes each document as the manifest does', () => {
    const manifest = parseSeedManifest(JSON.parse(readFileSync(join(SEEDS_DIR, 'manifest.json'), 'utf8')));
    expect(index.docs).toEqual(manifest);
  });

  it('holds every person extract() finds in each seed, with the same titles and a snippet naming them', () => {
    let checked = 0;
    for (const seed of seeds) {
      for (const p of extract(seed.text).persons) {
        const entry = lookup.persons.get(p.name)?.docs.find((d) => d.doc === seed.file);
        expect(entry, `${p.name} in ${seed.file}`).toBeDefined();
        expect(entry!.titles).toEqual(p.titles);
        expect(entry!.snippet).toContain(p.name);
        if (p.role === 'official') expect(lookup.persons.get(p.name)!.role).toBe('official');
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('holds every slogan extract() finds in each seed, with a snippet showing it', () => {
    let checked = 0;
    for (const seed of seeds) {
      for (const s of extract(seed.text).slogans) {
        const slogan = lookup.slogans.get(s.text);
        expect(slogan?.kind, s.text).toBe(s.kind);
        expect(slogan?.gloss).toBe(s.gloss);
        const entry = slogan!.docs.find((d) => d.doc === seed.file);
        expect(entry, `${s.text} in ${seed.file}`).toBeDefined();
        // The snippet is cut from the original text, where `3＋3＋2` may be printed full-width.
        expect(entry!.snippet.length).toBeGreaterThan(s.text.length);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('holds nothing extract() does not find', () => {
    const found = new Map(seeds.map((s) => [s.file, extract(s.text)]));
    for (const p of index.persons) {
      for (const d of p.docs) expect(found.get(d.doc)!.persons.map((x) => x.name), `${p.name} in ${d.doc}`).toContain(p.name);
    }
    for (const s of index.slogans) {
      for (const d of s.docs) expect(found.get(d.doc)!.slogans.map((x) => x.text), `${s.text} in ${d.doc}`).toContain(s.text);
    }
  });

  it('lists the people of each document', () => {
    for (const seed of seeds) {
      expect([...lookup.namesByDoc.get(seed.file)!].sort()).toEqual(extract(seed.text).persons.map((p) => p.name).sort());
    }
  });
});

describe('buildCorpusIndex', () => {
  const doc = (file: string, text: string, date = '2021-05-21'): CorpusSource => ({ file, paper: '湘潭日报', date, city: '湘潭', text });

  it('joins one person across documents, an official anywhere being an official', () => {
    const index = buildCorpusIndex([
      doc('a.txt', '记者张三报道。市长曹炯芳出席会议。'),
      doc('b.txt', '市委书记、市人大常委会主任曹炯芳讲话。', '2023-05-19'),
    ]);
    const person = index.persons.find((p) => p.name === '曹炯芳');
    expect(person?.role).toBe('official');
    expect(person?.docs.map((d) => [d.doc, d.titles])).toEqual([
      ['a.txt', ['市长']],
      ['b.txt', ['市委书记', '市人大常委会主任']],
    ]);
  });

  it('is empty for no documents', () => {
    expect(buildCorpusIndex([])).toEqual({ version: 1, docs: [], persons: [], slogans: [] });
  });
});

describe('parseCorpusIndex', () => {
  const valid = { version: 1, docs: [{ file: 'a.txt', paper: 'p', date: '2021-05-21', city: 'c' }], persons: [], slogans: [] };

  it.each([
    ['another version', { ...valid, version: 2 }],
    ['a person in an unknown document', { ...valid, persons: [{ name: '曹炯芳', role: 'official', docs: [{ doc: 'x.txt', titles: [], snippet: '' }] }] }],
    ['a slogan without a kind', { ...valid, slogans: [{ text: '三高四新', docs: [] }] }],
    ['something else', []],
  ])('rejects %s', (_, json) => {
    expect(() => parseCorpusIndex(json)).toThrow(/invalid corpus index/);
  });
});

describe('snippetAround', () => {
  it('keeps about twenty characters either side, marking the cuts and collapsing white space', () => {
    const text = `${'甲'.repeat(30)}\n\n  曹炯芳  \n${'乙'.repeat(30)}`;
    const start = text.indexOf('曹');
    expect(snippetAround(text, start, start + 3, 5)).toBe('…甲 曹炯芳 乙乙…');
  });

  it('drops in-line gaps between Han characters, as the extractors do', () => {
    expect(snippetAround('部长刘 永珍出席', 2, 6)).toBe('部长刘永珍出席');
  });

  it('has no ellipsis where the text ends', () => {
    expect(snippetAround('曹炯芳表示', 0, 3)).toBe('曹炯芳表示');
  });

  it('never splits a character outside the BMP', () => {
    const text = `𠀀${'甲'.repeat(4)}`; // U+20000 is two UTF-16 units
    expect(snippetAround(text, 3, 4, 2)).toBe('𠀀甲甲甲甲');
  });
});
