// Where a mouse pointer comes to rest: the card's hover mode opens on a mark
// the pointer rests on and closes once it rests elsewhere than the mark or the
// card. A pointer merely passing over a mark on its way opens nothing, and one
// crossing the gap between a mark and its card closes nothing.

/** How long the pointer must stay still; short enough to feel immediate, long enough not to open cards on the way. */
export const HOVER_DELAY_MS = 300;

export interface Rest {
  x: number;
  y: number;
  /** The pointer rests on the card (which sits in a shadow root, so this comes from the event's composed path). */
  onCard: boolean;
  /** The pointer left the page. */
  left: boolean;
}

export function watchPointerRest(doc: Document, isCard: (node: Node) => boolean, onRest: (rest: Rest) => void, signal: AbortSignal): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const later = (rest: Rest): void => {
    clearTimeout(timer);
    timer = setTimeout(() => onRest(rest), HOVER_DELAY_MS);
  };
  doc.addEventListener(
    'pointermove',
    (e) => {
      if (e.pointerType !== 'mouse') return;
      const onCard = e.composedPath().some((n) => n instanceof Node && isCard(n));
      later({ x: e.clientX, y: e.clientY, onCard, left: false });
    },
    { capture: true, passive: true, signal },
  );
  // Out of the window: relatedTarget is null.
  doc.addEventListener('pointerout', (e) => e.relatedTarget === null && later({ x: -1, y: -1, onCard: false, left: true }), {
    capture: true,
    passive: true,
    signal,
  });
  signal.addEventListener('abort', () => clearTimeout(timer));
}
