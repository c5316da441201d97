// The cases issue 10 found on unseen text, each as a general rule with a
// second example of our own: names read by the trained model from the page
// alone, their edges, lists, titles after names, rare surnames, words that are
// not names, traditional script.
import { describe, expect, it } from 'vitest';
import { extract } from '../../lib/extract';

const people = (text: string) => extract(text).persons.map((p) => [p.name, p.titles]);
const names = (text: string) => extract(text).persons.map((p) => p.name);

describe('names from the page alone', () => {
  it('reads every member of a list closed by 等 and a verb', () => {
    expect(names('王建国、李明华、赵志刚等出席会议。')).toEqual(['王建国', '李明华', '赵志刚']);
    expect(names('周一民、孙晓红、冯立新等参加活动。')).toEqual(['周一民', '孙晓红', '冯立新']);
  });
  it('reads untitled names listed after a titled one', () => {
    expect(names('市长周平讲话,陈晓东、刘芳等参加。')).toEqual(['周平', '陈晓东', '刘芳']);
    expect(names('县长吴海平致辞,何丽萍、郑国强等陪同。')).toEqual(['吴海平', '何丽萍', '郑国强']);
  });
  it('gives each member of a list the group label in front of it or after 等', () => {
    expect(people('市领导孙立、钱进和市政府秘书长吴涛出席。')).toEqual([
      ['孙立', ['市领导']], ['钱进', ['市领导']], ['吴涛', ['市政府秘书长']],
    ]);
    expect(people('周红、王刚等市领导出席。')).toEqual([['周红', ['市领导']], ['王刚', ['市领导']]]);
    expect(people('县领导马明辉、林小兵和县政府办主任唐建平参加。')).toEqual([
      ['马明辉', ['县领导']], ['林小兵', ['县领导']], ['唐建平', ['县政府办主任']],
    ]);
  });
  it('reads a title after the name', () => {
    expect(people('张晓红秘书长指出,要抓落实。')).toEqual([['张晓红', ['秘书长']]]);
    expect(people('正如李明主席所说。')).toEqual([['李明', ['主席']]]);
    expect(people('刘志强局长介绍,今年以来。')).toEqual([['刘志强', ['局长']]]);
  });
  it('reads the post a person is there as (作为, 做为, 身为)', () => {
    expect(extract('李宏伟做为主帅,带领球队夺冠。').persons).toEqual([{ name: '李宏伟', role: 'professional', titles: ['主帅'] }]);
    expect(extract('周立新作为县长,多次深入一线。').persons).toEqual([{ name: '周立新', role: 'official', titles: ['县长'] }]);
  });
  it('reads names with rare surnames, so the title does not slide to the next name', () => {
    expect(people('省委书记仉建华、省长郇文斌出席。')).toEqual([['仉建华', ['省委书记']], ['郇文斌', ['省长']]]);
    expect(people('市委书记亓志远、市长禚宏伟出席。')).toEqual([['亓志远', ['市委书记']], ['禚宏伟', ['市长']]]);
  });
  it('ends a name before the verb after it', () => {
    expect(names('县长李平见证签约。')).toEqual(['李平']);
    expect(names('副县长赵明见证了签约仪式。')).toEqual(['赵明']);
    expect(names('发言人王玮进行介绍。')).toEqual(['王玮']);
    expect(names('书记陈东来向大会报告。')).toEqual(['陈东来']);
    expect(names('总经理刘军先生表示。')).toEqual(['刘军']);
    expect(names('副省长、市长周海兵讲话。')).toEqual(['周海兵']);
  });
  it('takes no ordinary words for names', () => {
    for (const text of ['有关负责同志介绍。', '工作人员解释说。', '领导曾表示。', '处长丰村调研。', '相关负责同志表示。']) {
      expect(names(text), text).toEqual([]);
    }
  });
  it('reads a well-known name without help from the history, and marks it everywhere', () => {
    const { persons, mentions } = extract('国家主席习近平同美国总统特朗普举行会谈。习近平指出,双方要加强合作。');
    expect(persons.map((p) => p.name)).toEqual(['习近平', '特朗普']);
    expect(mentions.filter((m) => m.key === '习近平')).toHaveLength(2);
  });
  it('reads traditional script and reports it as printed', () => {
    expect(people('市委書記、市長陳國強主持會議。')).toEqual([['陳國強', ['市委書記', '市長']]]);
    expect(people('行政院發言人林志明表示。')).toEqual([['林志明', ['行政院發言人']]]);
  });
});

