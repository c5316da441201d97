// Build configuration. The manifest's version comes from package.json (WXT's
// default); icons are picked up from public/icon/<size>.png.
import { defineConfig } from 'wxt';

export default defineConfig({
  // MV3 for Firefox too: one manifest shape for both browsers. WXT turns the
  // background entry into an event page (background.scripts) for Firefox.
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: 'Tifa 提法',
    description: 'Marks officials, amounts and slogans in Chinese news articles, in place. Nothing leaves your machine.',
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
