// Shows the lookup card in a closed shadow root (the page cannot read the
// reader's history in it), next to the mention, following it on scroll, in
// the page's theme. A click outside or Esc closes it, and focus goes back
// where it was.
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { Card } from '../../components/Card';
import cardCss from '../../components/card.css?inline';
import type { CardData } from '../../components/card/model';
import type { Correction } from '../extract/schema';
import { type PageTheme, pageTheme } from '../dom/page-theme';
import { type LanguageChoice, setLanguage } from '../i18n';
import { isLookupResponse } from '../reply-checks';

export const CARD_HOST = 'tifa-card';

export interface CardUi {
  /** Opens the card at `anchor` (a live range, so it follows the text), replacing any open card. */
  open(data: CardData, anchor: Range): void;
  /** Updates the open card's data if it still shows `key`. */
  update(key: string, change: Partial<CardData>): void;
  /**
   * Shows the background's reply to the lookup of `key`, checked here: the
   * lookup's check travels with the card's code (card.js), not with every
   * marked page's. A reply that does not fit reads as none.
   */
  showLookup(key: string, reply: unknown): void;
  close(): void;
  /** The card's host element, which the page's observers must ignore. */
  isOurs(node: Node): boolean;
  /** The language the card speaks (the settings' choice). */
  setLanguage(choice: LanguageChoice): void;
}

interface Shown {
  data: CardData;
  anchor: Range;
  /** Read when the card opens: the page's background decides the card's colours. */
  theme: PageTheme;
  returnFocus: Element | null;
  listening: AbortController;
}

export function createCardUi(ctx: ContentScriptContext, onCorrect: (correction: Correction) => void): CardUi {
  let ui: Promise<ShadowRootContentScriptUi<void>> | null = null;
  let host: HTMLElement | null = null;
  let shown: Shown | null = null;
  let frame = 0;

  const mountUi = (): Promise<ShadowRootContentScriptUi<void>> =>
    (ui ??= createShadowRootUi(ctx, {
      name: CARD_HOST,
      mode: 'closed',
      position: 'inline',
      css: cardCss,
      // Keys typed in the card are not the page's shortcuts.
      isolateEvents: true,
      onMount: () => undefined,
      onRemove: () => undefined,
    }).then((made) => {
      host = made.shadowHost;
      return made;
    }));

  const draw = async (): Promise<void> => {
    const made = await mountUi();
    if (!shown) return;
    if (!made.shadowHost.isConnected) made.mount();
    const rect = shown.anchor.getBoundingClientRect();
    render(<Card data={shown.data} anchor={rect} theme={shown.theme} onClose={close} onCorrect={onCorrect} />, made.uiContainer);
  };
  const redraw = (): void => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => void draw());
  };

  function close(): void {
    if (!shown) return;
    const { returnFocus, listening } = shown;
    shown = null;
    listening.abort();
    void ui?.then((made) => {
      if (shown) return;
      render(null, made.uiContainer);
      made.remove();
    });
    if (returnFocus instanceof HTMLElement && returnFocus.isConnected) returnFocus.focus({ preventScroll: true });
  }

  ctx.onInvalidated(close);

  const update = (key: string, change: Partial<CardData>): void => {
    if (shown?.data.key !== key) return;
    shown.data = { ...shown.data, ...change };
    void draw();
  };

  return {
    open(data, anchor) {
      const returnFocus = shown?.returnFocus ?? document.activeElement;
      shown?.listening.abort();
      const listening = new AbortController();
      shown = { data, anchor, theme: pageTheme(), returnFocus, listening };
      const { signal } = listening;
      // Capture: the page may stop the event from bubbling.
      document.addEventListener(
        'pointerdown',
        (e) => {
          if (!host || !e.composedPath().includes(host)) close();
        },
        { capture: true, signal },
      );
      document.addEventListener('keydown', (e) => e.key === 'Escape' && close(), { capture: true, signal });
      addEventListener('scroll', redraw, { capture: true, passive: true, signal });
      addEventListener('resize', redraw, { passive: true, signal });
      void draw();
    },
    update,
    showLookup: (key, reply) => update(key, { lookup: isLookupResponse(reply) ? reply : null }),
    close,
    isOurs: (node) => node === host,
    setLanguage,
  };
}
