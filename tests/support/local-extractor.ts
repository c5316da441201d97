// The content script's Extractor without a background: extract() in this
// process, compacted as the background compacts it.
import type { Extractor } from '../../lib/content/annotate';
import { extract, type ExtractOptions } from '../../lib/extract';
import { compact } from '../../lib/extract/compact';

export const localExtractor =
  (options: ExtractOptions = {}): Extractor =>
  async (text) =>
    compact(extract(text, options));
