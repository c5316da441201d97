// The history as a file: JSON in the versioned `tifa-history` format (read
// back by importJson), or CSV with one row per mention for spreadsheets.
// Records are validated as they are read; damaged ones are left out and counted.
import { listCorrections } from './corrections';
import { db } from './database';
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  type ExportedPage,
  ExportedPageSchema,
  type HistoryExport,
  HistoryExportSchema,
  keepValid,
  type MentionRecord,
  MentionRecordSchema,
  type PageRecord,
  PageRecordSchema,
} from './schema';

export interface ExportResult {
  text: string;
  /** Stored records that failed validation and were left out. */
  skipped: number;
}

interface Snapshot {
  pages: { page: PageRecord; mentions: MentionRecord[] }[];
  skipped: number;
}

// One read transaction, so the export is a consistent picture of the history.
async function snapshot(): Promise<Snapshot> {
  const [rawPages, rawMentions] = await db.transaction('r', db.pages, db.mentions, () =>
    Promise.all([db.pages.toArray(), db.mentions.toArray()]),
  );
  const pages = keepValid(PageRecordSchema, rawPages);
  const mentions = keepValid(MentionRecordSchema, rawMentions);
  const byUrl = new Map<string, MentionRecord[]>(pages.valid.map((p) => [p.url, []]));
  let orphans = 0;
  for (const m of mentions.valid) {
    const list = byUrl.get(m.url);
    if (list) list.push(m);
    else orphans++;
  }
  return {
    pages: pages.valid.sort((a, b) => a.firstVisited - b.firstVisited).map((page) => ({ page, mentions: byUrl.get(page.url)! })),
    skipped: pages.skipped + mentions.skipped + orphans,
  };
}

export async function exportJson(now = new Date()): Promise<ExportResult> {
  const { pages, skipped } = await snapshot();
  const corrections = await listCorrections();
  const exported: HistoryExport = HistoryExportSchema.parse({
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    // Parsing strips what import derives again (site, counts) and the record ids.
    pages: pages.map(({ page, mentions }): ExportedPage => ExportedPageSchema.parse({ ...page, mentions })),
    corrections: corrections.map(({ at, correction }) => ({ at, correction })),
  });
  return { text: JSON.stringify(exported, null, 2), skipped };
}

const CSV_HEADER = ['date', 'site', 'url', 'title', 'kind', 'key', 'titles', 'snippet'];

// Page text may begin with `=`, `+`, `-` or `@`, which spreadsheets run as a
// formula; a leading apostrophe keeps it text (OWASP CSV injection advice).
const defuse = (field: string): string => (/^[=+\-@\t\r]/.test(field) ? `'${field}` : field);

/** RFC 4180: quote a field holding a comma, quote or line break, doubling its quotes. */
const quote = (field: string): string => (/[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field);

export async function exportCsv(): Promise<ExportResult> {
  const { pages, skipped } = await snapshot();
  const rows = [CSV_HEADER];
  for (const { page, mentions } of pages) {
    for (const m of mentions) {
      rows.push([
        new Date(page.lastVisited).toISOString(),
        page.site,
        page.url,
        defuse(page.title),
        m.kind,
        defuse(m.key),
        defuse(m.titles.join('、')),
        defuse(m.snippet),
      ]);
    }
  }
  // The byte order mark lets Excel read the Chinese text as UTF-8.
  return { text: `\uFEFF${rows.map((r) => r.map(quote).join(',')).join('\r\n')}\r\n`, skipped };
}
