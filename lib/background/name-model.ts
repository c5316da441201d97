// Loads the bundled name model (person-names.bin, copied there by the build
// after checking it) once per background lifetime and installs it for
// extract(). A model that cannot be loaded is an error every extraction
// reports, never a quiet fall back to worse names.
import { browser } from 'wxt/browser';
import { installNameModel } from '../extract/name-model/current';
import { NameModelError, parseModel } from '../extract/name-model/format';

export const NAME_MODEL_FILE = '/person-names.bin';

let loading: Promise<void> | undefined;

async function fetchNameModel(): Promise<void> {
  let bytes: Uint8Array;
  try {
    const response = await fetch(browser.runtime.getURL(NAME_MODEL_FILE));
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    bytes = new Uint8Array(await response.arrayBuffer());
  } catch (e) {
    throw new NameModelError(`the bundled name model could not be read (${(e as Error).message})`);
  }
  installNameModel(parseModel(bytes));
}

export function loadNameModel(): Promise<void> {
  loading ??= fetchNameModel().catch((e: unknown) => {
    console.error('Tifa:', e);
    loading = undefined; // the next page tries again
    throw e;
  });
  return loading;
}
