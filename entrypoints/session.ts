// The content script's session (lib/content/session.ts), loaded by the
// bootstrap (entrypoints/content.ts) only on pages Tifa works on.
import { startSession } from '../lib/content/session';
import { offer, SESSION } from '../lib/content/handoff';

export default defineUnlistedScript(() => offer(SESSION, (ctx, reply) => startSession(ctx, document, undefined, reply)));
