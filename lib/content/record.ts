// What the history keeps of a pass: the page, its people with their titles,
// its slogans, and each entity's mentions as {kind, key, snippet, occurrences},
// trimmed to what a `record` message may carry.
import { snippetAround } from '../corpus/snippet';
import { RECORD_LIMITS, TEXT_LIMITS } from '../limits';
import { PageSchema, type Request } from '../messages';
import type { Pass } from './annotate';

export type RecordRequest = Extract<Request, { type: 'record' }>;
export type PageInfo = RecordRequest['page'];

const fits = (s: string, max: number): boolean => s.length <= max;
const cut = (s: string, max: number): string => s.slice(0, max);

/**
 * One entry per entity with its first snippet and its number of occurrences:
 * the history keeps no more, and a page with 20 000 marks then sends a message
 * of a few hundred entries instead of blocking the page while it serializes.
 */
function perEntity(pass: Pass): RecordRequest['mentions'] {
  const byEntity = new Map<string, RecordRequest['mentions'][number] & { occurrences: number }>();
  for (const m of pass.mentions) {
    if (!fits(m.key, TEXT_LIMITS.key)) continue;
    const id = `${m.kind}\u0000${m.key}`;
    const entry = byEntity.get(id);
    if (entry) entry.occurrences++;
    // Made for the first mention only: a snippet costs regular expressions, and a long page has thousands of mentions.
    else byEntity.set(id, { kind: m.kind, key: m.key, snippet: cut(snippetAround(pass.text, m.start, m.end), TEXT_LIMITS.snippet), occurrences: 1 });
  }
  return [...byEntity.values()];
}

/** The `record` message for a pass; null when the page cannot be recorded (an address the schema refuses). */
export function recordRequest(page: PageInfo, pass: Pass): RecordRequest | null {
  // Page metadata may claim any date; a wrong one is left out rather than losing the page.
  const date = page.date && PageSchema.shape.date.safeParse(page.date).success ? page.date : undefined;
  const request: RecordRequest = {
    type: 'record',
    page: {
      url: page.url,
      title: cut(page.title, TEXT_LIMITS.pageTitle),
      ...(page.paper && { paper: cut(page.paper, TEXT_LIMITS.paper) }),
      ...(date && { date }),
    },
    persons: [...pass.persons.values()]
      .filter((p) => fits(p.name, TEXT_LIMITS.name))
      .slice(0, RECORD_LIMITS.persons)
      .map((p) => ({
        name: p.name,
        role: p.role,
        titles: p.titles.filter((t) => fits(t, TEXT_LIMITS.title)).slice(0, RECORD_LIMITS.titles),
      })),
    // A slogan is the key of its mentions.
    slogans: [...pass.slogans.keys()].filter((s) => fits(s, TEXT_LIMITS.key)).slice(0, RECORD_LIMITS.slogans),
    mentions: perEntity(pass).slice(0, RECORD_LIMITS.mentions),
  };
  // Everything else is trimmed to fit above; parsing thousands of mentions again would block the page.
  return PageSchema.safeParse(request.page).success ? request : null;
}
