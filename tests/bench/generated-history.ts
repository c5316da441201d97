// A reader's history at scale, generated: pages of local news, each naming
// officials and other people (with their titles) from a pool of generated
// names, with amounts and known slogans. Seeded, so every run makes the same
// records. A few names recur on many pages, as a city's leaders do; most on a
// handful. Each page is first the `record` message the content script would
// send, then the records recordPage() would store for it (recordsOf, which
// checks them against the stored schemas), with the search index over them.
import { snippetAround } from '../../lib/corpus/snippet';
import { recordsOf } from '../../lib/db/history';
import type { Visit } from '../../lib/messages';
import type { MentionRecord, PageRecord, SearchBucket } from '../../lib/db/schema';
import { loadReadings } from '../../lib/db/pinyin';
import { bucketsWith, type PageEntry } from '../../lib/db/search-index';
import { amountKey } from '../../lib/extract/amount-key';
import { FORMULATIONS } from '../../lib/extract/lexicon/formulations';
import { SINGLE_SURNAMES } from '../../lib/extract/lexicon/surnames';
import type { MentionKind, Role } from '../../lib/extract/schema';
import { mulberry32, type Random } from '../../lib/random';

const PAPERS: readonly { paper: string; host: string; city: string }[] = [
  { paper: '湘潭日报', host: 'www.xtrb.cn', city: '湘潭' },
  { paper: '株洲日报', host: 'www.zznews.gov.cn', city: '株洲' },
  { paper: '衡阳日报', host: 'www.hyrb.cn', city: '衡阳' },
  { paper: '长沙晚报', host: 'www.icswb.com', city: '长沙' },
  { paper: '岳阳日报', host: 'www.yyrb.cn', city: '岳阳' },
];
const OFFICIAL_POSTS = ['市委书记', '市长', '常务副市长', '副市长', '市委副书记', '市委常委', '市人大常委会主任', '市政协主席', '市纪委书记', '市发改委主任', '市财政局局长', '区委书记', '区长', '县委书记', '县长'];
const OTHER_PEOPLE: readonly { role: Role; titles: string[] }[] = [
  { role: 'business', titles: ['钢铁集团董事长', '科技公司总经理', '商会会长'] },
  { role: 'professional', titles: ['大学教授', '中心医院院长', '研究院研究员'] },
  { role: 'journalist', titles: ['记者'] },
  { role: 'citizen', titles: ['村民', '市民', '志愿者', ''] },
];
const SURNAMES = [...SINGLE_SURNAMES].slice(0, 120);
const GIVEN = [...'建国军华明伟强平红英志勇海波涛文斌杰鹏辉静丽敏燕洁刚永春晓云峰林德东新玉兰庆宏俊荣光卫民利清正'];
const ACTIONS = ['主持召开常委会会议', '调研重点项目建设', '出席招商引资推介会', '督导安全生产工作', '会见客商一行', '走访慰问困难群众', '检查防汛备汛工作', '宣讲党的二十大精神'];
const SAYS = ['强调', '指出', '表示', '要求'];
const T0 = Date.UTC(2021, 0, 1);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** The history covers four years of reading. */
const SPAN = 4 * 365 * DAY;
/** Average name mentions per pooled name: the pool grows with the history. */
const MENTIONS_PER_NAME = 18;

interface PoolPerson {
  name: string;
  role: Role;
  titles: string[];
}

export interface GeneratedHistory {
  pages: PageRecord[];
  mentions: MentionRecord[];
  search: SearchBucket[];
  /** Names worth searching for, each on several pages: from the most named down to a handful of pages. */
  searchNames: string[];
  /** Makes more pages of the same kind (page `size` onwards is not in the history). */
  generator: HistoryGenerator;
}

/** Makes the pages of a history of `size` pages; page `i` is always the same page. */
export class HistoryGenerator {
  readonly #next: Random;
  readonly #pool: PoolPerson[] = [];

  constructor(
    readonly size: number,
    seed = 5,
  ) {
    this.#next = mulberry32(seed);
    // About 3.5 names a page.
    const poolSize = Math.max(100, Math.round((size * 3.5) / MENTIONS_PER_NAME));
    const seen = new Set<string>();
    while (this.#pool.length < poolSize) {
      const name = this.#pick(SURNAMES) + this.#pick(GIVEN) + (this.#next() < 0.7 ? this.#pick(GIVEN) : '');
      if (seen.has(name)) continue;
      seen.add(name);
      if (this.#next() < 0.65) this.#pool.push({ name, role: 'official', titles: [this.#pick(PAPERS).city + this.#pick(OFFICIAL_POSTS)] });
      else {
        const { role, titles } = this.#pick(OTHER_PEOPLE);
        const title = this.#pick(titles);
        this.#pool.push({ name, role, titles: title ? [title] : [] });
      }
    }
  }

  #int(n: number): number {
    return Math.floor(this.#next() * n);
  }

  #pick<T>(xs: readonly T[]): T {
    return xs[this.#int(xs.length)]!;
  }

  /** A name from the pool, the first ones far more often (density ∝ 1/√rank). */
  #person(official: boolean): PoolPerson {
    for (;;) {
      const r = this.#next();
      const p = this.#pool[Math.floor(r * r * this.#pool.length)]!;
      if ((p.role === 'official') === official) return p;
    }
  }

