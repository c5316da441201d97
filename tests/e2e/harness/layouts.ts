// Chinese news pages as readers meet them beyond the newspaper layout of
// news-page.ts: a portal, an old table-based government portal, a div-soup CMS
// page, a mobile page, and a page with the article in div#content. Each puts
// the article in the element marked data-region="article" (its headline, a
// source line naming no one, its paragraphs; on the div#content page also an
// editor's note and the editor's name) and marks every other part with a
// data-region of its own, nested parts included (a share bar or related links
// inside the article's box). The furniture names officials, gives amounts and
// slogans, so a wrong choice of article shows as marks outside it.
import { type NewsArticle, type NewsPageOptions, repeatedSeedParagraphs, testArticle } from './news-page';

/** A page around the article; `options.head` is added at the end of <head>. */
export type Layout = (a: NewsArticle, options?: NewsPageOptions) => string;

/** The portal's article: about 3,000 characters of seed paragraphs, as a portal story is. */
export const portalArticle = (): NewsArticle => testArticle('portal-3k.txt', '2021年05月21日 星期五 第02版：要闻', repeatedSeedParagraphs(3000));

const escapeHtml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const e = escapeHtml;

// The furniture's vocabulary: every headline built from it names an official,
// gives an amount or quotes a slogan that extract() finds.
const OFFICIALS = ['市委书记曹炯芳', '市长刘志仁', '省委书记张庆伟', '省长毛伟明', '区委书记周海兵', '副市长王强', '县长陈晓东', '市人大常委会主任谭本清', '市政协主席邓子龙', '区长李建华'];
const DOINGS = ['调研重点项目建设', '主持召开常务会议', '督导安全生产工作', '看望慰问困难群众', '会见客商代表', '检查防汛备汛工作', '宣讲党的二十大精神'];
const FIGURES = ['全年完成固定资产投资350亿元', '新建农村公路120公里', '签约项目总投资12.6亿元', '地区生产总值增长8.5%', '发放惠民补贴资金5000万元', '新增高标准农田175亩', '引进资金28亿元'];
const SLOGANS = ['“三高四新”战略', '“我为群众办实事”实践活动', '“放管服”改革', '“强省会”战略', '“六个湘潭”建设'];
const PLACES = ['雨湖区', '岳塘区', '湘潭县', '湘乡市', '韶山市', '高新区', '经开区', '昭山示范区', '九华片区'];
const NICKS = ['湘江边', '小张', '老王说事', '莲城市民', '韶山冲的风', '岳塘老李', '一名教师', '路人甲', '雨湖居民', '湘潭伢子', '热心网友', '退休职工'];

/** The i-th headline of the furniture: in turn an official at work, a figure, a slogan. */
function headline(i: number): string {
  const place = PLACES[i % PLACES.length]!;
  if (i % 3 === 0) return `${OFFICIALS[(i / 3) % OFFICIALS.length]}${DOINGS[i % DOINGS.length]}`;
  if (i % 3 === 1) return `${place}${FIGURES[i % FIGURES.length]}`;
  return `${place}深入推进${SLOGANS[i % SLOGANS.length]}`;
}
const headlines = (from: number, count: number): string[] => Array.from({ length: count }, (_, k) => headline(from + k));

/** A teaser paragraph, as sidebars and cards print under a picture. */
const teaser = (i: number): string =>
  `${OFFICIALS[(i + 3) % OFFICIALS.length]}强调，要以${SLOGANS[i % SLOGANS.length]}为抓手，确保${FIGURES[(i + 2) % FIGURES.length]}的目标如期实现。`;

/** A reader's comment naming an official and an amount. */
const comment = (i: number): string =>
  `${OFFICIALS[(i + 5) % OFFICIALS.length]}讲得实在，希望${PLACES[i % PLACES.length]}${FIGURES[(i + 1) % FIGURES.length]}早日落地，${SLOGANS[(i + 2) % SLOGANS.length]}要见实效。`;

