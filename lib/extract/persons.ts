// People (GUIDELINES §1). The trained name model (name-model/) says where the
// names are and where each ends; the title grammar says who they are. Passes
// over the normalized text, strongest evidence first; a character belongs to
// at most one name:
//   1. a title chain right before a name (`市委书记、市长张迎春`), and names
//      listed after it with the same titles (`市领导李鹏飞、伍清明和邹致和`,
//      `非官守议员为A、B和C。`);
//   2. appointment lists (`言鹏为…副主任委员`, `傅晓红的…职务`);
//   3. bylines (journalists);
//   4. a title right after a name (`习近平总书记`, `张晓红秘书长指出`);
//   5. lists closed by 等 (`王建国、李明华等出席`, `A、B等市领导`);
//   6. runs of names printed without separators (`丁关根田纪云李岚清`);
//   7. every other name the model reads in the text with confidence;
//   8. every later bare mention of a name found above or already known
//      (`曹炯芳表示`), and a name read inside a longer one taken for it
//      (`赵辰` of `赵辰昕`, `索尔贝格` of `埃尔娜·索尔贝格`): one decision per document.
import { findBylines } from './bylines';
import { POST_CONTINUATIONS, POSTS, POSTS_AFTER_NAME } from './lexicon/titles';
import { surnameAt } from './lexicon/surnames';
import { boundaryAt, chineseNameAt, indexWords, isHan, isPlaceholderName, splitNameRun, wordAfterNameAt, wordAt } from './names';
import { OPENING_BRACKETS, readNames, TRANSLIT, usableName } from './model-names';
import type { NameSpan } from './name-model/tagger';
import { roleOfTitle } from './roles';
import type { Person, Role } from './schema';
import { postAt, titleChainBefore } from './titles';

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
const AFTER_NAME_POSTS = new Set(POSTS_AFTER_NAME);
const APPOINTMENT_CUE = /[\n;；。，,:：]|接受|免去|任命|决定/g;
const APPOINTMENT_END = /[;；。，,\n]|职务/;
const LATIN = /[A-Za-z]/;
/** What ends a clause after a list of names. */
const CLAUSE_END = /[;；。，,:：!！?？\n]/;
const ROLE_AFTER_NAME: Record<string, Role> = { 总书记: 'official', 院士: 'professional', 教授: 'professional' };
/** Words that join the members of a list of names. */
const LIST_JOINERS = ['、', '和', '及', '与', '以及'];
/** Words that say what a person is there as (`作为主帅`). */
const AS_A = /^(?:作为|做为|身为)/;
/** What closes a list after 等: a group label that is a title of each (`等市领导`), or a plain word for "and others". */
const LIST_CLOSE = /^等(?:人|同志|领导同志)?/;
/**
 * What separates two names of a run: nothing, a note in brackets (`(女)`, `(回族)`), a name the
 * model misses (`黄华`) or a character it leaves out (`钱其琛黄菊…`, read `钱其琛`, `菊尉健行`), or both;
 * not a word that follows names (`王明和李华`, `张三会见李四`).
 */
const RUN_GAP = /^(?:[(（][^()（）]{1,8}[)）])?(\p{Script=Han}{1,3})?$/u;
const inRun = (gap: string): boolean => {
  const m = RUN_GAP.exec(gap);
  const han = m?.[1];
  return m !== null && (han === undefined || (!boundaryAt(han, 0) && (han.length === 1 || surnameAt(han, 0) > 0)));
};
/** 等 and a count of things, not people (`等29家`, `等十余个`). */
const COUNT_OF_THINGS = /等(?:\d+|[一二三四五六七八九十百千两几数]+)[多余]?[家个所座项条款件种]/;
/** The words after 等 up to the end of the clause. */
const GROUP_LABEL = /^\p{Script=Han}{2,12}(?=[，,、;；。:：\n])/u;
/** Verbs of official occasions: a list of names closed by 等 and one of these is a list of people (`A、B等出席`). */
const LIST_VERBS = /^(?:出席|参加|陪同|会见|会谈|参观|考察|调研|观看|慰问|看望|列席|到场|见证|参与|一同|一起|共同|分别|也|还|在)/;

