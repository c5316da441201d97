// The content script's life on one page: decide whether to work (Chinese text,
// the background says yes), find the article, annotate it (the background
// keeps it in the history), keep it annotated as it changes or the SPA moves
// on, answer clicks (or a resting pointer), the keyboard shortcut and the
// background's messages with the lookup card, and follow the settings as they
// change (marks removed, added or restyled, the card's language). Everything
// is undone when the extension is reloaded (ctx invalidated). The bundled
// sample article (entrypoints/sample/) runs the same session with a backend of
// its own.
//
// Progress shows on <html>, the only change Tifa makes to the page's DOM:
// data-tifa-state="working" during a pass, "done" with data-tifa-mentions="<n>"
// after it, "skipped" on a page Tifa does not work on.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CardData } from '../../components/card/model';
import { type Change, observePage } from '../dom/observe';
import { createPainter, type Painter } from '../dom/highlight';
import { supportsHighlights } from '../dom/highlight-support';
import { mentionAtPoint, spanAt, spansIn } from '../dom/hit-test';
import { pageLanguage } from '../dom/language';
import type { LiveArticle } from '../dom/live-article';
import { DEFAULT_MARKS } from '../dom/mark-styles';
import { type PageTheme, pageTheme } from '../dom/page-theme';
import { pageHtml } from '../dom/page-html';
import { offsetOf } from '../dom/text-map';
import type { CompactExtraction, ContentMessage, Display, Marks } from '../messages';
import { directionOf, type Direction, firstAtOrBelow, stepTo } from './navigate';
import { CARD_SHORTCUT } from './shortcuts';
import { annotate, type Pass, type PageMention } from './annotate';
import { yieldToMain } from './yield';
import { type Rest, watchPointerRest } from './hover';
import { lazyCardUi } from './lazy-card';

/** What the session asks of the background (lib/content/background.ts; the sample page has its own). */
export type SessionBackend = Pick<typeof import('./background'), 'pageStart' | 'readPage' | 'extractInBackground' | 'lookup' | 'correct' | 'parseContentMessage'>;

// Evaluated where they are first needed, not with the script: the checks of
// the background's replies, the article's landmarks. A page too short to tell
// its language (an SPA's shell) never evaluates them.
const contentBackend = (): Promise<SessionBackend> => import('./background');
const articles = () => import('../dom/live-article');

// A pointer that moved further than this between press and release was selecting, not clicking.
const CLICK_SLOP = 4;

type State = 'working' | 'done' | 'skipped';

