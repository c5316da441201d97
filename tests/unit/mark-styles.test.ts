// The marks' palette: the colour arithmetic it is checked with (CIEDE2000
// against its published test data, the colour-vision simulation against what
// protanopes and deuteranopes are known to confuse), the default marks kept
// apart by line and by colour for readers with normal and dichromatic vision
// on light and dark pages, the contrast of every colour with its pages, and
// highlight.css as markStyleSheet() writes it.
import { describe, expect, it } from 'vitest';
import { contrast, deltaE2000, type Lab, luminance, parseCssColour, parseHex, toHex, toLab } from '../../lib/dom/colour';
import { type Deficiency, simulate } from '../../lib/dom/colour-vision';
import { DEFAULT_MARKS, highlightName, isDefaultLook, markLook, markRule, markStyleSheet, PALETTE, THEMES } from '../../lib/dom/mark-styles';
import { MentionKindSchema } from '../../lib/extract/schema';
import { MarkColourSchema, MarkLineSchema } from '../../lib/messages';

/**
 * The least CIEDE2000 difference between any two default colours, as seen
 * with normal vision and in each simulation. On the usual reading of the
 * scale, 1 is a just-noticeable difference between large patches side by side
 * and above 10 two colours read as different colours at a glance. Marks are
 * lines 1.5–3 px thick, and the difference needed to tell colours apart grows
 * as marks get smaller (Stone, Szafir and Setlur 2014, "An Engineering Model
 * for Color Difference as a Function of Size"), so twice that: 20. Colour is
 * never the only cue anyway: each default kind has a line of its own shape.
 */
const MIN_DELTA_E = 20;
/** WCAG 2.x's minimum contrast for graphics (success criterion 1.4.11). */
const MIN_CONTRAST = 3;
const PAGES = { light: ['#ffffff', '#f5efe0'], dark: ['#000000', '#121212', '#2b2b2b'] } as const;

const lab = (hex: string, vision: Deficiency | 'normal'): Lab => {
  const rgb = parseHex(hex);
  return toLab(vision === 'normal' ? rgb : simulate(rgb, vision));
};
const KINDS = MentionKindSchema.options;

