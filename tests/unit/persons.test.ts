import { describe, expect, it } from 'vitest';
import { extract } from '../../lib/extract';

const person = (text: string, name: string, options = {}) => extract(text, options).persons.find((p) => p.name === name);
const names = (text: string) => extract(text).persons.map((p) => p.name);

describe('people named with a title', () => {
  it('splits a title chain before the name at 、', () => {
    expect(person('5月20日,市委书记、市人大常委会主任曹炯芳主持召开市委常委会会议。', '曹炯芳')).toEqual({
      name: '曹炯芳',
      role: 'official',
      titles: ['市委书记', '市人大常委会主任'],
    });
  });

  it('reads 市委宣传部长江小忠 as 江小忠, not 长江', () => {
    expect(names('市委常委、市委宣传部长江小忠强调,各联点单位要拿出方案。')).toEqual(['江小忠']);
    expect(person('市委常委、市委宣传部长江小忠强调。', '江小忠')?.titles).toEqual(['市委常委', '市委宣传部长']);
  });

  it('reads 市长张迎春 as 张迎春', () => {
    expect(names('市委副书记、市长张迎春出席。')).toEqual(['张迎春']);
  });

  it('finds 毛冰花 after three titles in a row', () => {
    expect(person('金龙集团董事长、CEO、金龙新材董事长毛冰花一连说了六个“感谢”。', '毛冰花')).toEqual({
      name: '毛冰花',
      role: 'business',
      titles: ['金龙集团董事长', 'CEO', '金龙新材董事长'],
    });
  });

  it('chooses between two- and three-character names by the word after', () => {
    expect(names('市委常委、统战部部长罗琼出席调度会。')).toEqual(['罗琼']);
    expect(names('市守法普法协调小组组长、宣传部部长刘永珍出席。')).toEqual(['刘永珍']);
    expect(names('市人大常委会副主任李鹏飞、伍清明、邹致和、李艳丽,秘书长龙雪一出席会议。')).toEqual([
      '李鹏飞', '伍清明', '邹致和', '李艳丽', '龙雪一',
    ]);
  });

  it('gives names listed after one title that title', () => {
    const found = extract('市领导刘光跃、刘正兴、胡水龙出席开工仪式。').persons;
    expect(found.map((p) => [p.name, p.titles])).toEqual([
      ['刘光跃', ['市领导']],
      ['刘正兴', ['市领导']],
      ['胡水龙', ['市领导']],
    ]);
  });

  it('drops the sentence words in front of a title chain', () => {
    expect(person('受市委常委、组织部部长李武宁委托,市委组织部走访慰问。', '李武宁')?.titles).toEqual(['市委常委', '组织部部长']);
    expect(person('经市委批准,市纪委监委对市自然资源和规划局原党组书记、局长蒋开建立案审查。', '蒋开建')?.titles).toEqual([
      '市自然资源和规划局原党组书记',
      '局长',
    ]);
    expect(person('在蓝思科技中国区总裁江南看来,这是一场多赢。', '江南')).toEqual({
      name: '江南',
      role: 'business',
      titles: ['蓝思科技中国区总裁'],
    });
  });

  it('reads a title after the name', () => {
    expect(person('传达学习习近平总书记重要讲话精神。', '习近平')).toEqual({ name: '习近平', role: 'official', titles: ['总书记'] });
    expect(person('慰问了单杨院士的父亲。', '单杨')?.role).toBe('professional');
    expect(names('成功入选中国工程院院士。')).toEqual([]);
  });

  it('reads foreign leaders with transliterated names', () => {
    const found = extract('应二十国集团主席意大利总理德拉吉和欧盟委员会主席冯德莱恩邀请,国家主席习近平将出席。').persons;
    expect(found.map((p) => [p.name, p.titles])).toEqual([
      ['德拉吉', ['意大利总理']],
      ['冯德莱恩', ['欧盟委员会主席']],
      ['习近平', ['国家主席']],
    ]);
  });

  it('reads bylines, split at the scan gaps, as journalists without titles', () => {
    const found = extract('本报讯(记者 符瑶 见习记者 钟佳桑) 5月20日。(记者/旷昆红 通讯员/李水泉 张文亮)').persons;
    expect(found.map((p) => [p.name, p.role, p.titles])).toEqual([
      ['符瑶', 'journalist', []],
      ['钟佳桑', 'journalist', []],
      ['旷昆红', 'journalist', []],
      ['李水泉', 'journalist', []],
      ['张文亮', 'journalist', []],
    ]);
    expect(names('(记者/刘琼 实习生/欧阳晨溪 通讯员/朱卫健)')).toEqual(['刘琼', '欧阳晨溪', '朱卫健']);
    expect(names('■魏 姗\n\n时至年中。')).toEqual(['魏姗']);
    expect(names('记者从市卫健委疾控科获悉。')).toEqual([]);
  });

  it('reads appointment lists', () => {
    const found = extract('任命:\n\n言 鹏为株洲市人大监察和司法委员会副主任委员;\n免去:\n\n傅晓红的株洲市人大监察和司法委员会副主任委员职务;').persons;
    expect(found).toEqual([
      { name: '言鹏', role: 'official', titles: ['株洲市人大监察和司法委员会副主任委员'] },
      { name: '傅晓红', role: 'official', titles: ['株洲市人大监察和司法委员会副主任委员'] },
    ]);
  });

  it('marks every later bare mention of a name found with a title', () => {
    const text = '市委书记曹炯芳主持会议。曹炯芳表示,要抓落实。会后曹炯芳、黄崇祺致辞。中国工程院院士黄崇祺出席。';
    const { mentions } = extract(text);
    expect(mentions.filter((m) => m.key === '曹炯芳')).toHaveLength(3);
    expect(mentions.filter((m) => m.key === '黄崇祺')).toHaveLength(2);
    expect(mentions.every((m) => text.slice(m.start, m.end) === m.text)).toBe(true);
  });

  it('reads an untitled name from the page alone, and takes its role from what is known', () => {
    const { persons, mentions } = extract('朱健前往海富燃气公司检查。', { knownNames: [{ name: '朱健', role: 'business' }] });
    expect(persons).toEqual([{ name: '朱健', role: 'business', titles: [] }]);
    expect(mentions).toMatchObject([{ kind: 'person', key: '朱健', text: '朱健' }]);
    expect(extract('朱健前往海富燃气公司检查。').persons).toEqual([{ name: '朱健', role: 'official', titles: [] }]);
  });

  it('classifies roles from the introducing title', () => {
    expect(person('湘潭县中医院护士汤帅出席。', '汤帅')?.role).toBe('professional');
    expect(person('湘乡市泉塘镇繁育村村民欧阳海坤出席。', '欧阳海坤')?.role).toBe('citizen');
    expect(person('株洲B保中心管委会主任、湖南湘粤非国际物流有限公司董事长张剑告诉记者。', '张剑')?.role).toBe('official');
    expect(person('迅达集团党委书记文丰表示。', '文丰')?.role).toBe('business');
  });

  it('does not take honorifics, companies or placeholders for people', () => {
    expect(names('刚办好业务的梁先生点赞。户籍在外地的张女士开心说。张市长热情地跟我谈起。')).toEqual([]);
    expect(names('杨家组原出纳毛某某利用职务之便。')).toEqual([]);
    expect(names('金龙集团在雨湖区投资。省工信厅、省财政厅有关负责人出席。领导干部成长的基石。')).toEqual([]);
  });
});
