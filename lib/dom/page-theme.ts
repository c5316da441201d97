// Whether the article sits on a light or a dark page, which the marks' colours
// (mark-styles.ts) and the card follow, from what the browser computed: the
// first opaque background behind it (semi-transparent layers blended in), else
// the colour of its text (light text means a dark page that paints its
// background with an image), else the page's color-scheme.
import { composite, luminance, parseCssColour, type Rgb, type Rgba } from './colour';

export type PageTheme = 'light' | 'dark';

/**
 * Below this relative luminance a background reads as dark: the point where
 * white text contrasts with it more than black text does.
 */
export const DARK_BELOW = Math.sqrt(1.05 * 0.05) - 0.05;

const WHITE: Rgb = { r: 255, g: 255, b: 255 };
const BLACK: Rgb = { r: 0, g: 0, b: 0 };

/** The theme behind `el` (by default the page's body). */
export function pageTheme(el: Element = document.body ?? document.documentElement): PageTheme {
  const view = el.ownerDocument.defaultView;
  if (!view) return 'light';
  const layers: Rgba[] = [];
  for (let node: Element | null = el; node; node = node.parentElement) {
    const bg = parseCssColour(view.getComputedStyle(node).backgroundColor);
    if (!bg || bg.alpha === 0) continue;
    layers.push(bg);
    if (bg.alpha >= 1) break;
  }
  const opaque = layers.at(-1)?.alpha === 1;
  if (!opaque) {
    const text = parseCssColour(view.getComputedStyle(el).color);
    // Text meant for a dark background: it contrasts more with black than with white.
    if (text && luminance(text) >= DARK_BELOW) return 'dark';
  }
  const canvas = opaque ? layers.pop()! : canvasColour(el.ownerDocument, view);
  const seen = layers.reduceRight<Rgb>((under, layer) => composite(layer, under), canvas);
  return luminance(seen) < DARK_BELOW ? 'dark' : 'light';
}

/** The colour the browser paints behind a page without a background: dark only where the page asks for it. */
function canvasColour(doc: Document, view: Window): Rgb {
  const scheme = view.getComputedStyle(doc.documentElement).colorScheme.split(/\s+/);
  const dark = scheme.includes('dark') && (!scheme.includes('light') || view.matchMedia('(prefers-color-scheme: dark)').matches);
  return dark ? BLACK : WHITE;
}
