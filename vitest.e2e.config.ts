// The end-to-end suite: Chromium with the built extension (`npm run build`
// first). One browser at a time: each spec file starts its own profiles, and
// two cores cannot run several Chromiums and stay fair to their timeouts.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // extract() needs the name model installed (lib/extract/name-model/current.ts).
    setupFiles: ['tests/support/name-model.ts'],
    include: ['tests/e2e/**/*.e2e.ts'],
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 90_000,
    hookTimeout: 60_000,
  },
});
