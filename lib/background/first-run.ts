// The first-run page (entrypoints/welcome/), opened once when Tifa is installed:
// not on an update, nor when the browser restarts.
import { browser } from 'wxt/browser';

export function openWelcomeOnInstall(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });
}