const links = (items: readonly string[]): string => items.map((t) => `<a href="#">${e(t)}</a>`).join('');
const listItems = (items: readonly string[]): string => items.map((t) => `<li><a href="#">${e(t)}</a></li>`).join('');
/** The article's paragraphs, lines joined by <br>, each paragraph between `open` and `close`. */
const paragraphs = (a: NewsArticle, open = '<p>', close = '</p>'): string =>
  a.paragraphs.map((lines) => `${open}${lines.map(e).join('<br>')}${close}`).join('\n');
/** An iframe whose document is `body`: an advert or widget served with the page, no request. */
const frame = (body: string, attributes: string): string =>
  `<iframe ${attributes} srcdoc="${e(`<!doctype html><meta charset="utf-8"><body style="margin:0;font:13px sans-serif">${body}</body>`)}"></iframe>`;
const dateTime = (a: NewsArticle): string => `${a.date} 07:30`;
const head = (a: NewsArticle, title: string, style: string, options: NewsPageOptions, extra = ''): string => `<head>
<meta charset="utf-8">
<title>${e(title)}</title>
<meta name="publishdate" content="${e(a.date)}">${extra}
<style>${style}</style>${options.head ?? ''}
</head>`;

const PORTAL_CHANNELS = ['时政', '要闻', '县区', '经济', '民生', '教育', '文旅', '法治', '专题', '视频', '图片', '评论', '理论', '党建', '健康', '房产'];

const PORTAL_STYLE = `
body{margin:0;font:14px/1.7 "Noto Sans CJK SC",sans-serif;color:#222;background:#fff}
a{color:#333;text-decoration:none}
.top-bar{background:#f2f2f2;font-size:12px;padding:4px 24px;display:flex;justify-content:space-between}
.logo-row{display:flex;align-items:center;justify-content:space-between;padding:10px 24px}
.logo-row .logo{font-size:30px;font-weight:bold;color:#c00}
.mega-menu{display:grid;grid-template-columns:repeat(8,1fr);gap:4px 12px;background:#c00;padding:8px 24px;font-size:12px}
.mega-menu dl{margin:0}.mega-menu dt{font-weight:bold;color:#fff}.mega-menu dd{margin:0}.mega-menu a{display:block;color:#fde;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.crumbs{padding:8px 24px;font-size:12px;color:#666}
.page{display:grid;grid-template-columns:220px 1fr 280px;gap:20px;padding:0 24px}
.col-l,.col-r{font-size:13px}.col-l h3,.col-r h3{border-bottom:2px solid #c00;font-size:15px;margin:12px 0 6px}
.col-l ul,.col-r ul{padding-left:16px;margin:0}.pic-teaser p{margin:4px 0;color:#555}
.rm_txt h1{font-size:26px;margin:12px 0 6px}.rm_txt .source{color:#888;font-size:12px;border-bottom:1px solid #eee}
.share-bar{font-size:12px;color:#999;margin:6px 0}.share-bar a{margin-right:8px}
.rm_txt_con p{text-indent:2em;margin:0 0 1em;font-size:16px;line-height:1.9}
.rm_txt_con iframe{display:block;margin:0 auto 12px;border:0}
.box_related{border-top:1px dashed #ccc;margin-top:12px}.box_related li{margin:2px 0}
.comment-area{margin-top:16px;border-top:2px solid #c00}.comment-area .c-item{border-bottom:1px solid #eee;padding:6px 0}
.comment-area .c-user{color:#36c;font-size:12px}.comment-area .c-act{color:#999;font-size:12px}
.site-foot{background:#333;color:#ccc;font-size:12px;padding:16px 24px;margin-top:24px}.site-foot a{color:#ccc;margin-right:10px}
`;

/**
 * A regional news portal: a top bar, a mega-menu of 160 links, two columns of
 * link lists and picture teasers around the article (its share bar and related
 * links inside its box, a video frame above its paragraphs), two dozen comments,
 * advert and widget frames, a footer of links, and the inline scripts of an
 * analytics stub and the page's configuration. The article's paragraphs are
 * `.content > p`, as on the newspaper page.
 */
