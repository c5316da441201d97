import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { emptyTextMap, locate, mapText, offsetOf, type TextChunk, type TextMap } from '../../lib/dom/text-map';

const body = (html: string): Element => parseHTML(`<html><body>${html}</body></html>`).document.body as unknown as Element;

function layOut(root: Element, maxChars?: number, excluded?: ReadonlySet<Element>): { map: TextMap; chunks: TextChunk[]; text: string } {
  const map = emptyTextMap();
  const chunks = [...mapText(root, map, excluded, maxChars)];
  return { map, chunks, text: chunks.map((c) => c.text).join('') };
}

describe('mapText', () => {
  it('puts a line break between blocks and at <br>, and joins inline elements', () => {
    const { text } = layOut(body('<h2>标题</h2><div><p>市委书记<b>曹炯芳</b>出席</p><p>第二段<br>第二行</p></div><ul><li>甲</li><li>乙</li></ul>'));
    expect(text).toBe('标题\n市委书记曹炯芳出席\n第二段\n第二行\n甲\n乙\n');
  });

  it('drops the indentation at the start of a line and turns other layout white space into spaces one for one', () => {
    const { text } = layOut(body('<p>\n    市委书记\n曹炯芳\t出席</p>\n  <p>  第二段</p>'));
    expect(text).toBe('市委书记 曹炯芳 出席\n第二段\n');
  });

  it('leaves out what the reader does not read: scripts, form fields, editors, hidden and excluded elements', () => {
    const root = body(
      '<p>正文</p><script>var a = "脚本";</script><style>p{}</style><noscript>无脚本</noscript><textarea>输入</textarea>' +
        '<select><option>选项</option></select><div contenteditable="true">编辑</div><div contenteditable="false">只读</div>' +
        '<p hidden>隐藏</p><p aria-hidden="true">读屏隐藏</p><aside id="x">侧栏</aside><p>结尾</p>',
    );
    const { text } = layOut(root, undefined, new Set([root.querySelector('#x')!]));
    expect(text).toBe('正文\n只读\n结尾\n');
  });

  it('maps every character of the text back to the same character in its text node', () => {
    const root = body('<div>\n  <p>本报讯 5月20日，<a href="#">市委书记</a>曹炯芳<span>出席</span>会议。</p>\n  <p>总投资<b>408</b>亿元。<br>\n  第二行</p></div>');
    const { map, text } = layOut(root);
    for (let i = 0; i < text.length; i++) {
      if (text[i] === '\n') continue;
      const at = locate(map, i, 'start')!;
      const c = at.node.data[at.offset]!;
      expect(/[\t\n\r\f]/.test(c) ? ' ' : c, `offset ${i}`).toBe(text[i]);
      expect(offsetOf(map, at.node, at.offset)).toBe(i);
    }
  });

  it('puts a span that starts on a line break at the next node, and one that ends on it at the end of the node before', () => {
    const root = body('<p>第一段</p><p>第二段</p>');
    const { map, text } = layOut(root);
    const [first, second] = [...root.querySelectorAll('p')].map((p) => p.firstChild as Text);
    const br = text.indexOf('\n');
    expect(locate(map, br, 'start')).toEqual({ node: second, offset: 0 });
    expect(locate(map, br, 'end')).toEqual({ node: first, offset: 3 });
    expect(locate(map, br + 1, 'end')).toEqual({ node: first, offset: 3 });
    expect(locate(map, text.length, 'start')).toBeNull();
    expect(locate(map, 0, 'end')).toBeNull();
  });

  it('maps positions inside dropped indentation to the first character read', () => {
    const root = body('<p>\n    曹炯芳</p>');
    const { map } = layOut(root);
    const node = root.querySelector('p')!.firstChild!;
    expect(offsetOf(map, node, 0)).toBe(0);
    expect(locate(map, 0, 'start')).toEqual({ node, offset: 5 });
    expect(offsetOf(map, root, 0)).toBeNull();
  });

  it('cuts the text into chunks of whole lines that add up to the whole', () => {
    const lines = Array.from({ length: 30 }, (_, i) => `第${i}段：市委书记曹炯芳出席会议。`);
    const root = body(lines.map((l) => `<p>${l}</p>`).join(''));
    const { chunks, text, map } = layOut(root, 50);
    expect(chunks.length).toBeGreaterThan(5);
    expect(text).toBe(lines.map((l) => `${l}\n`).join(''));
    for (const c of chunks) {
      expect(c.text.endsWith('\n')).toBe(true);
      expect(text.slice(c.start, c.start + c.text.length)).toBe(c.text);
    }
    expect(map.length).toBe(text.length);
  });

  it('cuts a page without line breaks between nodes', () => {
    const root = body(`<p>${'<span>曹炯芳出席会议。</span>'.repeat(40)}</p>`);
    const { chunks } = layOut(root, 20);
    expect(chunks.length).toBeGreaterThan(1);
    for (const c of chunks) expect(c.text).toMatch(/^(?:曹炯芳出席会议。)+\n?$/);
  });
});
