// Accuracy on ../shared/eval/unseen: 24 articles Tifa was never built on
// (national wires, eight other provinces, Hunan, Hong Kong/Macau/Taiwan in
// traditional script, appointments, business, sport and culture). A measuring
// stick only: no rule is written for one of its answers.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extract } from '../lib/extract';
import { SHARED } from './support/paths';
import { score } from './support/score';

const UNSEEN = join(SHARED, 'eval', 'unseen');
const GOLD = join(UNSEEN, 'gold');

const docs = readdirSync(GOLD)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => {
    const gold = JSON.parse(readFileSync(join(GOLD, f), 'utf8')) as { doc: string; category: string };
    return { file: f, doc: gold.doc, category: gold.category };
  });
const predictions = new Map(docs.map((d) => [d.doc, extract(readFileSync(join(UNSEEN, 'texts', d.doc), 'utf8'))]));

/** Scores one category by giving score.mjs a gold folder of that category's files. */
const temp: string[] = [];
function scoreCategory(category: string) {
  const dir = mkdtempSync(join(tmpdir(), 'tifa-unseen-'));
  temp.push(dir);
  const chosen = docs.filter((d) => d.category === category);
  for (const d of chosen) writeFileSync(join(dir, d.file), readFileSync(join(GOLD, d.file)));
  return score(new Map(chosen.map((d) => [d.doc, predictions.get(d.doc)!])), dir);
}

describe('accuracy on the unseen articles (../shared/eval/unseen)', () => {
  afterAll(() => temp.forEach((d) => rmSync(d, { recursive: true, force: true })));
  const all = score(predictions, GOLD);
  const line = (name: string, s: ReturnType<typeof score>) =>
    `${name.padEnd(14)} persons P ${s.persons.precision} R ${s.persons.recall} F1 ${s.persons.f1}, officials R ${s.officials.recall}, titles F1 ${s.titles.f1}, roles ${s.roleAccuracy}, ` +
    `amounts F1 ${s.amounts.f1}, slogans P ${s.slogans.precision} R ${s.slogans.recall} F1 ${s.slogans.f1}`;
  console.log(['unseen articles:', line('all', all), ...[...new Set(docs.map((d) => d.category))].map((c) => line(c, scoreCategory(c)))].join('\n'));

  it('scores all 24 articles', () => {
    expect(all.documents).toBe(24);
  });
  it('persons F1 ≥ 0.93', () => {
    expect(all.persons.f1).toBeGreaterThanOrEqual(0.93);
  });
  it('officials recall ≥ 0.95', () => {
    expect(all.officials.recall).toBeGreaterThanOrEqual(0.95);
  });
  it('amounts F1 ≥ 0.98', () => {
    expect(all.amounts.f1).toBeGreaterThanOrEqual(0.98);
  });
  it('slogans recall ≥ 0.85 at precision ≥ 0.90', () => {
    expect(all.slogans.recall).toBeGreaterThanOrEqual(0.85);
    expect(all.slogans.precision).toBeGreaterThanOrEqual(0.9);
  });
});