export const portalPageHtml: Layout = (a, options = {}) => {
  const menu = PORTAL_CHANNELS.map((channel, c) => `<dl><dt>${channel}</dt><dd>${links(headlines(c * 10, 10))}</dd></dl>`).join('\n');
  const teasers = (from: number, n: number): string =>
    Array.from({ length: n }, (_, k) => `<div class="pic-teaser"><a href="#">${e(headline(from + k))}</a><p>${e(teaser(from + k))}</p></div>`).join('');
  const comments = Array.from(
    { length: 24 },
    (_, i) =>
      `<div class="c-item"><div class="c-user">${e(NICKS[i % NICKS.length]!)} · ${PLACES[i % PLACES.length]}网友</div><p>${e(comment(i))}</p><div class="c-act">${i + 2}小时前 回复 赞(${(i * 7) % 50})</div></div>`,
  ).join('\n');
  return `<!doctype html>
<html>
${head(
  a,
  `${a.headline}_${a.paper}网`,
  PORTAL_STYLE,
  options,
  `
<meta property="og:site_name" content="${e(a.paper)}网">
<script>var _hmt = _hmt || []; _hmt.push(['_setAccount', 'portal-news']); _hmt.push(['_trackPageview']);</script>
<script>window.portalConfig = { channel: '时政', articleId: 20210521073000, commentsOpen: true };</script>`,
)}
<body>
<div class="top-bar" data-region="masthead"><span>${e(a.date)}　${e(a.city)}　晴 18～26℃</span><span>${links(['登录', '注册', '手机版', '客户端', '无障碍'])}</span></div>
<div class="logo-row" data-region="masthead"><span class="logo">${e(a.paper)}网</span><form><input placeholder="搜索新闻"><button type="button">搜索</button></form></div>
<nav class="mega-menu" data-region="nav">
${menu}
</nav>
<div class="crumbs" data-region="breadcrumb">当前位置：<a href="#">首页</a> &gt; <a href="#">时政</a> &gt; 正文</div>
<div class="page">
<div class="col-l" data-region="aside">
<h3>专题专栏</h3><ul>${listItems(headlines(150, 8))}</ul>
${frame(`<b>招商引资</b><p>${e(`${PLACES[1]}${FIGURES[2]}，${OFFICIALS[5]}出席签约仪式`)}</p>`, 'width="220" height="160" title="广告" scrolling="no"')}
<h3>图片新闻</h3>${teasers(160, 3)}
</div>
<div class="col-m">
<div class="rm_txt" data-region="article">
<h1>${e(a.headline)}</h1>
<div class="source">${e(dateTime(a))} | 来源：${e(a.paper)}</div>
<div class="share-bar" data-region="share">分享到：${links(['微信', '微博', 'QQ空间', '复制链接'])}字号：${links(['大', '中', '小'])}</div>
<div class="rm_txt_con content">
${frame(`<p>视频：${e(`${OFFICIALS[0]}${DOINGS[0]}`)}</p>`, 'width="560" height="120" title="视频"')}
${paragraphs(a)}
</div>
<div class="box_related" data-region="related"><h3>相关新闻</h3><ul>${listItems(headlines(170, 10))}</ul></div>
</div>
<div class="comment-area" data-region="comments">
<h3>网友评论（24条）</h3>
${frame('<p>登录后参与评论　文明上网　理性发言</p>', 'width="100%" height="40" title="评论登录"')}
${comments}
</div>
</div>
<div class="col-r" data-region="aside">
<h3>热点排行</h3><ol>${listItems(headlines(180, 10))}</ol>
<h3>县区动态</h3>${teasers(190, 4)}
${frame(`<p>${e(`${a.city}天气　今天晴　${FIGURES[3]}`)}</p>`, 'width="280" height="60" title="天气"')}
<h3>政务公开</h3><ul>${listItems(headlines(200, 8))}</ul>
</div>
</div>
<footer class="site-foot" data-region="footer">
<p>友情链接：${links(['人民网', '新华网', '央视网', '湖南省人民政府', '红网', '华声在线', '湖南日报', '新湖南', ...PLACES.map((p) => `${p}政府网`)])}</p>
<p>${links(['关于我们', '联系我们', '广告服务', '版权声明', '违法和不良信息举报', '网站地图', '招聘信息', '法律顾问'])}</p>
<p>${e(`主办：${a.paper}社　社长刘建国　总编辑王志强　举报电话：0731-58888888`)}</p>
<p>湘ICP备05001234号　互联网新闻信息服务许可证43120170001号</p>
</footer>
<script>document.querySelector('.comment-area h3').title = '共' + window.portalConfig.articleId.toString().length + '页';</script>
</body>
</html>
`;
};

