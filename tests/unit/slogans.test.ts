import { describe, expect, it } from 'vitest';
import { extract } from '../../lib/extract';
import { findQuoted } from '../../lib/extract/quotes';

const slogans = (text: string, options = {}) => extract(text, options).slogans.map((s) => s.text);

describe('slogans', () => {
  it('takes numbered and compressed formulas in quotes', () => {
    const text =
      '落实“三高四新”战略,构建“3+3+2”现代产业体系,实行“党政同责”“一岗双责”,推进"八五"普法和"两主一特"产业,实施"五大行动"和"一号工程",建设“新三区”,推动"量质双升"。';
    expect(slogans(text)).toEqual(['三高四新', '3+3+2', '党政同责', '一岗双责', '八五', '两主一特', '五大行动', '一号工程', '新三区', '量质双升']);
  });

  it('takes policy patterns and parallel phrases', () => {
    const text =
      '坚持"谁执法谁普法",实现“竣工即交证”,强化"亩产论英雄"导向,"以商招商",耕地"非农化",推进“跨省通办”,坚持“创新引领、开放崛起”,开展"闯新路、破险阻、兴产业"竞赛,推行"容缺审批+拿地即开工"。';
    expect(slogans(text)).toEqual([
      '谁执法谁普法', '竣工即交证', '亩产论英雄', '以商招商', '非农化', '跨省通办', '创新引领、开放崛起', '闯新路、破险阻、兴产业', '容缺审批+拿地即开工',
    ]);
  });

  it('leaves out speech, metaphors, idioms, names and honorary titles', () => {
    const text =
      '感受到“压力山大”,创造了“火箭速度”,透露了一个“小秘密”,这是“双向奔赴”,牢牢守住"生命线"和"压舱石",利用“贸促云展”平台,借助“手之声”视频,“奥密克戎”变异株,授予"湘潭市见义勇为先进个人"荣誉称号,(以下简称“轨博会”)。“我对家乡是有感情的”,他说。';
    expect(slogans(text)).toEqual([]);
  });

  it('marks a slogan also where it stands without quotes, and every known formulation', () => {
    const text = '聚焦“三高四新”战略。三高四新是湖南的战略。违反中央八项规定精神,培育专精特新企业。';
    const result = extract(text);
    expect(result.slogans.map((s) => s.text)).toEqual(['三高四新', '八项规定', '专精特新']);
    expect(result.mentions.filter((m) => m.kind === 'slogan').map((m) => m.text)).toEqual(['三高四新', '三高四新', '八项规定', '专精特新']);
  });

  it('glosses well-known formulations for the lookup card', () => {
    const [s] = extract('落实“三高四新”战略。').slogans;
    expect(s?.kind).toBe('formula');
    expect(s?.gloss).toMatch(/先进制造业高地/);
  });

  it('recognizes slogans the reader already knows, unquoted', () => {
    expect(slogans('持续开展株事有礼主题活动,推进微建议办理。', { knownSlogans: ['微建议'] })).toEqual(['株事有礼', '微建议']);
  });

  it('reads quoted slogans inside a document title, not the title itself', () => {
    expect(slogans('落实省政府关于《深化“放管服”改革助推“五好”园区建设二十条措施》。')).toEqual(['放管服', '五好']);
  });

  it('pairs quote marks of every style on one line only', () => {
    const text = '“甲乙”「丙丁」『戊己』‘庚辛’"壬癸" \'子丑\' “不\n闭合”';
    expect(findQuoted(text).map((q) => text.slice(q.start, q.end))).toEqual(['甲乙', '丙丁', '戊己', '庚辛', '壬癸', '子丑']);
  });
});
