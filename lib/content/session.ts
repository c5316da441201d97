// The content script's life on one page: decide whether to work (Chinese text,
// the background says yes), find the article, annotate it, record it, keep it
// annotated as it changes or the SPA moves on, and answer clicks, the keyboard
// shortcut and the background's messages with the lookup card. Everything is
// undone when the extension is reloaded (ctx invalidated).
//
// Progress shows on <html>, the only change Tifa makes to the page's DOM:
// data-tifa-state="working" during a pass, "done" with data-tifa-mentions="<n>"
// after it, "skipped" on a page Tifa does not work on.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CardData } from '../../components/card/model';
import { type Change, observePage } from '../dom/observe';
import { createPainter, type Painter, supportsHighlights } from '../dom/highlight';
import { mentionAtPoint, spanAt, spansIn } from '../dom/hit-test';
import { isChinesePage } from '../dom/language';
import type { LiveArticle } from '../dom/live-article';
import { offsetOf } from '../dom/text-map';
import type { ContentMessage } from '../messages';
import { annotate, type Pass, type PageMention, yieldToMain } from './annotate';
import { lazyCardUi } from './lazy-card';

// Evaluated where they are first needed, not with the script on every page:
// the schemas that check the background's replies, Readability, the record.
const background = () => import('./background');
const articles = () => import('../dom/live-article');
const records = () => import('./record');

/** Opens the card for the mention at the caret or selection. */
export const CARD_SHORTCUT = { altKey: true, shiftKey: true, code: 'KeyK' } as const;
// A pointer that moved further than this between press and release was selecting, not clicking.
const CLICK_SLOP = 4;

type State = 'working' | 'done' | 'skipped';

