import { describe, expect, it } from 'vitest';
import { extract } from '../../lib/extract';
import { compact, expandMentions } from '../../lib/extract/compact';
import { CompactExtractionSchema } from '../../lib/messages';
import { readSeeds } from '../../lib/corpus/seeds';
import { SEEDS_DIR } from '../support/paths';

describe('the compact extraction a page receives', () => {
  it.each(readSeeds(SEEDS_DIR).map((s) => [s.file, s.text] as const))('%s: expands back to every mention', (_file, text) => {
    const found = extract(text);
    const sent = CompactExtractionSchema.parse(JSON.parse(JSON.stringify(compact(found))));
    expect([...expandMentions(sent, text)]).toEqual(found.mentions);
    expect(sent.entities.length).toBe(new Set(found.mentions.map((m) => `${m.kind} ${m.key}`)).size);
    expect(sent.spans.length).toBe(found.mentions.length * 3);
  });

  it('drops spans outside the text or naming no entity', () => {
    const entities = [{ kind: 'official' as const, key: '曹炯芳' }];
    expect([...expandMentions({ entities, spans: [0, 0, 3, 1, 0, 3, 0, 2, 99, 0, 3, 3, 0, 1] }, '曹炯芳说')]).toEqual([
      { kind: 'official', key: '曹炯芳', text: '曹炯芳', start: 0, end: 3 },
    ]);
  });

  it('is refused when its spans are not all whole numbers', () => {
    const base = { persons: [], amounts: [], slogans: [], entities: [{ kind: 'official', key: '曹炯芳' }] };
    expect(CompactExtractionSchema.safeParse({ ...base, spans: [0, 0, 3] }).success).toBe(true);
    for (const spans of [[0, 0, 3.5], [0, '0', 3], [0, null, 3], [0, Number.NaN, 3], [0, 2 ** 60, 3], '0,0,3', { 0: 0 }, null]) {
      expect(CompactExtractionSchema.safeParse({ ...base, spans }).success, JSON.stringify(spans)).toBe(false);
    }
  });
});
