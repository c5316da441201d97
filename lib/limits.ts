// How much a message may carry (lib/messages.ts), as plain numbers: the
// content script trims to these before it has loaded any schema.

/** Longest strings a message may carry, in UTF-16 units; the content script trims to fit. */
export const TEXT_LIMITS = { name: 40, title: 120, key: 200, snippet: 200, pageTitle: 500, paper: 100, url: 2048, site: 253, article: 4_000_000, pageHtml: 8_000_000 } as const;

/** How much one `record` may carry; the content script trims a page's findings to fit. */
export const RECORD_LIMITS = { persons: 2000, titles: 50, slogans: 2000, mentions: 20000 } as const;

/**
 * Past this many characters of text a page is not searched for its article
 * (Readability takes about 30 ms per 100,000 characters and cannot be cut into
 * short tasks): the content script's landmarks are the article.
 */
export const READABILITY_MAX_CHARS = 150_000;
