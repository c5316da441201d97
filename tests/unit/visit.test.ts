import { describe, expect, it } from 'vitest';
import { keeping, visitOf } from '../../lib/background/visit';
import { extract } from '../../lib/extract';
import { RECORD_LIMITS } from '../../lib/limits';
import { VisitSchema } from '../../lib/messages';

describe('visitOf', () => {
  it('keeps the page, its people with their titles, its slogans and each entity once with its first snippet and count', () => {
    const text = '市委书记、市人大常委会主任曹炯芳出席会议并讲话，强调落实“三高四新”战略。\n曹炯芳指出，全年完成投资10亿元。';
    const found = extract(text);
    const visit = visitOf({ url: 'https://news.example.cn/a/1.html', title: '标题', paper: '湘潭日报', date: '2021-05-21' }, text, found)!;
    expect(VisitSchema.parse(visit)).toEqual(visit);
    expect(visit.persons).toEqual([{ name: '曹炯芳', role: 'official', titles: ['市委书记', '市人大常委会主任'] }]);
    expect(visit.slogans).toEqual(['三高四新']);
    expect(visit.mentions.map((m) => [m.kind, m.key, m.occurrences])).toEqual([
      ['official', '曹炯芳', 2],
      ['slogan', '三高四新', 1],
      ['amount', found.mentions[3]!.key, 1],
    ]);
    // Up to 20 characters either side, `…` where cut (lib/corpus/snippet.ts, as in the corpus index).
    expect(visit.mentions[0]!.snippet).toBe('市委书记、市人大常委会主任曹炯芳出席会议并讲话，强调落实“三高四新”战略…');
  });

  it('trims what is too long or too many to what the history keeps', () => {
    const text = '市长张迎春主持会议。';
    const found = extract(text);
    found.persons[0]!.titles = Array.from({ length: RECORD_LIMITS.titles + 5 }, (_, i) => `职务${i}`).concat('长'.repeat(500));
    found.mentions = Array.from({ length: RECORD_LIMITS.mentions + 1 }, (_, i) => ({ ...found.mentions[0]!, key: `人${i}` }));
    const visit = visitOf({ url: 'https://news.example.cn/a/2.html', title: '题'.repeat(1000), paper: '报'.repeat(300) }, text, found)!;
    expect(VisitSchema.safeParse(visit).success).toBe(true);
    expect(visit.persons[0]!.titles).toHaveLength(RECORD_LIMITS.titles);
    expect(visit.mentions).toHaveLength(RECORD_LIMITS.mentions);
  });

  it('leaves out a publication date that is no date', () => {
    const text = '市长张迎春主持会议。';
    expect(visitOf({ url: 'https://news.example.cn/a/3.html', title: '标题', date: '2021-13-45' }, text, extract(text))!.page).toEqual({
      url: 'https://news.example.cn/a/3.html',
      title: '标题',
    });
  });

  it('keeps nothing for an address the history does not keep', () => {
    const text = '市长张迎春主持会议。';
    expect(visitOf({ url: 'file:///home/me/page.html', title: '' }, text, extract(text))).toBeNull();
  });
});

describe('keeping', () => {
  const visit = (title: string) => visitOf({ url: 'https://news.example.cn/a/4.html', title }, '市长张迎春主持会议。', extract('市长张迎春主持会议。'))!;

  it('keeps the same findings of one page load once, other findings of that load as the same visit, and a reload as a new one', () => {
    expect(keeping('load-1', visit('标题'))).toBe('new');
    expect(keeping('load-1', visit('标题'))).toBe('kept');
    expect(keeping('load-2', visit('标题'))).toBe('new');
    expect(keeping('load-1', visit('新标题'))).toBe('update');
    expect(keeping('load-1', visit('新标题'))).toBe('kept');
  });
});
