import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { type ArticleMeta, articleMeta } from '../../lib/dom/article-meta';
import { findLiveArticle } from '../support/page-reader';
import { PAPER_HOSTS, paperOfHost } from '../../lib/dom/paper-hosts';
import { TEXT_LIMITS } from '../../lib/limits';
import { REPO } from '../support/paths';

const page = (html: string): Document => parseHTML(html).document as unknown as Document;
const HEADERS = join(REPO, 'tests', 'fixtures', 'headers');
const fixture = (file: string): Document => page(readFileSync(join(HEADERS, file), 'utf8'));

// Each fixture is the header of one site's article page, written from its layout; the address is the page's.
const SITES: [file: string, url: string, expected: ArticleMeta][] = [
  ['people-com-cn.html', 'http://politics.people.com.cn/n1/2021/0622/c1001-32136855.html', { paper: '人民日报', date: '2021-06-22' }],
  ['paper-people-com-cn.html', 'http://paper.people.com.cn/rmrb/html/2021-06/22/nw.D110000renmrb_20210622_1-01.htm', { paper: '人民日报', date: '2021-06-22' }],
  ['news-cn.html', 'http://www.news.cn/politics/2021-06/22/c_1127588123.htm', { paper: '新华网', date: '2021-06-22' }],
  ['xinhuanet-2019.html', 'http://www.xinhuanet.com/politics/2019lh/c_1124193397.htm', { paper: '新华社', date: '2019-03-05' }],
  ['cn-chinadaily.html', 'http://cn.chinadaily.com.cn/a/202106/22/WS60d1a2b3a310efa1bd65e123.html', { paper: '中国日报网', date: '2021-06-22' }],
  ['gmw-cn.html', 'https://news.gmw.cn/2021-06/22/content_34939123.htm', { paper: '光明日报', date: '2021-06-22' }],
  ['cctv-com.html', 'https://news.cctv.com/2021/06/22/ARTIabcdef123456.shtml', { paper: '央视网', date: '2021-06-22' }],
  ['chinanews.html', 'https://www.chinanews.com.cn/sh/9504567.shtml', { paper: '中国新闻网', date: '2021-06-22' }],
  ['thepaper-cn.html', 'https://www.thepaper.cn/newsDetail_forward_13299999', { paper: '澎湃新闻', date: '2021-06-22' }],
  ['xtrb-cn.html', 'https://www.xtrb.cn/news/xiangtan/123456.html', { paper: '湘潭日报', date: '2021-06-22' }],
  ['zznews-gov-cn.html', 'https://www.zznews.gov.cn/news/2021/1201/123456.shtml', { paper: '株洲日报', date: '2021-12-01' }],
  ['hnrb-voc-com-cn.html', 'https://hnrb.voc.com.cn/hnrb_epaper/html/2021-06/22/content_1515123.htm', { paper: '湖南日报', date: '2021-06-22' }],
  ['rednet-cn.html', 'https://hn.rednet.cn/content/646746/66/9876543.html', { paper: '红网', date: '2021-06-22' }],
  // JSON-LD: an @graph with the publisher by @id and an instant in UTC (23:30 is the next morning in China).
  ['initium-graph.html', 'https://theinitium.com/article/hongkong-school/', { paper: '端傳媒', date: '2021-06-22' }],
  ['nbd-array.html', 'https://www.nbd.com.cn/articles/1812345.html', { paper: '每日经济新闻', date: '2021-06-22' }],
  ['bbc-zhongwen.html', 'https://www.bbc.com/zhongwen/simp/world-57567890', { paper: 'BBC News 中文', date: '2021-06-22' }],
  // Malformed JSON-LD is skipped; Open Graph gives the rest.
  ['malformed-jsonld.html', 'https://news.iqilu.com/shandong/4888888.shtml', { paper: '齐鲁网', date: '2021-06-22' }],
  // Raw line breaks inside JSON strings, as CMSs print article bodies.
  ['raw-newline-jsonld.html', 'https://news.example.com/a/1.html', { paper: '三湘都市报', date: '2021-06-22' }],
  // Only a visible 发布时间 (and today's date in the top bar, which is not it); a city government's host is no paper.
  ['visible-fabu-only.html', 'http://www.xiangtan.gov.cn/109/171/content_987654.html', { date: '2021-06-22' }],
  // Traditional script: labels, and a CNA byline with a slash date.
  ['wenweipo-traditional.html', 'https://www.wenweipo.com/a/202106/22/AP60d1.html', { paper: '香港文匯報', date: '2021-06-22' }],
  ['cna-traditional.html', 'https://www.cna.com.tw/news/aipl/202106225001.aspx', { paper: '中央社', date: '2021-06-22' }],
  // The date only in the address.
  ['gov-cn-url-only.html', 'https://www.gov.cn/zhengce/content/2021-06/22/content_5620000.htm', { paper: '中国政府网', date: '2021-06-22' }],
  // No date on the page or in the address: none, whatever the masthead and the related links say.
  ['no-date.html', 'https://www.example.cn/news/123456.html', { paper: '衡阳新闻网' }],
  // Portals: the paper a story comes from, labelled or marked up as the source.
  ['news-163.html', 'https://www.163.com/news/article/GD5ABCDE0001899O.html', { paper: '新京报', date: '2021-07-01' }],
  ['sina-source-class.html', 'https://news.sina.com.cn/c/doc-ikqciyzk1234567.shtml', { paper: '北京青年报', date: '2021-06-22' }],
  ['bjnews-byline.html', 'https://www.toutiao.com/article/7000000000000000000/', { paper: '新京报', date: '2021-06-22' }],
  ['dzwww-compact-meta.html', 'http://news.dzwww.com/guoneixinwen/8765432.htm', { paper: '大众网', date: '2021-06-22' }],
];

