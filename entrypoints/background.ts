// Service worker (Chrome) / event page (Firefox): loads the content script into
// the pages Tifa works on (lib/background/injection.ts), answers it and the
// popup (lib/background/handler.ts), owns the history database, tells
// open tabs when the settings change, opens the first-run page on install, and
// wires the context menu and the keyboard command (lib/background/browser-ui.ts)
// and the toolbar badge (lib/background/badge.ts).
import { browser } from 'wxt/browser';
import { styleBadge, updateBadge } from '../lib/background/badge';
import { registerBrowserUi } from '../lib/background/browser-ui';
import { loadCorpus } from '../lib/background/corpus';
import { openWelcomeOnInstall } from '../lib/background/first-run';
import { handleMessage } from '../lib/background/handler';
import { injectContentScript, visitOpenTabs } from '../lib/background/injection';
import { loadNameModel } from '../lib/background/name-model';
import { readPage } from '../lib/background/page-reader';
import { tellTabsSettingsChanged } from '../lib/background/settings-broadcast';
import { WriteFailureLog } from '../lib/db/write-failure';

export default defineBackground(() => {
  // Loaded at start-up, so a broken model is reported at once (and the first page waits less).
  void loadNameModel().catch(() => {});
  const context = {
    corpus: loadCorpus,
    nameModel: loadNameModel,
    extensionRoot: browser.runtime.getURL('/'),
    now: Date.now,
    writeFailures: new WriteFailureLog(browser.storage.session),
    // Tabs with Tifa running follow the change; open tabs of a site switched on get it.
    settingsChanged: () => {
      void tellTabsSettingsChanged();
      void visitOpenTabs();
    },
    readPage,
  };
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    void handleMessage(message, sender, context).then((reply) => {
      updateBadge(sender.tab?.id, message, reply);
      sendResponse(reply);
    });
    // Keeps the channel open for the asynchronous reply (Chrome ignores a returned promise).
    return true;
  });
  injectContentScript();
  registerBrowserUi();
  openWelcomeOnInstall();
  styleBadge();
});
