import { defineConfig } from 'vitest/config';

/**
 * End-to-end tests in real editors, browsers and runtimes (`npm run test:e2e`): Neovim, Chromium, workerd,
 * Deno and Vercel's edge runtime. Kept out of `npm test` because they need system packages (Debian's
 * `neovim` and `chromium`), which a fresh clone does not have, and the built package; `.ci/run` provides both.
 */
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    testTimeout: 60_000,
  },
});
