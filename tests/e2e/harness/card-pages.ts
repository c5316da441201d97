// Pages for the card's tests: one official, 曹炯芳 (whom the corpus knows as
// 市委书记 of 湘潭日报), in the middle of a long article whose lines are set
// flush right across the whole window, so the name sits at the window's right
// edge and can be scrolled to its bottom edge. Its paper and date are no
// seed's, so a card that lists them got them from this page. The same page
// in dark colours, for the card's theme.
import { type NewsArticle, newsPageHtml, testArticle } from './news-page';
import { html } from './server';

export const EDGE_NAME = '曹炯芳';
export const EDGE_PAPER = '测试晚报';
export const EDGE_DATE = '2024-03-01';
export const EDGE_PATH = '/edge/card-edges.html';

const FILLER = '会议强调，要坚持稳中求进工作总基调，扎实做好各项工作，确保全年目标任务圆满完成。';

const article: NewsArticle = {
  ...testArticle('card-edges.txt', '2024年03月01日 星期五 第01版：要闻', [
    ...Array.from({ length: 30 }, () => [FILLER]),
    [`会议由市委书记${EDGE_NAME}主持。`],
    ...Array.from({ length: 30 }, () => [FILLER]),
  ]),
  paper: EDGE_PAPER,
  date: EDGE_DATE,
};

const FLUSH_RIGHT = '<style>.layout{max-width:none;margin:0;padding:0}aside{display:none}article{padding:24px 12px}.content p{text-align:right;text-indent:0}</style>';

export const EDGE_PAGE = html(newsPageHtml(article, { head: FLUSH_RIGHT }));

export const DARK_PATH = '/edge/card-edges-dark.html';
const DARK = '<style>body{background:#121212;color:#ddd}nav,article,.comments{background:#1e1e1e;color:#ddd}</style>';
export const DARK_PAGE = html(newsPageHtml(article, { head: FLUSH_RIGHT + DARK }));
