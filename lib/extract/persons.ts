// People named with a title (GUIDELINES §1), found in five passes over the
// normalized text, strongest evidence first; a character belongs to at most
// one name:
//   1. a title chain right before a name (`市委书记、市长张迎春`), and names
//      listed after it with the same title (`副主任李鹏飞、伍清明`);
//   2. appointment lists (`言鹏为…副主任委员`, `傅晓红的…职务`);
//   3. bylines (journalists);
//   4. a title right after a name (`习近平总书记`, `单杨院士`);
//   5. every later bare mention of a name found above or already known
//      (`曹炯芳表示`).
import { findBylines } from './bylines';
import { POSTS, POSTS_AFTER_NAME } from './lexicon/titles';
import { boundaryAt, chineseNameAt, foreignNameAt, indexWords, isHan, isPlaceholderName, mayStartName, wordAt } from './names';
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
const AFTER_NAME_RE = new RegExp(alternation(POSTS_AFTER_NAME), 'g');
const AFTER_NAME_POSTS = new Set(POSTS_AFTER_NAME);
const APPOINTMENT_CUE = /[\n;；。，,:：]|接受|免去|任命|决定/g;
const APPOINTMENT_END = /[;；。，,\n]|职务/;
// Characters that end organization names: `程院` in `中国工程院院士` is not a person.
const ORG_SUFFIX = new Set([...'院会局委部厅办所司处组队室校馆团社省市县区镇乡村府军厂站']);
// Posts that also describe people in general (`专家成功入选…`): no name is presumed after them.
const DESCRIPTIVE_POSTS = new Set(['专家', '教授', '研究员', '医生', '护士', '教师', '老师', '工程师', '律师', '村民', '居民', '老人', '出纳', '工作人员', '负责人', '领导', '院士', '干部', '委员']);
const ROLE_AFTER_NAME: Record<string, Role> = { 总书记: 'official', 院士: 'professional', 教授: 'professional' };

/** Start of a name of three or two characters ending right at `end`, or -1 (`程院` in `中国工程院院士` is none). */
function nameBefore(text: string, end: number): number {
  for (const len of [3, 2]) {
    const s = end - len;
    if (s >= 0 && !ORG_SUFFIX.has(text[end - 1]!) && chineseNameAt(text, s) === end) return s;
  }
  return -1;
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
  const add = (name: string, start: number, end: number, titles: string[], role: Role): void => {
    if (!mention(name, start, end)) return;
    const rec = people.get(name) ?? { byline: false, titles: [] };
    if (role === 'journalist') rec.byline = true;
    else {
      rec.titles.push({ pos: start, titles });
      if (!rec.titled || start < rec.titled.pos) rec.titled = { pos: start, role };
    }
    people.set(name, rec);
  };

  // 1. Title chain + name, then names listed with the same titles.
  let lastEnd = 0;
  for (const m of text.matchAll(POST_RE)) {
    const postEnd = m.index + m[0].length;
    if (m.index < lastEnd) continue;
    // `习近平总书记关于…`: a post that follows a name does not also introduce the next word.
    if (AFTER_NAME_POSTS.has(m[0]) && nameBefore(text, m.index) >= 0) continue;
    // Most posts are followed by no name at all (`书记、`, `负责人出席`): skip the chain work then.
    if (!mayStartName(text, postEnd)) continue;
    const chain = titleChainBefore(text, postEnd, lastEnd);
    if (!chain) continue;
    const end = chain.foreign ? foreignNameAt(text, postEnd) : chineseNameAt(text, postEnd, !DESCRIPTIVE_POSTS.has(m[0]));
    if (end < 0) continue;
    const role = chain.foreign ? 'official' : roleOfTitle(chain.titles[0]!);
    add(text.slice(postEnd, end), postEnd, end, chain.titles, role);
    lastEnd = end;
    while (text[lastEnd] === '、') {
      const next = chineseNameAt(text, lastEnd + 1);
      if (next < 0 || boundaryAt(text, next) !== 'strong' || POST_START.test(text.slice(next, next + 6))) break;
      add(text.slice(lastEnd + 1, next), lastEnd + 1, next, chain.titles, role);
      lastEnd = next;
    }
  }

  // 2. Appointment and removal lists: a name right after a cue or at the start of the text.
  const appointment = (start: number): void => {
    const end = chineseNameAt(text, start);
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

  // 4. A title after the name.
  for (const m of text.matchAll(AFTER_NAME_RE)) {
    const s = nameBefore(text, m.index);
    if (s < 0) continue;
    const name = text.slice(s, m.index);
    const rec = people.get(name);
    if (rec && !free(s, m.index)) rec.titles.push({ pos: s, titles: [m[0]] });
    else add(name, s, m.index, [m[0]], ROLE_AFTER_NAME[m[0]] ?? 'official');
  }

  // 5. Bare mentions of every name found or known.
  const knownRoles = new Map<string, Role | undefined>();
  for (const k of known) {
    const entry = typeof k === 'string' ? { name: k } : k;
    if (entry.name.length >= 2 && !people.has(entry.name)) knownRoles.set(entry.name, entry.role);
  }
  const names = indexWords([...people.keys(), ...knownRoles.keys()]);
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
    const role = rec.titled?.role ?? (rec.byline ? 'journalist' : (knownRoles.get(name) ?? 'official'));
    return { name, role, titles: [...new Set(titles)] };
  });
  return { persons, mentions };
}
