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
  /** Text the reader selected that Tifa did not mark: looked up as a person, with a word that Tifa did not mark it. */
  unmarked?: boolean;
  /** The reader has just corrected what the card is about. */
  corrected?: boolean;
  /** The background's answer: `loading` until it comes, null when there is none. */
  lookup: LookupResponse | null | 'loading';
}
