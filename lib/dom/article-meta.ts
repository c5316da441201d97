// The paper an article appeared in and the day it was published, read from the
// page: structured data (JSON-LD, Open Graph, the meta tags of Chinese CMSs and
// government sites), the article's header as the reader sees it (来源：…,
// 发布时间：…, bylines such as 湘潭日报记者, datelines such as 新华社…电), the
// address, and the hosts of the major papers. Never the day of the visit: a
// page that shows no date has none.
import { paperOfHost } from './paper-hosts';
import { readableNodes } from './text-map';

export interface ArticleMeta {
  /** The paper's or site's display name. */
  paper?: string;
  /** The article's date, YYYY-MM-DD. */
  date?: string;
}

export function articleMeta(doc: Document, url: string): ArticleMeta {
  const ld = jsonLd(doc);
  const meta = metaTags(doc);
  const header = headerText(doc);
  const address = parseUrl(url);
  // What the article says of itself first (the print it comes from), then the site it is on.
  const paper =
    labelledSource(header.near) ??
    sourceElement(doc) ??
    meta.source ??
    byline(header.near) ??
    (address && paperOfHost(address.hostname)) ??
    ld.paper ??
    meta.site;
  const date = ld.date ?? meta.date ?? headerDate(header) ?? (address ? urlDate(address.pathname) : undefined);
  return { ...(paper && { paper }), ...(date && { date }) };
}

// Dates.

/** A calendar day as YYYY-MM-DD; none for a day that does not exist or a year no news page has. */
function toDay(y: string | number, m: string | number, d: string | number): string | undefined {
  const [year, month, day] = [Number(y), Number(m), Number(d)];
  if (year < 1900 || year > 2099 || month < 1 || month > 12 || day < 1) return undefined;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

// 2021-06-22, 2021/6/22, 2021.06.22, 2021年6月22日 (with or without a time after it).
const DATE = String.raw`(?<!\d)(?<y>\d{4})\s*(?:年\s*(?<m1>\d{1,2})\s*月\s*(?<d1>\d{1,2})\s*日|(?<sep>[-/.])(?<m2>\d{1,2})\k<sep>(?<d2>\d{1,2})(?!\d))`;
const ANY_DATE = new RegExp(DATE);
// Labels of the publication date; a bare 时间/日期 label needs its colon.
const PUBLISHED_LABEL = new RegExp(String.raw`(?:发布|發佈|發布|发表|發表|发稿|發稿|刊发|刊發|出版)(?:时间|時間|日期|于|於)\s*[:：]?\s*${DATE}`);
const DATE_LABEL = new RegExp(String.raw`(?:时间|時間|日期)\s*[:：]\s*${DATE}`);
// An instant with its offset: the day it was in China, where every paper here prints its date.
const INSTANT = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})$/i;
const CHINA_OFFSET_MS = 8 * 3_600_000;
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:\d{4,6})?$/;

function dayIn(text: string, pattern: RegExp = ANY_DATE): string | undefined {
  const g = pattern.exec(text)?.groups;
  return g?.y ? toDay(g.y, (g.m1 ?? g.m2)!, (g.d1 ?? g.d2)!) : undefined;
}

/** The day of a date as metadata writes it: ISO (an instant with an offset is taken in China's time), 2021年6月22日, 20210622. */
function dayOf(value: string): string | undefined {
  const v = value.trim();
  const instant = INSTANT.exec(v);
  if (instant) {
    const [, y, m, d, h, min, s, zone] = instant;
    if (!toDay(y!, m!, d!)) return undefined;
    const offset = zone!.toUpperCase() === 'Z' ? 0 : Number(zone![0] + '1') * (Number(zone!.slice(1, 3)) * 60 + Number(zone!.slice(-2)));
    const china = new Date(Date.UTC(+y!, +m! - 1, +d!, +h!, +min!, +(s ?? 0)) - offset * 60_000 + CHINA_OFFSET_MS);
    return toDay(china.getUTCFullYear(), china.getUTCMonth() + 1, china.getUTCDate());
  }
  const compact = COMPACT.exec(v);
  return compact ? toDay(compact[1]!, compact[2]!, compact[3]!) : dayIn(v);
}

