// Where a page says its main content is, in the order trusted, for when Readability finds nothing.
export const FALLBACK_SELECTORS = ['article', '[role=article]', 'main'];
