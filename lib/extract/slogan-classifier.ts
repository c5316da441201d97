// Is a quoted phrase a slogan (GUIDELINES §3)? Scored on its shape — numbered
// parts, `+` formulas, parallel `、` parts, policy patterns, campaign words —
// and on the words around the quotation marks (`推进“…”`, `“…”行动`), against
// the marks of quoted speech, durations and counts, honorary titles, one-word
// scare quotes and numbered idioms. Phrases in the formulations lexicon never
// reach it.
import type { SloganKind } from './schema';

const NUM = '一二三四五六七八九十两双百千万';
const N = `[${NUM}\\d]`;
const X = `[^${NUM}\\d+、]`;

interface Shape {
  test: RegExp;
  kind: SloganKind;
  score: number;
}

/** Shapes: every one that matches adds its score; the first gives the kind. */
const SHAPES: Shape[] = [
  // numbered parts, any count, Chinese or Arabic numerals: `三高四新`, `三区两地一圈一中心`, `一岗双责`, `两镇一山`
  { test: new RegExp(`^(?:${N}{1,2}${X}{1,4}){2,6}$`), kind: 'formula', score: 3 },
  // a frame repeated with numbers: `一企一策`, `一件事一次办`
  { test: new RegExp(`^${N}${X}{1,2}${N}${X}{0,2}$`), kind: 'formula', score: 3 },
  // only numerals: `八五`, `十四五`, `四一三` (not the holidays `五一`, `十一`)
  { test: /^(?![一二三四五六七八九十]一$)[一二三四五六七八九十百千]{2,4}$/, kind: 'formula', score: 3 },
  // a count of things: `五大行动`, `八项规定`, `三个高地`, `六个走在全省前列`, `一号工程`, `20条`
  { test: new RegExp(`^${N}{1,3}[大项个号类张条批件](?:${X}{1,8})?$|^${N}{1,3}个.{1,8}$`), kind: 'formula', score: 3 },
  // a document by its article count: `实体经济二十条`, `金融16条`
  { test: new RegExp(`^${X}{2,6}${N}{1,3}条$`), kind: 'formula', score: 3 },
  // `新三区`
  { test: new RegExp(`^新${N}${X}{1,2}$`), kind: 'formula', score: 3 },
  // a number and a word or two: `五好`, `三农`, `双循环`, `双城联动`; `双输` is context's to decide
  { test: new RegExp(`^[二三四五六七八九十]${X}$`), kind: 'formula', score: 2 },
  { test: new RegExp(`^双${X}$|^[双两]${X}{2,3}$`), kind: 'formula', score: 1 },
  // two things raised together: `量质双升`
  { test: new RegExp(`^${X}{2}双${X}$`), kind: 'formula', score: 3 },
  // policy patterns: `谁执法谁普法`, `竣工即交证`, `亩产论英雄`, `以商招商`, `非农化`, `商转工`, `跨省通办`
  {
    test: /^谁[^谁]{1,3}谁[^谁]{1,3}$|^[^即]{2,4}即[^即]{2,4}$|^.{1,4}论英雄$|^以.{1,2}[招促带保推建治管兴强].{1,2}$|^非.{1,2}化$|^.[转升].$|^.{1,3}通办$/,
    kind: 'policy',
    score: 3,
  },
  // campaign words: `营商环境优化年`, `蓝天保卫战`, `四大会战`, `招商引资年`, `百日攻坚`
  {
    test: /^.{2,10}(?:行动|活动|工程|计划|攻坚战|攻坚|会战|战役|保卫战|歼灭战|[^\d一二三四五六七八九十百千万]年|革命|战略|大比武|大走访|大排查|大招商|大竞赛|擂台赛)$/,
    kind: 'campaign',
    score: 2,
  },
  { test: /^.{0,6}(?:通办|受理|审批|同责|双责|普法|招商|回归|办实事|办成事|不成事|一站通|不求人|走流程|示范区|先行区)$/, kind: 'policy', score: 2 },
  // a policy word and what it puts first: `产业为先`, `工业立市`, `生态优先`, `科技赋能`; a hundred-day drive: `百日大干`
  { test: /^.{2,4}(?:为先|为本|为要|为重|为王|优先|立市|强市|兴市|立县|强县|兴县|强省|兴省|富民|惠民|赋能|提质|先行|当家|唱主角)$|^百日.{2,4}$/, kind: 'policy', score: 2 },
  // a named spirit: `四千精神`, `红船精神`
  { test: /^.{2,6}精神$/, kind: 'policy', score: 1 },
  // led by a number: `四强县`, `五区建设`
  { test: new RegExp(`^[一二三四五六七八九十百千万\\d]{1,2}${X}{2,6}$`), kind: 'formula', score: 1 },
  // a place's positioning: `重要支点`, `开放高地`, `增长极`
  { test: /^.{1,6}(?:支点|高地|枢纽|门户|窗口|样板|标杆|增长极|核心区|示范区|先行区|试验区)$/, kind: 'policy', score: 1 },
  // a batch: `开工一批`, `投产一批`
  { test: /^.{2}一批$/, kind: 'campaign', score: 1 },
  // a repeated frame: `强链补链`, `新城市新活力`, `一切围着项目转`
  { test: /^(.)(.)(.)\2$|^(新|大|强|一切)(.{1,3})\4(.{1,3})$/, kind: 'policy', score: 1 },
];

