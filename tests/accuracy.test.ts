// The accuracy gate: the extractors' output on the hand-annotated seeds,
// scored by ../shared/eval/score.mjs, must stay above the thresholds of issues 2 and 11.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../lib/extract';
import { loadGold } from './support/gold';
import { SEEDS_DIR } from './support/paths';
import { score } from './support/score';

const THRESHOLDS = [
  ['persons', 'f1', 0.93],
  ['officials', 'recall', 0.95],
  ['titles', 'f1', 0.9],
  ['amounts', 'f1', 0.95],
  ['money', 'f1', 0.97],
  ['slogans', 'f1', 0.95],
] as const;

describe('accuracy on ../shared/eval/gold', () => {
  const predictions = new Map(loadGold().map((g) => [g.doc, extract(readFileSync(join(SEEDS_DIR, g.doc), 'utf8'))]));
  const figures = score(predictions);
  console.log('accuracy:', THRESHOLDS.map(([area, metric]) => `${area} ${metric}=${figures[area][metric]}`).join(', '));

  it('scores every gold document', () => {
    expect(figures.documents).toBe(predictions.size);
  });
  it.each(THRESHOLDS)('%s %s ≥ %s', (area, metric, min) => {
    expect(figures[area][metric]).toBeGreaterThanOrEqual(min);
  });
});
