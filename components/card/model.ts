// What a lookup card shows: the mention clicked, what this page says about
// it (from the extraction), and what the background knows beyond the page.
import type { Amount, MentionKind, Person, Slogan } from '../../lib/extract/schema';
import type { LookupResponse } from '../../lib/messages';

export interface CardData {
  kind: MentionKind;
  /** The entity: a person's name, a slogan's text, an amount's key. */
  key: string;
  /** As printed on the page. */
  text: string;
  person?: Person;
  amount?: Amount;
  slogan?: Slogan;
  /** The background's answer: `loading` until it comes, null when there is none. */
  lookup: LookupResponse | null | 'loading';
}

/** Where the card goes, in viewport pixels. */
export interface Placement {
  top: number;
  left: number;
  maxHeight: number;
}

const GAP = 6;
const MARGIN = 8;

/**
 * Below the mention when the card fits there, else above it when there is more
 * room above; always inside the viewport.
 */
export function placeCard(
  anchor: { top: number; bottom: number; left: number },
  card: { width: number; height: number },
  viewport: { width: number; height: number },
): Placement {
  const below = viewport.height - anchor.bottom - GAP - MARGIN;
  const above = anchor.top - GAP - MARGIN;
  const left = Math.max(MARGIN, Math.min(anchor.left, viewport.width - card.width - MARGIN));
  if (card.height <= below || below >= above) {
    return { top: anchor.bottom + GAP, left, maxHeight: Math.max(below, 0) };
  }
  const height = Math.min(card.height, above);
  return { top: anchor.top - GAP - height, left, maxHeight: above };
}