/** Quotes and title marks, each opening one with its closing one. */
const SET_APART = new Map([['《', '》'], ['“', '”'], ['‘', '’'], ['「', '」'], ['『', '』']]);
/**
 * Names the model reads where the text gives no title or list need this much confidence (the
 * tagger's margin); more where the next word neither reads as a name's end nor starts another
 * name (`多维提升`), much more without a surname or transliteration (`嘉宾`, `释宪`).
 */
const UNTITLED_CONFIDENCE = 5;
const UNBOUNDED_CONFIDENCE = 15;
const UNSURNAMED_CONFIDENCE = 50;
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
  const { read, spans, isPerson } = readNames(text);
  const nameAt = new Map(spans.map((s) => [s.start, s]));
  const readByModel = new Uint8Array(text.length);
  for (const s of read) readByModel.fill(1, s.start, s.end);
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
  /**
   * A name where the text calls for one (in a list, an appointment): the model's; a surname and the
   * model's name after it (`为叶刘淑仪`, a married woman's name in Hong Kong and Macau); or where the model
   * reads none there, the surname rule's (`、钱进和`).
   */
  const nameCalledFor = (i: number): NameSpan | undefined => {
    const span = nameAt.get(i);
    if (span) return span;
    const own = nameAt.get(i + 1);
    if (own && own.end - i <= 4 && surnameAt(text, i) === 1 && surnameAt(text, i + 1)) return { ...own, start: i };
    const end = chineseNameAt(text, i);
    if (end < 0 || readByModel.subarray(i, end).includes(1)) return undefined;
    const found = { start: i, end, confidence: 0 };
    return usableName(text, found) && isPerson(text.slice(i, end)) ? found : undefined;
  };
  /**
   * Where the model reads no name after a title, the surname rule's, when a verb confirms it
   * (`总裁江南看来`, not `工作人员解释说`) or the post is in Latin letters (`CEO雷军说`): the model saw
   * few names after Latin letters.
   */
  const confirmedAfterTitle = (i: number): NameSpan | undefined => {
    const found = nameCalledFor(i);
    return found && (LATIN.test(text[i - 1]!) || (wordAfterNameAt(text, found.end)?.length ?? 0) >= 2) ? found : undefined;
  };
  /** The joiner of a list at i (`、`, `和`…), or ''. */
  const joinerAt = (i: number): string => LIST_JOINERS.find((j) => text.startsWith(j, i)) ?? '';
  /** The names listed from `first` on (`A、B和C`); a member followed by a post of its own starts the next chain (`和市长吴涛`). */
  const listFrom = (first: NameSpan): NameSpan[] => {
    const list = [first];
    for (;;) {
      const end = list[list.length - 1]!.end;
      const joiner = joinerAt(end);
      const next = joiner ? nameCalledFor(end + joiner.length) : undefined;
      if (!next || POST_START.test(text.slice(next.end, next.end + 6))) return list;
      list.push(next);
    }
  };

  // 1. Title chain + name, then names listed with the same titles; or a title and 为 and a list
  // that ends the clause (`非官守议员为A、B、C。`, not `院长为王明颁奖`).
  /** Ends of the posts that introduced a name: no title of the name before them (`王明主任李华`). */
  const introducing = new Set<number>();
  let lastEnd = 0;
  // A chain never reaches back past a name (`李新伟和长园科技集团副总裁张三`, `王明主任李华`): the nearest
  // before the post that ends where a name may end (not `金龙新` of `金龙新材董事长`).
  let nameBefore = 0;
  let passed = 0;
  for (const m of text.matchAll(POST_RE)) {
    const postEnd = m.index + m[0].length;
    if (m.index < lastEnd) continue;
    for (; passed < spans.length && spans[passed]!.end <= m.index; passed++) {
      const end = spans[passed]!.end;
      if (boundaryAt(text, end) || postAt(text, end)) nameBefore = end;
    }
    // `习近平总书记关于…`: a post that follows a name does not also introduce the next word.
    if (AFTER_NAME_POSTS.has(m[0]) && nameBefore === m.index) continue;
    const first = nameAt.get(postEnd) ?? confirmedAfterTitle(postEnd);
    const after = first ? undefined : text[postEnd] === '为' ? nameCalledFor(postEnd + 1) : undefined;
    const list = first ? listFrom(first) : after ? listFrom(after) : [];
    if (after && !CLAUSE_END.test(text[list[list.length - 1]!.end] ?? '。')) continue;
    if (!list.length) continue;
    const chain = titleChainBefore(text, postEnd, Math.max(lastEnd, nameBefore));
    if (!chain) continue;
    const role = chain.foreign ? 'official' : roleOfTitle(chain.titles[0]!);
    for (const s of list) add(text.slice(s.start, s.end), s.start, s.end, chain.titles, role);
    introducing.add(postEnd);
    lastEnd = list[list.length - 1]!.end;
  }

  // 2. Appointment and removal lists: a name right after a cue or at the start of the text.
  // The pattern itself is strong evidence, so a name the model misses (`言 鹏为`) is read by the surname rule.
  const appointment = (start: number): void => {
    const end = nameCalledFor(start)?.end ?? -1;
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

  // 4. A title right after the name (`张晓红秘书长指出`, `习近平主席和夫人`, `廷觉总统表示`), unless
  // it runs into a longer word (`主席团`, `部长级`) or introduced the next name (`王明主任李华`).
  /** A title read after the name `s`: one more title of a person found already, else a person with it. */
  const titleAfterName = (s: NameSpan, title: string, role: Role): void => {
    const name = text.slice(s.start, s.end);
    const rec = people.get(name);
    if (rec && !free(s.start, s.end)) rec.titles.push({ pos: s.start, titles: [title] });
    else add(name, s.start, s.end, [title], role);
  };
  for (const s of spans) {
    // `李宏伟作为主帅`: the post after 作为/做为/身为 is the name's title too.
    const as = AS_A.exec(text.slice(s.end, s.end + 2))?.[0].length ?? 0;
    const title = as ? titleAfter(text, s.end + as) : '';
    if (title) {
      titleAfterName(s, title, roleOfTitle(title));
      continue;
    }
    const post = postAt(text, s.end);
    if (!post) continue;
    const after = s.end + post.length;
    if (introducing.has(after) || (!AFTER_NAME_POSTS.has(post) && !boundaryAt(text, after) && POST_CONTINUATIONS.has(text[after]!))) continue;
    titleAfterName(s, post, ROLE_AFTER_NAME[post] ?? roleOfTitle(post));
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

  // 6. Runs of names printed without separators, as in a list of members whose spaces normalization
  // removed (`丁关根田纪云李岚清`, `钱正英(女)苏步青`): four or more names the model reads one after
  // another, split again by the surname rule where the model reads them wrong or not at all.
  const spanEnds = new Map(spans.map((s) => [s.start, s.end]));
  const endsOfSpans = new Set(spanEnds.values());
  for (let first = 0; first < spans.length; ) {
    let last = first;
    while (last + 1 < spans.length && inRun(text.slice(spans[last]!.end, spans[last + 1]!.start))) last++;
    if (last - first >= 3) {
      // The notes in brackets are no names.
      for (const piece of text.slice(spans[first]!.start, spans[last]!.end).matchAll(/[^(（]+|[(（][^)）]*[)）]?/g)) {
        if (OPENING_BRACKETS.has(piece[0][0]!)) continue;
        const at = spans[first]!.start + piece.index;
        for (const n of splitNameRun(text, at, at + piece[0].length, spanEnds, endsOfSpans)) {
          const name = text.slice(n.start, n.end);
          if (usableName(text, { ...n, confidence: 0 }) && isPerson(name)) add(name, n.start, n.end, [], null);
        }
      }
    }
    first = last + 1;
  }

  // 7. Every other name the model reads with enough confidence (UNTITLED_CONFIDENCE), but not a word
  // or a work set apart (`“卡顿”`, `《斯琴杭茹》`), an item of a list of things
  // (`医保、卫健、企业开办`), nor part of an organization named in a title on the page (`金龙新` of `金龙新材董事长`).
  const apart = setApart(text);
  const things = listsOfThings(text, read);
  const inTitles = new Set<string>();
  for (const title of new Set([...people.values()].flatMap((rec) => rec.titles.flatMap((t) => t.titles)))) {
    for (let a = 0; a < title.length; a++) for (let k = 2; k <= 4 && a + k <= title.length; k++) inTitles.add(title.slice(a, a + k));
  }
  for (const s of spans) {
    const name = text.slice(s.start, s.end);
    const needed = !(surnameAt(name, 0) || name.includes('·') || [...name].every((c) => TRANSLIT.has(c)))
      ? UNSURNAMED_CONFIDENCE
      : boundaryAt(text, s.end) || nameAt.has(s.end) ? UNTITLED_CONFIDENCE : UNBOUNDED_CONFIDENCE;
    if (s.confidence < needed || !free(s.start, s.end) || apart[s.start] || things[s.start] || inTitles.has(name)) continue;
    add(name, s.start, s.end, [], null);
  }

  // 8. Bare mentions of every name found or known.
  const knownRoles = new Map<string, Role | undefined>();
  for (const k of known) {
    const entry = typeof k === 'string' ? { name: k } : k;
    if (entry.name.length >= 2) knownRoles.set(entry.name, entry.role);
  }
  // A foreign name's last part alone (`索尔贝格首相`) is the person named in full (`埃尔娜·索尔贝格`).
  const fullName = new Map<string, string>();
  for (const name of people.keys()) {
    const last = name.slice(name.lastIndexOf('·') + 1);
    if (last !== name && last.length >= 2) fullName.set(last, name);
  }
  const names = indexWords(new Set([...people.keys(), ...knownRoles.keys(), ...fullName.keys()]));
  for (let i = 0; i < text.length; i++) {
    if (taken[i]) continue;
    const word = wordAt(names, text, i);
    if (!word) continue;
    const end = i + word.length;
    // A two-character name must end at a word boundary (`文丰表示`, not `文丰富`).
    if (word.length === 2 && boundaryAt(text, end) === null) continue;
    if (!free(i, end)) continue;
    const name = fullName.get(word) ?? word;
    if (!people.has(name)) people.set(name, { byline: false, titles: [] });
    mention(name, i, end);
    i = end - 1;
  }
  // A name read inside a longer one found on the page (`赵辰` of `赵辰昕`, `近平` of `习近平`) is that person
  // there; so is one read with a character in front that is no surname (`相信廷觉`, read `信廷觉`).
  const found = indexWords(people.keys());
  const partOf = new Map(fullName);
  const retake = (m: NameMention, name: string, start: number, end: number): void => {
    taken.fill(0, m.start, m.end);
    taken.fill(1, start, end);
    partOf.set(m.name, name);
    Object.assign(m, { name, start, end });
  };
  for (const m of mentions) {
    const rest = text.slice(m.start + 1, m.end);
    if (!surnameAt(text, m.start) && people.has(rest) && wordAt(found, text, m.start + 1) === rest) {
      retake(m, rest, m.start + 1, m.end);
      continue;
    }
    for (let j = Math.max(0, m.start - 2); j <= m.start; j++) {
      const name = wordAt(found, text, j);
      const end = j + (name?.length ?? 0);
      if (name && end >= m.end && name.length > m.end - m.start && free(j, m.start) && free(m.end, end)) {
        retake(m, name, j, end);
        break;
      }
    }
  }
  for (const m of mentions) m.name = fullName.get(m.name) ?? m.name;
  // The records of names that no mention keeps go to the longer names.
  const left = new Set(mentions.map((m) => m.name));
  for (const [part, whole] of partOf) {
    const rec = people.get(part);
    if (!rec || left.has(part)) continue;
    const into = people.get(whole)!;
    into.titles.push(...rec.titles);
    if (rec.titled && (!into.titled || rec.titled.pos < into.titled.pos)) into.titled = rec.titled;
    into.byline ||= rec.byline;
    people.delete(part);
  }

  mentions.sort((a, b) => a.start - b.start);
  const order = [...new Set(mentions.map((m) => m.name))];
  const pageRole = commonestRole(order.map((name) => people.get(name)!.titled?.role));
  const persons = order.map((name): Person => {
    const rec = people.get(name)!;
    const titles = rec.titles.sort((a, b) => a.pos - b.pos).flatMap((t) => t.titles);
    // Without a title here: what the corpus or the history knows; else the role most people titled on
    // the page have (officials in official news, the gold sets' untitled people; artists at a film festival).
    const untitled = knownRoles.get(name) ?? pageRole;
    const role = rec.titled?.role ?? (rec.byline ? 'journalist' : untitled);
    return { name, role, titles: [...new Set(titles)] };
  });
  return { persons, mentions };
}

/**
 * Which characters stand alone in quotes or 《》, no more of them than a name
 * has (`“卡顿”`, `《斯琴杭茹》`): a name read there is a word or a work. A longer
 * title names the person it is about (`《钱钟书与中国文化精神》`).
 */
function setApart(text: string): Uint8Array {
  const inside = new Uint8Array(text.length);
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    if (SET_APART.has(text[i]!)) open = i;
    else if (open >= 0 && SET_APART.get(text[open]!) === text[i]) {
      if (i - open - 1 <= 4) inside.fill(1, open + 1, i);
      open = -1;
    }
  }
  return inside;
}

