import { describe, expect, it } from 'vitest';
import { amountKey } from '../../lib/extract/amount-key';
import { findAmounts } from '../../lib/extract/amounts';
import { extract } from '../../lib/extract';
import { normalize } from '../../lib/extract/normalize';
import type { Amount } from '../../lib/extract/schema';

const find = (text: string) => findAmounts(normalize(text).text);
/** The amounts as `text kind unit value-or-range approx`. */
const brief = (text: string) =>
  find(text).map((a) => [a.text, a.kind, a.unit, a.min !== undefined ? `${a.min}..${a.max}` : a.value, a.approx ?? ''].join(' ').trim());
const one = (text: string) => {
  const found = find(text);
  expect(found, text).toHaveLength(1);
  return found[0]!;
};

/** Invariants every result keeps, whatever the input. */
function expectWellFormed(text: string, found: Amount[]) {
  let last = 0;
  for (const a of found) {
    expect(a.start).toBeGreaterThanOrEqual(last);
    expect(a.end).toBeGreaterThan(a.start);
    expect(a.end).toBeLessThanOrEqual(text.length);
    expect(a.text).toBe(text.slice(a.start, a.end));
    for (const v of [a.value, a.min, a.max]) if (v !== undefined) expect(Number.isFinite(v)).toBe(true);
    last = a.end;
  }
}

describe('findAmounts: money', () => {
  it('reads each currency', () => {
    expect(brief('投资10亿元,人民币4人民币,30亿美元,5欧元,25481港元,3.14港币,9000日元,100英镑')).toEqual([
      '10亿元 money CNY 1000000000',
      '4人民币 money CNY 4',
      '30亿美元 money USD 3000000000',
      '5欧元 money EUR 5',
      '25481港元 money HKD 25481',
      '3.14港币 money HKD 3.14',
      '9000日元 money JPY 9000',
      '100英镑 money GBP 100',
    ]);
  });

  it('reads Chinese, financial and mixed numerals', () => {
    expect(brief('三千万元、1216.3亿元、119.75亿元、壹仟玖佰圆整,601,293.11元、10块钱')).toEqual([
      '三千万元 money CNY 30000000',
      '1216.3亿元 money CNY 121630000000',
      '119.75亿元 money CNY 11975000000',
      '壹仟玖佰圆整 money CNY 1900',
      '601,293.11元 money CNY 601293.11',
      '10块钱 money CNY 10',
    ]);
  });

  it('takes the currency named after 元 or in front of the sum', () => {
    expect(brief('8亿元人民币,9000元日币,港币2960元')).toEqual(['8亿元人民币 money CNY 800000000', '9000元日币 money JPY 9000', '2960元 money HKD 2960']);
  });

  it('adds 角 and 分 after 元', () => {
    expect(one('开销123元1角1分').value).toBe(123.11);
    expect(one('壹拾壹元壹角壹分').value).toBe(11.11);
    expect(one('五元三毛').value).toBe(5.3);
    expect(brief('5元3分钟')).toEqual(['5元 money CNY 5']);
  });

  it('reads sums after a colon, a verb or a plus sign', () => {
    expect(brief('金额：500万元,完成三亿元,同比+5.2%')).toEqual(['500万元 money CNY 5000000', '三亿元 money CNY 300000000', '5.2% percent % 5.2']);
  });

  it('counts 100亿级企业 as the sum (gold note)', () => {
    expect(brief('实施100亿级企业"聚变"计划')).toEqual(['100亿级 money CNY 10000000000']);
    expect(brief('100亿级用户')).toEqual([]);
  });
});

