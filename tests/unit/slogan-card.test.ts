// The slogan card rendered with Preact into a linkedom document: what a reader
// sees on clicking a formulation.
import { parseHTML } from 'linkedom';
import { h, render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { SloganCard } from '../../components/card/SloganCard';
import type { LookupResponse } from '../../lib/messages';

vi.hoisted(() => vi.stubGlobal('navigator', { language: 'en-US' }));

const { document } = parseHTML('<!doctype html><html><body></body></html>');
Object.assign(globalThis, { document });

function show(props: Parameters<typeof SloganCard>[0]): string {
  const root = document.createElement('div');
  render(h(SloganCard, props), root);
  return root.textContent ?? '';
}

const reply = (facts: Partial<LookupResponse>): LookupResponse => ({
  kind: 'slogan',
  key: '三高四新',
  corpus: [{ doc: '000.txt', paper: '湘潭日报', date: '2021-05-20', city: '湘潭', titles: [], snippet: '…落实“三高四新”战略…' }],
  history: [{ url: 'https://www.zznews.gov.cn/1.html', title: '株洲新闻', site: 'www.zznews.gov.cn', visited: 0, titles: [], snippet: '…三高四新…' }],
  titlesOverTime: [],
  coMentioned: [],
  ...facts,
});

describe('the slogan card', () => {
  it('shows the gloss, where the formulation belongs, its year, and every article that used it', () => {
    const text = show({
      slogan: { text: '三高四新', kind: 'formula' },
      lookup: reply({ gloss: '湖南发展战略。', sloganKind: 'formula', level: 'province', place: '湖南省', year: 2020 }),
    });
    expect(text).toContain('湖南发展战略。');
    expect(text).toContain('湖南省 · first put forward in 2020');
    expect(text).toContain('湘潭日报 · 2021-05-20');
    expect(text).toContain('株洲新闻');
  });

  it('says national for a national formulation and leaves out a year not known', () => {
    const text = show({ lookup: reply({ gloss: '一个国家，两种制度。', level: 'national' }) });
    expect(text).toContain('National');
    expect(text).not.toContain('first put forward');
  });

  it('falls back on what the page’s extraction knew while the lookup loads, and says when there is no gloss', () => {
    expect(show({ slogan: { text: '六稳', kind: 'formula', gloss: '稳就业等。', level: 'national', year: 2018 }, lookup: 'loading' })).toContain(
      'National · first put forward in 2018',
    );
    expect(show({ slogan: { text: '某某行动', kind: 'campaign' }, lookup: reply({}) })).toContain('no explanation');
  });
});
