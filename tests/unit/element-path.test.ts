import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { follow, pathTo } from '../../lib/dom/element-path';
import { liveArticle } from '../../lib/dom/live-article';

const page = (html: string): Document => parseHTML(html).document as unknown as Document;
const HTML = '<html><body><nav><a>首页</a></nav><div class="layout"><main><article><h1>标题</h1><div class="content"><p>市长张迎春主持会议。</p><div class="share">分享</div></div></article></main></div></body></html>';

describe('element paths', () => {
  it('lead from a serialized copy back to the same element of the page, text nodes and white space aside', () => {
    const live = page(HTML.replace('<main>', '<main>\n  '));
    const copy = page(HTML);
    const path = pathTo(copy.querySelector('.content')!, copy.documentElement);
    expect(path.map(([, tag]) => tag)).toEqual(['body', 'div', 'main', 'article', 'div']);
    expect(follow(live.documentElement, path)).toBe(live.querySelector('.content'));
  });

  it('lead nowhere when a step is missing or has another tag', () => {
    const copy = page(HTML);
    const path = pathTo(copy.querySelector('.share')!, copy.documentElement);
    const changed = page(HTML.replace('<div class="share">分享</div>', '<span class="share">分享</span>'));
    expect(follow(changed.documentElement, path)).toBeNull();
    const shorter = page(HTML.replace('<div class="share">分享</div>', ''));
    expect(follow(shorter.documentElement, path)).toBeNull();
  });
});

describe('liveArticle', () => {
  it('falls back to the landmarks when the reading’s paths do not lead to the same elements', () => {
    const copy = page(HTML);
    const content = copy.querySelector('.content')!;
    const reading = { title: '标题', root: pathTo(content, copy.documentElement), excluded: [pathTo(copy.querySelector('.share')!, content)] };
    const same = page(HTML);
    expect(liveArticle(same, reading)).toMatchObject({ title: '标题', root: same.querySelector('.content'), excluded: new Set([same.querySelector('.share')]) });
    // The page changed between the copy and the reply: the share bar is gone.
    const changed = page(HTML.replace('<div class="share">分享</div>', ''));
    expect(liveArticle(changed, reading)?.root).toBe(changed.querySelector('article'));
  });
});