const GOV_STYLE = `
body{margin:0;font-size:12px;font-family:宋体,"Noto Serif CJK SC",serif;background:#e8eef5}
td{font-size:12px;line-height:22px}a{color:#000;text-decoration:none}
.banner{background:#1d5aa8;color:#fff;font-size:28px;font-weight:bold;height:90px}
.menu td{background:#2b6cc4;color:#fff;text-align:center}.menu a{color:#fff}
.box{background:#fff;border:1px solid #b8cce4}.box .hd{background:#dbe7f5;font-weight:bold;color:#1d5aa8}
.title{font-size:22px;font-weight:bold;color:#c00;line-height:40px}
.text td{font-size:14px;line-height:28px}
`;

/**
 * An old provincial government portal: nested tables, <font>, no landmarks;
 * the article a <td> of paragraphs in a table under a breadcrumb (当前位置),
 * with a 来源/发布时间 line, print and close buttons and a table of related
 * links; a left column of leaders, notices and news.
 */
export const govTablePageHtml: Layout = (a, options = {}) => {
  const rows = (items: readonly string[], dates = false): string =>
    items
      .map((t, i) => `<tr><td width="12">·</td><td><a href="#"><font color="#333">${e(t)}</font></a></td>${dates ? `<td width="80">2021-05-${String(20 - i).padStart(2, '0')}</td>` : ''}</tr>`)
      .join('');
  const box = (title: string, body: string): string =>
    `<table width="100%" border="0" cellspacing="0" cellpadding="4" class="box"><tr><td class="hd">${title}</td></tr><tr><td><table width="100%" border="0" cellspacing="0" cellpadding="0">${body}</table></td></tr></table><br>`;
  const leaders = OFFICIALS.slice(0, 6).map((o) => `<tr><td><font color="#1d5aa8">${e(o)}</font></td></tr>`).join('');
  return `<!doctype html>
<html>
${head(a, `${a.headline}-${a.city}市人民政府`, GOV_STYLE, options, '\n<meta http-equiv="X-UA-Compatible" content="IE=edge">')}
<body topmargin="0" leftmargin="0">
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" data-region="masthead"><tr><td class="banner">&nbsp;&nbsp;${e(a.city)}市人民政府门户网站</td></tr></table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="1" class="menu" data-region="nav"><tr>${['首页', '政务公开', '政务服务', '互动交流', '走进' + a.city, '领导之窗', '政策文件', '专题专栏'].map((t) => `<td><a href="#">${e(t)}</a></td>`).join('')}</tr></table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr>
<td width="240" valign="top" data-region="aside">
${box('领导之窗', leaders)}
${box('通知公告', rows(headlines(210, 8)))}
${box('政务要闻', rows(headlines(220, 10)))}
</td>
<td width="10"></td>
<td width="750" valign="top">
<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td height="30" data-region="breadcrumb"><font color="#666">当前位置：<a href="#">首页</a> &gt;&gt; <a href="#">政务公开</a> &gt;&gt; <a href="#">政务动态</a></font></td></tr></table>
<table width="100%" border="0" cellspacing="0" cellpadding="10" class="box" data-region="article">
<tr><td align="center" class="title"><font>${e(a.headline)}</font></td></tr>
<tr><td align="center"><font color="#888">来源：${e(a.paper)}　　发布时间：${e(dateTime(a))}　　浏览次数：1024</font></td></tr>
<tr><td><table width="100%" border="0" cellspacing="0" cellpadding="0" class="text"><tr><td>
${paragraphs(a, '<p><font face="宋体">', '</font></p>')}
</td></tr></table></td></tr>
</table>
<table width="100%" border="0" cellspacing="0" cellpadding="6" data-region="toolbar"><tr><td align="right">【<a href="javascript:window.print()">打印本页</a>】　【<a href="javascript:window.close()">关闭窗口</a>】</td></tr></table>
<table width="100%" border="0" cellspacing="0" cellpadding="4" class="box" data-region="related"><tr><td class="hd" colspan="3">相关链接</td></tr>${rows(headlines(230, 8), true)}</table>
</td>
</tr></table>
<table width="1000" border="0" align="center" cellpadding="8" cellspacing="0" data-region="footer"><tr><td align="center"><font color="#555">
主办：${e(a.city)}市人民政府办公室　承办：${e(a.city)}市大数据中心　联系电话：0731-55578888<br>
网站标识码：4303000001　湘ICP备05001234号　${e(`${OFFICIALS[8]}信箱`)}
</font></td></tr></table>
</body>
</html>
`;
};

