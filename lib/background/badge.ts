// The toolbar badge: how many officials Tifa marked on the tab. Read from the
// background's own replies, so a page cannot set it: a page-start clears it
// until the new article is read, an extraction (or a reading that carries
// one) sets it, a refusal clears it.
import { browser } from 'wxt/browser';
import type { Reply } from './handler';

const MAX = 999;

/** The badge a reply calls for: a count, '' to clear it, undefined to leave it. */
export function badgeText(message: unknown, reply: Reply): string | undefined {
  const type = typeof message === 'object' && message !== null && 'type' in message ? message.type : undefined;
  if (type === 'page-start') return '';
  if (type !== 'read-page' && type !== 'extract') return undefined;
  // A page's reading carries what was found in its text, when the article was read.
  const found = 'extraction' in reply ? reply.extraction : 'persons' in reply ? reply : undefined;
  if (!found) return '';
  const officials = found.persons.filter((p) => p.role === 'official').length;
  return officials === 0 ? '' : officials > MAX ? `${MAX}+` : String(officials);
}

export function updateBadge(tabId: number | undefined, message: unknown, reply: Reply): void {
  const text = badgeText(message, reply);
  if (tabId === undefined || text === undefined) return;
  // The tab may have closed meanwhile.
  browser.action.setBadgeText({ tabId, text }).catch(() => {});
}

/** The badge's colour: the officials' mark colour. */
export function styleBadge(): void {
  void browser.action.setBadgeBackgroundColor({ color: '#b3261e' }).catch(() => {});
}
