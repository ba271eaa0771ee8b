import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'rules/**/*.test.ts'],
    // Property tests run many cases; keep the default timeout generous but finite.
    testTimeout: 60_000,
  },
});
