import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // extract() needs the name model installed (lib/extract/name-model/current.ts).
    setupFiles: ['tests/support/name-model.ts'],
    include: ['tests/**/*.test.ts'],
    // Benchmarks print figures and never fail; they run with `npm run bench`.
    exclude: ['tests/bench/**', 'node_modules/**'],
    // The CLI tests start `tsx` as a child process, about a second each.
    testTimeout: 30_000,
  },
});
