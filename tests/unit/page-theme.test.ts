// The page's theme from the styles the browser computed, over a stand-in for
// the element chain and getComputedStyle (linkedom computes no styles).
import { describe, expect, it } from 'vitest';
import { DARK_BELOW, pageTheme } from '../../lib/dom/page-theme';

interface Styles {
  backgroundColor?: string;
  color?: string;
  colorScheme?: string;
}

/** `layers` from the element outwards to <html>; `prefersDark` is the system's setting. */
function page(layers: Styles[], prefersDark = false): Element {
  const view = {
    getComputedStyle: (el: { styles: Styles }) => ({ backgroundColor: 'rgba(0, 0, 0, 0)', color: 'rgb(0, 0, 0)', colorScheme: 'normal', ...el.styles }),
    matchMedia: (query: string) => ({ matches: query === '(prefers-color-scheme: dark)' && prefersDark }),
  };
  const doc = { defaultView: view, documentElement: null as unknown };
  const chain = layers.map((styles) => ({ styles, parentElement: null as unknown, ownerDocument: doc }));
  chain.forEach((el, i) => (el.parentElement = chain[i + 1] ?? null));
  doc.documentElement = chain.at(-1);
  return chain[0] as unknown as Element;
}

describe('pageTheme', () => {
  it('reads the first opaque background behind the element', () => {
    expect(pageTheme(page([{}, { backgroundColor: 'rgb(18, 18, 18)' }, { backgroundColor: 'rgb(255, 255, 255)' }]))).toBe('dark');
    expect(pageTheme(page([{ backgroundColor: 'rgb(250, 248, 240)' }, { backgroundColor: 'rgb(0, 0, 0)' }]))).toBe('light');
  });

  it('blends semi-transparent layers over what is behind them', () => {
    // Half-transparent black over white is mid-grey, lighter than the threshold; over dark grey it is dark.
    expect(pageTheme(page([{ backgroundColor: 'rgba(0, 0, 0, 0.5)' }, { backgroundColor: 'rgb(255, 255, 255)' }]))).toBe('light');
    expect(pageTheme(page([{ backgroundColor: 'rgba(0, 0, 0, 0.5)' }, { backgroundColor: 'rgb(60, 60, 60)' }]))).toBe('dark');
    expect(pageTheme(page([{ backgroundColor: 'rgba(0, 0, 0, 0.9)' }, {}]))).toBe('dark');
  });

  it('takes light text on no background for a dark page (its background is an image)', () => {
    expect(pageTheme(page([{ color: 'rgb(230, 230, 230)' }, {}]))).toBe('dark');
    expect(pageTheme(page([{ color: 'rgb(40, 40, 40)' }, {}]))).toBe('light');
  });

  it('falls back on the page’s color-scheme, and the system’s where the page accepts both', () => {
    expect(pageTheme(page([{}, { colorScheme: 'dark' }]))).toBe('dark');
    expect(pageTheme(page([{}, { colorScheme: 'light dark' }], true))).toBe('dark');
    expect(pageTheme(page([{}, { colorScheme: 'light dark' }], false))).toBe('light');
    expect(pageTheme(page([{}, {}], true))).toBe('light');
  });

  it('splits where white and black text contrast equally with the background', () => {
    expect(DARK_BELOW).toBeCloseTo(0.179, 3);
  });
});
