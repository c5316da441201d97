import { describe, expect, it } from 'vitest';
import { extract } from '../../lib/extract';
import { roleOfTitle } from '../../lib/extract/roles';
import { postAt, titleChainBefore } from '../../lib/extract/titles';

/** The titles in front of the `|`, which marks where a name starts; null when there is no title. */
const titles = (marked: string): string[] | null => {
  const at = marked.indexOf('|');
  return titleChainBefore(marked.replace('|', ''), at, 0)?.titles ?? null;
};
const person = (text: string, name: string) => extract(text).persons.find((p) => p.name === name);

describe('the title grammar: [organization]* + post', () => {
  it('reads Party, state and discipline inspection posts', () => {
    expect(titles('市政府党组成员|王伟')).toEqual(['市政府党组成员']);
    expect(titles('区委常委、纪委书记、监委主任|张晓东')).toEqual(['区委常委', '纪委书记', '监委主任']);
    expect(titles('驻省农业农村厅纪检监察组组长|李华')).toEqual(['驻省农业农村厅纪检监察组组长']);
    expect(titles('国家监委驻某部监察专员|赵明')).toEqual(['国家监委驻某部监察专员']);
    expect(titles('开发区党工委副书记|周强')).toEqual(['开发区党工委副书记']);
    expect(titles('台湾地区领导人|赖清德')).toEqual(['台湾地区领导人']);
    expect(titles('市政协副主席、市中级人民法院院长|林涛')).toEqual(['市政协副主席', '市中级人民法院院长']);
    expect(titles('区人民检察院党组书记、检察长|秦岚')).toEqual(['区人民检察院党组书记', '检察长']);
    expect(titles('市政府副秘书长、办公室主任|邓云')).toEqual(['市政府副秘书长', '办公室主任']);
  });

  it('reads any ministry unit as an organization: X司司长, X办主任, X中心主任, 巡视员', () => {
    expect(titles('商务部外贸司司长|王立新')).toEqual(['商务部外贸司司长']);
    expect(titles('交通运输部综合规划司副司长|赵明')).toEqual(['交通运输部综合规划司副司长']);
    expect(titles('市委网信办主任|陈红')).toEqual(['市委网信办主任']);
    expect(titles('省大数据发展中心主任|孙伟')).toEqual(['省大数据发展中心主任']);
    expect(titles('市财政局预算处处长|钱进')).toEqual(['市财政局预算处处长']);
    expect(titles('省生态环境厅一级巡视员|刘强')).toEqual(['省生态环境厅一级巡视员']);
    expect(titles('市教育局二级调研员|马丽')).toEqual(['市教育局二级调研员']);
  });

  it('reads army and police posts', () => {
    expect(titles('东部战区陆军司令员|林向阳')).toEqual(['东部战区陆军司令员']);
    expect(titles('某合成旅政治委员|黄勇')).toEqual(['某合成旅政治委员']);
    expect(titles('第72集团军军长|韩军')).toEqual(['第72集团军军长']);
    expect(titles('市公安局党委书记、局长|吴刚')).toEqual(['市公安局党委书记', '局长']);
    expect(titles('城关派出所所长|郑华')).toEqual(['城关派出所所长']);
  });

  it('reads Hong Kong, Macau and Taiwan offices (in simplified script)', () => {
    expect(titles('香港特区行政长官|李家超')).toEqual(['香港特区行政长官']);
    expect(titles('政务司司长|陈国基')).toEqual(['政务司司长']);
    expect(titles('澳门特区经济财政司司长|戴建业')).toEqual(['澳门特区经济财政司司长']);
    expect(titles('立法会议员、行政会议召集人|叶国谦')).toEqual(['立法会议员', '行政会议召集人']);
    expect(titles('台北市市长|蒋万安')).toEqual(['台北市市长']);
  });

  it('reads diplomats, and 驻X makes no foreigner', () => {
    expect(titles('中国驻大阪总领事|薛剑')).toEqual(['中国驻大阪总领事']);
    expect(titles('驻法国使馆公使衔参赞|王静')).toEqual(['驻法国使馆公使衔参赞']);
    expect(titles('外交部领事司副司长、驻某国临时代办|刘洋')).toEqual(['外交部领事司副司长', '驻某国临时代办']);
    expect(titleChainBefore('中国驻日本大使孔铉佑', 7, 0)?.foreign).toBe(false);
    expect(titleChainBefore('美国驻华大使伯恩斯', 6, 0)?.foreign).toBe(true);
  });

  it('reads enterprise posts, acronyms in any letter case', () => {
    expect(titles('小米集团联合创始人、总裁|王翔')).toEqual(['小米集团联合创始人', '总裁']);
    expect(titles('某科技公司ceo|李明')).toEqual(['某科技公司ceo']);
    expect(titles('公司副总|王强')).toEqual(['公司副总']);
    expect(titles('公司副总经理|王强')).toEqual(['公司副总经理']);
    expect(titles('集团首席财务官|张丽')).toEqual(['集团首席财务官']);
    expect(titles('农商银行城南支行行长|何平')).toEqual(['农商银行城南支行行长']);
    expect(titles('销售部主管|冯涛')).toEqual(['销售部主管']);
    expect(titles('股份公司董秘|宋佳')).toEqual(['股份公司董秘']);
  });

  it('reads university, research, culture and sport posts', () => {
    expect(titles('中国科学院学部委员|钱学森')).toEqual(['中国科学院学部委员']);
    expect(titles('农业大学教授、博士生导师|孙丽')).toEqual(['农业大学教授', '博士生导师']);
    expect(titles('研究院首席科学家|高峰')).toEqual(['研究院首席科学家']);
    expect(titles('总导演|张艺谋')).toEqual(['总导演']);
    expect(titles('中国女排主教练|蔡斌')).toEqual(['中国女排主教练']);
    expect(titles('乒乓球运动员|马龙')).toEqual(['乒乓球运动员']);
    expect(titles('晚报副总编辑、文艺部主编|郑言')).toEqual(['晚报副总编辑', '文艺部主编']);
  });

  it('keeps organization names whole: brackets, overlapping posts, words with lead-ins', () => {
    expect(titles('中国(湖南)自由贸易试验区长沙片区管委会主任|刘波')).toEqual(['中国(湖南)自由贸易试验区长沙片区管委会主任']);
    expect(titles('八路军副总司令|彭德怀')).toEqual(['八路军副总司令']);
    expect(titles('银园村党总支书记|郭克伟')).toEqual(['银园村党总支书记']);
    expect(titles('市应急管理局局长|许军')).toEqual(['市应急管理局局长']);
    expect(titles('市人民对外友好协会会长|林芳')).toEqual(['市人民对外友好协会会长']);
    expect(titles('中央选举委员会主席|阿里')).toEqual(['中央选举委员会主席']);
    expect(titles('以色列总理|内塔尼亚胡')).toEqual(['以色列总理']);
    expect(titles('春晚节目主持人|朱迅')).toEqual(['春晚节目主持人']);
  });
});

