// What the popup needs from the browser, behind one interface so the views can
// be rendered in tests without an extension around them.
import { browser } from 'wxt/browser';
import { watchWriteFailure, type WriteFailureStatus } from '../../lib/db/write-failure';
import type { Request } from '../../lib/messages';

export interface PopupHost {
  /** The address of the active tab in the current window, if it has one. */
  activeTabUrl(): Promise<string | undefined>;
  /** Sends a request to the background; the reply is unchecked (the caller parses it). */
  send(request: Request): Promise<unknown>;
  /** Calls `listener` with the background's last failed history write (undefined: the last write succeeded), now and on each change; returns the unsubscribe. */
  watchWriteFailure(listener: (failure: WriteFailureStatus | undefined) => void): () => void;
}

export const browserHost: PopupHost = {
  async activeTabUrl() {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.url;
  },
  send: (request) => browser.runtime.sendMessage(request),
  watchWriteFailure: (listener) => watchWriteFailure(browser.storage.session, listener),
};
