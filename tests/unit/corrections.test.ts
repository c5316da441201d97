import { describe, expect, it } from 'vitest';
import { extract } from '../../lib/extract';
import { applyCorrections, sloganCorrections } from '../../lib/extract/corrections';
import type { Correction } from '../../lib/extract/schema';

const TEXT = '市委书记曹炯芳、市长刘志仁出席。“湘潭速度”令人惊叹。落实“三高四新”战略,推进“百城千店”行动。';

function corrected(corrections: Correction[], text = TEXT) {
  return applyCorrections(extract(text, { knownSlogans: sloganCorrections(corrections) }), corrections);
}

describe('the reader’s corrections', () => {
  it('change nothing when there are none', () => {
    expect(corrected([])).toEqual(extract(TEXT));
  });

  it('take a name said to be no person off the page, entry and marks', () => {
    const found = corrected([{ type: 'not-person', name: '刘志仁' }]);
    expect(found.persons.map((p) => p.name)).toEqual(['曹炯芳']);
    expect(found.mentions.some((m) => m.key === '刘志仁')).toBe(false);
    expect(found.mentions.some((m) => m.key === '曹炯芳')).toBe(true);
  });

  it('drop a title said to be wrong, keeping the person and the other titles', () => {
    const found = corrected([{ type: 'wrong-title', name: '曹炯芳', title: '市委书记' }], '市委书记、市人大常委会主任曹炯芳出席。');
    expect(found.persons).toEqual([expect.objectContaining({ name: '曹炯芳', titles: ['市人大常委会主任'] })]);
  });

  it('take a phrase said to be no slogan off the page, and mark one said to be a slogan everywhere', () => {
    const found = corrected([
      { type: 'not-slogan', text: '百城千店' },
      { type: 'slogan', text: '湘潭速度' },
    ]);
    expect(found.slogans.map((s) => s.text)).toEqual(['湘潭速度', '三高四新']);
    expect(found.mentions.filter((m) => m.kind === 'slogan').map((m) => m.text)).toEqual(['湘潭速度', '三高四新']);
  });

  it('hold across scripts: a correction made in simplified applies to a traditional page', () => {
    const found = corrected([{ type: 'not-person', name: '刘志仁' }], '市委書記曹炯芳、市長劉志仁出席。');
    expect(found.persons.map((p) => p.name)).toEqual(['曹炯芳']);
  });
});