const person = (text: string, name: string) => extract(text).persons.find((p) => p.name === name);

describe('the person pipeline on top of the name model', () => {
  it('reads a post after a name as its title, unless it runs into a longer word', () => {
    expect(people('习近平主席和夫人彭丽媛在故宫迎接特朗普总统。')).toContainEqual(['习近平', ['主席']]);
    expect(people('王建国市长欢迎客商前来投资。')).toEqual([['王建国', ['市长']]]);
    expect(people('王明主席团会议在北京举行。')).toEqual([['王明', []]]);
    expect(people('张华主席台就座。')).toEqual([['张华', []]]);
    expect(people('张三部长级待遇不变。')).toEqual([['张三', []]]);
  });
  it('gives a post between two names to the name after it', () => {
    expect(people('会见了王明主任李华。')).toEqual([['王明', []], ['李华', ['主任']]]);
  });
  it('starts a title chain after the nearest name before it', () => {
    expect(people('李新伟和长园科技集团副总裁张三出席。')).toEqual([['李新伟', []], ['张三', ['长园科技集团副总裁']]]);
    expect(people('刘建国和湘江集团副总经理赵小龙出席。')).toEqual([['刘建国', []], ['赵小龙', ['湘江集团副总经理']]]);
  });
  it('reads a name the model misses after a title when a verb or a Latin post confirms it', () => {
    expect(people('小米集团ceo雷军表示,将加大投入。')).toEqual([['雷军', ['小米集团ceo']]]);
    expect(people('某科技公司CFO王海波说,营收增长。')).toEqual([['王海波', ['某科技公司CFO']]]);
    expect(people('在蓝思科技中国区总裁江南看来,这是一场多赢。')).toEqual([['江南', ['蓝思科技中国区总裁']]]);
    expect(names('工作人员解释说。')).toEqual([]);
  });
  it('ends a name before a one-character verb or a word that follows names', () => {
    expect(names('游泳选手孙杨夺冠后说。')).toEqual(['孙杨']);
    expect(names('主任张丽介绍,今年以来成效明显。')).toEqual(['张丽']);
    expect(names('教练刘洋夺冠后表示满意。')).toEqual(['刘洋']);
    expect(names('副主任陈静则认为,还要加把劲。')).toEqual(['陈静']);
  });
  it('takes no place or zone for a name, brackets or not', () => {
    expect(people('昌邑滨海(下营)经济开发区党工委书记高文奎出席。')).toEqual([['高文奎', ['昌邑滨海(下营)经济开发区党工委书记']]]);
    expect(people('东湖(光谷)高新区党工委书记李明出席。')).toEqual([['李明', ['东湖(光谷)高新区党工委书记']]]);
    expect(names('中车集团(佳木斯)新能源装备产业基地项目开工。')).toEqual([]);
    expect(names('全市、徐圩新区集中开工项目,徐圩新区将加快建设。')).toEqual([]);
    expect(names('11月30日,记者从市卫健委疾控科获悉。')).toEqual([]);
  });
  it('gives a title the names listed after it and 为 when they end the clause', () => {
    expect(people('16名非官守议员为叶刘淑仪、李国章和陈克勤。')).toEqual([
      ['叶刘淑仪', ['非官守议员']], ['李国章', ['非官守议员']], ['陈克勤', ['非官守议员']],
    ]);
    expect(people('组长为王建华,副组长为刘志明、李强。')).toEqual([['王建华', ['组长']], ['刘志明', ['副组长']], ['李强', ['副组长']]]);
    expect(people('院长为王明颁奖。')).toEqual([]);
  });
  it('reads a group label after 等 to the end of the clause', () => {
    expect(people('王卫安、刘光跃等在职市级领导,出席会议。')).toEqual([['王卫安', ['在职市级领导']], ['刘光跃', ['在职市级领导']]]);
    expect(people('张明、李强等离退休副厅级以上老领导,出席会议。')).toEqual([
      ['张明', ['离退休副厅级以上老领导']], ['李强', ['离退休副厅级以上老领导']],
    ]);
  });
  it('takes a foreign name\'s last part alone for the person named in full', () => {
    expect(people('挪威王国首相埃尔娜·索尔贝格将访华。索尔贝格首相此访意义重大。')).toEqual([['埃尔娜·索尔贝格', ['挪威王国首相', '首相']]]);
    const { persons, mentions } = extract('美国国务卿迈克·蓬佩奥抵达北京。蓬佩奥表示,愿意加强沟通。');
    expect(persons.map((p) => p.name)).toEqual(['迈克·蓬佩奥']);
    expect(mentions.map((m) => [m.key, m.text])).toEqual([['迈克·蓬佩奥', '迈克·蓬佩奥'], ['迈克·蓬佩奥', '蓬佩奥']]);
  });
  it('takes a name read inside a longer one found on the page for that person', () => {
    expect(names('国家发改委党组成员、副主任赵辰昕出席。赵辰昕答道,区域发展成效明显。')).toEqual(['赵辰昕']);
  });
  it('takes no word or work set apart, no list of things and no organization in a title for a person', () => {
    expect(people('最佳新人奖颁给了《斯琴杭茹》中的演员卓拉。')).toEqual([['卓拉', ['演员']]]);
    expect(names('影片《王小红》获得大奖。审批链条运转顺畅不“卡顿”。')).toEqual([]);
    expect(names('推动人社、医保、卫健、企业开办等高频事项一网通办。')).toEqual([]);
    expect(names('3M、卡特彼勒、西屋、哈斯科、阿特拉斯等29家知名企业参会。')).toEqual([]);
    expect(names('金龙集团董事长、CEO、金龙新材董事长毛冰花说。金龙新材项目创造了快签快建的速度。')).toEqual(['毛冰花']);
  });
  it('splits a run of names printed without separators', () => {
    expect(names('委员会委员:江泽民李鹏乔石李瑞环朱镕基刘华清胡锦涛荣毅仁丁关根田纪云李岚清李铁映杨白冰吴邦国邹家华姜春云钱其琛黄菊尉健行')).toEqual([
      '江泽民', '李鹏', '乔石', '李瑞环', '朱镕基', '刘华清', '胡锦涛', '荣毅仁', '丁关根', '田纪云', '李岚清', '李铁映', '杨白冰', '吴邦国', '邹家华', '姜春云', '钱其琛', '黄菊', '尉健行',
    ]);
    expect(names('出席会议的有王建国李明华赵志刚刘芳(女)陈晓东孙立新。')).toEqual(['王建国', '李明华', '赵志刚', '刘芳', '陈晓东', '孙立新']);
    expect(names('王明和李华与张强及赵四出席。')).toEqual(['王明', '李华', '张强', '赵四']);
  });
  it('gives people without a title the role most people titled on the page have', () => {
    const found = extract('最佳导演奖颁给了导演王全安。黄渤获得最佳男演员奖,陶红获得最佳女演员奖。').persons;
    expect(found.map((p) => [p.name, p.role])).toEqual([['王全安', 'professional'], ['黄渤', 'professional'], ['陶红', 'professional']]);
    expect(person('市长周平讲话,陈晓东出席。', '陈晓东')?.role).toBe('official');
  });
});
