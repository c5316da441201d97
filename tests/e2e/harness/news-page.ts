// Turns a seed text into the page a reader would meet: a newspaper site with a
// masthead, navigation, a sidebar, comments and a footer around the article.
// The furniture names officials and gives amounts and slogans on purpose, so a
// test can tell whether Tifa kept to the article.
import { join } from 'node:path';
import { readSeeds } from '../../../lib/corpus/seeds';
import { SEEDS_DIR } from './paths';

export interface NewsArticle {
  /** Seed file name, e.g. `000_f23afc171f0d6350.txt`. */
  file: string;
  paper: string;
  date: string;
  city: string;
  headline: string;
  /** Paragraphs (split on blank lines), each a list of lines. */
  paragraphs: string[][];
}

/** Where each part of the page sits; tests read it back with `closest('[data-region]')`. */
export type Region = 'masthead' | 'nav' | 'article' | 'aside' | 'comments' | 'footer';

// Page-layout white space only; U+3000 and U+00A0 are content and stay.
const ASCII_SPACE = /^[ \t\r\f]+|[ \t\r\f]+$/g;

export function seedArticles(): NewsArticle[] {
  return readSeeds(SEEDS_DIR).map(({ file, paper, date, city, text }) => ({
    file,
    paper,
    date,
    city,
    // The paper is in the masthead and <title>, not in the headline: a card that
    // shows the paper got it from the corpus, not from this page's title.
    headline: `${longDate(date)} 第01版：要闻`,
    paragraphs: text
      .split(/\n[ \t\r\f]*\n/)
      .map((p) => p.split('\n').map((line) => line.replace(ASCII_SPACE, '')).filter(Boolean))
      .filter((lines) => lines.length > 0),
  }));
}

export function seedArticle(file: string): NewsArticle {
  const found = seedArticles().find((a) => a.file === file || a.file.startsWith(`${file}_`));
  if (!found) throw new Error(`no seed ${file} in ${join(SEEDS_DIR, 'manifest.json')}`);
  return found;
}

/** An article of the test paper made of `paragraphs`: a page no seed gives (very long, very dense). */
export const testArticle = (file: string, headline: string, paragraphs: string[][]): NewsArticle => ({
  file,
  paper: '湘潭日报',
  date: '2021-05-21',
  city: '湘潭',
  headline,
  paragraphs,
});

/** Every seed paragraph in order, over and over, until the article text (articleText) is at least `minChars` long. */
export function repeatedSeedParagraphs(minChars: number): string[][] {
  const all = seedArticles().flatMap((a) => a.paragraphs);
  const paragraphs: string[][] = [];
  // Paragraphs are joined by one line break: none before the first.
  for (let length = -1, i = 0; length < minChars; i++) {
    const p = all[i % all.length]!;
    paragraphs.push(p);
    length += p.join('\n').length + 1;
  }
  return paragraphs;
}

/** The 1 MB page of the load tests and the benchmark: every seed paragraph, over and over, to a million characters. */
export const megabyteArticle = (): NewsArticle =>
  testArticle('load-1mb.txt', '2021年05月21日 星期五 第01版：要闻汇编', repeatedSeedParagraphs(1_000_000));

/**
 * The article's text as the content script lays it out (lib/dom/text-map.ts):
 * every block and <br> one line break. The headline and byline are left out;
 * they name nobody (checked by the tests), so they add no mention either way.
 */
export const articleText = (a: NewsArticle): string => a.paragraphs.map((lines) => lines.join('\n')).join('\n');

const escapeHtml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];

function longDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${y}年${m}月${d}日 星期${WEEKDAYS[new Date(`${iso}T00:00:00Z`).getUTCDay()]}`;
}

/** Text of the furniture, by region: what must never be painted. */
export function furniture(a: Pick<NewsArticle, 'paper' | 'city'>): Record<Exclude<Region, 'article' | 'masthead'>, string[]> {
  return {
    nav: ['首页', '时政', '市委书记曹炯芳调研重点项目建设', '曹炯芳调研“我为群众办实事”实践活动', '市长刘志仁主持召开市政府常务会议', '民生', '视频'],
    aside: [
      '市委副书记、市长刘志仁：今年完成固定资产投资350亿元',
      `${a.city}全市地区生产总值增长8.5%`,
      '总投资50亿元的湘江大桥项目开工',
      '“三高四新”战略落地见效',
    ],
    comments: [
      '网友“湘江边”：市委书记曹炯芳说得好，希望老旧小区改造资金500万元尽快到位。',
      '网友“小张”：支持“我为群众办实事”，点赞区长李建华，新修道路3.5公里。',
    ],
    footer: [`主办：${a.paper}社　社长刘建国　总编辑王志强`, `地址：${a.city}市建设北路1号　邮编411100`, '湘ICP备05001234号'],
  };
}

const STYLE = `
body{margin:0;font:16px/1.8 "Noto Sans CJK SC","Source Han Sans SC",sans-serif;color:#222;background:#f4f4f4}
header{background:#b71c1c;color:#fff;padding:12px 32px;display:flex;justify-content:space-between;align-items:baseline}
header .masthead{font-size:32px;font-weight:bold;letter-spacing:4px}
nav{background:#fff;border-bottom:2px solid #b71c1c;padding:6px 32px}
nav a{margin-right:18px;color:#333;text-decoration:none;font-size:14px}
.layout{display:flex;gap:24px;max-width:1100px;margin:16px auto;padding:0 16px}
main{flex:1;min-width:0}
article{background:#fff;padding:24px 32px}
article h1{font-size:26px;margin:0 0 8px}
.byline{color:#888;font-size:13px;border-bottom:1px solid #eee;padding-bottom:8px}
.content p{text-indent:2em;margin:0 0 1em}
.comments{background:#fff;margin-top:16px;padding:16px 32px;font-size:14px}
aside{width:280px;background:#fff;padding:16px;font-size:14px;align-self:flex-start}
aside li{margin-bottom:8px}
footer{text-align:center;color:#666;font-size:12px;padding:24px;border-top:1px solid #ddd}
`;

export interface NewsPageOptions {
  /** Markup added at the end of <head>, as written (the test's own scripts: never page data). */
  head?: string;
}

/** A complete page around the article. `lang` is left off, as on many Chinese sites. */
export function newsPageHtml(a: NewsArticle, options: NewsPageOptions = {}): string {
  const f = furniture(a);
  const e = escapeHtml;
  const list = (items: string[]): string => items.map((t) => `<li><a href="#">${e(t)}</a></li>`).join('');
  return `<!doctype html>
<html>
<head>
<meta charset="utf-8">
<title>${e(a.headline)}_${e(a.paper)}</title>
<meta property="og:site_name" content="${e(a.paper)}">
<meta name="publishdate" content="${e(a.date)}">
<meta property="article:published_time" content="${e(a.date)}T07:30:00+08:00">
<style>${STYLE}</style>${options.head ?? ''}
</head>
<body>
<header data-region="masthead"><span class="masthead">${e(a.paper)}</span><span>${e(longDate(a.date))}</span></header>
<nav data-region="nav">${f.nav.map((t) => `<a href="#">${e(t)}</a>`).join('\n')}</nav>
<div class="layout">
<main>
<article data-region="article">
<h1>${e(a.headline)}</h1>
<div class="byline">来源：${e(a.paper)}　${e(a.date)} 07:30</div>
<div class="content">
${a.paragraphs.map((lines) => `<p>${lines.map(e).join('<br>')}</p>`).join('\n')}
</div>
</article>
<section class="comments" data-region="comments">
<h2>网友评论</h2>
<ul>${f.comments.map((t) => `<li><p>${e(t)}</p></li>`).join('')}</ul>
</section>
</main>
<aside data-region="aside">
<h3>热点排行</h3>
<ol>${list(f.aside)}</ol>
</aside>
</div>
<footer data-region="footer">${f.footer.map((t) => `<p>${e(t)}</p>`).join('')}</footer>
</body>
</html>
`;
}

/** An English news page that quotes a Chinese name once: Tifa must leave it alone. */
export function englishPageHtml(): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>City council approves budget - The Daily Courier</title><style>${STYLE}</style></head>
<body>
<header><span class="masthead">The Daily Courier</span><span>Friday, May 21, 2021</span></header>
<nav><a href="#">Home</a><a href="#">Politics</a><a href="#">Business</a></nav>
<div class="layout"><main><article>
<h1>City council approves budget</h1>
<div class="content">
<p>The city council approved a budget of 5 billion yuan on Thursday, after a debate that ran late into the night.</p>
<p>Party secretary Cao Jiongfang (市委书记曹炯芳) told reporters that the money would go to schools, roads and the river front.</p>
<p>Opposition members said the plan left too little for public transport, and asked for a review before the end of the year.</p>
<p>The largest single item is the rebuilding of two primary schools in the old town, which flooded last summer. Work is due to start in September and to be finished within eighteen months, the education office said.</p>
<p>Road repairs take the second-largest share. The council's transport committee listed forty streets where the surface has broken up, most of them near the port, and said that the busiest would be repaired at night to keep traffic moving.</p>
<p>Along the river, the plan pays for a new embankment walk, street lighting and a small park on land the city bought from a shipping company in 2019. Residents who spoke at the meeting welcomed the park but asked that the walk be kept open to cyclists.</p>
<p>The budget now goes to the provincial government for approval, which the council expects by the end of June.</p>
</div>
</article></main></div>
<footer>© The Daily Courier</footer>
</body>
</html>
`;
}