export function startSession(ctx: ContentScriptContext, doc: Document = document, background: () => Promise<SessionBackend> = contentBackend): void {
  const html = doc.documentElement;
  // A correction is kept by the background; this page is read again at once, the others when next read.
  const card = lazyCardUi(ctx, (correction) => {
    void background().then(async ({ correct }) => {
      if (!(await correct(correction))) return;
      card.update('name' in correction ? correction.name : correction.text, { corrected: true });
      void annotateArticle();
    });
  });
  let painter: Painter | null = null;
  /** How marks look: the settings' marks (from the background's last yes) on this page's theme. */
  let marks: Marks = DEFAULT_MARKS;
  let theme: PageTheme = 'light';
  let article: LiveArticle | null = null;
  let pass: Pass | null = null;
  /** The background said no: only a new address or a change of the settings is worth asking again. */
  let disabled = false;
  /** Tifa has nothing to do here (not Chinese, no article): a change of the settings changes nothing. */
  let passedOver = false;
  /** The page has text enough in another language: it is not going to become Chinese short of a new address. */
  let foreign = false;
  let running: AbortController | null = null;
  /**
   * This page load, for the background to keep each visit once (lib/background/visit.ts).
   * Not crypto.randomUUID(): a page over plain http is not a secure context, and has none.
   */
  const load = [...crypto.getRandomValues(new Uint32Array(4))].map((n) => n.toString(36)).join('-');

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

  const passOver = (): void => {
    passedOver = true;
    skip();
  };

  async function start(): Promise<void> {
    const signal = begin();
    // Until the new article is found, a change anywhere on the page calls for a new start.
    article = null;
    disabled = false;
    passedOver = false;
    foreign = false;
    const language = supportsHighlights() ? pageLanguage(doc) : 'other';
    if (language !== 'chinese') {
      foreign = language === 'other';
      return passOver();
    }
    setState('working');
    // One question: may Tifa work here, where is the article, and what is in it? Answered from a copy of the page, off this thread.
    const reply = await (await background()).readPage(location.href, pageHtml(doc), load);
    if (signal.aborted) return;
    // No answer is a no: the background alone knows whether this site is off or the window private.
    if (!reply?.enabled || !reply.display) {
      disabled = true;
      return skip();
    }
    follow(reply.display);
    const { liveArticle } = await articles();
    if (signal.aborted) return;
    article = liveArticle(doc, reply.reading ?? null);
    if (!article) return passOver();
    const text = reply.reading?.text;
    await annotateArticle(signal, text !== undefined && reply.extraction ? { text, extraction: reply.extraction } : null);
  }

  /** `read`: what the background found in the text of the page's copy, taken if the live article's text is the same. */
  async function annotateArticle(signal: AbortSignal = begin(), read: { text: string; extraction: CompactExtraction } | null = null): Promise<void> {
    if (!article) return;
    setState('working');
    const { extractInBackground } = await background();
    const page = {
      load,
      title: article.title || doc.title,
      ...(article.siteName && { paper: article.siteName }),
      ...(article.published && { date: article.published }),
    };
    const found = await annotate(
      article,
      (text) => (text === read?.text ? Promise.resolve(read.extraction) : extractInBackground(location.href, text, page)),
      signal,
    );
    if (!found) return;
    pass = found;
    theme = pageTheme(article.root);
    if (painter) painter.restyle(look());
    else painter = createPainter(look());
    painter.paint(found.mentions);
    setState('done', found.mentions.length);
  }

  // The settings.

  const look = () => ({ marks, theme });

  function follow(next: Display): void {
    marks = next.marks;
    card.setLanguage(next.language);
    painter?.restyle(look());
    watchHover(next.cardOpens === 'hover');
  }

  /** The settings changed: this page may now be off, on again, or marked differently. */
  async function settingsChanged(): Promise<void> {
    if (passedOver) return;
    const reply = await (await background()).pageStart(location.href);
    if (!reply?.enabled || !reply.display) {
      running?.abort();
      disabled = true;
      return skip();
    }
    if (disabled) return start();
    follow(reply.display);
    card.close();
  }

  const onChange = (change: Change): void => {
    if (change === 'url') card.close();
    if (change === 'url' || (change === 'page' && !disabled && !foreign)) void start();
    else if (change === 'article') void annotateArticle();
  };

  // The card.

  /** The mark whose card was opened last: where Alt+Shift+N and Alt+Shift+P go on from. */
  let lastOpened: PageMention | null = null;

  function openCard(m: PageMention | { kind: 'person'; key: string; text: string; unmarked: true }, anchor: Range): void {
    lastOpened = 'range' in m ? m : lastOpened;
    const data: CardData = {
      ...('unmarked' in m && { unmarked: true }),
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
      .then((reply) => card.showLookup(m.key, reply));
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
  /** The mention, if its kind is marked: a kind switched off opens no card on a click. */
  const drawn = (m: PageMention | undefined): PageMention | undefined => (m && painter?.shows(m.kind) ? m : undefined);

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
    // Text Tifa did not mark: say so, and look it up as a person, next to the selection.
    if (selection?.rangeCount && !selection.isCollapsed) {
      openCard({ kind: 'person', key, text: key, unmarked: true }, selection.getRangeAt(0).cloneRange());
    }
  }

  /** Alt+Shift+N / Alt+Shift+P: the next or previous mark drawn, brought into view, with its card. */
  function step(p: Pass, direction: Direction): boolean {
    const marks = p.mentions.filter((m) => drawn(m));
    const top = (i: number): number => liveRange(marks[i]!)?.getBoundingClientRect().top ?? 0;
    const at = stepTo(marks.length, lastOpened ? marks.indexOf(lastOpened) : null, () => firstAtOrBelow(marks.length, top), direction);
    const m = at === null ? undefined : marks[at];
    const range = m && liveRange(m);
    if (!m || !range) return false;
    const box = range.getBoundingClientRect();
    const view = doc.defaultView;
    // Off screen, the mark comes to a third of the way down, where the card has room below it.
    if (view && (box.top < 0 || box.bottom > view.innerHeight)) view.scrollBy({ top: box.top - view.innerHeight / 3, behavior: 'instant' });
    openCard(m, range);
    return true;
  }

  const onMessage = (message: ContentMessage): void => {
    if (message.type === 'show-card') showCard(message.key);
    else if (message.type === 'settings-changed') void settingsChanged();
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
      // A card opened by a click stays when the pointer moves away.
      if (open(drawn(mentionAtPoint(doc, e.clientX, e.clientY, p.mentions, p.byRange, p.map)))) hovered = null;
    },
    { capture: true },
  );
  ctx.addEventListener(
    doc,
    'keydown',
    (e) => {
      const p = marksShown();
      if (!p || e.ctrlKey || e.metaKey) return;
      const direction = directionOf(e);
      if (direction !== null) {
        if (step(p, direction)) e.preventDefault();
        return;
      }
      if (e.altKey !== CARD_SHORTCUT.altKey || e.shiftKey !== CARD_SHORTCUT.shiftKey || e.code !== CARD_SHORTCUT.code) return;
      const marked = open(mentionsAtSelection(p).find(drawn));
      // A selection on no mark gets a card that says so.
      const text = marked ? '' : (doc.getSelection()?.toString().trim().slice(0, 200) ?? '');
      if (text) showCard(text);
      if (marked || text) e.preventDefault();
    },
    { capture: true },
  );

  // Hover mode: the card opens on the mark the pointer rests on, and closes when it rests off the mark and the card.
  /** The mention whose card a resting pointer opened. */
  let hovered: PageMention | null = null;
  let hovering: AbortController | null = null;
  const onRest = (rest: Rest): void => {
    const p = marksShown();
    if (!p || rest.onCard) return;
    const m = rest.left ? undefined : drawn(mentionAtPoint(doc, rest.x, rest.y, p.mentions, p.byRange, p.map));
    if (m === hovered) return;
    if (m) {
      if (open(m)) hovered = m;
    } else if (hovered) {
      hovered = null;
      card.close();
    }
  };
  // Listening only while the reader wants it: no work on each pointer move otherwise.
  function watchHover(on: boolean): void {
    if (on === (hovering !== null)) return;
    hovering?.abort();
    hovering = on ? new AbortController() : null;
    if (hovering) watchPointerRest(doc, (node) => card.isOurs(node), onRest, hovering.signal);
  }

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
    hovering?.abort();
    painter?.dispose();
    html.removeAttribute('data-tifa-state');
    html.removeAttribute('data-tifa-mentions');
  });

  // A task of its own: evaluating the script is already one long task for the page.
  void yieldToMain().then(() => start());
}
