// The checks the content script runs on the background's replies are
// generated from the reply schemas (lib/reply-checks): the file is what the
// schemas give today, and on real replies, and on every way of breaking them
// this test tries, a check says yes exactly when zod's parse does.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type * as z from 'zod/mini';
import { handleMessage, type Sender } from '../../lib/background/handler';
import { buildCorpusIndex } from '../../lib/corpus/build';
import { indexCorpus } from '../../lib/corpus/lookup';
import { readSeeds } from '../../lib/corpus/seeds';
import { DEFAULT_SETTINGS, displayOf } from '../../lib/db/settings';
import type { Request } from '../../lib/messages';
import * as checks from '../../lib/reply-checks';
import { CHECKED, GENERATED_PATH, generateChecks } from '../../lib/reply-checks/generate';
import { newsPageHtml, seedArticle } from '../e2e/harness/news-page';
import { backgroundContext } from '../support/background-context';
import { SEEDS_DIR } from '../support/paths';

type Name = keyof typeof CHECKED;

it('checks.generated.ts is what the schemas give (`npm run generate` rewrites it)', () => {
  expect(readFileSync(GENERATED_PATH, 'utf8')).toBe(generateChecks());
});

const seeds = readSeeds(SEEDS_DIR);
const ctx = backgroundContext({ corpus: () => Promise.resolve(indexCorpus(buildCorpusIndex(seeds))) });
const tab: Sender = { tab: { incognito: false }, url: 'https://news.example.cn/a.html' };
const send = (request: Request): Promise<unknown> => handleMessage(request, tab, ctx);

/** Real replies of the background, and real messages to a tab: the samples each check is tried on. */
async function samples(): Promise<[Name, unknown][]> {
  const url = 'https://www.xtrb.cn/epaper/2021/0521/a.html';
  const extraction = await send({ type: 'extract', url, text: seeds[0]!.text, page: { title: '湘潭日报', paper: '湘潭日报', date: '2021-05-21', load: 'l1' } });
  const page = newsPageHtml(seedArticle('001'));
  return [
    ['isPageStartResponse', await send({ type: 'page-start', url })],
    ['isPageStartResponse', { enabled: true, display: displayOf(DEFAULT_SETTINGS) }],
    ['isPageStartResponse', { enabled: false }],
    ['isReadPageResponse', await send({ type: 'read-page', url, html: page, whole: true })],
    ['isReadPageResponse', await send({ type: 'read-page', url, html: '<html><body><p>x</p></body></html>', whole: true })],
    ['isReadPageResponse', await handleMessage({ type: 'read-page', url, html: page, whole: true }, { ...tab, tab: { incognito: true } }, ctx)],
    ['isCompactExtraction', extraction],
    ['isCompactExtraction', await send({ type: 'extract', url, text: seeds[2]!.text })],
    ['isLookupResponse', await send({ type: 'lookup', kind: 'official', key: '曹炯芳', url })],
    ['isLookupResponse', await send({ type: 'lookup', kind: 'slogan', key: '三高四新', url })],
    ['isLookupResponse', await send({ type: 'entity', kind: 'amount', key: 'CNY:4080000000' })],
    ['isCorrectionResponse', { corrected: 'not-person:张三' }],
    ['isContentMessage', { type: 'show-card', key: '曹炯芳' }],
    ['isContentMessage', { type: 'toggle-highlights' }],
    ['isContentMessage', { type: 'settings-changed' }],
  ];
}

const ODD_VALUES: unknown[] = [null, undefined, true, 0, -1, 1.5, 2 ** 60, '', 'x', '2021-02-30', '曹'.repeat(10_001), [], [1, 'a'], {}, { type: 'x' }];

/** Every value at every path of `value`, replaced by each odd value, deleted, or beside an unknown key. */
function* broken(value: unknown): Generator<unknown> {
  for (const odd of ODD_VALUES) yield odd;
  if (Array.isArray(value)) {
    // The first two items stand for the rest: every item has the same schema.
    for (let i = 0; i < Math.min(value.length, 2); i++) {
      for (const b of broken(value[i])) yield value.map((v, j) => (j === i ? b : v));
    }
    yield [...value, ...ODD_VALUES.slice(0, 3)];
  } else if (value && typeof value === 'object') {
    const entries = Object.entries(value);
    for (const [key, v] of entries) {
      for (const b of broken(v)) yield { ...value, [key]: b };
      yield Object.fromEntries(entries.filter(([k]) => k !== key));
    }
    yield { ...value, unknownKey: 1 };
  }
}

const schemaOf = (name: Name): z.ZodMiniType => CHECKED[name] as z.ZodMiniType;

describe('each check agrees with its schema', () => {
  it('on real replies, which both accept', async () => {
    const all = await samples();
    for (const name of Object.keys(CHECKED) as Name[]) expect(all.some(([n]) => n === name), name).toBe(true);
    for (const [name, sample] of all) {
      expect(schemaOf(name).safeParse(sample).success, name).toBe(true);
      expect(checks[name](sample), name).toBe(true);
    }
  });

  it('on every way of breaking them', async () => {
    let rejected = 0;
    let tried = 0;
    for (const [name, sample] of await samples()) {
      for (const b of broken(sample)) {
        const zod = schemaOf(name).safeParse(b).success;
        expect(checks[name](b), `${name}: ${JSON.stringify(b)?.slice(0, 300)}`).toBe(zod);
        tried++;
        if (!zod) rejected++;
      }
    }
    // Most breakages are refused; some (an unknown key, an optional field deleted) are not.
    expect(rejected).toBeGreaterThan(tried / 2);
  });
});