describe('findAmounts: quantities', () => {
  it('reads each guideline unit', () => {
    const units: [string, string, number][] = [
      ['10万吨', 't', 100000],
      ['20万公斤', 'kg', 200000],
      ['2.3千克', 'kg', 2.3],
      ['6万平方米', 'm2', 60000],
      ['120平米', 'm2', 120],
      ['5平方公里', 'km2', 5],
      ['175亩', 'mu', 175],
      ['30公顷', 'ha', 30],
      ['55米', 'm', 55],
      ['5.36公里', 'km', 5.36],
      ['12千米', 'km', 12],
      ['60万立方米', 'm3', 600000],
      ['60万土方', 'm3', 600000],
      ['180万千瓦', 'kW', 1800000],
      ['100兆瓦', 'MW', 100],
      ['3亿千瓦时', 'kWh', 300000000],
      ['25亿度', 'kWh', 2500000000],
      ['60公里/小时', 'km/h', 60],
      ['110千伏', 'kV', 110],
      ['250m', 'm', 250],
      ['3 km', 'km', 3],
      ['1.5kg', 'kg', 1.5],
    ];
    for (const [text, unit, value] of units) expect(one(`达到${text},`), text).toMatchObject({ kind: 'quantity', unit, value, text });
  });

  it('gives 千 to the unit after Arabic digits (`12千米` = 12 km), to a Han numeral before a unit of its own', () => {
    expect(brief('12千米,两千米,五千瓦')).toEqual(['12千米 quantity km 12', '两千米 quantity m 2000', '五千瓦 quantity kW 5']);
  });

  it('keeps 60万土方量 and 60万立方米 under one key', () => {
    expect(amountKey(one('完成60万土方量'))).toBe(amountKey(one('完成60万立方米')));
  });

  it('reads half after the unit: 一吨半, 两米半', () => {
    expect(one('一吨半').value).toBe(1.5);
    expect(one('两米半').value).toBe(2.5);
  });

  it('reads 度 as kilowatt-hours only for electricity', () => {
    expect(brief('用电量3000度')).toEqual(['3000度 quantity kWh 3000']);
    expect(brief('30度高温,一度陷入困境')).toEqual([]);
  });

  it('leaves out units outside the guidelines', () => {
    expect(brief('35毫克,168厘米,5升,100兆瓦时,10米/秒,5min,2cm')).toEqual([]);
  });
});

describe('findAmounts: the units added in issue 11', () => {
  it('reads 斤 as the catty, keeping 公斤 as kg, but not the idiom 千斤', () => {
    expect(brief('粮食产量800亿斤,猪肉5公斤')).toEqual(['800亿斤 quantity jin 80000000000', '5公斤 quantity kg 5']);
    expect(brief('每户补贴大米两千斤,四两拨千斤,千斤顶')).toEqual(['两千斤 quantity jin 2000']);
  });

  it('reads the pataca and the New Taiwan dollar, after the number or named with 元', () => {
    expect(brief('门票80澳门元,奖金3000葡币,澳门币2960元')).toEqual([
      '80澳门元 money MOP 80',
      '3000葡币 money MOP 3000',
      '2960元 money MOP 2960',
    ]);
    expect(brief('售价1.2万新台币,300元新台币,新台币450元')).toEqual([
      '1.2万新台币 money TWD 12000',
      '300元新台币 money TWD 300',
      '450元 money TWD 450',
    ]);
  });

  it('prices plain 元 in TWD in a text that names the New Taiwan dollar or writes 臺灣', () => {
    expect(brief('票价以新台币计。成人票500元,儿童票250元')).toEqual(['500元 money TWD 500', '250元 money TWD 250']);
    expect(brief('臺灣某縣補助每戶3000元,另有100元人民币')).toEqual(['3000元 money TWD 3000', '100元人民币 money CNY 100']);
    expect(brief('台湾同胞来访,捐款3000元')).toEqual(['3000元 money CNY 3000']);
  });
  it('judges a Taiwan text by its printed script when extract() reads it in simplified', () => {
    const units = (text: string) => extract(text).amounts.map((a) => `${a.text} ${a.unit}`);
    expect(units('臺灣今年預算500元。')).toEqual(['500元 TWD']);
    expect(units('台湾同胞捐款500元。')).toEqual(['500元 CNY']);
    expect(units('澳門幣2960元,新臺幣300元')).toEqual(['2960元 MOP', '300元 TWD']);
  });
});