const SOUP_STYLE = `
body{margin:0;font:14px/1.8 "Microsoft YaHei","Noto Sans CJK SC",sans-serif;background:#f6f6f6}
a{color:#333;text-decoration:none}
.top{height:80px;background:#a00;color:#fff;font-size:28px;line-height:80px;padding-left:30px}
.daohang{background:#fff;border-bottom:3px solid #a00;padding:6px 30px}.daohang a{margin-right:14px}
.main_box{width:1100px;margin:12px auto;overflow:hidden}
.left_box{float:left;width:760px;background:#fff;padding:16px}.right_box{float:right;width:300px}
.dqwz{font-size:12px;color:#777}.xl_title{font-size:24px;font-weight:bold;text-align:center;margin:12px 0}
.xl_info{font-size:12px;color:#999;text-align:center;border-bottom:1px solid #ddd;padding-bottom:6px}
.TRS_Editor p{text-indent:2em;margin:0 0 12px}
.xgxw,.pl_box{margin-top:16px;border-top:1px solid #ddd}.pl_item{border-bottom:1px dotted #ddd;padding:4px 0}
.rd_box{background:#fff;margin-bottom:12px;padding:10px}.rd_tit{font-weight:bold;color:#a00;border-bottom:1px solid #eee}
.rd_box li{margin:3px 0}.tu_txt{color:#666;font-size:13px}
.foot{clear:both;text-align:center;color:#888;font-size:12px;padding:20px}
`;

/**
 * A div-soup CMS page: no semantic element, class names only (many in pinyin,
 * which Readability's English patterns do not know), the article in
 * `#zoom .TRS_Editor`, a headline that is a <div>, related news and comments
 * below it, and a right column of 热点 lists and captions naming officials.
 */
export const divSoupPageHtml: Layout = (a, options = {}) => {
  const hotBox = (title: string, from: number): string => `<div class="rd_box"><div class="rd_tit">${title}</div><ul>${listItems(headlines(from, 10))}</ul></div>`;
  return `<!doctype html>
<html>
${head(a, `${a.headline}--${a.paper}`, SOUP_STYLE, options)}
<body>
<div class="top" data-region="masthead">${e(a.paper)}数字报</div>
<div class="daohang" data-region="nav">${links(['首页', '要闻', '时政', '县市区', '社会', '经济', '文化', '图片', '视频', '专题', '数字报'])}</div>
<div class="main_box">
<div class="left_box">
<div class="dqwz" data-region="breadcrumb">您当前的位置：<a href="#">首页</a> &gt; <a href="#">要闻</a></div>
<div class="xl_box" data-region="article">
<div class="xl_title">${e(a.headline)}</div>
<div class="xl_info">发布时间：${e(dateTime(a))}　来源：${e(a.paper)}　字号：[大 中 小]</div>
<div id="zoom"><div class="TRS_Editor">
${paragraphs(a, '<p style="text-indent:2em">')}
</div></div>
</div>
<div class="xgxw" data-region="related"><div class="rd_tit">相关新闻</div><ul>${listItems(headlines(240, 8))}</ul></div>
<div class="pl_box" data-region="comments"><div class="rd_tit">网友留言</div>
${Array.from({ length: 6 }, (_, i) => `<div class="pl_item"><span>${e(NICKS[(i + 4) % NICKS.length]!)}：</span>${e(comment(i + 7))}</div>`).join('\n')}
</div>
</div>
<div class="right_box" data-region="aside">
${hotBox('热点', 250)}
<div class="rd_box"><div class="rd_tit">图说${e(a.city)}</div>${[0, 1, 2].map((i) => `<div class="tu_txt">${e(teaser(20 + i))}</div>`).join('')}</div>
${hotBox('领导活动', 260)}
</div>
</div>
<div class="foot" data-region="footer">${e(`${a.paper}社版权所有　未经书面授权不得复制或建立镜像`)}<br>地址：${e(a.city)}市建设北路1号　湘ICP备05001234号</div>
</body>
</html>
`;
};