/**
 * Which characters are in the items of a list of things: items joined by 、 in
 * a clause, no more than half of them with a name the model reads
 * (`人社、医保、卫健、企业开办`), or closed by 等 and a count of things
 * (`3M、卡特彼勒、西屋、哈斯科、阿特拉斯等29家企业`). The first item is the words
 * before the first 、, of which only a name right before it is an item's.
 */
function listsOfThings(text: string, read: readonly NameSpan[]): Uint8Array {
  const things = new Uint8Array(text.length);
  const startsBefore = new Uint32Array(text.length + 1);
  const endsAt = new Uint8Array(text.length + 1);
  for (const s of read) {
    startsBefore[s.start + 1] = 1;
    endsAt[s.end] = 1;
  }
  for (let i = 1; i <= text.length; i++) startsBefore[i]! += startsBefore[i - 1]!;
  let clause = 0;
  const joins: number[] = [];
  for (let i = 0; i <= text.length; i++) {
    if (text[i] === '、') joins.push(i);
    if (i < text.length && !CLAUSE_END.test(text[i]!)) continue;
    if (joins.length) {
      const last = joins[joins.length - 1]!;
      let named = endsAt[joins[0]!]!;
      for (const [k, join] of joins.entries()) if (startsBefore[joins[k + 1] ?? i]! > startsBefore[join + 1]!) named++;
      if (2 * named <= joins.length + 1 || COUNT_OF_THINGS.test(text.slice(last, i))) things.fill(1, Math.max(clause, joins[0]! - 4), Math.min(i, last + 9));
    }
    clause = i + 1;
    joins.length = 0;
  }
  return things;
}

/** The role most often given by a title, official on a tie or without any. */
function commonestRole(roles: (Role | undefined)[]): Role {
  const count = new Map<Role, number>();
  for (const role of roles) if (role) count.set(role, (count.get(role) ?? 0) + 1);
  let best: Role = 'official';
  for (const [role, n] of count) if (n > (count.get(best) ?? 0)) best = role;
  return best;
}

/**
 * A group label right after 等 (`市领导`, `有关部门负责人`): a few characters
 * ending in a post, with no verb or 的 in them (`等出席会议的领导` is no label);
 * or all the words to the clause's end, when they end in a post
 * (`等在职市级领导,`, `等离退休副厅级以上老领导,`).
 */
function titleAfter(text: string, at: number): string {
  const clause = GROUP_LABEL.exec(text.slice(at, at + 13))?.[0];
  if (clause && POST_AT_END.test(clause) && !clause.includes('的')) return clause;
  if (LIST_VERBS.test(text.slice(at, at + 2))) return '';
  for (let e = Math.min(text.length, at + 8); e > at; e--) {
    const t = text.slice(at, e);
    if (POST_AT_END.test(t) && [...t].every((c) => isHan(c) && c !== '的')) return t;
  }
  return '';
}
