import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isProbablyReaderable } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findArticle } from '../../lib/dom/article';
import { REPO } from '../support/paths';

const page = (html: string): Document => parseHTML(html).document as unknown as Document;

describe('findArticle', () => {
  const fixture = readFileSync(join(REPO, 'tests', 'fixtures', 'news-page.html'), 'utf8');

  it('finds the headline and the body paragraphs of a news page', () => {
    const { title, text } = findArticle(page(fixture));
    expect(title).toBe('湘潭市召开重大项目推进会');
    const paragraphs = text.split('\n\n');
    expect(paragraphs).toHaveLength(4);
    expect(paragraphs[0]).toMatch(/^本报讯 5月20日，全市重大项目建设推进会召开。/);
    expect(paragraphs[3]).toMatch(/确保全年目标任务圆满完成。$/);
  });

  it('leaves the page it reads unchanged', () => {
    const doc = page(fixture);
    const before = doc.documentElement.outerHTML;
    findArticle(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('still reads a short item that isProbablyReaderable turns down', () => {
    const doc = page('<html><body><main><p>本报讯 市长张迎春主持召开会议。</p></main></body></html>');
    expect(isProbablyReaderable(doc)).toBe(false);
    expect(findArticle(doc).text).toBe('本报讯 市长张迎春主持召开会议。');
  });

  it('keeps the page title when there is no single headline in it', () => {
    const { title } = findArticle(page('<html><head><title>新闻 | 湘潭</title></head><body><h1>别的</h1><p>正文。</p></body></html>'));
    expect(title).toBe('新闻 | 湘潭');
  });

  it('returns empty text for an empty page', () => {
    expect(findArticle(page('<html><body></body></html>'))).toEqual({ title: '', text: '' });
  });
});