describe('CIEDE2000', () => {
  // Sharma, Wu and Dalal (2005), "The CIEDE2000 Color-Difference Formula", table 1.
  it.each([
    [{ L: 50, a: 2.6772, b: -79.7751 }, { L: 50, a: 0, b: -82.7485 }, 2.0425],
    [{ L: 50, a: 2.5, b: 0 }, { L: 50, a: 0, b: -2.5 }, 4.3065],
    [{ L: 50, a: 2.5, b: 0 }, { L: 73, a: 25, b: -18 }, 27.1492],
    [{ L: 50, a: 2.5, b: 0 }, { L: 50, a: 3.1736, b: 0.5854 }, 1.0],
    [{ L: 60.2574, a: -34.0099, b: 36.2677 }, { L: 60.4626, a: -34.1751, b: 39.4387 }, 1.2644],
    [{ L: 22.7233, a: 20.0904, b: -46.694 }, { L: 23.0331, a: 14.973, b: -42.5619 }, 2.0373],
    [{ L: 90.9257, a: -0.5406, b: -0.9208 }, { L: 88.6381, a: -0.8985, b: -0.7239 }, 1.5381],
  ])('of %o and %o is %f', (one, two, expected) => {
    expect(deltaE2000(one, two)).toBeCloseTo(expected, 4);
    expect(deltaE2000(two, one)).toBeCloseTo(expected, 4);
  });

  it('reads CSS colours as the browser computes them', () => {
    expect(parseCssColour('rgb(18, 18, 18)')).toEqual({ r: 18, g: 18, b: 18, alpha: 1 });
    expect(parseCssColour('rgba(0, 0, 0, 0)')).toEqual({ r: 0, g: 0, b: 0, alpha: 0 });
    expect(parseCssColour('rgb(255 255 255 / 50%)')).toEqual({ r: 255, g: 255, b: 255, alpha: 0.5 });
    expect(parseCssColour('color(srgb 1 0 0)')).toBeNull();
    expect(() => parseHex('red')).toThrow(/not a #rrggbb colour/);
  });
});

describe('the colour-vision simulation (Machado et al. 2009)', () => {
  it('leaves greys as they are', () => {
    for (const grey of ['#000000', '#808080', '#ffffff']) {
      for (const deficiency of ['protanopia', 'deuteranopia'] as const) expect(toHex(simulate(parseHex(grey), deficiency))).toBe(grey);
    }
  });

  it('makes crimson and forest green look alike to deuteranopes, not to others', () => {
    const difference = (vision: Deficiency | 'normal') => deltaE2000(lab('#dc143c', vision), lab('#228b22', vision));
    expect(difference('normal')).toBeGreaterThan(70);
    expect(difference('deuteranopia')).toBeLessThan(5);
  });

  it('darkens red for protanopes, who lack the long-wave cones, more than for deuteranopes', () => {
    const red = parseHex('#ff0000');
    expect(luminance(simulate(red, 'protanopia'))).toBeLessThan(luminance(simulate(red, 'deuteranopia')) / 2);
  });
});

describe('the default marks', () => {
  it('give each kind a line of its own shape', () => {
    expect(new Set(KINDS.map((k) => DEFAULT_MARKS[k].line)).size).toBe(KINDS.length);
    expect(KINDS.every((k) => DEFAULT_MARKS[k].shown)).toBe(true);
  });

  for (const theme of THEMES) {
    it.each(['normal', 'protanopia', 'deuteranopia'] as const)(`stay apart on ${theme} pages with %s vision`, (vision) => {
      const pairs: string[] = [];
      for (const [i, a] of KINDS.entries()) {
        for (const b of KINDS.slice(i + 1)) {
          const difference = deltaE2000(lab(PALETTE[DEFAULT_MARKS[a].colour][theme], vision), lab(PALETTE[DEFAULT_MARKS[b].colour][theme], vision));
          pairs.push(`${a}/${b} ${difference.toFixed(1)}`);
          expect(difference, pairs.join(', ')).toBeGreaterThanOrEqual(MIN_DELTA_E);
        }
      }
      console.log(`${theme} pages, ${vision}: ${pairs.join(', ')}`);
    });
  }
});

describe('the palette', () => {
  it.each(THEMES)('contrasts at least 3:1 with %s pages', (theme) => {
    for (const colour of MarkColourSchema.options) {
      for (const page of PAGES[theme]) {
        const ratio = contrast(parseHex(PALETTE[colour][theme]), parseHex(page));
        expect(ratio, `${colour} on ${page}`).toBeGreaterThanOrEqual(MIN_CONTRAST);
      }
    }
  });
});

describe('highlight.css', () => {
  it('is what markStyleSheet() writes', async () => {
    await expect(markStyleSheet()).toMatchFileSnapshot('../../lib/dom/highlight.css');
  });

  it('holds the rules of the default looks only, light and dark, as few rules as there are kinds and themes', () => {
    const rules = markStyleSheet().split('\n').filter((line) => line.startsWith('::highlight('));
    expect(rules).toEqual(THEMES.flatMap((theme) => KINDS.map((kind) => markRule(kind, DEFAULT_MARKS[kind], theme))));
    expect(rules[0]).toBe('::highlight(tifa-official-thick-red-light) { background-color: rgb(178 74 1 / 0.12); text-decoration: underline solid 3px #b24a01; }');
  });

  it('leaves every other look to a rule of its own, named as the painter registers it', () => {
    for (const theme of THEMES) {
      for (const line of MarkLineSchema.options) {
        for (const colour of MarkColourSchema.options) {
          for (const kind of KINDS) {
            const style = { line, colour };
            expect(isDefaultLook(kind, style)).toBe(line === DEFAULT_MARKS[kind].line && colour === DEFAULT_MARKS[kind].colour);
            expect(markRule(kind, style, theme)).toBe(
              `::highlight(${highlightName(kind, style, theme)}) { background-color: ${markLook(style, theme).backgroundColor}; text-decoration: ${markLook(style, theme).textDecoration}; }`,
            );
          }
        }
      }
    }
    expect(highlightName('amount', { line: 'frame', colour: 'sky' }, 'dark')).toBe('tifa-amount-frame-sky-dark');
    expect(markLook({ line: 'double', colour: 'green' }, 'dark')).toEqual({ textDecoration: 'underline double 3px #5ef0b4', backgroundColor: 'rgb(94 240 180 / 0.24)' });
    expect(markLook({ line: 'frame', colour: 'blue' }, 'light').textDecoration).toBe('underline overline solid 2px #0c86f0');
  });
});
