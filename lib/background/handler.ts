// The background's answer to every runtime message. Each request is parsed
// with RequestSchema; anything else is refused with {error}, never thrown
// back, since the sender may be a content script on a hostile page.
import type { CorpusLookup } from '../corpus/lookup';
import { HistoryWriteError } from '../db/errors';
import { recordPage } from '../db/history';
import { getSettings, isSiteEnabled, setPaused, setSiteEnabled } from '../db/settings';
import { siteOf } from '../db/site';
import type { WriteFailureLog } from '../db/write-failure';
import {
  type ErrorResponse,
  type LookupResponse,
  type CompactExtraction,
  type PageStartResponse,
  type RecordResponse,
  type Request,
  RequestSchema,
  type Settings,
} from '../messages';
import { compact } from '../extract/compact';
import { extract } from '../extract';
import { describeError } from '../zod-messages';
import { knownTo } from './known';
import { lookup } from './lookup';

/** What the handler reads of runtime.MessageSender. */
export interface Sender {
  tab?: { incognito: boolean };
  url?: string;
}

export interface HandlerContext {
  corpus: () => Promise<CorpusLookup>;
  /** Resolves once the name model is installed for extract(); rejects when it cannot be loaded. */
  nameModel: () => Promise<void>;
  /** `chrome-extension://<id>/` or `moz-extension://<uuid>/` (runtime.getURL('/')): only Tifa's own pages may change settings. */
  extensionRoot: string;
  now: () => number;
  /** Where a failed history write is noted for the popup. */
  writeFailures: WriteFailureLog;
}

export type Reply = PageStartResponse | CompactExtraction | RecordResponse | LookupResponse | Settings | ErrorResponse;

async function enabledFor(url: string, sender: Sender): Promise<boolean> {
  return !sender.tab?.incognito && isSiteEnabled(await getSettings(), siteOf(url));
}

/** The article's text through extract(), knowing every name and slogan of the corpus and the history. */
async function extractText(text: string, ctx: HandlerContext): Promise<CompactExtraction> {
  await ctx.nameModel();
  return compact(extract(text, await knownTo(await ctx.corpus())));
}

// A content script has no business switching Tifa off or on.
function fromTifa(sender: Sender, ctx: HandlerContext, change: () => Promise<Settings>): Promise<Reply> {
  // A prefix test: URL.origin is "null" for these schemes outside the browser that owns them.
  const own = sender.url?.startsWith(ctx.extensionRoot) ?? false;
  return own ? change() : Promise.resolve({ error: 'settings can only be changed from Tifa’s own pages' });
}

async function dispatch(req: Request, sender: Sender, ctx: HandlerContext): Promise<Reply> {
  switch (req.type) {
    case 'page-start':
      return { enabled: await enabledFor(req.url, sender) };
    case 'extract':
      if (!(await enabledFor(req.url, sender))) return { error: 'Tifa is off on this page' };
      return extractText(req.text, ctx);
    case 'record': {
      if (!(await enabledFor(req.page.url, sender))) return { recorded: false };
      const at = ctx.now();
      try {
        await recordPage(req, at);
      } catch (e) {
        if (e instanceof HistoryWriteError) await ctx.writeFailures.failed(e, at);
        throw e;
      }
      await ctx.writeFailures.succeeded();
      return { recorded: true };
    }
    case 'lookup':
    case 'entity':
      return lookup(req, await ctx.corpus());
    case 'set-site':
      return fromTifa(sender, ctx, () => setSiteEnabled(req.site, req.enabled));
    case 'set-paused':
      return fromTifa(sender, ctx, () => setPaused(req.paused));
  }
}

export async function handleMessage(message: unknown, sender: Sender, ctx: HandlerContext): Promise<Reply> {
  const parsed = RequestSchema.safeParse(message);
  if (!parsed.success) {
    const problem = describeError(parsed.error);
    console.warn('Tifa: refused a malformed message:', problem);
    return { error: `invalid request: ${problem}` };
  }
  try {
    return await dispatch(parsed.data, sender, ctx);
  } catch (e) {
    // A HistoryWriteError's message is written for the reader (storage full).
    console.warn(`Tifa: ${parsed.data.type} failed:`, e);
    return { error: e instanceof Error ? e.message : String(e) };
  }
}
