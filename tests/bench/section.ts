// The shape of a part of `npm run bench`: an async step that prints its own
// tables and returns its part of results.json (top-level keys of its own).
import type { Seed } from './seeds';

export interface BenchContext {
  seeds: readonly Seed[];
  corpusChars: number;
  /** The synthetic article of about a million characters (synthetic.ts), built once. */
  synthetic: string;
}

export type Section = (context: BenchContext) => Promise<Record<string, unknown>>;