describe('articleMeta on the headers of news sites', () => {
  it('has a case for every fixture, of at least 20 sites', () => {
    expect(SITES.map(([file]) => file).sort()).toEqual(readdirSync(HEADERS).sort());
    expect(new Set(SITES.map(([, url]) => new URL(url).hostname)).size).toBeGreaterThanOrEqual(20);
  });

  it.each(SITES)('%s', (file, url, expected) => {
    expect(articleMeta(fixture(file), url)).toEqual(expected);
  });
});

describe('articleMeta', () => {
  const header = (headerHtml: string, head = ''): Document =>
    page(`<html><head><title>标题新闻一则_某网</title>${head}</head><body><h1>标题新闻一则</h1>${headerHtml}<p>${'正文'.repeat(60)}</p></body></html>`);
  const unknownSite = 'https://www.example.cn/a/1.html';

  it('never gives the day of the visit: a page without a date has none', () => {
    const meta = articleMeta(header('<div>作者：王某</div>'), unknownSite);
    expect(meta).toEqual({});
    expect(meta).not.toHaveProperty('date');
  });

  it('reads the header only up to the body, with or without <p>: later dates are not the article\'s', () => {
    const body = '会议指出，要坚持稳中求进工作总基调，统筹发展和安全，扎实推进各项重点工作，确保全年目标任务圆满完成。';
    const related = '<ul><li>2021-06-18 城区道路施工公告</li></ul>';
    const withP = page(`<html><body><h1>标题新闻一则</h1><div>作者：王某</div><p>${body}</p>${related}</body></html>`);
    const withoutP = page(`<html><body><h1>标题新闻一则</h1><div>作者：王某</div><div id="content">${body}<br>${body}</div>${related}</body></html>`);
    const shortBody = page(`<html><body><h1>标题新闻一则</h1><p>短讯。</p>${related}</body></html>`);
    expect(articleMeta(withP, unknownSite)).toEqual({});
    expect(articleMeta(withoutP, unknownSite)).toEqual({});
    // A page whose body is too short to tell from its header reads on.
    expect(articleMeta(shortBody, unknownSite)).toEqual({ date: '2021-06-18' });
  });

  it('ignores JSON-LD that is not JSON or not an article, without throwing', () => {
    const blocks = [
      '{"@type":"NewsArticle",',
      'undefined',
      '"2020-01-01"',
      '{"@type":"NewsArticle","datePublished":{"date":"2020-01-01"},"publisher":42}',
      '{"@type":"WebPage","datePublished":"2020-01-01","publisher":{"name":"网页"}}',
      '{"__proto__":{"@type":"NewsArticle"},"constructor":"x"}',
      `${'['.repeat(5000)}${']'.repeat(5000)}`,
    ].map((b) => `<script type="application/ld+json">${b}</script>`);
    const doc = header('<div>发布时间：2021-06-22</div>', blocks.join(''));
    expect(articleMeta(doc, unknownSite)).toEqual({ date: '2021-06-22' });
  });

  it('takes an instant with an offset as the day it was in China', () => {
    const meta = (value: string): ArticleMeta => articleMeta(header('', `<meta property="article:published_time" content="${value}">`), unknownSite);
    expect(meta('2021-06-21T20:00:00-04:00').date).toBe('2021-06-22');
    expect(meta('2021-06-22T07:30:00+0800').date).toBe('2021-06-22');
    expect(meta('2021-06-22T23:30:00+08:00').date).toBe('2021-06-22');
    expect(meta('2021-06-22 07:30').date).toBe('2021-06-22');
  });

  it('refuses days that do not exist and moves on to the next evidence', () => {
    const doc = header('<div>2021年06月22日</div>', '<meta name="publishdate" content="2021-02-30"><meta name="pubdate" content="2021-13-01">');
    expect(articleMeta(doc, unknownSite).date).toBe('2021-06-22');
  });

  it('reads full-width digits in the header', () => {
    expect(articleMeta(header('<div>发布时间：２０２１年６月２２日</div>'), unknownSite).date).toBe('2021-06-22');
  });

  it.each([
    ['/politics/2021-06/22/c_1127588.htm', '2021-06-22'],
    ['/n1/2021/0622/c1001-32136855.html', '2021-06-22'],
    ['/gn/2021/06-22/9504567.shtml', '2021-06-22'],
    ['/a/202106/22/WS60d1.html', '2021-06-22'],
    ['/2021/06/22/ARTIabc.shtml', '2021-06-22'],
    ['/art/2021/6/22/art_123_456.html', '2021-06-22'],
    ['/zwgk/202106/t20210622_9876543.html', '2021-06-22'],
    ['/articles/2021-06-22/1812345.html', '2021-06-22'],
    ['/a/10011234/', undefined],
    ['/news/2021061234/', undefined],
    ['/2021/13/45/x.html', undefined],
    ['/content/123456.html', undefined],
  ])('reads the date in the address %s', (path, date) => {
    expect(articleMeta(header(''), `https://www.example.cn${path}`).date).toBe(date);
  });

  it('names the paper of a byline or a dateline, not 本报', () => {
    const paper = (opening: string, url = unknownSite): string | undefined =>
      articleMeta(page(`<html><head><title>标题新闻一则</title></head><body><h1>标题新闻一则</h1><p>${opening}${'正文'.repeat(60)}</p></body></html>`), url).paper;
    expect(paper('湖南日报6月21日讯（全媒体记者 李某）')).toBe('湖南日报');
    expect(paper('新华社长沙6月22日电（记者 王某）')).toBe('新华社');
    expect(paper('（湘潭晚报记者 张某）')).toBe('湘潭晚报');
    expect(paper('本报讯（记者 张某）')).toBeUndefined();
    expect(paper('本报记者 张某')).toBeUndefined();
    // 本报 is the paper of the site it is on.
    expect(paper('本报讯（记者 张某）', 'https://www.xtrb.cn/a/1.html')).toBe('湘潭日报');
  });

  it('passes over a source that names no paper', () => {
    const doc = header('<div>来源：本站原创　来源：http://www.example.cn/</div>', '<meta property="og:site_name" content="某网">');
    expect(articleMeta(doc, unknownSite).paper).toBe('某网');
  });

  it('prefers the source the article prints to the site it is on', () => {
    expect(articleMeta(header('<div>来源：新京报</div>'), 'https://news.sina.com.cn/c/1.shtml').paper).toBe('新京报');
    expect(articleMeta(header('<div>作者：王某</div>'), 'https://news.sina.com.cn/c/1.shtml').paper).toBe('新浪网');
  });

  it('reads no header past a page of text before the headline, and reads labels from the top instead', () => {
    const filler = `<div>${'导航'.repeat(12_000)}</div>`;
    const far = page(`<html><body><div>发布时间：2021-06-22</div>${filler}<h1>标题新闻一则</h1><div>2020-01-01</div></body></html>`);
    expect(articleMeta(far, unknownSite)).toEqual({ date: '2021-06-22' });
  });

  it('survives an address that is not one', () => {
    expect(articleMeta(header('<div>2021-06-22</div>'), 'not a url')).toEqual({ date: '2021-06-22' });
  });
});

