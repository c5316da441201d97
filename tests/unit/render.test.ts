import { describe, expect, it } from 'vitest';
import { amountValue, markText } from '../../lib/cli/render';
import { displayWidth, formatTable } from '../../lib/cli/table';
import type { Amount, Mention } from '../../lib/extract/schema';

describe('markText', () => {
  const text = '市委书记曹炯芳强调落实“三高四新”，投资10亿元。';
  const at = (kind: Mention['kind'], s: string): Mention => {
    const start = text.indexOf(s);
    return { kind, key: s, text: s, start, end: start + s.length };
  };
  const mentions = [at('official', '曹炯芳'), at('slogan', '三高四新'), at('amount', '10亿元')];

  it('marks every mention in place with brackets', () => {
    expect(markText({ text, mentions }, false)).toBe('市委书记[官:曹炯芳]强调落实“[口:三高四新]”，投资[额:10亿元]。');
  });

  it('colours mentions on a terminal and leaves the rest of the text as it was', () => {
    const marked = markText({ text, mentions }, true);
    expect(marked).toContain('\x1b[');
    expect(marked.replace(/\x1b\[[\d;]*m/g, '')).toBe(text);
  });
});

describe('amountValue', () => {
  const amount = (fields: Partial<Amount>): Amount => ({ kind: 'money', unit: 'CNY', text: '', start: 0, end: 0, ...fields });

  it('prints single values and ranges', () => {
    expect(amountValue(amount({ value: 1e9 }))).toBe('1,000,000,000');
    expect(amountValue(amount({ value: 81.21 }))).toBe('81.21');
    expect(amountValue(amount({ min: 5e9, max: 7e9 }))).toBe('5,000,000,000–7,000,000,000');
  });
});

describe('formatTable', () => {
  it('counts Han characters as two columns', () => {
    expect(displayWidth('曹炯芳 ab')).toBe(9);
    expect(formatTable(['name', 'role'], [['曹炯芳', 'official'], ['Li', 'citizen']])).toBe(
      ['  name    role', '  曹炯芳  official', '  Li      citizen'].join('\n'),
    );
  });
});
