// People (GUIDELINES §1). The trained name model (name-model/) says where the
// names are and where each ends; the title grammar says who they are. Passes
// over the normalized text, strongest evidence first; a character belongs to
// at most one name:
//   1. a title chain right before a name (`市委书记、市长张迎春`), and names
//      listed after it with the same titles (`市领导李鹏飞、伍清明和邹致和`);
//   2. appointment lists (`言鹏为…副主任委员`, `傅晓红的…职务`);
//   3. bylines (journalists);
//   4. a title right after a name (`习近平总书记`, `张晓红秘书长指出`);
//   5. lists closed by 等 (`王建国、李明华等出席`, `A、B等市领导`);
//   6. every other name the model reads in the text;
//   7. every later bare mention of a name found above or already known
//      (`曹炯芳表示`): one decision per document.
import { findBylines } from './bylines';
import { NEVER_IN_NAME, WEAK_AFTER_NAME } from './lexicon/boundaries';
import { POSTS, POSTS_AFTER_NAME, TRANSLITERATION } from './lexicon/titles';
import { surnameAt } from './lexicon/surnames';
import { boundaryAt, chineseNameAt, indexWords, isHan, isPlaceholderName, wordAt, type Boundary } from './names';
import { nameModel } from './name-model/current';
import { tagNames, type NameSpan } from './name-model/tagger';
import { roleOfTitle } from './roles';
import type { Person, Role } from './schema';
import { titleChainBefore } from './titles';

export interface NameMention {
  name: string;
  start: number;
  end: number;
}

