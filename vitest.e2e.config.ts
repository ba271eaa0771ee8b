import { defineConfig } from 'vitest/config';

/**
 * End-to-end tests in real editors (`npm run test:e2e`). Kept out of `npm test` because they need
 * system packages (Debian's `neovim`), which a fresh clone does not have; `.ci/run` installs them.
 */
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    testTimeout: 60_000,
  },
});
