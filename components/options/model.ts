// What the settings page computes, kept apart from rendering.
import type { MentionKind } from '../../lib/extract/schema';

/** The text each kind's preview shows (made up, as printed in Chinese news). */
export const PREVIEW_TEXT: Readonly<Record<MentionKind, string>> = {
  official: '市长王建平',
  person: '记者李晓梅',
  amount: '50亿元',
  slogan: '“放管服”',
};

/**
 * The site a reader typed: a host name (`news.example.com`) or any address on
 * it (`https://news.example.com/a/1.html`), as Tifa names sites (lower case,
 * internationalized names in their ASCII form). Null for anything else.
 */
export function siteFromInput(text: string): string | null {
  const typed = text.trim();
  if (!typed || /\s/.test(typed)) return null;
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(typed) ? typed : `http://${typed}`);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    const host = url.hostname.toLowerCase();
    // A name with a dot, or a bare name a local network may use (localhost).
    return /^[a-z0-9.-]+$|^\[[0-9a-f:.]+\]$/.test(host) && (host.includes('.') || host.startsWith('[') || host === 'localhost') ? host : null;
  } catch {
    return null;
  }
}

/** `Alt+Shift+K` for a key the page listens for itself. */
export function keysOf(shortcut: { altKey: boolean; shiftKey: boolean; code: string }): string {
  const key = shortcut.code.replace(/^Key|^Digit/, '');
  return [shortcut.altKey && 'Alt', shortcut.shiftKey && 'Shift', key].filter(Boolean).join('+');
}