describe('findAmounts: a list sharing one unit after the last number', () => {
  it('gives one amount per number, each printed with its own offsets (GUIDELINES §2)', () => {
    const text = '三个项目分别投资12.5亿、8.6亿、3.2亿元';
    expect(brief(text)).toEqual(['12.5亿 money CNY 1250000000', '8.6亿 money CNY 860000000', '3.2亿元 money CNY 320000000']);
    const found = find(text);
    expectWellFormed(text, found);
    expect(found.map((a) => [a.start, a.end])).toEqual([[8, 13], [14, 18], [19, 24]]);
  });

  it('chains by 和 及 与 或, with approximation words and ranges inside', () => {
    expect(brief('两地分别种植约120、近80和超150亩,筹资3至5亿或8亿美元')).toEqual([
      '约120 quantity mu 120 about',
      '近80 quantity mu 80 under',
      '超150亩 quantity mu 150 over',
      '3至5亿 money USD 300000000..500000000',
      '8亿美元 money USD 800000000',
    ]);
    expect(brief('年产30万及20余万吨,增速12与8.5%')).toEqual([
      '30万 quantity t 300000',
      '20余万吨 quantity t 200000 over',
      '12 percent % 12',
      '8.5% percent % 8.5',
    ]);
  });

  it('takes the currency named in front of the list for every number', () => {
    expect(brief('港币12亿、8亿元')).toEqual(['12亿 money HKD 1200000000', '8亿元 money HKD 800000000']);
  });

  it('does not chain years, months, counts, headings, ordinals or numbers written unlike the last', () => {
    for (const text of ['2019、2020年投资5亿元', '5、6月份投资10亿元', '第1、2万元', '编号123和500万元', '三和5亿元', '2、500元补贴', '3个和5亿元']) {
      expect(find(text).length, text).toBeLessThanOrEqual(1);
    }
    expect(brief('12%、8%、3%')).toEqual(['12% percent % 12', '8% percent % 8', '3% percent % 3']);
  });
});

describe('findAmounts: percent', () => {
  it('reads the sign and the word form', () => {
    expect(brief('81.21%,百分之二十,百分之百,百分之 5,５％')).toEqual([
      '81.21% percent % 81.21',
      '百分之二十 percent % 20',
      '百分之百 percent % 100',
      '百分之 5 percent % 5',
      '5% percent % 5',
    ]);
  });

  it('reads negative percentages', () => {
    expect(brief('增速为负3.9%,下降了-2.3%,百分之负三点八')).toEqual([
      '负3.9% percent % -3.9',
      '-2.3% percent % -2.3',
      '百分之负三点八 percent % -3.8',
    ]);
  });

  it('leaves out percentage points, per mille and URL escapes', () => {
    expect(brief('提高3个百分点,千分之五,https://www.test.com/search?q=30%25%2020%')).toEqual([]);
  });
});

describe('findAmounts: ranges', () => {
  it('reads each range form', () => {
    expect(brief('50亿到70亿元')).toEqual(['50亿到70亿元 money CNY 5000000000..7000000000']);
    expect(brief('3至5亿元')).toEqual(['3至5亿元 money CNY 300000000..500000000']);
    expect(brief('3—5万吨')).toEqual(['3—5万吨 quantity t 30000..50000']);
    expect(brief('3-5万吨')).toEqual(['3-5万吨 quantity t 30000..50000']);
    expect(brief('3~5万吨')).toEqual(['3~5万吨 quantity t 30000..50000']);
    expect(brief('1万元--5万元')).toEqual(['1万元--5万元 money CNY 10000..50000']);
    expect(brief('1万(含)-5万元')).toEqual(['1万(含)-5万元 money CNY 10000..50000']);
    expect(brief('5%-20%')).toEqual(['5%-20% percent % 5..20']);
    expect(brief('1.6~3.9米')).toEqual(['1.6~3.9米 quantity m 1.6..3.9']);
  });

  it('lends the magnitude of the second number to the first only where it fits', () => {
    expect(brief('十八至三十万日元')).toEqual(['十八至三十万日元 money JPY 180000..300000']);
    expect(brief('七千到九千亿元')).toEqual(['七千到九千亿元 money CNY 700000000000..900000000000']);
    expect(brief('两~3百日元')).toEqual(['两~3百日元 money JPY 200..300']);
    expect(brief('从8500到3万港元')).toEqual(['8500到3万港元 money HKD 8500..30000']);
  });

  it('reads adjacent digits as a range: 三四百万元, 两三万吨', () => {
    expect(brief('三四百万元,两三万吨,五六公里')).toEqual([
      '三四百万元 money CNY 3000000..4000000',
      '两三万吨 quantity t 20000..30000',
      '五六公里 quantity km 5..6',
    ]);
  });
});

