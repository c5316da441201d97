// The lookup card (lib/content/card.tsx: Preact, the card's components and
// strings), loaded by the session the first time a card opens.
import { createCardUi } from '../lib/content/card';
import { offerCardUi } from '../lib/content/handoff';

export default defineUnlistedScript(() => offerCardUi(createCardUi));