export function startSession(ctx: ContentScriptContext, doc: Document = document): void {
  const html = doc.documentElement;
  const card = lazyCardUi(ctx);
  let painter: Painter | null = null;
  let article: LiveArticle | null = null;
  let pass: Pass | null = null;
  /** The background said no: only a new address is worth asking again. */
  let disabled = false;
  let running: AbortController | null = null;
  let lastRecorded: string | null = null;

  // Unchanged attributes are not written again: the page may be watching <html>.
  const setAttribute = (name: string, value: string | undefined): void => {
    if (value === undefined) html.removeAttribute(name);
    else if (html.getAttribute(name) !== value) html.setAttribute(name, value);
  };
  const setState = (state: State, mentions?: number): void => {
    setAttribute('data-tifa-state', state);
    setAttribute('data-tifa-mentions', mentions === undefined ? undefined : String(mentions));
  };
  const begin = (): AbortSignal => {
    running?.abort();
    running = new AbortController();
    return running.signal;
  };
  const skip = (): void => {
    article = null;
    pass = null;
    painter?.paint([]);
    card.close();
    setState('skipped');
  };

  async function start(): Promise<void> {
    const signal = begin();
    // Until the new article is found, a change anywhere on the page calls for a new start.
    article = null;
    disabled = false;
    if (!supportsHighlights() || !isChinesePage(doc)) return skip();
    setState('working');
    const reply = await (await background()).pageStart(location.href);
    if (signal.aborted) return;
    // No answer is a no: the background alone knows whether this site is off or the window private.
    if (!reply?.enabled) {
      disabled = true;
      return skip();
    }
    const { findLiveArticle } = await articles();
    if (signal.aborted) return;
    article = findLiveArticle(doc);
    if (!article) return skip();
    await annotateArticle(signal);
  }

  async function annotateArticle(signal: AbortSignal = begin()): Promise<void> {
    if (!article) return;
    setState('working');
    const { extractInBackground, record } = await background();
    const found = await annotate(article, (text) => extractInBackground(location.href, text), signal);
    if (!found) return;
    pass = found;
    (painter ??= createPainter()).paint(found.mentions);
    setState('done', found.mentions.length);
    // On a long page, building and sending the record costs as much as painting: a task of its own.
    await yieldToMain();
    const { recordRequest } = await records();
    if (signal.aborted) return;
    const request = recordRequest(
      {
        url: location.href,
        title: article.title || doc.title,
        ...(article.siteName && { paper: article.siteName }),
        ...(article.published && { date: article.published }),
      },
      found,
    );
    // A page that changes without changing what Tifa found (a view counter) is not recorded again.
    const sent = request && JSON.stringify(request);
    if (request && sent !== lastRecorded) {
      lastRecorded = sent;
      await record(request);
    }
  }

  const onChange = (change: Change): void => {
    if (change === 'url') card.close();
    if (change === 'url' || (change === 'page' && !disabled)) void start();
    else if (change === 'article') void annotateArticle();
  };

  // The card.

  function openCard(m: PageMention | { kind: 'person'; key: string; text: string }, anchor: Range): void {
    const data: CardData = {
      kind: m.kind,
      key: m.key,
      text: m.text,
      person: pass?.persons.get(m.key),
      amount: pass?.amounts.get(m.key),
      slogan: pass?.slogans.get(m.key),
      // An amount is read from the page alone.
      lookup: m.kind === 'amount' ? null : 'loading',
    };
    card.open(data, anchor);
    if (m.kind === 'amount') return;
    void background()
      .then(({ lookup }) => lookup({ kind: m.kind, key: m.key, url: location.href }))
      .then((found) => card.update(m.key, { lookup: found }));
  }

  const liveRange = (m: PageMention): Range | null => {
    try {
      const range = doc.createRange();
      range.setStart(m.range.startContainer, m.range.startOffset);
      range.setEnd(m.range.endContainer, m.range.endOffset);
      return range;
    } catch {
      return null;
    }
  };
  const open = (m: PageMention | undefined): boolean => {
    const range = m && liveRange(m);
    if (range) openCard(m, range);
    return Boolean(range);
  };
  const marksShown = (): Pass | null => (pass && painter?.visible ? pass : null);

  /** The mentions under the reader's selection or caret. */
  function mentionsAtSelection(p: Pass): PageMention[] {
    const selection = doc.getSelection();
    if (!selection?.rangeCount) return [];
    const range = selection.getRangeAt(0);
    const start = offsetOf(p.map, range.startContainer, range.startOffset);
    if (start === null) return [];
    const end = offsetOf(p.map, range.endContainer, range.endOffset) ?? start;
    const found = spansIn(p.mentions, start, end);
    // A caret right after a mention is on it too.
    const before = range.collapsed ? spanAt(p.mentions, start - 1) : undefined;
    return found.length ? found : before ? [before] : [];
  }

  function showCard(key: string): void {
    const p = pass;
    const selection = doc.getSelection();
    if (p) {
      const matches = (m: PageMention): boolean => m.key === key || m.text === key;
      if (open(mentionsAtSelection(p).find(matches) ?? p.mentions.find(matches))) return;
    }
    // A name Tifa did not mark: look it up as a person, next to the selection.
    if (selection?.rangeCount && !selection.isCollapsed) {
      openCard({ kind: 'person', key, text: key }, selection.getRangeAt(0).cloneRange());
    }
  }

  const onMessage = (message: ContentMessage): void => {
    if (message.type === 'show-card') showCard(message.key);
    else if (painter) {
      painter.setVisible(!painter.visible);
      if (!painter.visible) card.close();
    }
  };

  // Input.

  let pressedAt: { x: number; y: number } | null = null;
  ctx.addEventListener(doc, 'pointerdown', (e) => (pressedAt = { x: e.clientX, y: e.clientY }), { capture: true });
  ctx.addEventListener(
    doc,
    'click',
    (e) => {
      const p = marksShown();
      if (!p || e.button !== 0 || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
      if (pressedAt && Math.hypot(e.clientX - pressedAt.x, e.clientY - pressedAt.y) > CLICK_SLOP) return;
      if (!doc.getSelection()?.isCollapsed) return;
      // A marked name inside a link is still a link.
      if (e.target instanceof Element && e.target.closest('a[href]')) return;
      if (e.composedPath().some((n) => n instanceof Node && card.isOurs(n))) return;
      open(mentionAtPoint(doc, e.clientX, e.clientY, p.mentions, p.byRange, p.map));
    },
    { capture: true },
  );
  ctx.addEventListener(
    doc,
    'keydown',
    (e) => {
      const p = marksShown();
      if (!p || e.altKey !== CARD_SHORTCUT.altKey || e.shiftKey !== CARD_SHORTCUT.shiftKey || e.code !== CARD_SHORTCUT.code) return;
      if (e.ctrlKey || e.metaKey) return;
      if (open(mentionsAtSelection(p)[0])) e.preventDefault();
    },
    { capture: true },
  );

  // The context menu and the keyboard command; a message's schema is loaded when one comes.
  const listener = (message: unknown): undefined => {
    void background().then(({ parseContentMessage }) => {
      const parsed = parseContentMessage(message);
      if (parsed && !ctx.signal.aborted) onMessage(parsed);
    });
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
  observePage(doc, {
    article: () => article?.root ?? null,
    ours: (node) => card.isOurs(node),
    onChange,
    signal: ctx.signal,
  });
  ctx.onInvalidated(() => {
    running?.abort();
    painter?.dispose();
    html.removeAttribute('data-tifa-state');
    html.removeAttribute('data-tifa-mentions');
  });

  // A task of its own: evaluating the script is already one long task for the page.
  void yieldToMain().then(start);
}
