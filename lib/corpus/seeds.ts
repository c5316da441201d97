// The build step's file access: reads seeds/manifest.json and the texts it
// lists, for buildCorpusIndex(). Node only (wxt.config.ts, tests).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CorpusSource } from './build';
import { parseSeedManifest } from './manifest';

export function readSeeds(seedsDir: string): CorpusSource[] {
  const manifest = parseSeedManifest(JSON.parse(readFileSync(join(seedsDir, 'manifest.json'), 'utf8')));
  return manifest.map((entry) => ({ ...entry, text: readFileSync(join(seedsDir, entry.file), 'utf8') }));
}
