// The title chain in front of a name: from the post right before the name,
// back to where the chain starts (punctuation, the previous name, or a lead-in
// word such as 受/对/在/是/的 that belongs to the sentence, not the title).
// `市委书记、市人大常委会主任曹炯芳` → ["市委书记", "市人大常委会主任"].
import { isHan } from './names';
import { FOREIGN_PLACES } from './lexicon/titles';

const MAX_CHAIN = 60;
const HARD_STOP = new Set([...'，,。；;：:！!？?（()）\n\r[]【】《》<>|/■']);
const QUOTES = new Set([...'“”"\'‘’「」『』']);

/** Sentence words that end up in front of a title chain; the chain starts after the last one. */
const LEAD_INS = ['当时', '恰好', '至少', '分别', '邀请', '陪同', '会同', '日电', '获悉', '听取', '作为', '担任', '任命', '免去', '接受', '决定', '同意', '选举', '的', '了', '是', '给', '受', '对', '在'];
/** Words that lead in only at the very start of the chain (they also occur inside organization names). */
const START_LEAD_INS = ['由', '用', '和', '与', '及', '同', '向', '将', '把', '为', '被', '让', '以', '从', '跟', '据', '经', '请', '即', '并', '而', '或', '、'];

export interface TitleChain {
  start: number;
  titles: string[];
  foreign: boolean;
}

// A quote mark between two Han characters is part of a title (`“跨省通办”窗口工作人员`).
const stopsChain = (text: string, i: number): boolean =>
  HARD_STOP.has(text[i]!) || (QUOTES.has(text[i]!) && !(isHan(text[i - 1]) && isHan(text[i + 1])));

export function titleChainBefore(text: string, postEnd: number, leftLimit: number): TitleChain | null {
  let start = postEnd;
  const floor = Math.max(leftLimit, postEnd - MAX_CHAIN);
  while (start > floor && !stopsChain(text, start - 1)) start--;
  let chain = text.slice(start, postEnd);

  let cut = 0;
  for (const w of LEAD_INS) {
    const k = chain.lastIndexOf(w);
    if (k >= 0) cut = Math.max(cut, k + w.length);
  }
  for (let again = true; again; ) {
    again = false;
    for (const w of START_LEAD_INS) {
      if (chain.startsWith(w, cut)) {
        cut += w.length;
        again = true;
      }
    }
  }
  if (/^该[区市县镇乡村校院局]/.test(chain.slice(cut))) cut += 2;
  start += cut;
  chain = chain.slice(cut);
  if (!chain) return null;

  const titles = chain.split('、').filter(Boolean);
  // `二十国集团主席意大利总理德拉吉`: a foreign title starts at the country.
  const last = titles[titles.length - 1] ?? '';
  let foreign = false;
  let at = -1;
  for (const place of FOREIGN_PLACES) {
    const k = last.indexOf(place);
    if (k >= 0) {
      foreign = true;
      at = Math.max(at, k);
    }
  }
  if (at > 0) titles[titles.length - 1] = last.slice(at);
  return { start, titles, foreign };
}
