// Scores predictions with the project's own scorer, ../shared/eval/score.mjs,
// so the accuracy test and the bench report exactly the figures it prints.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Amount, Person, Slogan } from '../../lib/extract/schema';
import { GOLD_DIR, SHARED } from './paths';

/**
 * What score.mjs reads from a prediction; an Extraction is one. A peer that
 * finds names only leaves role and titles out: its names score, and its
 * officials recall, but not its titles or roles.
 */
export interface Prediction {
  persons?: readonly (Pick<Person, 'name'> & Partial<Pick<Person, 'role' | 'titles'>>)[];
  amounts?: readonly Pick<Amount, 'kind' | 'unit' | 'value' | 'min' | 'max'>[];
  slogans?: readonly Pick<Slogan, 'text'>[];
}

export interface AreaScore {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

export interface Score {
  documents: number;
  persons: AreaScore;
  officials: AreaScore;
  titles: AreaScore;
  roleAccuracy: number;
  amounts: AreaScore;
  money: AreaScore;
  slogans: AreaScore;
}

/** Runs score.mjs --json over predictions keyed by document file name (`000_….txt`). */
export function score(predictions: ReadonlyMap<string, Prediction>, goldDir: string = GOLD_DIR): Score {
  const dir = mkdtempSync(join(tmpdir(), 'tifa-pred-'));
  try {
    for (const [doc, prediction] of predictions) writeFileSync(join(dir, doc.replace(/\.txt$/, '.json')), JSON.stringify(prediction));
    const out = execFileSync(process.execPath, [join(SHARED, 'eval', 'score.mjs'), '--gold', goldDir, '--pred', dir, '--json'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return JSON.parse(out.slice(out.indexOf('{'), out.lastIndexOf('}') + 1)) as Score;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
