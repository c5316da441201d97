// An extraction as the background sends it to a page: each entity once, and
// every mention as three integers (entity, start, end). A page with 15 000
// mentions then receives, and validates, a few arrays instead of 15 000 objects.
import type { CompactExtraction } from '../messages';
import type { Extraction, Mention } from './schema';

export function compact(found: Extraction): CompactExtraction {
  const entities: CompactExtraction['entities'] = [];
  const index = new Map<string, number>();
  const spans: number[] = [];
  for (const m of found.mentions) {
    const id = `${m.kind}\u0000${m.key}`;
    let i = index.get(id);
    if (i === undefined) {
      i = entities.push({ kind: m.kind, key: m.key }) - 1;
      index.set(id, i);
    }
    spans.push(i, m.start, m.end);
  }
  return { persons: found.persons, amounts: found.amounts, slogans: found.slogans, entities, spans };
}

/**
 * The mentions of a compact extraction of `text`, one at a time (a page can
 * make ranges of the first while the rest wait); spans that do not fit the
 * text or name no entity are dropped.
 */
export function* expandMentions(found: Pick<CompactExtraction, 'entities' | 'spans'>, text: string): Generator<Mention> {
  for (let i = 0; i + 2 < found.spans.length; i += 3) {
    const entity = found.entities[found.spans[i]!];
    const start = found.spans[i + 1]!;
    const end = found.spans[i + 2]!;
    if (!entity || start < 0 || end <= start || end > text.length) continue;
    yield { kind: entity.kind, key: entity.key, text: text.slice(start, end), start, end };
  }
}