const MOBILE_STYLE = `
body{margin:0 auto;max-width:480px;font:17px/1.75 "PingFang SC","Noto Sans CJK SC",sans-serif;color:#222;background:#fff}
a{color:inherit;text-decoration:none}
.app-bar{position:sticky;top:0;display:flex;justify-content:space-between;align-items:center;background:#fff4f4;padding:8px 12px;font-size:13px;z-index:2}
.app-bar b{background:#e00;color:#fff;border-radius:14px;padding:2px 12px;font-weight:normal}
.m-head{display:flex;justify-content:space-between;padding:8px 12px;border-bottom:1px solid #eee;font-size:15px}
.m-article{padding:12px}.m-article h1{font-size:22px;line-height:1.4;margin:4px 0}.m-meta{color:#999;font-size:13px}
.m-body p{margin:0 0 14px;text-align:justify}
.m-more{text-align:center;color:#e00;font-size:14px;padding:8px}
.m-rec h2,.m-cmt h2{font-size:17px;padding:0 12px;border-left:4px solid #e00}
.card{display:flex;gap:8px;padding:10px 12px;border-bottom:1px solid #f0f0f0}.card .t{flex:1;font-size:16px}.card .m{color:#aaa;font-size:12px}.card i{width:96px;height:64px;background:#ddd}
.m-cmt .c{padding:6px 12px;font-size:15px}.m-cmt .u{color:#888;font-size:13px}
.box{display:flex;gap:8px;padding:8px 12px}.box textarea{flex:1;height:34px}
.tabbar{display:flex;justify-content:space-around;border-top:1px solid #eee;padding:6px;font-size:12px}
`;

/**
 * A mobile page: one column under an app banner, the article, an 打开APP
 * prompt, 推荐阅读 cards whose headlines name officials and amounts, hot
 * comments with a comment box, and a tab bar.
 */
export const mobilePageHtml: Layout = (a, options = {}) => {
  const card = (i: number): string =>
    `<a class="card" href="#"><div class="t">${e(headline(270 + i))}<div class="m">${e(a.paper)} · ${i + 1}小时前 · 评论${(i * 13) % 90}</div></div><i></i></a>`;
  return `<!doctype html>
<html lang="zh-CN">
${head(a, `${a.headline} - ${a.paper}客户端`, MOBILE_STYLE, options, '\n<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">')}
<body>
<div class="app-bar" data-region="banner"><span>${e(a.paper)}客户端　打开APP，阅读体验更佳</span><b>打开</b></div>
<div class="m-head" data-region="masthead"><span>${e(a.paper)}</span><span>搜索</span></div>
<section class="m-article" data-region="article">
<h1>${e(a.headline)}</h1>
<div class="m-meta">${e(a.paper)}　${e(dateTime(a))}</div>
<div class="m-body">
${paragraphs(a)}
</div>
</section>
<div class="m-more" data-region="banner">打开APP，查看更多精彩内容 ＞</div>
<section class="m-rec" data-region="related"><h2>推荐阅读</h2>
${Array.from({ length: 12 }, (_, i) => card(i)).join('\n')}
</section>
<section class="m-cmt" data-region="comments"><h2>热门评论</h2>
${Array.from({ length: 6 }, (_, i) => `<div class="c"><div class="u">${e(NICKS[(i + 2) % NICKS.length]!)} · ${PLACES[(i + 3) % PLACES.length]}</div>${e(comment(i + 13))}</div>`).join('\n')}
<div class="box"><textarea placeholder="写评论…"></textarea><button type="button">发布</button></div>
</section>
<nav class="tabbar" data-region="nav">${links(['首页', '视频', '直播', '政务', '我的'])}</nav>
</body>
</html>
`;
};

