// Build configuration. The manifest's version comes from package.json (WXT's
// default); icons are picked up from public/icon/<size>.png.
import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import { buildCorpusIndex } from './lib/corpus/build';
import { readSeeds } from './lib/corpus/seeds';
import { installNameModel } from './lib/extract/name-model/current';
import { MODEL_PATH, readNameModel } from './lib/extract/name-model/node';

export default defineConfig({
  // The corpus index: built from seeds/ at build time and shipped as
  // corpus.json, which the background fetches (the content script never does).
  // The name model ships as person-names.bin, read by the background only; a
  // missing or corrupt model fails the build here, with the reason.
  hooks: {
    'prepare:publicPaths': (_wxt, paths) => {
      paths.push('/corpus.json', '/person-names.bin');
    },
    'build:publicAssets': (wxt, files) => {
      installNameModel(readNameModel());
      files.push({ absoluteSrc: MODEL_PATH, relativeDest: 'person-names.bin' });
      const index = buildCorpusIndex(readSeeds(resolve(wxt.config.root, 'seeds')));
      files.push({ relativeDest: 'corpus.json', contents: JSON.stringify(index) });
    },
  },
  // MV3 for Firefox too: one manifest shape for both browsers. WXT turns the
  // background entry into an event page (background.scripts) for Firefox.
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: 'Tifa 提法',
    description: 'Marks officials, amounts and slogans in Chinese news articles, in place. Nothing leaves your machine.',
    // The least that works (README, "Permissions"): activeTab lets the popup read the
    // current tab's site for its on/off switch; contextMenus adds "Look up in Tifa";
    // storage keeps the last failed history write where the popup can read it;
    // webNavigation and scripting let the background load the content script
    // into the pages Tifa works on, with the host permissions of http and https
    // pages (WXT adds them from the content script's matches).
    // offscreen (Chrome): a document with a DOMParser, where the article is found off the page's main thread.
    permissions: ['activeTab', 'contextMenus', 'storage', 'scripting', 'webNavigation', ...(browser === 'chrome' ? ['offscreen'] : [])],
    // The marks' style sheet on every page, applied before it is first styled:
    // a style sheet alone costs the page no script world (lib/background/injection.ts).
    content_scripts: [{ matches: ['http://*/*', 'https://*/*'], css: ['content-scripts/content.css'] }],
    // The card's code, which the session imports when a card first opens.
    web_accessible_resources: [{ resources: ['card.js'], matches: ['http://*/*', 'https://*/*'] }],
    commands: {
      'toggle-highlights': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: 'Show or hide Tifa’s marks',
      },
    },
    // Only Firefox reads this key; Chrome would flag it as unrecognized.
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          // MV3 add-ons need a stable id (storage, signing).
          id: 'tifa@tifa.invalid',
          // 140 (ESR) is the first to read data_collection_permissions, by
          // which Firefox asks every new add-on to declare what it collects.
          strict_min_version: '140.0',
          data_collection_permissions: { required: ['none'] },
        },
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
});