describe('where a title chain starts', () => {
  it('starts after discourse words and the event a clause is about', () => {
    expect(titles('图为市委书记|王某')).toEqual(['市委书记']);
    expect(titles('据悉县长|周某')).toEqual(['县长']);
    expect(titles('此外副市长|刘某')).toEqual(['副市长']);
    expect(titles('同时县委书记|马某')).toEqual(['县委书记']);
    expect(titles('今年两会上全国人大代表|钟某')).toEqual(['全国人大代表']);
    expect(titles('在开工仪式上市长|陈某')).toEqual(['市长']);
    expect(titles('会议指出区长|冯某')).toEqual(['区长']);
  });

  it('starts after dates and times', () => {
    expect(titles('5月20日市委书记|曹某')).toEqual(['市委书记']);
    expect(titles('十二月三十一日国家主席|江某')).toEqual(['国家主席']);
    expect(titles('昨天下午区长|孙某')).toEqual(['区长']);
    expect(titles('近日省委常委|赵某')).toEqual(['省委常委']);
    expect(titles('新华社北京5月20日电外交部发言人|华某')).toEqual(['外交部发言人']);
    expect(titles('新华社东京电日本首相|石破茂')).toEqual(['日本首相']);
  });

  it('starts after a verb that ends the clause before or takes the person as object', () => {
    expect(titles('记者致电县教育局局长|黄某')).toEqual(['县教育局局长']);
    expect(titles('他说县长|高某')).toEqual(['县长']);
    expect(titles('大家看到镇党委书记|林某')).toEqual(['镇党委书记']);
    expect(titles('会议由市委副书记、市长|吴某')).toEqual(['市委副书记', '市长']);
    expect(titles('据市商务局局长|王某')).toEqual(['市商务局局长']);
    expect(titles('一、应国家主席|习某')).toEqual(['国家主席']);
  });

  it('starts after punctuation, quotes and white space', () => {
    expect(titles('“市委书记|罗某')).toEqual(['市委书记']);
    expect(titles('    市委书记|罗某')).toEqual(['市委书记']);
    expect(titles('Apple CEO|库克')).toEqual(['Apple CEO']);
  });

  it('starts after the names of a list before it', () => {
    expect(titles('秦建国、于海洋、长园科技集团副总裁|乔文')).toEqual(['长园科技集团副总裁']);
    expect(titles('王伟、李强、市委常委、副市长|张军')).toEqual(['市委常委', '副市长']);
    expect(titles('澳门前行政长官贺一诚及立法会前主席|高开贤')).toEqual(['立法会前主席']);
    expect(titleChainBefore('国务院总理李强和德国总理朔尔茨', 12, 0)).toEqual({ start: 8, titles: ['德国总理'], foreign: true });
    expect(titles('文化和旅游部部长|孙业礼')).toEqual(['文化和旅游部部长']);
  });
});

