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
    expect(s?.gloss).toMatch(/高地/);
  });

  it('recognizes slogans the reader already knows, unquoted', () => {
    expect(slogans('株洲持续开展株事有礼主题活动,推进微建议办理。', { knownSlogans: ['微建议'] })).toEqual(['株事有礼', '微建议']);
  });

  it('marks a local formulation unquoted only on a page that names its place, and quoted on any page', () => {
    expect(slogans('全市持续开展株事有礼主题活动。')).toEqual([]);
    expect(slogans('全市持续开展“株事有礼”主题活动。')).toEqual(['株事有礼']);
    // a Hunan formulation on a page that names a Hunan city
    expect(slogans('衡阳市深入落实三高四新战略。')).toEqual(['三高四新']);
    expect(slogans('某市深入落实三高四新战略。')).toEqual([]);
  });

  it('marks well-known national formulations without quotes, in either script', () => {
    expect(slogans('深化供给侧结构性改革,培育新质生产力,推动高质量发展。')).toEqual(['供给侧结构性改革', '新质生产力']);
    expect(slogans('深刻领悟两个确立,坚持房住不炒,推進供給側結構性改革。')).toEqual(['两个确立', '房住不炒', '供給側結構性改革']);
  });

  it('leaves unquoted everyday phrases and forms in digits alone to their quotes', () => {
    expect(slogans('推动高质量发展,优化营商环境,签约项目1310个。')).toEqual([]);
    expect(slogans('推动“高质量发展”。')).toEqual(['高质量发展']);
  });

  it('reads quoted slogans inside a document title, not the title itself', () => {
    expect(slogans('落实省政府关于《深化“放管服”改革助推“五好”园区建设二十条措施》。')).toEqual(['放管服', '五好']);
  });

  it('pairs quote marks of every style on one line only', () => {
    const text = '“甲乙”「丙丁」『戊己』‘庚辛’"壬癸" \'子丑\' “不\n闭合”';
    expect(findQuoted(text).map((q) => text.slice(q.start, q.end))).toEqual(['甲乙', '丙丁', '戊己', '庚辛', '壬癸', '子丑']);
  });

  describe('quoted phrases the lexicon does not know, by shape and context (issue 11)', () => {
    it('takes short campaign slogans put to work or named as campaigns', () => {
      expect(slogans('坚持“产业为先”,开展“百日大干”,启动“招商引资年”活动。')).toEqual(['产业为先', '百日大干', '招商引资年']);
      expect(slogans('坚持“生态优先”,打响“百日攻坚”,开展“项目建设年”活动。')).toEqual(['生态优先', '百日攻坚', '项目建设年']);
    });

    it('takes label-like formulations given a policy context', () => {
      expect(slogans('加快建设“重要支点”,围绕“新城市新活力”主题。')).toEqual(['重要支点', '新城市新活力']);
      expect(slogans('奋力打造“开放高地”,聚焦“新产业新动能”目标。')).toEqual(['开放高地', '新产业新动能']);
    });

    it('takes numbered formulas of any count, in digits, 双 with a few characters, and traditional script', () => {
      expect(slogans('构建“三区两地一圈一中心”格局,落实“20条”,推动“双城联动”,融入「雙循環」。')).toEqual([
        '三区两地一圈一中心', '20条', '双城联动', '雙循環',
      ]);
      expect(slogans('实施“两带三区四廊一中心”规划,出台“金融16条”,坚持“双轮驱动”,落實「雙減」。')).toEqual([
        '两带三区四廊一中心', '金融16条', '双轮驱动', '雙減',
      ]);
    });

    it('reads a quote with a pinyin reading inside as the phrase without it', () => {
      const result = extract('推動“高質量發(fā)展”。');
      expect(result.slogans.map((s) => s.text)).toEqual(['高質量發展']);
      expect(result.mentions.find((m) => m.kind === 'slogan')?.text).toBe('高質量發(fā)展');
      expect(slogans('培育“新质(zhì)生产力”。')).toEqual(['新质生产力']);
    });

    it('leaves out durations and counts joined by +, remarks, and one-word scare quotes', () => {
      expect(slogans('休“90天+3个月”的假,游客说“下次还来”,避免“双输”。')).toEqual([]);
      expect(slogans('实行“5天+2天”轮班,居民直呼“真没想到”,追求“双赢”。')).toEqual([]);
    });

    it('leaves out honorary titles and metaphors even with a number or a campaign word', () => {
      expect(slogans('评选“十大杰出青年”,打造发展的“生命线工程”。')).toEqual([]);
      expect(slogans('揭晓“十大经济人物”,建设城市的“主引擎工程”。')).toEqual([]);
    });

    it('takes a quote standing beside a slogan', () => {
      expect(slogans('认真落实“四个十条”和“实体经济二十条”。')).toEqual(['四个十条', '实体经济二十条']);
      expect(slogans('全面推行“一网通办”“一窗受理”。')).toEqual(['一网通办', '一窗受理']);
    });
  });
});
