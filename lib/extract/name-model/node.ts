// The name model from its file, for everything that runs on Node (CLI, corpus
// build, tests, bench). A missing or corrupt file is an error that names the
// file; nothing falls back to extraction without the model.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { NameModelError, parseModel, type NameModel } from './format';

export const MODEL_PATH = fileURLToPath(new URL('./person-names.bin', import.meta.url));

export function readNameModel(path: string = MODEL_PATH): NameModel {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw new NameModelError(`the name model file ${path} cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}): run \`npm run train\``);
  }
  try {
    return parseModel(bytes);
  } catch (e) {
    throw new NameModelError(`${path}: ${(e as Error).message}`);
  }
}
