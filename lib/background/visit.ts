// What the history keeps of a page the background has just extracted: the
// page, its people with their titles, its slogans, and each entity once with
// its first snippet and its number of occurrences, trimmed to the history's
// limits. Made here rather than in the content script: building it and sending
// it cost the page's main thread 3–4 ms after every pass.
import { snippetAround } from '../corpus/snippet';
import type { Extraction } from '../extract/schema';
import { RECORD_LIMITS, TEXT_LIMITS } from '../limits';
import { PageSchema, type Visit } from '../messages';

const fits = (s: string, max: number): boolean => s.length <= max;
const cut = (s: string, max: number): string => s.slice(0, max);

/** One entry per entity with its first snippet and its number of occurrences. */
function perEntity(text: string, found: Extraction): Visit['mentions'] {
  const byEntity = new Map<string, Visit['mentions'][number] & { occurrences: number }>();
  for (const m of found.mentions) {
    if (!fits(m.key, TEXT_LIMITS.key)) continue;
    const id = `${m.kind}\u0000${m.key}`;
    const entry = byEntity.get(id);
    if (entry) entry.occurrences++;
    // Made for the first mention only: a snippet costs regular expressions, and a long page has thousands of mentions.
    else byEntity.set(id, { kind: m.kind, key: m.key, snippet: cut(snippetAround(text, m.start, m.end), TEXT_LIMITS.snippet), occurrences: 1 });
  }
  return [...byEntity.values()];
}

/** The visit to keep; null when the page cannot be kept (an address the history refuses). */
export function visitOf(page: Visit['page'], text: string, found: Extraction): Visit | null {
  // Page metadata may claim any date; a wrong one is left out rather than losing the page.
  const date = page.date && PageSchema.shape.date.safeParse(page.date).success ? page.date : undefined;
  const visit: Visit = {
    page: {
      url: page.url,
      title: cut(page.title, TEXT_LIMITS.pageTitle),
      ...(page.paper && { paper: cut(page.paper, TEXT_LIMITS.paper) }),
      ...(date && { date }),
    },
    persons: found.persons
      .filter((p) => fits(p.name, TEXT_LIMITS.name))
      .slice(0, RECORD_LIMITS.persons)
      .map((p) => ({
        name: p.name,
        role: p.role,
        titles: p.titles.filter((t) => fits(t, TEXT_LIMITS.title)).slice(0, RECORD_LIMITS.titles),
      })),
    // A slogan is the key of its mentions.
    slogans: found.slogans.map((s) => s.text).filter((s) => fits(s, TEXT_LIMITS.key)).slice(0, RECORD_LIMITS.slogans),
    mentions: perEntity(text, found).slice(0, RECORD_LIMITS.mentions),
  };
  return PageSchema.safeParse(visit.page).success ? visit : null;
}

/** Per page load, the last visit kept (most recent loads last). */
const lastKept = new Map<string, string>();
const LOADS_REMEMBERED = 500;

/**
 * What keeping this visit of this page load is: `kept` already, exactly (a
 * page that changes without changing what Tifa found, a view counter, is not
 * kept again); `update`, the same visit with other findings (the page
 * changed, or its live text was not its copy's: one load is one visit); or a
 * `new` visit (a reload is one). Forgotten when the background restarts.
 */
export function keeping(load: string, visit: Visit): 'kept' | 'update' | 'new' {
  const json = JSON.stringify(visit);
  const before = lastKept.get(load);
  if (before === json) return 'kept';
  lastKept.delete(load);
  lastKept.set(load, json);
  if (lastKept.size > LOADS_REMEMBERED) lastKept.delete(lastKept.keys().next().value!);
  return before === undefined ? 'new' : 'update';
}
