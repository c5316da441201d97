// The lookup card with its code (Preact, the card's components and strings,
// entrypoints/card.ts) loaded the first time a card opens: most pages never
// open one, and the page's main thread pays for every byte of script it loads.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Correction } from '../extract/schema';
import type { LanguageChoice } from '../i18n';
import type { CardUi } from './card';
import { loadCardUi } from './handoff';

export function lazyCardUi(ctx: ContentScriptContext, onCorrect: (correction: Correction) => void): CardUi {
  let card: CardUi | null = null;
  let loading: Promise<CardUi> | null = null;
  // The strings load with the card: until then the language chosen is only remembered.
  let language: LanguageChoice = 'auto';
  const ready = (): Promise<CardUi> =>
    (loading ??= loadCardUi().then((createCardUi) => {
      card = createCardUi(ctx, onCorrect);
      card.setLanguage(language);
      return card;
    }));
  // Calls wait for the code in the order they were made: an update or a close never overtakes its open.
  const later = (call: (c: CardUi) => void): void => void ready().then(call);
  return {
    open: (data, anchor) => later((c) => c.open(data, anchor)),
    update: (key, change) => loading && later((c) => c.update(key, change)),
    showLookup: (key, reply) => loading && later((c) => c.showLookup(key, reply)),
    close: () => loading && later((c) => c.close()),
    // No card was ever shown: no node is the card's.
    isOurs: (node) => card?.isOurs(node) ?? false,
    setLanguage: (choice) => {
      language = choice;
      card?.setLanguage(choice);
    },
  };
}