// Numbered idioms share the formulas' shape; a quote holding one is a figure of speech.
const NUMBERED_IDIOMS = new Set(
  '一心一意 三心二意 一五一十 七上八下 十全十美 一举两得 四面八方 五湖四海 三番五次 一干二净 九牛一毛 一石二鸟 七嘴八舌 乱七八糟 五花八门 一清二楚 一模一样 三言两语 千方百计 千家万户 千军万马 千辛万苦 万无一失 一丝不苟 一帆风顺 一鼓作气 一劳永逸 独一无二 接二连三 颠三倒四 四平八稳 三三两两 百发百中 一针见血 一刀切 一阵风 两张皮 一言堂 一锅粥 一盘棋 一条龙 一把手 一站式 双刃剑 双输 双赢 一阵子 一辈子'.split(' '),
);

// Metaphors of news prose: `生命线工程`, `压舱石`, `牛鼻子`.
const METAPHOR = /生命线|压舱石|主引擎|助推器|加速器|顶梁柱|定盘星|晴雨表|风向标|金钥匙|牛鼻子|硬骨头|绊脚石|拦路虎|催化剂|强心剂|稳定器|桥头堡|领头雁|排头兵|火车头|试验田|主战场|主阵地|后花园|大熔炉|金名片|加油站|孵化器|蓄水池|速度$/;
const CLASSICAL = /[之其乎也矣焉兮哉]|[无無]以/;
// Speech: pronouns and sentence-final particles; sentence punctuation, unless the parts are parallel.
const WORDS_OF_SPEECH = /[。！!？?：:…]|[我你他她咱俺您]|大家|自己|[了吗呢啊吧呀啦哦嘛哈么]$/;
const SPEECH_MARKS = /[，,；;]/;
// Durations, dates and counts: `90天`, `3个月`, `十年`, `2021年`.
const DURATION = /^\d{1,2}[·.]\d{1,2}$|^[\d.]+(?:天|日|周|个月|月|年|小时|分钟|秒|岁|次|人|元|万|亿|%|号|倍)|^[一二三四五六七八九十百两几]+(?:天|个月|年|小时|分钟|岁|周年|倍)$/;
// Honorary titles and awards: `十大杰出青年`, `最美家庭`, `全国文明城市`.
const HONOUR = /(?:人物|青年|标兵|模范|能手|之星|明星|家庭|个人|集体|先进|英雄|榜样|好人|工匠|名师|状元|冠军|奖|杯|称号|单位|企业家|文明城市|卫生城市|园林城市|最美.*)$/;
// Context that makes a quoted phrase a name or a title, not a slogan.
const NAME_BEFORE = /(?:简称|称为|名为|叫做|昵称|荣获|获评|获得|评为|授予|被誉为|号称|外号)$/;
const NAME_AFTER = /^(?:称号|荣誉|App|APP|app|平台|专栏|栏目|公司|集团|视频|小程序|公众号|客户端|软件|号|牌|奖|杯|节目|微信|账号|品牌)/;

// Words that put a policy phrase to work: `推进“…”`, `落实“…”`, `打造“…”`.
const POLICY_BEFORE =
  /(?:推进|推动|实施|开展|打造|践行|坚持|落实|贯彻|围绕|聚焦|深化|锚定|争当|争创|实现|建设|启动|部署|扛起|掀起|按照|对标|树立|提出|强化|抓好|做好|突出|紧扣|深入|实行|推行|创建|擦亮|唱响|叫响|用好|立足|融入|助力|加快|当好|构建|守好|开启|发起|决战|打赢|打好|全面|紧扣|锚定|奋力|第[\d一二三四五六七八九十]+[期届批轮])$/;
// Words that follow a campaign or a policy: `“…”行动`, `“…”战略`, `“…”项目`.
const POLICY_AFTER =
  /^总?(?:行动|活动|工程|战略|要求|目标|理念|定位|部署|精神|工作|专项|攻坚|主题|项目|改革|机制|模式|政策|任务|试点|系列|计划|方针|思想|总要求|重要论述|格局|决策|举措|措施|方案|战役|竞赛|工作法|集中|发展战略|建设)/;
// Words that introduce speech: `他说：“…”`.
const SPEECH_BEFORE = /(?:说|道|称|表示|问|喊|讲|直言|感叹|坦言|告诉记者|认为|觉得|笑着|[:：])$/;

/** Score at or above this is a slogan. */
const THRESHOLD = 2;

