import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { annotate, type MakeRange } from '../../lib/content/annotate';
import { fallbackRoot } from '../../lib/dom/live-article';
import { READABILITY_MAX_CHARS } from '../../lib/limits';
import { findLiveArticle } from '../support/page-reader';
import type { BoundaryPoint, TextMap } from '../../lib/dom/text-map';
import { CHUNK_CHARS, emptyTextMap, mapText } from '../../lib/dom/text-map';
import { REPO } from '../support/paths';
import { localExtractor } from '../support/local-extractor';

const page = (html: string): Document => parseHTML(html).document as unknown as Document;

// The fixture news page, with officials named in its navigation, sidebar and
// footer, and a related-links list and a comment inside the article's block.
const FURNITURE_NAMES = ['秦国文', '张迎春', '王卫东', '李建国'];
const newsPage = (): string =>
  readFileSync(join(REPO, 'tests', 'fixtures', 'news-page.html'), 'utf8')
    .replace('<a href="/sp">视频专区</a>', '<a href="/sp">市长秦国文专栏</a>')
    .replace('导航栏热门文章甲：春季赏花好去处', '市委副书记、市长张迎春调研重点项目')
    .replace('页脚版权声明', '主办单位负责人：市委宣传部部长王卫东')
    .replace(
      '    </div>\n  </article>',
      '      <ul class="related"><li><a href="/r/1">相关新闻：副市长李建国检查安全生产</a></li><li><a href="/r/2">相关新闻：春季赏花</a></li><li><a href="/r/3">相关新闻：周末天气</a></li></ul>\n' +
        '      <div class="comments"><p class="comment">网友评论：副市长李建国辛苦了</p></div>\n    </div>\n  </article>',
    );

const readText = (root: Element, excluded: ReadonlySet<Element>): string => {
  const map = emptyTextMap();
  return [...mapText(root, map, excluded)].map((c) => c.text).join('');
};

// Plain boundary pairs stand in for StaticRange, which linkedom lacks.
const pair = ((start: BoundaryPoint, end: BoundaryPoint) => ({ start, end })) as unknown as MakeRange;
type Pair = { start: BoundaryPoint; end: BoundaryPoint };

function textBetween(map: TextMap, { start, end }: Pair): string {
  const from = map.index.get(start.node)!;
  const to = map.index.get(end.node)!;
  if (from === to) return start.node.data.slice(start.offset, end.offset);
  const middle = map.nodes.slice(from + 1, to).map((n) => n.data);
  return [start.node.data.slice(start.offset), ...middle, end.node.data.slice(0, end.offset)].join('');
}

