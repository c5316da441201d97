// The content script's session (lib/content/session.ts), loaded by the
// bootstrap (entrypoints/content.ts) only on pages Tifa works on.
import { startSession } from '../lib/content/session';
import { offerSession } from '../lib/content/session-handoff';

export default defineUnlistedScript(() => offerSession((ctx, reply) => startSession(ctx, document, undefined, reply)));
