// What the settings page needs from the browser, behind one interface so the
// page can be rendered in tests without an extension around it.
import { browser } from 'wxt/browser';
import type { Request } from '../../lib/messages';

export interface Shortcut {
  /** The command's name in the manifest (`toggle-highlights`). */
  name: string;
  /** As the browser shows it (`Alt+Shift+H`); empty when the reader removed it. */
  keys: string;
  /** The manifest's description, for a command the page has no words of its own for. */
  description: string;
}

export interface OptionsHost {
  /** Sends a request to the background; the reply is unchecked (the caller parses it). */
  send(request: Request): Promise<unknown>;
  /** The keyboard commands and the keys the reader has for them now. */
  shortcuts(): Promise<Shortcut[]>;
  /** Opens the browser's own page for changing extension shortcuts; null where the browser has none to open. */
  openShortcutSettings: (() => Promise<void>) | null;
}

/** Firefox 137 and later; Firefox ESR 128 and Chrome lack it. */
type FirefoxCommands = { openShortcutSettings?: () => Promise<void> };

function shortcutPage(): (() => Promise<void>) | null {
  const commands = browser.commands as unknown as FirefoxCommands;
  if (typeof commands.openShortcutSettings === 'function') return () => commands.openShortcutSettings!();
  // Chrome lets an extension page open its shortcut page in a tab (a link to chrome:// does nothing).
  if (import.meta.env.BROWSER === 'chrome') return async () => void (await browser.tabs.create({ url: 'chrome://extensions/shortcuts' }));
  return null;
}

export const browserHost: OptionsHost = {
  send: (request) => browser.runtime.sendMessage(request),
  async shortcuts() {
    const commands = await browser.commands.getAll();
    return commands.map((c) => ({ name: c.name ?? '', keys: c.shortcut ?? '', description: c.description ?? '' }));
  },
  openShortcutSettings: shortcutPage(),
};
