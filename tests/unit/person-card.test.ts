// The person card rendered with Preact into a linkedom document: its sections
// in the order a reader asks (where seen, corpus, titles over time, named
// with, links), what it says on a first visit, and the header's line.
import { parseHTML } from 'linkedom';
import { h, render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { cardSubtitle } from '../../components/card/headline';
import type { CardData } from '../../components/card/model';
import { PersonCard } from '../../components/card/PersonCard';
import type { LookupResponse } from '../../lib/messages';

vi.hoisted(() => vi.stubGlobal('navigator', { language: 'en-US' }));

const { document } = parseHTML('<!doctype html><html><body></body></html>');
Object.assign(globalThis, { document });

function show(props: Parameters<typeof PersonCard>[0]): Element {
  const root = document.createElement('div');
  render(h(PersonCard, props), root);
  return root;
}

const sections = (root: Element) =>
  [...root.querySelectorAll('section')].map((s) => ({
    heading: s.querySelector('h3')?.textContent ?? '',
    empty: s.querySelector('.empty')?.textContent ?? null,
    items: [...s.querySelectorAll('li')].map((li) => li.textContent ?? ''),
  }));

const CORPUS: LookupResponse['corpus'] = [{ doc: '000.txt', paper: '湘潭日报', date: '2021-05-21', city: '湘潭', titles: ['市委书记'], snippet: '市委书记曹炯芳' }];

const reply = (facts: Partial<LookupResponse>): LookupResponse => ({
  kind: 'official',
  key: '曹炯芳',
  role: 'official',
  corpus: CORPUS,
  history: [],
  titlesOverTime: [],
  coMentioned: [],
  ...facts,
});

describe('the person card', () => {
  it('on a first visit: the page being read is not history, and each empty section says so once', () => {
    const root = show({
      name: '曹炯芳',
      person: { name: '曹炯芳', role: 'official', titles: ['市委书记'] },
      // What the background answers on a first visit: the page being read left out of the history and the titles.
      lookup: reply({ titlesOverTime: [{ title: '市委书记', from: '2021-05-21', to: '2021-05-21', sources: [{ source: '湘潭日报', date: '2021-05-21' }] }] }),
    });
    expect(sections(root).map((s) => [s.heading, s.empty])).toEqual([
      ['Where you have seen them', 'In nothing you read before this page.'],
      ['In the corpus', null],
      ['Titles over time', null],
      ['Most often named with', 'No one else yet.'],
      ['Look it up', null],
    ]);
    expect(root.textContent).not.toContain('Nothing yet');
    expect(root.querySelectorAll('.empty')).toHaveLength(2);
    expect(root.querySelector('svg title')?.textContent).toBe('市委书记: 2021-05-21 (湘潭日报 2021-05-21)');
  });

  it('says there is no dated title elsewhere rather than drawing an empty timeline', () => {
    const root = show({ name: '曹炯芳', lookup: reply({ corpus: [], titlesOverTime: [{ title: '市长', from: '2021-01-01', to: '2021-01-01', sources: [] }] }) });
    expect(sections(root).map((s) => s.empty)).toEqual([
      'In nothing you read before this page.',
      'Not in Tifa’s corpus.',
      'No dated title from another source yet.',
      'No one else yet.',
      null,
    ]);
    expect(root.querySelector('svg')).toBeNull();
  });

  it('lists where the reader has seen them newest article first, with the paper and the article’s date', () => {
    const day = (iso: string): number => new Date(`${iso}T12:00:00`).getTime();
    const root = show({
      name: '曹炯芳',
      lookup: reply({
        history: [
          // Visited last, printed first.
          { url: 'https://www.xtrb.cn/a/1.html', title: '旧闻', site: 'www.xtrb.cn', paper: '湘潭日报', date: '2020-03-01', visited: day('2024-05-01'), titles: ['市长'], snippet: '' },
          { url: 'https://www.zznews.gov.cn/2.html', title: '新闻', site: 'www.zznews.gov.cn', paper: '株洲日报', date: '2023-09-09', visited: day('2024-04-01'), titles: [], snippet: '' },
          // No printed date: the day of the visit stands for it.
          { url: 'https://example.cn/3.html', title: '无日期', site: 'example.cn', visited: day('2022-01-01'), titles: [], snippet: '' },
        ],
      }),
    });
    const seen = sections(root)[0]!;
    expect(seen.heading).toBe('Where you have seen them');
    expect(seen.items).toEqual(['新闻株洲日报 · 2023-09-09', '无日期example.cn · visited 1/1/2022', '旧闻湘潭日报 · 2020-03-01市长']);
  });
});

describe('the card’s header line', () => {
  const data = (over: Partial<CardData>): CardData => ({ kind: 'official', key: '曹炯芳', text: '曹炯芳', lookup: 'loading', ...over });
  const rows: LookupResponse['titlesOverTime'] = [
    { title: '市长', from: '2019-01-01', to: '2020-06-01', sources: [{ source: '湘潭日报', date: '2019-01-01' }] },
    { title: '市委书记', from: '2020-07-01', to: '2021-05-21', sources: [{ source: '湘潭日报', date: '2021-05-21' }] },
    { title: '市人大常委会主任', from: '2021-01-01', to: '2021-03-01', sources: [{ source: '湘潭日报', date: '2021-03-01' }] },
  ];

  it('gives the titles this page gives, else the latest known elsewhere', () => {
    expect(cardSubtitle(data({ person: { name: '曹炯芳', role: 'official', titles: ['市委书记', '市人大常委会主任'] } }))).toBe('市委书记、市人大常委会主任');
    expect(cardSubtitle(data({ person: { name: '曹炯芳', role: 'official', titles: [] }, lookup: reply({ titlesOverTime: rows }) }))).toBe('市委书记');
    expect(cardSubtitle(data({ lookup: 'loading' }))).toBeUndefined();
  });

  it('names a role other than official (an official’s is the card’s kind), and a slogan’s kind', () => {
    expect(cardSubtitle(data({ kind: 'person', person: { name: '王明', role: 'journalist', titles: ['记者'] } }))).toBe('journalist · 记者');
    expect(cardSubtitle(data({ kind: 'slogan', key: '三高四新', slogan: { text: '三高四新', kind: 'formula' } }))).toBe('numbered formula');
    expect(cardSubtitle(data({ kind: 'amount', key: '10亿元' }))).toBeUndefined();
  });
});
