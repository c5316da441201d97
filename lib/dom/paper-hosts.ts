// The major papers' and news portals' hosts, and the name each prints on
// itself: where a page names no paper, the site it is on does. A host matches
// itself and its subdomains, the longest entry winning (paper.people.com.cn is
// 人民日报, the rest of people.com.cn 人民网). Only hosts whose owner is
// certain are listed; bare gov.cn is not, as its subdomains are every other
// government's. Hong Kong and Taiwan papers keep their traditional names.

export const PAPER_HOSTS: Readonly<Record<string, string>> = {
  // National papers, agencies and their sites.
  'people.com.cn': '人民网',
  'paper.people.com.cn': '人民日报',
  'xinhuanet.com': '新华网',
  'news.cn': '新华网',
  'chinadaily.com.cn': '中国日报',
  'gmw.cn': '光明网',
  'cctv.com': '央视网',
  'cntv.cn': '央视网',
  'cnr.cn': '央广网',
  'chinanews.com': '中国新闻网',
  'chinanews.com.cn': '中国新闻网',
  'china.com.cn': '中国网',
  'ce.cn': '中国经济网',
  'youth.cn': '中国青年网',
  'cyol.com': '中青在线',
  'legaldaily.com.cn': '法治日报',
  'workercn.cn': '中工网',
  'stdaily.com': '科技日报',
  'qstheory.cn': '求是网',
  'www.gov.cn': '中国政府网',
  'ccdi.gov.cn': '中央纪委国家监委网站',
  'huanqiu.com': '环球网',
  'cankaoxiaoxi.com': '参考消息',
  'jjckb.cn': '经济参考报',
  // Commercial papers and portals.
  'thepaper.cn': '澎湃新闻',
  'bjnews.com.cn': '新京报',
  'caixin.com': '财新网',
  'yicai.com': '第一财经',
  'jiemian.com': '界面新闻',
  '21jingji.com': '21世纪经济报道',
  'guancha.cn': '观察者网',
  'ifeng.com': '凤凰网',
  'sina.com.cn': '新浪网',
  'sohu.com': '搜狐网',
  '163.com': '网易',
  'qq.com': '腾讯网',
  // Provinces and municipalities.
  'bjd.com.cn': '北京日报',
  'ynet.com': '北青网',
  'jfdaily.com': '解放日报',
  'whb.cn': '文汇报',
  'eastday.com': '东方网',
  'enorth.com.cn': '北方网',
  'cqnews.net': '华龙网',
  'nfdaily.cn': '南方日报',
  'southcn.com': '南方网',
  'dzwww.com': '大众网',
  'zjol.com.cn': '浙江在线',
  'xhby.net': '新华报业网',
  'cnhubei.com': '荆楚网',
  'dahe.cn': '大河网',
  'hebnews.cn': '河北新闻网',
  'fjsen.com': '东南网',
  'gxnews.com.cn': '广西新闻网',
  'yunnan.cn': '云南网',
  'hinews.cn': '南海网',
  'ts.cn': '天山网',
  // Hunan and its cities.
  'voc.com.cn': '湖南日报',
  'rednet.cn': '红网',
  'xtrb.cn': '湘潭日报',
  'zznews.gov.cn': '株洲日报',
  // Hong Kong, Macau, Taiwan, Singapore.
  'takungpao.com': '大公報',
  'wenweipo.com': '文匯報',
  'mingpao.com': '明報',
  'hk01.com': '香港01',
  'rthk.hk': '香港電台',
  'macaodaily.com': '澳門日報',
  'cna.com.tw': '中央社',
  'ltn.com.tw': '自由時報',
  'udn.com': '聯合新聞網',
  'chinatimes.com': '中時新聞網',
  'zaobao.com': '联合早报',
  'zaobao.com.sg': '联合早报',
};

// A Map, so that a host such as `a.constructor` finds nothing on Object's prototype.
const BY_HOST: ReadonlyMap<string, string> = new Map(Object.entries(PAPER_HOSTS));

/** The paper or portal a host belongs to: the longest listed suffix of the host at a dot. */
export function paperOfHost(host: string): string | undefined {
  const labels = host.toLowerCase().replace(/\.$/, '').split('.');
  for (let i = 0; i < labels.length - 1; i++) {
    const name = BY_HOST.get(labels.slice(i).join('.'));
    if (name !== undefined) return name;
  }
  return undefined;
}
