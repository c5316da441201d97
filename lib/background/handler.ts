// The background's answer to every runtime message. Each request is parsed
// with RequestSchema; anything else is refused with {error}, never thrown
// back, since the sender may be a content script on a hostile page.
import type { CorpusLookup } from '../corpus/lookup';
import { addCorrection, removeCorrection } from '../db/corrections';
import { HistoryWriteError } from '../db/errors';
import { recordPage } from '../db/history';
import { displayOf, getSettings, setDisplay, setPaused, setSiteEnabled } from '../db/settings';
import type { WriteFailureLog } from '../db/write-failure';
import {
  type ErrorResponse,
  type LookupResponse,
  type CompactExtraction,
  type CorrectionResponse,
  type ReadPageResponse,
  type PageStartResponse,
  type Request,
  RequestSchema,
  type Settings,
  type Visit,
} from '../messages';
import { compact } from '../extract/compact';
import { applyCorrections } from '../extract/corrections';
import { extract } from '../extract';
import type { Extraction } from '../extract/schema';
import { describeError } from '../zod-messages';
import { allowed, enabledFor, type TabOf } from './enabled';
import { knownTo } from './known';
import { lookup } from './lookup';
import type { PageReader } from './page-reader';
import { keeping, visitOf } from './visit';

/** What the handler reads of runtime.MessageSender. */
export interface Sender extends TabOf {
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
  /** Called after every change of the settings, for open tabs to follow it. */
  settingsChanged: () => void;
  /** Finds the article in a serialized page (lib/background/page-reader.ts). */
  readPage: PageReader;
}

export type Reply = PageStartResponse | ReadPageResponse | CompactExtraction | LookupResponse | Settings | CorrectionResponse | ErrorResponse;

async function pageStart(url: string, sender: Sender): Promise<PageStartResponse> {
  const settings = await getSettings();
  return allowed(settings, url, sender) ? { enabled: true, display: displayOf(settings) } : { enabled: false };
}

/** The article's text through extract(), knowing every name and slogan of the corpus and the history, with the reader's corrections applied. */
async function extracted(text: string, ctx: HandlerContext): Promise<Extraction> {
  await ctx.nameModel();
  const known = await knownTo(await ctx.corpus());
  return applyCorrections(extract(text, known), known.corrections);
}

/** Keeps the page in the history with what was found in `text`, once per page load; after the reply is on its way: the marks do not wait for the history. */
function keepPage(page: Visit['page'], load: string, text: string, found: Extraction, ctx: HandlerContext): void {
  const visit = visitOf(page, text, found);
  const how = visit && keeping(load, visit);
  if (visit && how !== 'kept') void keep(visit, how === 'new', ctx);
}

// Visits are written one after another, in the order they came: a page load's own text after its copy's.
let lastWrite: Promise<unknown> = Promise.resolve();

/** Keeps a visit in the history (`newVisit`: one more visit, else the same one read again); a failed write is noted for the popup, where the reader sees it. */
async function keep(visit: Visit, newVisit: boolean, ctx: HandlerContext): Promise<void> {
  const at = ctx.now();
  const write = lastWrite.then(() => recordPage(visit, at, newVisit));
  lastWrite = write.catch(() => undefined);
  try {
    await write;
    await ctx.writeFailures.succeeded();
  } catch (e) {
    console.warn('Tifa: the page was not kept:', e);
    if (e instanceof HistoryWriteError) await ctx.writeFailures.failed(e, at);
  }
}

// A prefix test: URL.origin is "null" for these schemes outside the browser that owns them.
const fromTifa = (sender: Sender, ctx: HandlerContext): boolean => sender.url?.startsWith(ctx.extensionRoot) ?? false;

// A content script has no business switching Tifa off or on.
async function changeSettings(sender: Sender, ctx: HandlerContext, change: () => Promise<Settings>): Promise<Reply> {
  if (!fromTifa(sender, ctx)) return { error: 'settings can only be changed from Tifa’s own pages' };
  const settings = await change();
  ctx.settingsChanged();
  return settings;
}

async function dispatch(req: Request, sender: Sender, ctx: HandlerContext): Promise<Reply> {
  switch (req.type) {
    case 'page-start':
      return pageStart(req.url, sender);
    case 'read-page': {
      const start = await pageStart(req.url, sender);
      if (!start.enabled) return start;
      // A page that cannot be read is still marked: the content script looks for the article's landmarks.
      const reading = await ctx.readPage(req, req.url).catch((e: unknown) => console.warn('Tifa: the page was not read:', e));
      if (!reading) return start;
      if (reading.text === undefined) return { ...start, reading };
      const found = await extracted(reading.text, ctx);
      if (req.load) {
        const page = { url: req.url, title: reading.title, ...(reading.siteName && { paper: reading.siteName }), ...(reading.published && { date: reading.published }) };
        keepPage(page, req.load, reading.text, found, ctx);
      }
      return { ...start, reading, extraction: compact(found) };
    }
    case 'extract': {
      if (!(await enabledFor(req.url, sender))) return { error: 'Tifa is off on this page' };
      const found = await extracted(req.text, ctx);
      if (req.page) {
        const { load, ...page } = req.page;
        keepPage({ url: req.url, ...page }, load, req.text, found, ctx);
      }
      return compact(found);
    }
    case 'lookup':
    case 'entity':
      return lookup(req, await ctx.corpus());
    case 'extract-sample':
      return fromTifa(sender, ctx) ? compact(await extracted(req.text, ctx)) : { error: 'the sample is Tifa’s own page' };
    case 'set-site':
      return changeSettings(sender, ctx, () => setSiteEnabled(req.site, req.enabled));
    case 'set-paused':
      return changeSettings(sender, ctx, () => setPaused(req.paused));
    case 'set-display':
      return changeSettings(sender, ctx, () => setDisplay(req.change));
    case 'correct':
      return { corrected: (await addCorrection(req.correction, ctx.now())).key };
    case 'uncorrect':
      if (!fromTifa(sender, ctx)) return { error: 'corrections can only be undone from Tifa’s own pages' };
      await removeCorrection(req.key);
      return { corrected: req.key };
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
