// How marks look. Each kind is drawn with a line of its own shape (thick,
// double, dotted, wavy, a frame of lines above and below) and a colour of the
// palette, in a variant for light pages and one for dark pages. Every look has
// its own highlight name, `tifa-<kind>-<line>-<colour>-<theme>`: restyling a
// page is registering a kind's Highlight under another name.
//
// Only the default looks have rules in highlight.css (markStyleSheet(),
// checked against the file by tests/unit/mark-styles.test.ts), which the
// browser matches against every element of every page: each ::highlight()
// rule costs every style recalculation about 18 ns per element (25 000
// elements: 4 rules 50 ms, 240 rules 170 ms in Chromium). A look the reader
// chose gets its rule on the page that shows it (mark-sheet.ts).
import type { MentionKind } from '../extract/schema';
import type { MarkColour, Marks, MarkStyle } from '../messages';
import { parseHex } from './colour';
import type { PageTheme } from './page-theme';

export const THEMES: readonly PageTheme[] = ['light', 'dark'];

/**
 * Based on Okabe and Ito's palette for colour-blind readers. The light
 * variants contrast at least 3:1 with white and sepia pages, the dark ones
 * with near-black pages (WCAG's minimum for graphics); the four defaults stay
 * apart in protanopia and deuteranopia simulations
 * (tests/unit/mark-styles.test.ts).
 */
export const PALETTE: Readonly<Record<MarkColour, Record<PageTheme, string>>> = {
  red: { light: '#b24a01', dark: '#e0782a' },
  orange: { light: '#a86b00', dark: '#e69f00' },
  green: { light: '#1f9474', dark: '#5ef0b4' },
  blue: { light: '#0c86f0', dark: '#28d2ff' },
  sky: { light: '#2c7fb8', dark: '#9adcff' },
  purple: { light: '#951071', dark: '#c07896' },
};

/** Officials a thick red line, people dotted blue, amounts double green, slogans wavy purple. */
export const DEFAULT_MARKS: Marks = {
  official: { shown: true, line: 'thick', colour: 'red' },
  person: { shown: true, line: 'dotted', colour: 'blue' },
  amount: { shown: true, line: 'double', colour: 'green' },
  slogan: { shown: true, line: 'wavy', colour: 'purple' },
};

const DECORATION: Readonly<Record<MarkStyle['line'], string>> = {
  thick: 'underline solid 3px',
  double: 'underline double 3px',
  dotted: 'underline dotted 3px',
  wavy: 'underline wavy 1.5px',
  frame: 'underline overline solid 2px',
};

// A tint behind the text, so a mark shows even where a line is hard to see; stronger on dark pages.
const TINT: Readonly<Record<PageTheme, number>> = { light: 0.12, dark: 0.24 };

/** The CSS a mark of this style gets on a page of this theme (also the settings page's previews). */
export function markLook(style: Pick<MarkStyle, 'line' | 'colour'>, theme: PageTheme): { textDecoration: string; backgroundColor: string } {
  const hex = PALETTE[style.colour][theme];
  const { r, g, b } = parseHex(hex);
  return { textDecoration: `${DECORATION[style.line]} ${hex}`, backgroundColor: `rgb(${r} ${g} ${b} / ${TINT[theme]})` };
}

export const highlightName = (kind: MentionKind, style: Pick<MarkStyle, 'line' | 'colour'>, theme: PageTheme): string =>
  `tifa-${kind}-${style.line}-${style.colour}-${theme}`;

const KINDS = Object.keys(DEFAULT_MARKS) as MentionKind[];

/** The rule that draws a kind's marks in this look. */
export function markRule(kind: MentionKind, style: Pick<MarkStyle, 'line' | 'colour'>, theme: PageTheme): string {
  const look = markLook(style, theme);
  return `::highlight(${highlightName(kind, style, theme)}) { background-color: ${look.backgroundColor}; text-decoration: ${look.textDecoration}; }`;
}

/** Whether highlight.css has the rule for this look: the kind's default line and colour. */
export const isDefaultLook = (kind: MentionKind, style: Pick<MarkStyle, 'line' | 'colour'>): boolean =>
  style.line === DEFAULT_MARKS[kind].line && style.colour === DEFAULT_MARKS[kind].colour;

/** highlight.css: the rules of the default looks, on light and dark pages. */
export function markStyleSheet(): string {
  const rules = THEMES.flatMap((theme) => KINDS.map((kind) => markRule(kind, DEFAULT_MARKS[kind], theme)));
  return `/* Generated from lib/dom/mark-styles.ts (markStyleSheet); \`npx vitest run -u tests/unit/mark-styles.test.ts\` writes it again. */\n${rules.join('\n')}\n`;
}
