// Inputs that stress the name model through extract(): one Han character a
// million times, a hundred thousand 、, mixed scripts. Each must give a
// well-formed result without throwing; that the time stays linear is shown by
// `npm run bench` (adversarial inputs).
import { describe, expect, it } from 'vitest';
import { extract } from '../../lib/extract';

const wellFormed = (text: string) => {
  const { mentions } = extract(text);
  let last = 0;
  for (const m of mentions) {
    expect(m.start).toBeGreaterThanOrEqual(last);
    expect(text.slice(m.start, m.end)).toBe(m.text);
    last = m.end;
  }
  return mentions;
};

describe('extract() on inputs that stress the name model', () => {
  it('reads a million copies of one Han character', () => {
    expect(() => wellFormed('王'.repeat(1_000_000))).not.toThrow();
  });
  it('reads a hundred thousand 、 with names among them', () => {
    const mentions = wellFormed(`${'、'.repeat(100_000)}市委书记曹炯芳出席。${'、'.repeat(100_000)}`);
    expect(mentions.map((m) => m.key)).toContain('曹炯芳');
  });
  it('reads mixed scripts, emoji and lone surrogates', () => {
    const text = '市長陳國強 met 市委书记曹炯芳 😀 ٱلسلام \ud800 Владимир 省长郇文斌 𠀋𠀋 '.repeat(2000);
    const keys = new Set(wellFormed(text).map((m) => m.key));
    expect([...keys]).toEqual(expect.arrayContaining(['陳國強', '曹炯芳', '郇文斌']));
  });
});
