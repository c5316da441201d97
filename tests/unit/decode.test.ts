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

  it('reads a real GBK page that declares gbk', () => {
    const bytes = Uint8Array.from([...ascii('<meta charset="gbk"><p>'), ...XIANGTAN_GBK]);
    expect(decodeHtml(bytes)).toBe('<meta charset="gbk"><p>湘潭');
  });

  it('reads UTF-8 bytes as UTF-8 even when the page declares gbk', () => {
    const html = '<meta charset="gbk"><p>湘潭市委书记</p>';
    expect(decodeHtml(new TextEncoder().encode(html))).toBe(html);
  });

  it('reads UTF-8 bytes as UTF-8 even when http-equiv declares gb2312', () => {
    const html = '<meta http-equiv="Content-Type" content="text/html; charset=gb2312"><p>湘潭</p>';
    expect(decodeHtml(new TextEncoder().encode(html))).toBe(html);
  });

  it('strips a UTF-8 BOM and ignores a gbk declaration', () => {
    const html = '<meta charset="gbk"><p>湘潭';
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(html)]);
    expect(decodeHtml(bytes)).toBe(html);
  });

  it('reads invalid UTF-8 declared as utf-8 as lossy UTF-8, as before', () => {
    const bytes = Uint8Array.from([...ascii('<meta charset="utf-8"><p>'), ...XIANGTAN_GBK]);
    const text = decodeHtml(bytes);
    expect(text.startsWith('<meta charset="utf-8"><p>')).toBe(true);
    expect(text).toContain('\uFFFD');
    expect(text).not.toContain('湘潭');
  });

  it('reads undeclared non-UTF-8 bytes as lossy UTF-8, as before', () => {
    const undeclared = Uint8Array.from([...ascii('<p>'), ...XIANGTAN_GBK]);
    expect(decodeHtml(undeclared)).toContain('\uFFFD');
  });
});

describe('decodeText', () => {
  it('reads UTF-8 and refuses anything else', () => {
    expect(decodeText(new TextEncoder().encode('湘潭'))).toBe('湘潭');
    expect(() => decodeText(Uint8Array.from(XIANGTAN_GBK))).toThrow(/not UTF-8/);
  });
});