// Dates in an address: /2021-06/22/, /2021/0622/, /2021/06/22/, /202106/22/, /20210622/, t20210622_, /2021/6/22/.
const URL_DAY = /(?:^|[/_]|\/t)(\d{4})[-/]?(\d{2})[-/]?(\d{2})(?=[/_.]|$)/;
const URL_DAY_SHORT = /\/(\d{4})\/(\d{1,2})\/(\d{1,2})\//;

function urlDate(path: string): string | undefined {
  for (const pattern of [URL_DAY, URL_DAY_SHORT]) {
    const m = pattern.exec(path);
    const day = m && toDay(m[1]!, m[2]!, m[3]!);
    if (day) return day;
  }
  return undefined;
}

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

// Names.

const MAX_NAME = 30;
const HAN = /[\u3400-\u9fff]/;
const oneLine = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();
// Where a printed source ends: punctuation, the next label, a date.
const SOURCE_END = /[\s|｜丨/\\,，;；。:：()（）[\]【】<>]|作者|編輯|编辑|责编|責編|记者|記者|发布|發佈|發布|时间|時間|日期|浏览|瀏覽|点击|點擊|字号|字號|分享|打印|\d{4}/;
const QUOTES = /[《》「」『』"'“”]/g;
// Not a paper: "this paper", "the web", "compiled".
const NOT_A_SOURCE = /^(?:本报|本報|本网|本網|本站|原创|原創|网络|網絡|互联网|互聯網|网友|網友|未知|其他|其它|转载|轉載|综合|綜合|整理|自媒体|自媒體)/;

/** A printed source as a paper's name: `人民网－人民日报` and `光明网-《光明日报》` are the papers, carried by the sites. */
function sourceName(raw: string): string | undefined {
  const printed = oneLine(raw).split(SOURCE_END)[0] ?? '';
  const name = (printed.split(/[-－—–~]/).filter(Boolean).pop() ?? '').replace(QUOTES, '').trim();
  return name.length >= 2 && name.length <= MAX_NAME && HAN.test(name) && !NOT_A_SOURCE.test(name) ? name : undefined;
}

function siteName(raw: unknown): string | undefined {
  const name = typeof raw === 'string' ? oneLine(raw) : '';
  return name && name.length <= MAX_NAME ? name : undefined;
}

// JSON-LD.

type Json = Record<string, unknown>;
const MAX_NODES = 500;
// CMSs print article bodies with raw line breaks inside JSON strings; as spaces they parse and mean the same.
const CONTROL = /[\u0000-\u001f]+/g;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function collect(value: unknown, out: Json[], depth: number): void {
  if (depth > 6 || out.length >= MAX_NODES) return;
  if (Array.isArray(value)) {
    for (const v of value) collect(v, out, depth + 1);
  } else if (isObject(value)) {
    out.push(value);
    for (const v of Object.values(value)) if (typeof v === 'object') collect(v, out, depth + 1);
  }
}

// schema.org types, however prefixed: NewsArticle, schema:Article, http://schema.org/ReportageNewsArticle.
function isArticle(node: Json): boolean {
  const types = ([] as unknown[]).concat(node['@type']);
  return types.some((t) => typeof t === 'string' && /(?:^|[/:#])(?:Article|\w*NewsArticle)$/.test(t));
}

function publisherName(publisher: unknown, byId: ReadonlyMap<string, Json>): string | undefined {
  for (const p of ([] as unknown[]).concat(publisher)) {
    if (typeof p === 'string') return siteName(p);
    if (!isObject(p)) continue;
    const named = typeof p.name === 'string' ? p : typeof p['@id'] === 'string' ? byId.get(p['@id']) : undefined;
    const name = siteName(named?.name);
    if (name) return name;
  }
  return undefined;
}

/** The first article node's date and publisher; malformed blocks are skipped. */
function jsonLd(doc: Document): ArticleMeta {
  const nodes: Json[] = [];
  for (const script of doc.querySelectorAll('script[type]')) {
    if (!/^\s*application\/ld\+json\s*(?:;|$)/i.test(script.getAttribute('type') ?? '')) continue;
    try {
      collect(JSON.parse((script.textContent ?? '').replace(CONTROL, ' ')), nodes, 0);
    } catch {
      // Not JSON: the page's mistake, not a reason to lose the rest.
    }
  }
  // A node that is only {"@id"} refers to another: it is not the one to index.
  const byId = new Map<string, Json>();
  for (const n of nodes) {
    const id = n['@id'];
    if (typeof id === 'string' && Object.keys(n).length > 1 && !byId.has(id)) byId.set(id, n);
  }
  for (const node of nodes) {
    if (!isArticle(node)) continue;
    const date = typeof node.datePublished === 'string' ? dayOf(node.datePublished) : undefined;
    const paper = publisherName(node.publisher, byId);
    if (date || paper) return { ...(paper && { paper }), ...(date && { date }) };
  }
  return {};
}

// Meta tags: Open Graph and article:*, Dublin Core, and the fields of China's
// government-site standard (PubDate, ContentSource, SiteName) that many news CMSs share.

const DATE_META = [
  'article:published_time', 'datepublished', 'publishdate', 'pubdate', 'publish_date', 'publish-date', 'publishtime',
  'publish_time', 'publish-time', 'dc.date.issued', 'dcterms.issued', 'dc.date', 'og:release_date', 'date',
];
const SOURCE_META = ['contentsource', 'source'];
const SITE_META = ['og:site_name', 'sitename'];

function metaTags(doc: Document): { date?: string; source?: string; site?: string } {
  const content = new Map<string, string>();
  for (const meta of doc.querySelectorAll('meta[content]')) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop') ?? '').trim().toLowerCase();
    if (key && !content.has(key)) content.set(key, meta.getAttribute('content') ?? '');
  }
  // <time itemprop="datePublished" datetime="…">
  const time = doc.querySelector('[itemprop=datePublished][datetime]')?.getAttribute('datetime');
  if (time && !content.has('datepublished')) content.set('datepublished', time);
  // The first of the keys, in order, whose content reads.
  const first = (keys: readonly string[], read: (v: string) => string | undefined): string | undefined => {
    for (const key of keys) {
      const value = content.get(key);
      const found = value === undefined ? undefined : read(value);
      if (found) return found;
    }
    return undefined;
  };
  const date = first(DATE_META, dayOf);
  const source = first(SOURCE_META, sourceName);
  const site = first(SITE_META, siteName);
  return { ...(date && { date }), ...(source && { source }), ...(site && { site }) };
}

// The header as the reader sees it: a little before the headline (Xinhua
// prints its date and source above it) and what follows it up to the first
// long paragraph, of which only the opening (本报讯, a byline) is read.

const BEFORE_CHARS = 150;
const AFTER_CHARS = 300;
const NO_HEADLINE_CHARS = 1500;
// A headline further down than this is not the header's: the walk stops rather than cross a huge page.
const MAX_BEFORE_HEADLINE = 20_000;
const LONG_PARAGRAPH = 40;
const OPENING_CHARS = 100;
const SPACE = /\s+/g;
const FULL_WIDTH_DIGIT = /[０-９]/g;

interface Header {
  /** Everything read around the headline, for labelled dates and sources. */
  near: string;
  /** After the headline only, where an unlabelled date is the article's (before it, it may be today's). */
  after: string;
}

/** The page's headline: the longest <h1> the <title> contains, else the first with text, else a title-classed element the <title> contains. */
function headline(doc: Document): Element | null {
  const title = oneLine(doc.title);
  const inTitle = (el: Element, min: number): boolean => {
    const text = oneLine(el.textContent);
    return text.length >= min && title.includes(text);
  };
  const h1s = [...doc.querySelectorAll('h1')].filter((h) => oneLine(h.textContent).length >= 4);
  const named = h1s.filter((h) => inTitle(h, 4)).sort((a, b) => oneLine(b.textContent).length - oneLine(a.textContent).length);
  return named[0] ?? h1s[0] ?? [...doc.querySelectorAll('h2, [class*=title], [id*=title]')].find((el) => inTitle(el, 6)) ?? null;
}

function headerText(doc: Document): Header {
  const body = doc.body;
  const head = headline(doc);
  if (!body) return { near: '', after: '' };
  let start = '';
  let before = '';
  let after = '';
  let reached = false;
  let walked = 0;
  let lastParagraph: Element | null = null;
  for (const node of readableNodes(body)) {
    const piece = node ? node.data.replace(SPACE, ' ') : ' ';
    if (start.length < NO_HEADLINE_CHARS) start += piece;
    walked += piece.length;
    if (!head) {
      if (start.length >= NO_HEADLINE_CHARS) break;
      continue;
    }
    if (node && head.contains(node)) {
      reached = true;
      continue;
    }
    if (!reached) {
      if (walked > MAX_BEFORE_HEADLINE) break;
      before = (before + piece).slice(-BEFORE_CHARS);
      continue;
    }
    // The body starts at a long paragraph, or a long run of text where a CMS writes paragraphs without <p>.
    const paragraph = node?.parentElement?.closest('p') ?? null;
    if (node && (!paragraph || paragraph !== lastParagraph)) {
      lastParagraph = paragraph;
      const text = oneLine(paragraph ? paragraph.textContent : node.data);
      if (text.length >= LONG_PARAGRAPH) {
        after += ` ${text.slice(0, OPENING_CHARS)}`;
        break;
      }
    }
    after += piece;
    if (after.length >= AFTER_CHARS) break;
  }
  const ascii = (s: string): string => s.replace(FULL_WIDTH_DIGIT, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  return reached ? { near: ascii(`${before} ${after}`), after: ascii(after) } : { near: ascii(start), after: '' };
}

function headerDate({ near, after }: Header): string | undefined {
  return dayIn(near, PUBLISHED_LABEL) ?? dayIn(near, DATE_LABEL) ?? dayIn(after);
}

const SOURCE_LABEL = /(?:来源|來源|稿源|出处|出處)\s*[:：]\s*/g;
const SOURCE_LABEL_START = /^(?:来源|來源|稿源|出处|出處)\s*[:：]?\s*/;

/** The first usable `来源：…` in the header. */
function labelledSource(text: string): string | undefined {
  for (const m of text.matchAll(SOURCE_LABEL)) {
    const name = sourceName(text.slice(m.index + m[0].length, m.index + m[0].length + 60));
    if (name) return name;
  }
  return undefined;
}

// 湘潭日报记者, 湘潭日报社全媒体记者, 湖南日报讯, 新京报记者, 新华社记者, 中央社記者 (本报 is no name);
// datelines: 新华社长沙6月22日电, 中新网6月22日电, 湖南日报6月21日讯.
const BYLINE = /(?<![\u3400-\u9fff])(?:据|據|转自|轉自|来自|來自)?([\u3400-\u9fff]{2,10}?(?:报|報|社))社?(?:全媒体|融媒体|全媒體|融媒體)?(?:首席|特约|特約|见习|見習)?(?:记者|記者|讯|訊)/;
const DATELINE = /(?<![\u3400-\u9fff])([\u3400-\u9fff]{2,5}?(?:社|网|網|报|報))[\u3400-\u9fff]{0,8}?\d{1,2}月\d{1,2}日(?:电|電|讯|訊)/;

function byline(text: string): string | undefined {
  for (const pattern of [BYLINE, DATELINE]) {
    const name = pattern.exec(text)?.[1];
    if (name && !NOT_A_SOURCE.test(name)) return name;
  }
  return undefined;
}

// Sites that print the source without a label mark it up as one (Sina's <span class="source">).
const SOURCE_ELEMENT = '[class~=source], #source';

function sourceElement(doc: Document): string | undefined {
  for (const el of doc.querySelectorAll(SOURCE_ELEMENT)) {
    const text = oneLine(el.textContent);
    const name = text.length <= MAX_NAME ? sourceName(text.replace(SOURCE_LABEL_START, '')) : undefined;
    if (name) return name;
  }
  return undefined;
}
