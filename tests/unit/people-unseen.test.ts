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