describe('findLiveArticle', () => {
  it('finds the article’s live element and leaves navigation, sidebar, footer, related links and comments out', () => {
    const doc = page(newsPage());
    const article = findLiveArticle(doc)!;
    expect(article.title).toBe('湘潭市召开重大项目推进会');
    expect(article.root.isConnected).toBe(true);
    expect(doc.querySelector('article')!.contains(article.root)).toBe(true);
    const text = readText(article.root, article.excluded);
    expect(text.split('\n').filter(Boolean)).toHaveLength(4);
    expect(text).toMatch(/^本报讯 5月20日，全市重大项目建设推进会召开。/);
    expect(text).toMatch(/确保全年目标任务圆满完成。\n$/);
    for (const name of FURNITURE_NAMES) expect(text).not.toContain(name);
  });

  it('changes nothing on the page it reads', () => {
    const doc = page(newsPage());
    const before = doc.documentElement.outerHTML;
    findLiveArticle(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('goes straight to the landmarks on a page too big for Readability', () => {
    const paragraphs = '<p>市委书记曹炯芳出席会议并讲话，强调要坚定不移落实战略。</p>'.repeat(READABILITY_MAX_CHARS / 20);
    const doc = page(`<html><body><nav>市长张迎春专栏</nav><article>${paragraphs}<aside>副市长李建国</aside></article></body></html>`);
    const article = findLiveArticle(doc)!;
    expect(article.root).toBe(doc.querySelector('article'));
    expect([...article.excluded]).toEqual([doc.querySelector('aside')]);
  });

  it('returns null for a page without text', () => {
    expect(findLiveArticle(page('<html><body></body></html>'))).toBeNull();
  });
});

describe('annotating the live article', () => {
  it('finds every mention in the article, on the very characters it names, and none in the furniture', async () => {
    const doc = page(newsPage());
    const article = findLiveArticle(doc)!;
    const pass = (await annotate(article, localExtractor(), new AbortController().signal, pair))!;

    for (const m of pass.mentions) expect(textBetween(pass.map, m.range as unknown as Pair)).toBe(m.text);
    expect(pass.mentions.map((m) => `${m.kind} ${m.text}`)).toEqual([
      'official 曹炯芳',
      'slogan 三高四新',
      'amount 408亿元',
      'amount 276亿元',
      'amount 10亿元',
      'amount 超过90%',
      'official 曹炯芳',
      'slogan 我为群众办实事',
      'slogan 一把手走流程',
    ]);
    expect(pass.persons.get('曹炯芳')?.titles).toEqual(['市委书记', '市人大常委会主任']);
    expect(pass.amounts.get(pass.mentions[2]!.key)).toMatchObject({ kind: 'money', unit: 'CNY', value: 40_800_000_000 });
    expect(pass.slogans.get('三高四新')?.gloss).toMatch(/^湖南发展战略/);
    for (const m of pass.mentions) expect(pass.text.slice(m.start, m.end)).toBe(m.text);
  });

  it('extracts the whole text at once: an official named 4 000 characters earlier is still an official', async () => {
    const filler = '<p>会议强调，要压紧压实责任，强化要素保障，持续优化营商环境。</p>'.repeat(400);
    const doc = page(`<html lang="zh"><body><article><p>市委书记曹炯芳出席会议。</p>${filler}<p>曹炯芳指出，要抓好落实。</p></article></body></html>`);
    const article = findLiveArticle(doc)!;
    const pass = (await annotate(article, localExtractor(), new AbortController().signal, pair))!;
    expect(pass.mentions.filter((m) => m.key === '曹炯芳').map((m) => m.kind)).toEqual(['official', 'official']);
    expect(pass.mentions.at(-1)!.start).toBeGreaterThan(CHUNK_CHARS);
  });

  it('stops when its signal aborts', async () => {
    const article = findLiveArticle(page(newsPage()))!;
    const stop = new AbortController();
    stop.abort();
    expect(await annotate(article, localExtractor(), stop.signal, pair)).toBeNull();
  });

  it('sends the article text once, as laid out, and gives up without an answer', async () => {
    const article = findLiveArticle(page(newsPage()))!;
    const sent: string[] = [];
    expect(await annotate(article, async (text) => (sent.push(text), null), new AbortController().signal, pair)).toBeNull();
    const map = emptyTextMap();
    expect(sent).toEqual([[...mapText(article.root, map, article.excluded)].map((c) => c.text).join('')]);
  });
});

describe('fallbackRoot', () => {
  it('takes the first landmark that has text', () => {
    const doc = page('<html><body><article></article><div role="article"> </div><main><p>正文</p></main></body></html>');
    expect(fallbackRoot(doc)?.localName).toBe('main');
  });

  it('else the block whose paragraphs hold the most text, outside the navigation', () => {
    const doc = page(
      '<html><body><nav><p>首页首页首页首页首页首页首页首页首页首页</p></nav>' +
        '<div id="short"><p>短讯。</p></div><div id="long"><p>市委书记曹炯芳出席会议。</p><p>会议要求压实责任。</p></div></body></html>',
    );
    expect(fallbackRoot(doc)?.id).toBe('long');
  });

  it('else the body, and nothing for a page without text', () => {
    expect(fallbackRoot(page('<html><body><div>只有一行字</div></body></html>'))?.localName).toBe('body');
    expect(fallbackRoot(page('<html><body><div> </div></body></html>'))).toBeNull();
  });
});