describe('a post after a name', () => {
  it('reads the post with its qualifier', () => {
    expect(postAt('习近平主席指出', 3)).toBe('主席');
    expect(postAt('王岐山副主席出席', 3)).toBe('副主席');
    expect(postAt('王明出席', 2)).toBeUndefined();
  });
});

describe('posts used as words of a sentence', () => {
  it('makes no title of a post inside a sentence word or an organization name', () => {
    expect(titles('张谦带领队|伍开赴工地')).toBeNull();
    expect(titles('有关长|江保护的规定')).toBeNull();
    expect(titles('西安市物资回收公司长|乐坡公司')).toBeNull();
    expect(titles('外交部领事|司副司长')).toBeNull();
  });

  it('needs an organization before a post that is also a verb or group word', () => {
    expect(titles('他主管|全市农业工作')).toBeNull();
    expect(titles('洞井乡主管|纪检监察工作')).toBeNull();
    expect(titles('参与领导|全国的解放战争')).toBeNull();
    expect(titles('市领导|刘光跃')).toEqual(['市领导']);
    expect(titles('有关单位的领导|徐某')).toEqual(['领导']);
  });

  it('finds no person where a post is a verb', () => {
    expect(extract('他主管全市农业工作多年。').persons).toEqual([]);
    expect(extract('经理带领队伍开赴工地。').persons).toEqual([]);
  });
});

describe('roles from the first title', () => {
  it('gives business posts and companies business', () => {
    expect(roleOfTitle('金龙集团董事长')).toBe('business');
    expect(roleOfTitle('ceo')).toBe('business');
    expect(roleOfTitle('联合创始人')).toBe('business');
    expect(roleOfTitle('迅达集团党委副书记')).toBe('business');
    expect(roleOfTitle('农商银行支行行长')).toBe('business');
  });

  it('gives academics, doctors, culture and sport professional', () => {
    expect(roleOfTitle('清华大学教授')).toBe('professional');
    expect(roleOfTitle('研究院首席科学家')).toBe('professional');
    expect(roleOfTitle('省人民医院院长')).toBe('professional');
    expect(roleOfTitle('总导演')).toBe('professional');
    expect(roleOfTitle('央视主持人')).toBe('professional');
    expect(roleOfTitle('中国女排主教练')).toBe('professional');
    expect(roleOfTitle('乒乓球运动员')).toBe('professional');
  });

  it('gives Party, state, army, police, SAR and diplomatic posts official', () => {
    expect(roleOfTitle('市委书记')).toBe('official');
    expect(roleOfTitle('香港特区行政长官')).toBe('official');
    expect(roleOfTitle('中国驻大阪总领事')).toBe('official');
    expect(roleOfTitle('东部战区陆军司令员')).toBe('official');
    expect(roleOfTitle('市公安局政委')).toBe('official');
    expect(roleOfTitle('市委党校教授')).toBe('official');
    expect(roleOfTitle('中国人民银行行长')).toBe('official');
    expect(roleOfTitle('村民委员会主任')).toBe('official');
  });

  it('gives private persons citizen', () => {
    expect(roleOfTitle('湘乡市泉塘镇繁育村村民')).toBe('citizen');
    expect(roleOfTitle('社区居民')).toBe('citizen');
  });
});

describe('people found with the grammar', () => {
  it('reads the person, role and titles', () => {
    expect(person('商务部外贸司司长王立新出席发布会。', '王立新')).toEqual({
      name: '王立新',
      role: 'official',
      titles: ['商务部外贸司司长'],
    });
    expect(person('小米集团联合创始人、总裁王翔介绍,新品下月上市。', '王翔')).toEqual({
      name: '王翔',
      role: 'business',
      titles: ['小米集团联合创始人', '总裁'],
    });
    expect(person('图为总导演张艺谋表示,演出将在月底举行。', '张艺谋')).toEqual({
      name: '张艺谋',
      role: 'professional',
      titles: ['总导演'],
    });
  });
});