  /** When page `i` was first read (spread evenly over the span, oldest first), and last read: a third of the pages again within a month. */
  visitTimes(i: number): { firstVisited: number; lastVisited: number; visits: number } {
    const firstVisited = T0 + Math.floor((i * SPAN) / this.size) + this.#int(HOUR);
    if (i % 3) return { firstVisited, lastVisited: firstVisited, visits: 1 };
    return { firstVisited, lastVisited: firstVisited + this.#int(30 * DAY), visits: 2 + this.#int(4) };
  }

  /** The visit the background keeps for page `i`, read at `at`. */
  visit(i: number, at: number): Visit {
    const { paper, host } = PAPERS[i % PAPERS.length]!;
    const people = new Map<string, PoolPerson>();
    const named = [...Array.from({ length: 1 + this.#int(4) }, () => this.#person(true)), ...Array.from({ length: this.#int(3) }, () => this.#person(false))];
    for (const p of named) people.set(p.name, p);
    const slogans = [...new Set(Array.from({ length: this.#int(3) }, () => this.#pick(FORMULATIONS).text))];
    const amounts = Array.from({ length: this.#int(5) }, () => (1 + this.#int(99)) * 10 ** (4 + this.#int(5)));

    // The article: one sentence per entity, which its snippet is cut from.
    const sentences: { kind: MentionKind; key: string; at: string; text: string }[] = [
      ...[...people.values()].map((p) => ({
        kind: p.role === 'official' ? ('official' as const) : ('person' as const),
        key: p.name,
        at: p.name,
        text: `${p.titles[0] ?? ''}${p.name}${this.#pick(ACTIONS)}，${this.#pick(SAYS)}要抓好各项工作落实。`,
      })),
      ...slogans.map((s) => ({ kind: 'slogan' as const, key: s, at: s, text: `全市上下深入贯彻落实“${s}”，推动高质量发展。` })),
      ...amounts.map((yuan) => ({
        kind: 'amount' as const,
        key: amountKey({ kind: 'money', unit: 'CNY', value: yuan }),
        at: `${yuan / 10_000}万元`,
        text: `项目总投资${yuan / 10_000}万元，预计明年建成投产。`,
      })),
    ];
    const article = sentences.map((s) => s.text).join('');
    let from = 0;
    const mentions = sentences.map((s) => {
      const start = article.indexOf(s.at, from);
      from += s.text.length;
      return { kind: s.kind, key: s.key, snippet: snippetAround(article, start, start + s.at.length), occurrences: 1 + this.#int(4) };
    });
    const lead = people.values().next().value!;
    const day = new Date(at).toISOString().slice(0, 10);
    return {
      page: {
        url: `https://${host}/content/${day.slice(0, 7)}/${String(i).padStart(6, '0')}.html`,
        title: `${paper}：${lead.name}${this.#pick(ACTIONS)}`,
        // Some sites show no paper or issue date.
        ...(i % 4 !== 0 && { paper, date: day }),
      },
      persons: [...people.values()],
      slogans,
      mentions,
    };
  }
}

/** A history of `size` pages, as stored. */
export async function generateHistory(size: number, seed = 5): Promise<GeneratedHistory> {
  await loadReadings();
  const generator = new HistoryGenerator(size, seed);
  const pages: PageRecord[] = [];
  const mentions: MentionRecord[] = [];
  const entries: PageEntry[] = [];
  const pagesPerName = new Map<string, number>();
  for (let i = 0; i < size; i++) {
    const visits = generator.visitTimes(i);
    const records = recordsOf(generator.visit(i, visits.firstVisited), visits);
    pages.push(records.page);
    mentions.push(...records.mentions);
    entries.push(records);
    for (const m of records.mentions) if (m.kind === 'official' || m.kind === 'person') pagesPerName.set(m.key, (pagesPerName.get(m.key) ?? 0) + 1);
  }
  const ranked = [...pagesPerName].filter(([, n]) => n >= 3).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const searchNames = [0, 0.01, 0.05, 0.1, 0.2, 0.35, 0.5, 0.7, 0.9].map((q) => ranked[Math.floor(q * (ranked.length - 1))]![0]);
  return { pages, mentions, search: bucketsWith(new Map(), entries), searchNames, generator };
}
