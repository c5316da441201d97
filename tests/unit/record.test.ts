import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { annotate, type MakeRange, type Pass } from '../../lib/content/annotate';
import { recordRequest } from '../../lib/content/record';
import { findLiveArticle } from '../support/page-reader';
import { RECORD_LIMITS } from '../../lib/limits';
import { RequestSchema } from '../../lib/messages';
import { localExtractor } from '../support/local-extractor';

const noRange = (() => ({})) as unknown as MakeRange;

async function passOf(html: string): Promise<Pass> {
  const article = findLiveArticle(parseHTML(html).document as unknown as Document)!;
  return (await annotate(article, localExtractor(), new AbortController().signal, noRange))!;
}

describe('recordRequest', () => {
  it('keeps the page, its people with their titles, its slogans and each entity once with its first snippet and count', async () => {
    const pass = await passOf(
      '<html><body><article><p>市委书记、市人大常委会主任曹炯芳出席会议并讲话，强调落实“三高四新”战略。</p><p>曹炯芳指出，全年完成投资10亿元。</p></article></body></html>',
    );
    const request = recordRequest({ url: 'https://news.example.cn/a/1.html', title: '标题', paper: '湘潭日报', date: '2021-05-21' }, pass)!;
    expect(RequestSchema.parse(request)).toEqual(request);
    expect(request.persons).toEqual([{ name: '曹炯芳', role: 'official', titles: ['市委书记', '市人大常委会主任'] }]);
    expect(request.slogans).toEqual(['三高四新']);
    expect(request.mentions.map((m) => [m.kind, m.key, m.occurrences])).toEqual([
      ['official', '曹炯芳', 2],
      ['slogan', '三高四新', 1],
      ['amount', pass.mentions[3]!.key, 1],
    ]);
    // Up to 20 characters either side, `…` where cut (lib/corpus/snippet.ts, as in the corpus index).
    expect(request.mentions[0]!.snippet).toBe('市委书记、市人大常委会主任曹炯芳出席会议并讲话，强调落实“三高四新”战略…');
  });

  it('trims what is too long or too many to what the message allows', async () => {
    const pass = await passOf('<html><body><article><p>市长张迎春主持会议。</p></article></body></html>');
    const person = pass.persons.get('张迎春')!;
    person.titles = Array.from({ length: RECORD_LIMITS.titles + 5 }, (_, i) => `职务${i}`).concat('长'.repeat(500));
    pass.mentions = Array.from({ length: RECORD_LIMITS.mentions + 1 }, (_, i) => ({ ...pass.mentions[0]!, key: `人${i}` }));
    const request = recordRequest({ url: 'https://news.example.cn/a/2.html', title: '题'.repeat(1000), paper: '报'.repeat(300) }, pass)!;
    expect(RequestSchema.safeParse(request).success).toBe(true);
    expect(request.persons[0]!.titles).toHaveLength(RECORD_LIMITS.titles);
    expect(request.mentions).toHaveLength(RECORD_LIMITS.mentions);
  });

  it('leaves out a publication date that is no date', async () => {
    const pass = await passOf('<html><body><article><p>市长张迎春主持会议。</p></article></body></html>');
    const request = recordRequest({ url: 'https://news.example.cn/a/3.html', title: '标题', date: '2021-13-45' }, pass)!;
    expect(request.page).toEqual({ url: 'https://news.example.cn/a/3.html', title: '标题' });
  });

  it('records nothing for an address the history does not keep', async () => {
    const pass = await passOf('<html><body><article><p>市长张迎春主持会议。</p></article></body></html>');
    expect(recordRequest({ url: 'file:///home/me/page.html', title: '' }, pass)).toBeNull();
  });
});
