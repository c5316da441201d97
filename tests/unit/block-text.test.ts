import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { blockText } from '../../lib/dom/text';

const body = (html: string): Node => parseHTML(`<html><body>${html}</body></html>`).document.body as unknown as Node;

describe('blockText', () => {
  it('separates blocks by a blank line and lines by <br>', () => {
    expect(blockText(body('<h2>标题</h2><div><p>第一段</p><p>第二段<br>第二行</p></div><ul><li>甲</li><li>乙</li></ul>'))).toBe(
      '标题\n\n第一段\n\n第二段\n第二行\n\n甲\n\n乙',
    );
  });

  it('joins inline elements and collapses layout white space, keeping ideographic spaces', () => {
    expect(blockText(body('<p>\n  市委书记<b>曹炯芳</b>\n  出席，<a href="#">详见</a>\u3000第七版  </p>'))).toBe(
      '市委书记曹炯芳 出席，详见\u3000第七版',
    );
  });

  it('skips scripts, styles and hidden elements', () => {
    expect(blockText(body('<p>正文</p><script>var x = 1;</script><style>p{}</style><p hidden>隐藏</p>'))).toBe('正文');
  });
});
