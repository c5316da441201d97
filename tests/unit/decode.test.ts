import { describe, expect, it } from 'vitest';
import { decodeHtml, decodeText } from '../../lib/cli/decode';

// 湘潭 in GBK.
const XIANGTAN_GBK = [0xcf, 0xe6, 0xcc, 0xb6];
const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));

describe('decodeHtml', () => {
  it('reads the charset a GBK page declares', () => {
    const bytes = Uint8Array.from([...ascii('<meta charset="gb2312"><p>'), ...XIANGTAN_GBK]);
    expect(decodeHtml(bytes)).toBe('<meta charset="gb2312"><p>湘潭');
  });

  it('reads UTF-8 when nothing is declared or the label is unknown', () => {
    const utf8 = new TextEncoder().encode('<p>湘潭');
    expect(decodeHtml(utf8)).toBe('<p>湘潭');
    expect(decodeHtml(Uint8Array.from([...ascii('<meta charset="x-nonsense">'), ...utf8]))).toContain('湘潭');
  });
});

describe('decodeText', () => {
  it('reads UTF-8 and refuses anything else', () => {
    expect(decodeText(new TextEncoder().encode('湘潭'))).toBe('湘潭');
    expect(() => decodeText(Uint8Array.from(XIANGTAN_GBK))).toThrow(/not UTF-8/);
  });
});
