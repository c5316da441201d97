// The words the amount extractor reads around a numeral (GUIDELINES §2): the
// units with their codes, and the approximation words before and after.
import type { AmountKind, Approx } from './schema';

export interface UnitWord {
  word: string;
  kind: AmountKind;
  /** ISO 4217, a guideline unit code or `%`; null for a unit outside the guidelines that must not be read as a shorter one (`兆瓦时` is not `兆瓦`). */
  unit: string | null;
}

const money = (unit: string, ...words: string[]): UnitWord[] => words.map((word) => ({ word, kind: 'money', unit }));
const quantity = (unit: string | null, ...words: string[]): UnitWord[] =>
  words.map((word) => ({ word, kind: 'quantity', unit }));

const UNITS: UnitWord[] = [
  // 块 alone is also the counter for pieces (`3块土地`); only 块钱 is money.
  ...money('CNY', '元', '圆', '块钱', '人民币'),
  ...money('USD', '美元', '美圆', '美金'),
  ...money('EUR', '欧元'),
  ...money('HKD', '港元', '港币', '港幣'),
  ...money('JPY', '日元', '日币'),
  ...money('GBP', '英镑'),
  // Traditional forms need no entry: extract() reads amounts in simplified script.
  ...money('MOP', '澳门元', '澳门币', '葡币'),
  ...money('TWD', '新台币', '台币'),
  ...quantity('t', '吨', 't'),
  ...quantity('kg', '公斤', '千克', 'kg', 'KG', 'Kg'),
  // 斤 is the market catty, kept as printed (GUIDELINES §2); 公斤 above is the longer word.
  ...quantity('jin', '斤', '市斤'),
  ...quantity('m2', '平方米', '平米', '㎡', 'm2', 'm²'),
  ...quantity('km2', '平方公里', '平方千米', 'km2', 'km²'),
  ...quantity('mu', '亩'),
  ...quantity('ha', '公顷'),
  ...quantity('m', '米', '公尺', 'm'),
  ...quantity('km', '公里', '公裏', '千米', 'km', 'KM'),
  // 方 and 土方 are the builders' cubic metre (`60万土方量` = `60万立方米`).
  ...quantity('m3', '立方米', '立方', '土方', '方', 'm3', 'm³'),
  // 度 is the everyday kilowatt-hour (`年发电量约25亿度`).
  ...quantity('kWh', '千瓦时', '千瓦小时', '度', 'kWh', 'kwh', 'KWh', 'KWH'),
  ...quantity('kW', '千瓦', 'kW', 'KW', 'kw'),
  ...quantity('MW', '兆瓦', 'MW'),
  ...quantity('km/h', '公里/小时', '公里每小时', '千米/小时', '千米每小时', 'km/h'),
  ...quantity('kV', '千伏', 'kV', 'KV', 'kv'),
  // Outside the guidelines, listed so that their first characters are not read as a unit.
  ...quantity(null, '兆瓦时', 'MWh', '千伏安', 'kVA', '立方厘米', '立方分米', '米/秒', 'm/s', '吨公里', '公里/秒'),
  { word: '%', kind: 'percent', unit: '%' },
];

const BY_FIRST = new Map<string, UnitWord[]>();
for (const u of [...UNITS].sort((a, b) => b.word.length - a.word.length)) {
  const list = BY_FIRST.get(u.word[0]!) ?? [];
  list.push(u);
  BY_FIRST.set(u.word[0]!, list);
}

const LATIN = /[A-Za-z0-9]/;

/** The longest unit word at p (a Latin one must end a word: `5min` is not `5m`). */
export function unitAt(text: string, p: number): UnitWord | null {
  for (const u of BY_FIRST.get(text[p] ?? '') ?? []) {
    if (!text.startsWith(u.word, p)) continue;
    if (LATIN.test(u.word.at(-1)!) && LATIN.test(text[p + u.word.length] ?? '')) continue;
    return u;
  }
  return null;
}

/** Currency names that may follow 元 (`8亿元人民币`) or stand in front of a sum in 元 (`港币2960元`). */
export const CURRENCY_NAMES: [string, string][] = [
  ['人民币', 'CNY'],
  ['美元', 'USD'],
  ['美金', 'USD'],
  ['欧元', 'EUR'],
  ['港元', 'HKD'],
  ['港币', 'HKD'],
  ['日元', 'JPY'],
  ['日币', 'JPY'],
  ['英镑', 'GBP'],
  ['澳门币', 'MOP'],
  ['葡币', 'MOP'],
  ['新台币', 'TWD'],
  ['台币', 'TWD'],
];

/** A text that names the New Taiwan dollar, or writes 臺灣 in Taiwan's script, prices plain 元 in TWD (GUIDELINES §2). */
const TAIWAN_TEXT = /新台币|新臺幣|新台幣|臺灣/;

/**
 * The currency of a plain 元 in a text, read from the text as printed: in
 * simplified script 臺灣 and a mainland text's 台湾 look the same.
 */
export const plainYuan = (printed: string): 'TWD' | 'CNY' => (TAIWAN_TEXT.test(printed) ? 'TWD' : 'CNY');

/** Separators that chain the numbers of a list sharing one unit after the last (`12.5亿、8.6亿、3.2亿元`). */
export const LIST_SEPARATORS = ['、', '和', '及', '与', '或'];

/** Currency signs written before the digits. */
export const CURRENCY_SIGNS: [string, string][] = [
  ['US$', 'USD'],
  ['HK$', 'HKD'],
  ['$', 'USD'],
  ['￥', 'CNY'],
  ['¥', 'CNY'],
  ['€', 'EUR'],
  ['£', 'GBP'],
];

/** Characters after 元/圆 that make a word, not a currency: 元旦, 元素, 二元结构, 三元里, 圆满. */
export const NOT_AFTER_YUAN = new Set([...'旦宵素件器首老帅朝勋化论制复宝结里满形桌梦心周珠柱']);

/** Words after 方 that make a word, not a cubic metre: 三方面, 双方案. */
export const NOT_AFTER_FANG = new Set([...'面案式向法针位阵言志舱']);

/** 100亿级企业: an enterprise "of the 10-billion class" counts as the sum (gold note). */
export const CLASS_NOUNS = ['企业', '产业', '园区', '项目', '集群', '基地', '工程', '基金', '板块', '市场'];

/** Approximation words before the amount, longest first. */
export const APPROX_BEFORE: [string, Approx][] = [
  ['不超过', 'under'],
  ['超过', 'over'],
  ['突破', 'over'],
  ['至少', 'over'],
  ['最少', 'over'],
  ['起码', 'over'],
  ['将近', 'under'],
  ['接近', 'under'],
  ['不到', 'under'],
  ['不足', 'under'],
  ['最多', 'under'],
  ['大约', 'about'],
  ['约为', 'about'],
  ['超', 'over'],
  ['逾', 'over'],
  ['近', 'under'],
  ['约', 'about'],
];

/** Characters in front of 近/约 that make another word: 附近, 最近, 节约, 签约. */
export const NOT_BEFORE_APPROX: Record<string, Set<string>> = {
  近: new Set([...'附最临邻靠亲就远']),
  约: new Set([...'节制预签合条履违特相公契邀践毁誓盟简婉隐']),
};

/** Approximation words after the unit; not part of the printed span. */
export const APPROX_AFTER: [string, Approx][] = [
  ['左右', 'about'],
  ['以上', 'over'],
  ['或以上', 'over'],
  ['及以上', 'over'],
  ['以下', 'under'],
  ['或以下', 'under'],
  ['及以下', 'under'],
  ['以内', 'under'],
];