describe('paperOfHost', () => {
  it('matches a host and its subdomains, the longest entry winning', () => {
    expect(paperOfHost('people.com.cn')).toBe('人民网');
    expect(paperOfHost('politics.people.com.cn')).toBe('人民网');
    expect(paperOfHost('paper.people.com.cn')).toBe('人民日报');
    expect(paperOfHost('WWW.XTRB.CN')).toBe('湘潭日报');
    expect(paperOfHost('www.news.cn.')).toBe('新华网');
  });

  it('matches no other government under gov.cn, no lookalike, and nothing of Object', () => {
    expect(paperOfHost('www.gov.cn')).toBe('中国政府网');
    expect(paperOfHost('www.xiangtan.gov.cn')).toBeUndefined();
    expect(paperOfHost('notpeople.com.cn')).toBeUndefined();
    expect(paperOfHost('a.constructor')).toBeUndefined();
    expect(paperOfHost('127.0.0.1')).toBeUndefined();
    expect(paperOfHost('localhost')).toBeUndefined();
  });

  it('lists lowercase host names and names a record can hold', () => {
    for (const [host, name] of Object.entries(PAPER_HOSTS)) {
      expect(host).toMatch(/^[a-z0-9]+(?:[.-][a-z0-9]+)*\.[a-z]{2,}$/);
      expect(name.length).toBeGreaterThan(0);
      expect(name.length).toBeLessThanOrEqual(TEXT_LIMITS.paper);
    }
  });
});

describe('findLiveArticle', () => {
  it('carries the detected paper and date to the record', () => {
    const article = findLiveArticle(fixture('zznews-gov-cn.html'))!;
    expect(article).toMatchObject({ siteName: '株洲日报', published: '2021-12-01' });
  });

  it('carries no date where the page shows none', () => {
    const article = findLiveArticle(fixture('no-date.html'))!;
    expect(article.siteName).toBe('衡阳新闻网');
    expect(article).not.toHaveProperty('published');
  });
});