// Parallel parts of one length, joined by `、` or a comma: `创新引领、开放崛起`,
// `工业立市、产业强市、以港兴市`, `干在实处，走在前列` (quoted speech is rarely so
// regular). Parts of two characters are a list of words (`对标、传承、创新`)
// unless the context says more, and so are parts a character apart.
function parallelScore(phrase: string): number {
  const parts = phrase.split(/[、，,；;]/);
  // Classical lines quoted as verse or maxims are parallel too, and not slogans.
  if (parts.length > 1 && CLASSICAL.test(phrase)) return 0;
  if (parts.length < 2 || parts.length > 6) return 0;
  const lengths = parts.map((p) => p.length);
  const [min, max] = [Math.min(...lengths), Math.max(...lengths)];
  if (min < 2 || max > 7 || max - min > 1) return 0;
  return max === 2 || max > min ? 1 : 3;
}

// A `+` formula whose parts are not durations or counts: `3+3+2`, `产业+技术+院校`, not `90天+3个月`.
function isPlusFormula(phrase: string): boolean | null {
  const parts = phrase.split('+');
  if (parts.length < 2 || parts.length > 7 || parts.some((p) => p.length < 1 || p.length > 12 || p.includes('、'))) return null;
  return !parts.some((p) => DURATION.test(p));
}

const HAN_ONLY = /^[\p{Script=Han}\d+、·]+$/u;

export interface Verdict {
  kind: SloganKind;
  score: number;
}

/**
 * The phrase's kind and score as a slogan, or null when it cannot be one
 * (speech, a duration, a name). `before` and `after` are the few characters
 * outside the quotation marks.
 */
function scoreQuoted(phrase: string, before: string, after: string): Verdict | null {
  if (phrase.length < 2 || phrase.length > 24) return null;
  if (NAME_BEFORE.test(before) || NAME_AFTER.test(after) || NUMBERED_IDIOMS.has(phrase)) return null;
  if (DURATION.test(phrase) || HONOUR.test(phrase) || METAPHOR.test(phrase)) return null;
  const plus = isPlusFormula(phrase);
  if (plus === false) return null;

  let verdict: Verdict | null = null;
  const parallel = parallelScore(phrase);
  if (plus) verdict = { kind: 'formula', score: 3 };
  else if (WORDS_OF_SPEECH.test(phrase) || !HAN_ONLY.test(phrase.replace(/[，,；;]/g, ''))) return null;
  else if (parallel > 0) verdict = { kind: 'policy', score: parallel };
  else if (SPEECH_MARKS.test(phrase)) return null;
  else if (!phrase.includes('、')) {
    // Weak signals add up (`四千精神`: led by a number, and a named spirit); the first shape names the kind.
    const shapes = SHAPES.filter((s) => s.test.test(phrase));
    const score = Math.min(3, shapes.reduce((sum, s) => sum + s.score, 0));
    verdict = shapes[0] ? { kind: shapes[0].kind, score } : { kind: 'policy', score: phrase.length === 2 ? -2 : 0 };
  }
  if (!verdict) return null;

  let score = verdict.score;
  if (POLICY_BEFORE.test(before)) score++;
  if (POLICY_AFTER.test(after)) score++;
  if (SPEECH_BEFORE.test(before)) score -= 3;
  const kind = verdict.kind === 'policy' && /^(?:行动|活动|竞赛|攻坚|战役)/.test(after) ? 'campaign' : verdict.kind;
  return { kind, score };
}

export interface QuotedPhrase {
  /** The phrase as read, without its quotation marks. */
  phrase: string;
  /** Where the marks are: the opening mark is at start - 1, the closing one at end. */
  start: number;
  end: number;
}

const CONTEXT = 6;
// Quotes standing together (`“党政同责”“一岗双责”`, `“四个十条”和“实体经济二十条”`) are of one sort.
const SIBLING_GAP = /^[、和与及]?$/;

/** The kind of each quoted phrase that is a slogan, null for the others. */
export function classifyQuoted(text: string, quotes: readonly QuotedPhrase[]): (SloganKind | null)[] {
  const verdicts = quotes.map((q) =>
    scoreQuoted(q.phrase, text.slice(Math.max(0, q.start - 1 - CONTEXT), q.start - 1), text.slice(q.end + 1, q.end + 1 + CONTEXT)),
  );
  const sure = verdicts.map((v) => v !== null && v.score >= THRESHOLD);
  const beside = (i: number, j: number): boolean => {
    const [a, b] = i < j ? [quotes[i], quotes[j]] : [quotes[j], quotes[i]];
    return a !== undefined && b !== undefined && SIBLING_GAP.test(text.slice(a.end + 1, b.start - 1));
  };
  return verdicts.map((v, i) => {
    if (!v) return null;
    const sibling = (sure[i - 1] === true && beside(i - 1, i)) || (sure[i + 1] === true && beside(i, i + 1));
    return v.score + (sibling ? 1 : 0) >= THRESHOLD ? v.kind : null;
  });
}
