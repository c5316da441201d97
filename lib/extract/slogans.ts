// Slogans and policy formulations (GUIDELINES §3). A quoted phrase is a slogan
// when its shape says so — a numbered or `+` formula, `、`-joined parallel
// phrases, a policy pattern such as 谁…谁… or …即…, campaign vocabulary — or
// when it is a known formulation; quoted speech, metaphors, names of apps and
// honorary titles are not. Every slogan found is then also marked where it
// stands without quotation marks, as are the known formulations.
import { KNOWN_SLOGANS } from './lexicon/slogans';
import { indexWords, wordAt } from './names';
import { findQuoted } from './quotes';
import type { Slogan, SloganKind } from './schema';

export interface SloganMention {
  text: string;
  start: number;
  end: number;
}

const NUM = '一二三四五六七八九十两双百千万';
const NUM_CLASS = `[${NUM}]`;

/** Shapes, checked in order; the first that matches gives the kind. */
const SHAPES: [RegExp, SloganKind][] = [
  // `3+3+2`, `1+4`, `产业+技术+院校`, `容缺审批+拿地即开工`
  [/^[^+、]{1,12}(?:\+[^+、]{1,12}){1,5}$/, 'formula'],
  // several numbered parts: `三高四新`, `一岗双责`, `两主一特`, `一企一策`, `三测合一`, `一件事一次办`
  [new RegExp(`^(?:${NUM_CLASS}{1,2}[^${NUM}]{1,3}){2,3}$|^${NUM_CLASS}[^${NUM}]{1,2}${NUM_CLASS}[^${NUM}]{0,2}$`), 'formula'],
  // only numerals: `八五`, `十三五`, `千百十` (not the holidays `五一`, `十一`)
  [/^(?![一二三四五六七八九十]一$)[一二三四五六七八九十百千]{2,4}$/, 'formula'],
  // a number and one word: `五好`, `三资`, `双开`, `双循环`
  [/^[二三四五六七八九十两][^\s\d一二三四五六七八九十两]$|^双[^\s\d向方手眼]{1,2}$/, 'formula'],
  // two things raised together: `量质双升`
  [/^[^\d一二三四五六七八九十两双]{2}双[^\d一二三四五六七八九十两双]$/, 'formula'],
  // a number with a counter: `五大行动`, `八项规定`, `六个湘潭`, `一号工程`
  [new RegExp(`^${NUM_CLASS}{1,2}[大项个号类张条][^${NUM}]{1,4}$`), 'formula'],
  // `新三区`
  [new RegExp(`^新${NUM_CLASS}[^${NUM}]{1,2}$`), 'formula'],
  // policy patterns: `谁执法谁普法`, `竣工即交证`, `亩产论英雄`, `以商招商`, `非农化`, `商转工`, `跨省通办`
  [/^谁[^谁]{1,3}谁[^谁]{1,3}$|^[^即]{2,4}即[^即]{2,4}$|^.{1,4}论英雄$|^以.{1,2}[招促带保推建治管].{1,2}$|^非.{1,2}化$|^.[转升].$|^.{1,3}通办$/, 'policy'],
  // campaign vocabulary: `营商环境优化年`, `干部作风建设年`, `蓝天保卫战`
  [/^.{2,8}(?:行动|工程|计划|攻坚战|保卫战|攻坚年|建设年|优化年|提升年|活动年|革命)$/, 'campaign'],
  [/^.{0,6}(?:通办|受理|审批|同责|双责|普法|招商|回归|办实事|办成事|不成事|一站通|不求人|走流程)$/, 'policy'],
];

// `、`-joined parallel phrases of equal length: `创新引领、开放崛起`, `引老乡、回故乡、建家乡`
// (a quoted statement such as `管网底数不清、数据不准确` is rarely so regular).
function isParallel(phrase: string): boolean {
  const parts = phrase.split('、');
  const n = parts[0]!.length;
  return parts.length >= 2 && parts.length <= 6 && n >= 2 && n <= 6 && parts.every((p) => p.length === n);
}

const HAN_ONLY = /^[\p{Script=Han}\d+、·]+$/u;
// Context that makes a quoted phrase a name or an honorary title, not a slogan.
const NAME_BEFORE = /(?:简称|称为|名为|叫做|昵称)$/;
const NAME_AFTER = /^(?:称号|荣誉|App|APP|app|平台|专栏|栏目|公司|集团|视频|小程序|公众号|客户端|软件|号|牌|奖)/;

function classify(phrase: string, before: string, after: string): SloganKind | null {
  if (phrase.length < 2 || phrase.length > 24 || !HAN_ONLY.test(phrase)) return null;
  if (NAME_BEFORE.test(before) || NAME_AFTER.test(after)) return null;
  if (isParallel(phrase)) return 'policy';
  if (phrase.includes('、')) return null;
  for (const [shape, kind] of SHAPES) if (shape.test(phrase)) return kind;
  return null;
}

const LEXICON = new Map(KNOWN_SLOGANS.map((s) => [s.text, s]));

export function findSlogans(text: string, known: Iterable<string>): { slogans: Slogan[]; mentions: SloganMention[] } {
  const found = new Map<string, Slogan>();
  for (const s of known) if (s.length >= 2) found.set(s, LEXICON.get(s) ?? { text: s, kind: 'policy' });
  const remember = (phrase: string, kind: SloganKind): void => {
    if (!found.has(phrase)) found.set(phrase, LEXICON.get(phrase) ?? { text: phrase, kind });
  };

  for (const q of findQuoted(text)) {
    // A quoted sentence may keep its full stop inside the marks: `“说实情、讲真话、办成事。”`.
    const phrase = text.slice(q.start, q.end).replace(/[。！!]$/, '');
    const lexical = LEXICON.get(phrase);
    if (lexical) remember(phrase, lexical.kind);
    else {
      const kind = classify(phrase, text.slice(Math.max(0, q.start - 5), q.start - 1), text.slice(q.end + 1, q.end + 5));
      if (kind) remember(phrase, kind);
    }
  }

  // Every occurrence, quoted or not, of a slogan found above or known in advance.
  const index = indexWords([...found.keys(), ...LEXICON.keys()]);
  const mentions: SloganMention[] = [];
  for (let i = 0; i < text.length; i++) {
    const phrase = wordAt(index, text, i);
    if (!phrase) continue;
    remember(phrase, LEXICON.get(phrase)?.kind ?? 'policy');
    mentions.push({ text: phrase, start: i, end: i + phrase.length });
    i += phrase.length - 1;
  }
  const order = [...new Set(mentions.map((m) => m.text))];
  return { slogans: order.map((t) => found.get(t)!), mentions };
}
