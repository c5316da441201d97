// Reads a `tifa-history` export back into the history. Everything is checked
// before anything is written; then all pages are merged in one transaction,
// so a bad file or a failed write leaves the history as it was.
//
// Merging a page already known: earliest firstVisited, latest lastVisited,
// and the larger visit count (not the sum, so importing the same file twice
// changes nothing); title, paper, date and mentions come from whichever copy
// was visited last. The reader's corrections come along: of two about one
// thing, the later stays.
import { db } from './database';
import { pathOf } from '../zod-messages';
import { guardWrite } from './errors';
import { loadReadings } from './pinyin';
import { countKinds, HISTORY_TABLES, writePages } from './history';
import { correctionKey } from './corrections';
import {
  CorrectionRecordSchema,
  EXPORT_FORMAT,
  EXPORT_VERSION,
  type ExportedCorrection,
  type ExportedPage,
  HistoryExportSchema,
  type MentionRecord,
  MentionRecordSchema,
  type PageRecord,
  PageRecordSchema,
} from './schema';
import { pageKey, siteOf } from './site';

export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
const MAX_REPORTED_ISSUES = 20;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export interface ImportResult {
  /** Pages new to the history. */
  added: number;
  /** Pages already known that the import changed. */
  updated: number;
  /** Why the file was refused; when not empty, nothing was written. */
  errors: string[];
}

/** UTF-8 size without encoding the whole text. */
function exceedsBytes(text: string, max: number): boolean {
  if (text.length > max) return true;
  if (text.length * 3 <= max) return false;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A surrogate pair (4 bytes) counts 2 + 2.
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdfff ? 2 : 3;
    if (bytes > max) return true;
  }
  return false;
}

class ForbiddenKeyError extends Error {}

type Parsed = { ok: true; pages: ExportedPage[]; corrections: ExportedCorrection[] } | { ok: false; errors: string[] };

export function parseHistoryExport(text: string): Parsed {
  const fail = (...errors: string[]): Parsed => ({ ok: false, errors });
  if (exceedsBytes(text, MAX_IMPORT_BYTES)) return fail(`The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB.`);
  let json: unknown;
  try {
    json = JSON.parse(text, (key, value: unknown) => {
      // Such keys could reach an object's prototype once the data is copied around.
      if (FORBIDDEN_KEYS.has(key)) throw new ForbiddenKeyError(key);
      return value;
    });
  } catch (e) {
    if (e instanceof ForbiddenKeyError) return fail(`The file contains the key "${e.message}", which Tifa refuses.`);
    return fail(`The file is not valid JSON (${e instanceof Error ? e.message : String(e)}).`);
  }
  const head = typeof json === 'object' && json !== null ? (json as Record<string, unknown>) : {};
  if (head.format !== EXPORT_FORMAT) return fail(`This is not a Tifa history export (no "format": "${EXPORT_FORMAT}").`);
  if (head.version !== EXPORT_VERSION) {
    const newer = typeof head.version === 'number' && head.version > EXPORT_VERSION;
    return fail(
      newer
        ? `This export comes from a newer Tifa (version ${head.version}); this Tifa reads version ${EXPORT_VERSION}.`
        : `Unknown export version ${JSON.stringify(head.version) ?? 'missing'}; this Tifa reads version ${EXPORT_VERSION}.`,
    );
  }
  const result = HistoryExportSchema.safeParse(json);
  if (!result.success) {
    const issues = result.error.issues;
    const lines = issues.slice(0, MAX_REPORTED_ISSUES).map((i) => `${pathOf(i) || 'file'}: ${i.message}`);
    if (issues.length > MAX_REPORTED_ISSUES) lines.push(`… and ${issues.length - MAX_REPORTED_ISSUES} more problems.`);
    return fail(...lines);
  }
  return { ok: true, pages: result.data.pages, corrections: result.data.corrections ?? [] };
}

type Visits = Pick<ExportedPage, 'firstVisited' | 'lastVisited' | 'visits'>;

/** Two copies' visits as one (the rule at the top), and whether `b` is the copy visited last. */
function mergeVisits(a: Visits, b: Visits): Visits & { bIsLatest: boolean } {
  return {
    firstVisited: Math.min(a.firstVisited, b.firstVisited),
    lastVisited: Math.max(a.lastVisited, b.lastVisited),
    visits: Math.max(a.visits, b.visits),
    bIsLatest: b.lastVisited > a.lastVisited,
  };
}

function toRecords(page: ExportedPage): { page: PageRecord; mentions: MentionRecord[] } {
  const { mentions, ...visit } = page;
  return {
    page: PageRecordSchema.parse({ ...visit, site: siteOf(visit.url), counts: countKinds(mentions) }),
    mentions: mentions.map((m) => MentionRecordSchema.parse({ ...m, url: visit.url })),
  };
}

/** The file's corrections beside the stored ones: of two about one thing, the later stays. */
async function mergeCorrections(incoming: readonly ExportedCorrection[]): Promise<void> {
  for (const { at, correction } of incoming) {
    const key = correctionKey(correction);
    const stored = CorrectionRecordSchema.safeParse(await db.corrections.get(key));
    if (!stored.success || stored.data.at < at) await db.corrections.put({ key, at, correction });
  }
}

/** Imports an export file's text. Throws HistoryWriteError when the write fails (nothing is written then). */
export async function importJson(text: string): Promise<ImportResult> {
  const parsed = parseHistoryExport(text);
  if (!parsed.ok) return { added: 0, updated: 0, errors: parsed.errors };

  // The same page twice in one file is merged first.
  const incoming = new Map<string, ExportedPage>();
  for (const p of parsed.pages) {
    const page = { ...p, url: pageKey(p.url) };
    const seen = incoming.get(page.url);
    if (!seen) incoming.set(page.url, page);
    else {
      const { bIsLatest, ...visits } = mergeVisits(seen, page);
      incoming.set(page.url, { ...(bIsLatest ? page : seen), ...visits });
    }
  }

  // The pages' lines in the search index need pinyin-pro, which cannot be loaded inside the transaction.
  await loadReadings();
  return guardWrite(() =>
    db.transaction('rw', [...HISTORY_TABLES, db.corrections], async () => {
      await mergeCorrections(parsed.corrections);
      const urls = [...incoming.keys()];
      const stored = await db.pages.bulkGet(urls);
      let added = 0;
      let updated = 0;
      // Written together at the end, so each bucket of the search index is rewritten once.
      const writes: ReturnType<typeof toRecords>[] = [];
      for (const [i, url] of urls.entries()) {
        const page = incoming.get(url)!;
        const old = PageRecordSchema.safeParse(stored[i]);
        if (!old.success) {
          added++;
          writes.push(toRecords(page));
          continue;
        }
        const prev = old.data;
        const { bIsLatest, ...visits } = mergeVisits(prev, page);
        if (!bIsLatest && visits.firstVisited === prev.firstVisited && visits.visits === prev.visits) continue;
        updated++;
        if (bIsLatest) writes.push(toRecords({ ...page, ...visits }));
        // Only the first visit and the count change: the page's line in the search index stays right.
        else await db.pages.put(PageRecordSchema.parse({ ...prev, ...visits }));
      }
      await writePages(writes);
      return { added, updated, errors: [] };
    }),
  );
}