describe('findAmounts: approximation words', () => {
  it('reads each word, the span from the word in front to the unit', () => {
    expect(brief('60多万吨,1.6万余平方米,22万余元,5000余万元')).toEqual([
      '60多万吨 quantity t 600000 over',
      '1.6万余平方米 quantity m2 16000 over',
      '22万余元 money CNY 220000 over',
      '5000余万元 money CNY 50000000 over',
    ]);
    expect(brief('超30亿元,超过27亿元,突破6000吨,逾10亿元,近120亿元,不到20万元,约25亿度')).toEqual([
      '超30亿元 money CNY 3000000000 over',
      '超过27亿元 money CNY 2700000000 over',
      '突破6000吨 quantity t 6000 over',
      '逾10亿元 money CNY 1000000000 over',
      '近120亿元 money CNY 12000000000 under',
      '不到20万元 money CNY 200000 under',
      '约25亿度 quantity kWh 2500000000 about',
    ]);
  });

  it('reads the words after the unit without printing them', () => {
    expect(brief('90%以上,3万平方米以下,5吨左右,50万元(含)以上')).toEqual([
      '90% percent % 90 over',
      '3万平方米 quantity m2 30000 under',
      '5吨 quantity t 5 about',
      '50万元 money CNY 500000 over',
    ]);
  });

  it('does not take a word that only ends in 近 or 约', () => {
    expect(brief('附近3公里,节约3万吨')).toEqual(['3公里 quantity km 3', '3万吨 quantity t 30000']);
  });
});

describe('findAmounts: what is not an amount', () => {
  const none: [string, string][] = [
    ['counts', '120个项目,548对新人,800多家企业,6万人次,641万剂次,2.4万名党员,近100人,8个以上亿元项目'],
    ['dates and years', '2021年,5月20日,2021-2035年,二〇二一年,2022元旦'],
    ['durations', '720天,3个工作日,81个月,3—5个工作日,20分钟'],
    ['ordinals', '第52次,第48位,第3吨'],
    ['phone and document numbers', '服务热线12345,4302001001708 号营业执照,〔2021〕5号,A202107211321363588510367'],
    ['fractions and ratios', '头发丝的1/8,比分3:1,1/8吨'],
    ['numbers inside formulas', '“3+3+2”现代产业体系,“1+4”模式'],
    ['vague numbers', '数十亿元,上百亿元,几十万元,上万元'],
    ['words with numerals', '三方协议,一元化,元素,零元购,打通最后一公里,大陆,万一'],
    ['identifiers', '维生素B12,COVID-19,5G网络,PM2.5'],
  ];
  for (const [what, text] of none) {
    it(`finds none in ${what}`, () => expect(brief(text)).toEqual([]));
  }
});

describe('findAmounts: offsets and bad input', () => {
  it('gives offsets into the normalized text, one Amount per occurrence, sorted', () => {
    const text = normalize('总投资１２１６．３亿元,其中超3亿元。总投资1216.3亿元').text;
    const found = findAmounts(text);
    expect(found.map((a) => [a.start, a.end, a.text])).toEqual([
      [3, 11, '1216.3亿元'],
      [14, 18, '超3亿元'],
      [22, 30, '1216.3亿元'],
    ]);
    expectWellFormed(text, found);
  });

  it('survives hostile input', () => {
    const inputs = [
      '',
      '7'.repeat(1_000_000),
      '7'.repeat(1_000_000) + '亿元',
      '“'.repeat(100_000),
      '万亿亿万'.repeat(10_000),
      '1万亿亿万'.repeat(10_000) + '元',
      'Привет, мир! 😀🎉 ça va? 3万吨 Ωμέγα 百分之二十 𠀀𠀁 ',
      '\u0000\uffff\ud800元%-—~到至' + '.'.repeat(1000),
      '一二'.repeat(50_000) + '十',
      '-'.repeat(10_000) + '5%' + '百分之'.repeat(10_000),
    ];
    for (const text of inputs) expectWellFormed(text, findAmounts(text));
  });

  it('keeps its invariants on random strings of numeral and unit characters', () => {
    const alphabet = [...'0123456789.,一二两三十百千万亿零点多余几元吨米%-到至~(含)以上约超 半角分级度方百分之'];
    let seed = 42;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let i = 0; i < 300; i++) {
      const text = Array.from({ length: 40 }, () => alphabet[Math.floor(rand() * alphabet.length)]).join('');
      expectWellFormed(text, findAmounts(text));
    }
  });
});
