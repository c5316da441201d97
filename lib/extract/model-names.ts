// Which of the names the model reads are names: their edges checked against
// the text, and readings ruled out that are places, organizations, posts or
// ways of addressing someone. persons.ts then says who the people are.
import { NEVER_IN_NAME, ONE_CHARACTER_AFTER_NAME, WEAK_AFTER_NAME } from './lexicon/boundaries';
import { surnameAt } from './lexicon/surnames';
import { POSTS, TRANSLITERATION } from './lexicon/titles';
import { boundaryAt, indexWords, isHan, isPlaceholderName, wordAt, type Boundary } from './names';
import { nameModel } from './name-model/current';
import { tagNames, type NameSpan } from './name-model/tagger';

export const POSTS_INDEX = indexWords(POSTS);
export const TRANSLIT = new Set(TRANSLITERATION);
export const OPENING_BRACKETS = new Set([...'(（']);
const CLOSING_BRACKETS = new Set([...')）']);

/**
 * The names the model reads in the text, refined at their edges (`read`),
 * those of them that are people's names (`spans`), and the test that chose them.
 */
export function readNames(text: string): { read: NameSpan[]; spans: NameSpan[]; isPerson: (name: string) => boolean } {
  const read = tagNames(nameModel(), text).map((s) => refine(text, s)).filter((s) => usableName(text, s));
  const notPeople = placesAndOrganizations(text);
  // Also asked of names read by the surname rule where the text calls for one.
  const isPerson = (name: string): boolean =>
    !notPeople.has(name) && !PLACE_OR_ORGANIZATION_END.has(name[name.length - 1]!) && !POSTS_INDEX.words.get(name.charCodeAt(0))?.includes(name) && !isPostAfterSurname(name);
  return { read, spans: read.filter((s) => isPerson(text.slice(s.start, s.end))), isPerson };
}

/** Function words the model sometimes reads as a name's first character (`同特朗普`, `见廷觉`). */
const LEADING_WORDS = new Set([...'同和与及向见在对给被让由把将从跟为据请']);
/**
 * What follows a place's, an organization's or an organ's name: a name printed before one of these
 * anywhere in the text is no person's. Zones first, read whole (`韶山高新区`, `滨海经济开发区`).
 */
const PLACE_OR_ORGANIZATION =
  /经济技术开发区|经济开发区|开发区|高新区|新区|园区|保税区|自贸区|试验区|示范区|市|县|区|省|州|镇|乡|村|街道|社区|集团|公司|股份|有限|科技|实业|控股|银行|证券|大学|学院|医院|中学|小学|酒店|宾馆|机场|品牌|委|局|厅/g;

/** Last characters of places and organizations, never of given names (`杨家组`, `卫健委`). */
const PLACE_OR_ORGANIZATION_END = new Set([...'组村镇乡区县市省局委厅办所处队室校馆社府厂站院部司']);

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
      // A reading that ends on a one-character boundary word is worth less than one that stops before it,
      // much less unless that word also ends given names (`邹致和` but `董玲则凭借`); a given name of three
      // characters is rare.
      const long = e - start - sl;
      const last = text[e - 1]!;
      const endsOnWord = long < 2 || !ONE_CHARACTER_AFTER_NAME.has(last) ? 0 : WEAK_AFTER_NAME.has(last) ? 1 : 2;
      const score = strength(boundaryAt(text, e)) + (e === modelEnd ? 1 : 0) - endsOnWord - (long > 2 ? 1 : 0);
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
export function usableName(text: string, span: NameSpan): boolean {
  const name = text.slice(span.start, span.end);
  if (name.length < 2 || isPlaceholderName(name) || surnameAt(name, 0) === name.length) return false;
  for (const c of name) if (!(isHan(c) || c === '·')) return false;
  if (name.includes('·')) return !name.startsWith('·') && !name.endsWith('·') && name.length <= 16;
  return name.length <= 4 || (name.length <= 8 && [...name].every((c) => TRANSLIT.has(c)));
}


/**
 * One decision per document: the words printed right before a place or
 * organization word anywhere in the text (`湘潭市`, `金龙集团`) are not
 * people's names there or elsewhere, unless that word starts a post or a word that follows names
 * (`王明市长`, `王明委托`),
 * nor those that take in the word's first character (`徐圩新区`, read `徐圩新`);
 * nor is a short place in brackets between them (`昌邑滨海(下营)经济开发区`)
 * or right after one (`中车集团(佳木斯)`).
 */
function placesAndOrganizations(text: string): Set<string> {
  const found = new Set<string>();
  for (const m of text.matchAll(PLACE_OR_ORGANIZATION)) {
    if (wordAt(POSTS_INDEX, text, m.index) || boundaryAt(text, m.index)) continue;
    const open = openingBefore(text, m.index);
    const at = open < 0 ? m.index : open;
    if (open >= 0) found.add(bracketedAt(text, open));
    found.add(bracketedAt(text, m.index + m[0].length));
    for (let k = 2; k <= 4 && k <= at; k++) found.add(text.slice(at - k, at));
    if (open < 0 && m[0].length > 1) for (let k = 2; k <= 4 && k <= at + 1; k++) found.add(text.slice(at + 1 - k, at + 1));
  }
  return found;
}

/** The Han words in brackets that open at i (`(下营)`), or ''. */
function bracketedAt(text: string, i: number): string {
  if (!OPENING_BRACKETS.has(text[i] ?? '')) return '';
  for (let j = i + 1; j < text.length && j <= i + 7; j++) {
    if (CLOSING_BRACKETS.has(text[j]!)) return text.slice(i + 1, j);
    if (!isHan(text[j])) return '';
  }
  return '';
}

/** Where the brackets that close right before i open, when they hold a few Han characters; else -1. */
function openingBefore(text: string, i: number): number {
  if (!CLOSING_BRACKETS.has(text[i - 1] ?? '')) return -1;
  for (let j = i - 2; j >= 0 && j >= i - 8; j--) if (OPENING_BRACKETS.has(text[j]!)) return bracketedAt(text, j) ? j : -1;
  return -1;
}

/** Ways of addressing someone by surname (`梁先生`), GUIDELINES §1: not names. */
const HONORIFICS = new Set(['先生', '女士', '小姐', '太太', '夫人', '老师', '师傅', '同志', '阿姨', '大爷', '大妈', '老', '总', '工', '某', '某某']);

/** A surname and a post or honorific (`张市长`, `司参赞`, `张女士`): a way of addressing someone, not a name. */
function isPostAfterSurname(name: string): boolean {
  const rest = name.slice(surnameAt(name, 0) || 1);
  return HONORIFICS.has(rest) || (POSTS_INDEX.words.get(rest.charCodeAt(0))?.includes(rest) ?? false);
}
