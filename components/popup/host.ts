// What the popup needs from the browser, behind one interface so the views can
// be rendered in tests without an extension around them.
import { browser } from 'wxt/browser';
import { readWriteFailure, type WriteFailureStatus } from '../../lib/db/write-failure';
import type { Request } from '../../lib/messages';

export interface PopupHost {
  /** The address of the active tab in the current window, if it has one. */
  activeTabUrl(): Promise<string | undefined>;
  /** Sends a request to the background; the reply is unchecked (the caller parses it). */
  send(request: Request): Promise<unknown>;
  /** The background's last failed history write, if the last write failed. */
  lastWriteFailure(): Promise<WriteFailureStatus | undefined>;
}

export const browserHost: PopupHost = {
  async activeTabUrl() {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.url;
  },
  send: (request) => browser.runtime.sendMessage(request),
  lastWriteFailure: async () => readWriteFailure(browser.storage.session),
};
