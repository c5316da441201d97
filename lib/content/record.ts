// What the history keeps of a pass: the page, its people with their titles,
// its slogans, and each entity's mentions as {kind, key, snippet, occurrences},
// trimmed to what a `record` message may carry.
import { PageMentionSchema, PagePersonSchema, PageSchema, RECORD_LIMITS, type Request } from '../messages';
import type { Pass } from './annotate';

export type RecordRequest = Extract<Request, { type: 'record' }>;
export type PageInfo = RecordRequest['page'];

const fits = (s: string, schema: { maxLength: number | null }): boolean => s.length <= (schema.maxLength ?? Infinity);
const cut = (s: string, schema: { maxLength: number | null }): string => s.slice(0, schema.maxLength ?? undefined);

/**
 * One entry per entity with its first snippet and its number of occurrences:
 * the history keeps no more, and a page with 20 000 marks then sends a message
 * of a few hundred entries instead of blocking the page while it serializes.
 */
function perEntity(mentions: Pass['mentions']): RecordRequest['mentions'] {
  const byEntity = new Map<string, RecordRequest['mentions'][number] & { occurrences: number }>();
  for (const m of mentions) {
    const id = `${m.kind}\u0000${m.key}`;
    const entry = byEntity.get(id);
    if (entry) entry.occurrences++;
    else byEntity.set(id, { kind: m.kind, key: m.key, snippet: cut(m.snippet, PageMentionSchema.shape.snippet), occurrences: 1 });
  }
  return [...byEntity.values()];
}

/** The `record` message for a pass; null when the page cannot be recorded (an address the schema refuses). */
export function recordRequest(page: PageInfo, pass: Pass): RecordRequest | null {
  const { name, titles } = PagePersonSchema.shape;
  // Page metadata may claim any date; a wrong one is left out rather than losing the page.
  const date = page.date && PageSchema.shape.date.safeParse(page.date).success ? page.date : undefined;
  const request: RecordRequest = {
    type: 'record',
    page: {
      url: page.url,
      title: cut(page.title, PageSchema.shape.title),
      ...(page.paper && { paper: cut(page.paper, PageSchema.shape.paper.unwrap()) }),
      ...(date && { date }),
    },
    persons: [...pass.persons.values()]
      .filter((p) => fits(p.name, name))
      .slice(0, RECORD_LIMITS.persons)
      .map((p) => ({
        name: p.name,
        role: p.role,
        titles: p.titles.filter((t) => fits(t, titles.element)).slice(0, RECORD_LIMITS.titles),
      })),
    // A slogan is the key of its mentions.
    slogans: [...pass.slogans.keys()].filter((s) => fits(s, PageMentionSchema.shape.key)).slice(0, RECORD_LIMITS.slogans),
    mentions: perEntity(pass.mentions.filter((m) => fits(m.key, PageMentionSchema.shape.key))).slice(0, RECORD_LIMITS.mentions),
  };
  // Everything else is trimmed to fit above; parsing thousands of mentions again would block the page.
  return PageSchema.safeParse(request.page).success ? request : null;
}
