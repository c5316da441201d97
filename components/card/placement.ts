// Where the lookup card goes: a pure function of the mention's box, the card's
// natural size and the viewport, all in viewport pixels, so it can be tested
// without a browser. The card always lands inside the viewport; what does not
// fit scrolls inside the card (maxHeight).

export interface AnchorBox {
  top: number;
  bottom: number;
  left: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface Placement {
  top: number;
  left: number;
  /** The card's height may not exceed this; its body scrolls past it. */
  maxHeight: number;
}

/** Between the mention and the card. */
export const GAP = 6;
/** Between the card and the viewport's edges. */
export const MARGIN = 8;
/** Less room than this on either side of the mention, and the card may cover the mention rather than shrink further. */
const MIN_ROOM = 120;

const clamp = (x: number, lo: number, hi: number): number => Math.max(lo, Math.min(x, hi));

/**
 * Below the mention when the card fits there, else above it when it fits
 * there, else on the side with more room with a scrolling body. Shifted left
 * at the right edge. A mention partly or wholly off screen (the page scrolled
 * under an open card) counts as lying at the nearest edge.
 */
export function placeCard(anchor: AnchorBox, card: Size, viewport: Size): Placement {
  const left = Math.max(MARGIN, Math.min(anchor.left, viewport.width - card.width - MARGIN));
  // A mention off screen is taken as lying just at the edge, where a card beside it still keeps its margin.
  const [lo, hi] = [MARGIN - GAP, viewport.height - MARGIN + GAP];
  const top = clamp(anchor.top, lo, hi);
  const bottom = clamp(anchor.bottom, top, hi);
  const below = Math.max(0, viewport.height - bottom - GAP - MARGIN);
  const above = Math.max(0, top - GAP - MARGIN);

  if (card.height <= below) return { top: bottom + GAP, left, maxHeight: below };
  if (card.height <= above) return { top: top - GAP - card.height, left, maxHeight: above };
  if (Math.max(below, above) < MIN_ROOM) {
    // A mention as tall as the viewport: the card takes the viewport's lower part, over the text.
    const maxHeight = Math.max(0, viewport.height - 2 * MARGIN);
    return { top: Math.max(MARGIN, viewport.height - MARGIN - Math.min(card.height, maxHeight)), left, maxHeight };
  }
  return below >= above ? { top: bottom + GAP, left, maxHeight: below } : { top: MARGIN, left, maxHeight: above };
}