/** A name known before reading the text (bundled corpus, reader's history). */
export interface KnownName {
  name: string;
  role?: Role;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (words: readonly string[]): string =>
  [...words].sort((a, b) => b.length - a.length).map(escape).join('|');

const POST_RE = new RegExp(alternation(POSTS), 'g');
const POST_START = new RegExp(`^(?:${alternation(POSTS)})`);
const POST_AT_END = new RegExp(`(?:${alternation(POSTS)})$`);
const POSTS_INDEX = indexWords(POSTS);
const TRANSLIT = new Set(TRANSLITERATION);
const AFTER_NAME_POSTS = new Set(POSTS_AFTER_NAME);
const APPOINTMENT_CUE = /[\n;；。，,:：]|接受|免去|任命|决定/g;
const APPOINTMENT_END = /[;；。，,\n]|职务/;
const ROLE_AFTER_NAME: Record<string, Role> = { 总书记: 'official', 院士: 'professional', 教授: 'professional' };
/** Words that join the members of a list of names. */
const LIST_JOINERS = ['、', '和', '及', '与', '以及'];
/** What closes a list after 等: a group label that is a title of each (`等市领导`), or a plain word for "and others". */
const LIST_CLOSE = /^等(?:人|同志|领导同志)?/;
/** Verbs of official occasions: a list of names closed by 等 and one of these is a list of people (`A、B等出席`). */
const LIST_VERBS = /^(?:出席|参加|陪同|会见|会谈|参观|考察|调研|观看|慰问|看望|列席|到场|见证|参与|一同|一起|共同|分别|也|还|在)/;

/** Function words the model sometimes reads as a name's first character (`同特朗普`, `见廷觉`). */
const LEADING_WORDS = new Set([...'同和与及向见在对给被让由把将从跟为据请']);
/** What follows a place's or an organization's name: a name printed before one of these anywhere in the text is no person's. */
const PLACE_OR_ORGANIZATION = /市|县|区|省|州|镇|乡|村|街道|社区|集团|公司|股份|有限|科技|实业|控股|银行|证券|大学|学院|医院|中学|小学|酒店|宾馆|机场|品牌/g;
/** Last characters of places and organizations, never of given names (`杨家组`, `卫健委`). */
const PLACE_OR_ORGANIZATION_END = new Set([...'组村镇乡区县市省局委厅办所处队室校馆社府厂站院部司湖江河山']);
/** Names the model reads only where the text gives no title or list need this much confidence (the tagger's margin). */
const UNTITLED_CONFIDENCE = 5;
const strength = (b: Boundary): number => (b === 'strong' ? 2 : b === 'weak' ? 1 : 0);

/**
 * A model name with its edges checked against the text: a function word in
 * front is dropped, and a Chinese name ends where the word after it reads as
 * a boundary (`周海兵讲话`, not `周海`), the model's own end winning ties
 * with a shorter reading (`李平见证`).
 */
function refine(text: string, span: NameSpan): NameSpan {
  let { start, end } = span;
  if (LEADING_WORDS.has(text[start]!) && end - start >= 3) start++;
  const sl = surnameAt(text, start);
  if (sl > 0 && end - start <= sl + 3 && !text.slice(start, end).includes('·')) {
    const modelEnd = end;
    let best = -Infinity;
    for (const e of new Set([start + sl + 1, start + sl + 2, modelEnd])) {
      // Another end than the model's must read as a name by the surname rule's characters.
      if (e <= start + sl || e > text.length || (e !== modelEnd && ![...text.slice(start + sl, e)].every((c) => isHan(c) && !NEVER_IN_NAME.has(c)))) continue;
      // A reading that ends on a weak boundary word (`邹致和`) is worth less than one that stops before it;
      // a given name of three characters is rare.
      const long = e - start - sl;
      const score =
        strength(boundaryAt(text, e)) + (e === modelEnd ? 1 : 0) - (long === 2 && WEAK_AFTER_NAME.has(text[e - 1]!) ? 1 : 0) - (long > 2 ? 1 : 0);
      if (score > best || (score === best && e > end)) {
        best = score;
        end = e;
      }
    }
  }
  return { start, end, confidence: span.confidence };
}

/**
 * Whether a span the model reads is a usable name: a surname and a given
 * name, 2–4 Han characters, or a transliterated name (up to 8 characters of
 * transliteration, or parts joined by `·`).
 */
function usableName(text: string, span: NameSpan): boolean {
  const name = text.slice(span.start, span.end);
  if (name.length < 2 || isPlaceholderName(name) || surnameAt(name, 0) === name.length) return false;
  for (const c of name) if (!(isHan(c) || c === '·')) return false;
  if (name.includes('·')) return !name.startsWith('·') && !name.endsWith('·') && name.length <= 16;
  return name.length <= 4 || (name.length <= 8 && [...name].every((c) => TRANSLIT.has(c)));
}

interface Found {
  /** Role from the earliest titled mention. */
  titled?: { pos: number; role: Role };
  byline: boolean;
  titles: { pos: number; titles: string[] }[];
}

export function findPersons(
  text: string,
  known: Iterable<string | KnownName>,
  gapBefore: (i: number) => boolean = () => false,
): { persons: Person[]; mentions: NameMention[] } {
  const read = tagNames(nameModel(), text).map((s) => refine(text, s)).filter((s) => usableName(text, s));
  const notPeople = placesAndOrganizations(text);
  const spans = read.filter((s) => {
    const name = text.slice(s.start, s.end);
    return !notPeople.has(name) && !PLACE_OR_ORGANIZATION_END.has(name[name.length - 1]!) && !POSTS_INDEX.words.get(name.charCodeAt(0))?.includes(name) && !isPostAfterSurname(name);
  });
  const nameAt = new Map(spans.map((s) => [s.start, s]));
  const people = new Map<string, Found>();
  const mentions: NameMention[] = [];
  const taken = new Uint8Array(text.length + 1);
  const free = (s: number, e: number): boolean => {
    for (let i = s; i < e; i++) if (taken[i]) return false;
    return true;
  };
  const mention = (name: string, start: number, end: number): boolean => {
    if (isPlaceholderName(name) || !free(start, end)) return false;
    taken.fill(1, start, end);
    mentions.push({ name, start, end });
    return true;
  };
  /** A person at [start, end): with titles and role, or none (`null`) for a name the text gives nothing more about. */
  const add = (name: string, start: number, end: number, titles: string[], role: Role | null): boolean => {
    if (!mention(name, start, end)) return false;
    const rec = people.get(name) ?? { byline: false, titles: [] };
    if (role === null) {
      // Neither title nor role: the name's record says so.
    } else if (role === 'journalist') rec.byline = true;
    else {
      rec.titles.push({ pos: start, titles });
      if (!rec.titled || start < rec.titled.pos) rec.titled = { pos: start, role };
    }
    people.set(name, rec);
    return true;
  };
  /** A list member at i: the model's name, or, where the model reads none, the surname rule's (`、钱进和`). */
  const listMember = (i: number): NameSpan | undefined => {
    const span = nameAt.get(i);
    if (span) return span;
    const end = chineseNameAt(text, i);
    return end > 0 && usableName(text, { start: i, end, confidence: 0 }) ? { start: i, end, confidence: 0 } : undefined;
  };
  /** The joiner of a list at i (`、`, `和`…), or ''. */
  const joinerAt = (i: number): string => LIST_JOINERS.find((j) => text.startsWith(j, i)) ?? '';

  // 1. Title chain + name, then names listed with the same titles.
  let lastEnd = 0;
  for (const m of text.matchAll(POST_RE)) {
    const postEnd = m.index + m[0].length;
    if (m.index < lastEnd) continue;
    const name = nameAt.get(postEnd);
    if (!name) continue;
    // `习近平总书记关于…`: a post that follows a name does not also introduce the next word.
    if (AFTER_NAME_POSTS.has(m[0]) && spans.some((s) => s.end === m.index)) continue;
    const chain = titleChainBefore(text, postEnd, lastEnd);
    if (!chain) continue;
    const role = chain.foreign ? 'official' : roleOfTitle(chain.titles[0]!);
    add(text.slice(postEnd, name.end), postEnd, name.end, chain.titles, role);
    lastEnd = name.end;
    for (;;) {
      const joiner = joinerAt(lastEnd);
      const next = joiner ? listMember(lastEnd + joiner.length) : undefined;
      // A member followed by a post of its own is the start of the next chain (`和市长吴涛`).
      if (!next || POST_START.test(text.slice(next.end, next.end + 6))) break;
      add(text.slice(next.start, next.end), next.start, next.end, chain.titles, role);
      lastEnd = next.end;
    }
  }

  // 2. Appointment and removal lists: a name right after a cue or at the start of the text.
  // The pattern itself is strong evidence, so a name the model misses (`言 鹏为`) is read by the surname rule.
  const appointment = (start: number): void => {
    const end = nameAt.get(start)?.end ?? chineseNameAt(text, start);
    if (end < 0) return;
    const link = text[end] === '为' || text[end] === '的' ? 1 : text.startsWith('辞去', end) ? 2 : 0;
    if (!link) return;
    const rest = text.slice(end + link, end + link + 48);
    const stop = APPOINTMENT_END.exec(rest);
    const title = stop ? rest.slice(0, stop.index) : '';
    if (title.length < 4 || !POST_AT_END.test(title) || !isHan(title[0])) return;
    add(text.slice(start, end), start, end, title.split('、'), roleOfTitle(title));
  };
  appointment(0);
  // One cue at a time: a long page has a cue every few characters, too many to hold at once.
  for (const cue of text.matchAll(APPOINTMENT_CUE)) appointment(cue.index + cue[0].length);

  // 3. Bylines.
  for (const b of findBylines(text, gapBefore)) add(b.name, b.start, b.end, [], 'journalist');

  // 4. A title right after the name, ending where a clause goes on (`张晓红秘书长指出`).
  for (const s of spans) {
    const post = wordAt(POSTS_INDEX, text, s.end);
    if (!post || (!AFTER_NAME_POSTS.has(post) && boundaryAt(text, s.end + post.length) !== 'strong')) continue;
    const name = text.slice(s.start, s.end);
    const rec = people.get(name);
    if (rec && !free(s.start, s.end)) rec.titles.push({ pos: s.start, titles: [post] });
    else add(name, s.start, s.end, [post], ROLE_AFTER_NAME[post] ?? roleOfTitle(post));
  }

  // 5. Lists closed by 等: `王建国、李明华、赵志刚等出席`, `A、B等市领导`.
  for (let k = 0; k < spans.length; k++) {
    let last = k;
    while (last + 1 < spans.length && spans[last + 1]!.start === spans[last]!.end + joinerAt(spans[last]!.end).length && joinerAt(spans[last]!.end)) last++;
    const close = LIST_CLOSE.exec(text.slice(spans[last]!.end, spans[last]!.end + 4));
    if (close) {
      const after = spans[last]!.end + close[0].length;
      const label = titleAfter(text, after);
      if (label || (close[0] === '等' ? LIST_VERBS.test(text.slice(after, after + 2)) : true)) {
        for (const s of spans.slice(k, last + 1)) {
          const name = text.slice(s.start, s.end);
          if (people.has(name) && !free(s.start, s.end)) continue;
          add(name, s.start, s.end, label ? [label] : [], label ? roleOfTitle(label) : 'official');
        }
      }
    }
    k = last;
  }

  // 6. Every other name the model reads with confidence.
  for (const s of spans) {
    if (s.confidence >= UNTITLED_CONFIDENCE && free(s.start, s.end)) add(text.slice(s.start, s.end), s.start, s.end, [], null);
  }

  // 7. Bare mentions of every name found or known.
  const knownRoles = new Map<string, Role | undefined>();
  for (const k of known) {
    const entry = typeof k === 'string' ? { name: k } : k;
    if (entry.name.length >= 2) knownRoles.set(entry.name, entry.role);
  }
  const names = indexWords(new Set([...people.keys(), ...knownRoles.keys()]));
  for (let i = 0; i < text.length; i++) {
    if (taken[i]) continue;
    const name = wordAt(names, text, i);
    if (!name) continue;
    const end = i + name.length;
    // A two-character name must end at a word boundary (`文丰表示`, not `文丰富`).
    if (name.length === 2 && boundaryAt(text, end) === null) continue;
    if (!free(i, end)) continue;
    if (!people.has(name)) people.set(name, { byline: false, titles: [] });
    mention(name, i, end);
    i = end - 1;
  }

  mentions.sort((a, b) => a.start - b.start);
  const order = [...new Set(mentions.map((m) => m.name))];
  const persons = order.map((name): Person => {
    const rec = people.get(name)!;
    const titles = rec.titles.sort((a, b) => a.pos - b.pos).flatMap((t) => t.titles);
    // Without a title here: what the corpus or the history knows; else an official, as most people
    // named without a title in official news are (the role of the gold sets' required people).
    const untitled = knownRoles.get(name) ?? 'official';
    const role = rec.titled?.role ?? (rec.byline ? 'journalist' : untitled);
    return { name, role, titles: [...new Set(titles)] };
  });
  return { persons, mentions };
}

/**
 * A group label right after 等 (`市领导`, `有关部门负责人`): a few characters
 * ending in a post, with no verb or 的 in them (`等出席会议的领导` is no label).
 */
function titleAfter(text: string, at: number): string {
  if (LIST_VERBS.test(text.slice(at, at + 2))) return '';
  for (let e = Math.min(text.length, at + 8); e > at; e--) {
    const t = text.slice(at, e);
    if (POST_AT_END.test(t) && [...t].every((c) => isHan(c) && c !== '的')) return t;
  }
  return '';
}

/**
 * One decision per document: the words printed right before a place or
 * organization word anywhere in the text (`湘潭市`, `金龙集团`) are not
 * people's names there or elsewhere, unless that word starts a post (`王明市长`).
 */
function placesAndOrganizations(text: string): Set<string> {
  const found = new Set<string>();
  for (const m of text.matchAll(PLACE_OR_ORGANIZATION)) {
    if (wordAt(POSTS_INDEX, text, m.index)) continue;
    for (let k = 2; k <= 4 && k <= m.index; k++) found.add(text.slice(m.index - k, m.index));
  }
  return found;
}

/** Ways of addressing someone by surname (`梁先生`), GUIDELINES §1: not names. */
const HONORIFICS = new Set(['先生', '女士', '小姐', '太太', '夫人', '老师', '师傅', '同志', '阿姨', '大爷', '大妈', '老', '总', '工', '某', '某某']);

/** A surname and a post or honorific (`张市长`, `司参赞`, `张女士`): a way of addressing someone, not a name. */
function isPostAfterSurname(name: string): boolean {
  const rest = name.slice(surnameAt(name, 0) || 1);
  return HONORIFICS.has(rest) || (POSTS_INDEX.words.get(rest.charCodeAt(0))?.includes(rest) ?? false);
}
