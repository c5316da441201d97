// What the popup's views compute from the history, kept apart from rendering
// so it can be tested on its own.
import { HistoryWriteError } from '../../lib/db/errors';
import type { EntityVisit, PersonFound } from '../../lib/db/history';
import type { WriteFailureStatus } from '../../lib/db/write-failure';
import { siteOf } from '../../lib/db/site';
import type { MentionKind } from '../../lib/extract/schema';
import type { Locale, Translate } from '../../lib/i18n';
import { ErrorResponseSchema, type LookupResponse, LookupResponseSchema } from '../../lib/messages';

/** The order the counts of a page are shown in. */
export const KIND_ORDER: readonly MentionKind[] = ['official', 'person', 'amount', 'slogan'];

/** The site Tifa can be switched on or off for, when the tab shows a web page. */
export function tabSite(url: string | undefined): string | undefined {
  if (!url || !/^https?:/i.test(url)) return undefined;
  try {
    return siteOf(url);
  } catch {
    return undefined;
  }
}

/** A failure as the reader should read it: storage full gets its own notice. */
export function errorText(error: unknown, t: Translate): string {
  if (error instanceof HistoryWriteError && error.reason === 'quota') return t('common.storageFull');
  const message = error instanceof Error ? error.message : String(error);
  return t('common.error', { message });
}

/** The background's last failed write, with when it happened. */
export function writeFailureText(failure: WriteFailureStatus, t: Translate, locale: Locale): string {
  const time = new Date(failure.at).toLocaleString(locale === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
  return failure.reason === 'quota'
    ? t('popup.writeFailure.quota', { time })
    : t('popup.writeFailure.failed', { time, message: failure.message });
}

/** The background's reply to a settings change: either the settings or its error, as an Error. */
export function replyError(reply: unknown): Error | undefined {
  const refused = ErrorResponseSchema.safeParse(reply);
  return refused.success ? new Error(refused.data.error) : undefined;
}

/** The background's reply to `entity`, checked: it crosses a process boundary. */
export function parseEntityReply(reply: unknown): LookupResponse {
  const error = replyError(reply);
  if (error) throw error;
  return LookupResponseSchema.parse(reply);
}

/** `tifa-history-2026-11-21.json`: the local date, so files sort by day. */
export function exportFileName(extension: 'json' | 'csv', now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `tifa-history-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.${extension}`;
}

// One formatter per locale: toLocaleDateString builds a new one at every call,
// which costs about half a millisecond; a list of 50 pages would pay it 50 times.
const DAY_FORMATS = new Map<Locale, Intl.DateTimeFormat>();

export function formatDay(epochMs: number, locale: Locale): string {
  let format = DAY_FORMATS.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === 'zh' ? 'zh-CN' : 'en-GB', { year: 'numeric', month: 'short', day: 'numeric' });
    DAY_FORMATS.set(locale, format);
  }
  return format.format(epochMs);
}

/** A page's day as the reader thinks of it: the issue date it shows, else the day of the visit. */
export function pageDay(page: { date?: string; firstVisited: number }, locale: Locale): string {
  return page.date ?? formatDay(page.firstVisited, locale);
}

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Found by name before found by a title only; among the first the shortest name, among the others the most pages. */
function closerFirst(a: PersonFound, b: PersonFound): number {
  if (a.byName !== b.byName) return a.byName ? -1 : 1;
  return (a.byName ? a.name.length - b.name.length : b.pages - a.pages) || byCodeUnits(a.name, b.name);
}

/** The people a search found, closest first. */
export function rankPeople(people: readonly PersonFound[], limit: number): PersonFound[] {
  return [...people].sort(closerFirst).slice(0, limit);
}

/** An official on any page is looked up as an official. */
export function personKind(visits: readonly EntityVisit[]): MentionKind {
  return visits.some((v) => v.mention.kind === 'official') ? 'official' : 'person';
}

/** The titles the latest page gives a person (visits come oldest first). */
export function latestTitles(visits: readonly EntityVisit[]): string[] {
  for (let i = visits.length - 1; i >= 0; i--) {
    const titles = visits[i]!.mention.titles;
    if (titles.length) return titles;
  }
  return [];
}
