// The background's context for unit tests: an empty corpus, the installed
// name model, the page reader on linkedom, a write-failure log in memory.
// Each test overrides what it watches (the clock, the settings callback).
import type { HandlerContext } from '../../lib/background/handler';
import { buildCorpusIndex } from '../../lib/corpus/build';
import { indexCorpus } from '../../lib/corpus/lookup';
import { WriteFailureLog } from '../../lib/db/write-failure';
import { readPageInNode } from './page-reader';
import { memoryArea } from './status-area';

export function backgroundContext(overrides: Partial<HandlerContext> = {}): HandlerContext {
  return {
    corpus: () => Promise.resolve(indexCorpus(buildCorpusIndex([]))),
    nameModel: () => Promise.resolve(),
    extensionRoot: 'chrome-extension://tifa/',
    now: () => 0,
    writeFailures: new WriteFailureLog(memoryArea()),
    settingsChanged: () => undefined,
    readPage: readPageInNode,
    ...overrides,
  };
}