const CONTENT_DIV_STYLE = `
body{margin:0;font:15px/1.8 "Noto Sans CJK SC",sans-serif;background:#fafafa;color:#222}
a{color:#234;text-decoration:none}
#header{background:#07457e;color:#fff;padding:14px 40px;font-size:26px}
#nav{background:#0a5aa3;padding:6px 40px}#nav a{color:#fff;margin-right:16px}
#container{display:flex;gap:20px;max-width:1120px;margin:16px auto}
#main{flex:1;background:#fff;padding:20px 32px}#sidebar{width:300px;font-size:13px}
#content h1{font-size:26px;text-align:center}#content .info{color:#888;font-size:13px;text-align:center}
#content .share{font-size:12px;color:#888;text-align:right;border-bottom:1px solid #eee;margin-bottom:12px}#content .share a{margin-left:8px}
#content .note{background:#f3f6fa;border-left:4px solid #0a5aa3;padding:8px 12px;color:#444}
#content p{text-indent:2em}#content .editor{text-align:right;color:#666}
.related{border-top:2px solid #0a5aa3;margin-top:20px}.side-box{background:#fff;padding:10px;margin-bottom:12px}
#footer{text-align:center;color:#777;font-size:12px;padding:20px;border-top:1px solid #ddd}
`;

// The div#content page's editor's note and editor's line: the article's own, as readers take them.
const EDITORS_NOTE = '【编者按】为深入开展“我为群众办实事”实践活动，本报今起推出“走基层”系列报道，敬请关注。';
const EDITOR_LINE = '（责任编辑：刘丹）';

/**
 * The article in `<div id="content">`: its headline and date line, an inline
 * share bar (with a font-size switch) marked off as furniture, an editor's
 * note, the paragraphs as direct children, and the 责任编辑 line; related
 * reading after it and a sidebar beside.
 */
export const contentDivPageHtml: Layout = (a, options = {}) => `<!doctype html>
<html>
${head(a, `${a.headline}_${a.paper}网`, CONTENT_DIV_STYLE, options, `\n<meta name="author" content="${e(a.paper)}">`)}
<body>
<div id="header" data-region="masthead">${e(a.paper)}网</div>
<div id="nav" data-region="nav">${links(['首页', '本地', '国内', '国际', '财经', '评论', '专题', '数字报'])}</div>
<div id="container">
<div id="main">
<div id="content" data-region="article">
<h1>${e(a.headline)}</h1>
<div class="info">${e(dateTime(a))}　来源：${e(a.paper)}</div>
<div class="share" data-region="share">【字体：${links(['大', '中', '小'])}】　分享到：${links(['微信', '微博', 'QQ'])}　${links(['打印', '纠错'])}</div>
<div class="note">${e(EDITORS_NOTE)}</div>
${paragraphs(a)}
<p class="editor">${e(EDITOR_LINE)}</p>
</div>
<div class="related" data-region="related"><h3>延伸阅读</h3><ul>${listItems(headlines(290, 8))}</ul></div>
</div>
<div id="sidebar" data-region="aside">
<div class="side-box"><h3>24小时热文</h3><ol>${listItems(headlines(300, 10))}</ol></div>
<div class="side-box"><h3>评论</h3>${[0, 1, 2].map((i) => `<p>${e(teaser(30 + i))}</p>`).join('')}</div>
</div>
</div>
<div id="footer" data-region="footer">${e(`${a.paper}网　版权所有　举报邮箱：jubao@example.cn`)}<br>湘ICP备05001234号</div>
</body>
</html>
`;

/** The layouts beyond the newspaper page, by a name for test titles. */
export const LAYOUTS = {
  'news portal': portalPageHtml,
  'table-based government portal': govTablePageHtml,
  'div-soup CMS page': divSoupPageHtml,
  'mobile page': mobilePageHtml,
  'article in div#content': contentDivPageHtml,
} as const satisfies Record<string, Layout>;
