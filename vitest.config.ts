import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'rules/**/*.test.ts'],
    // Real-editor tests need system packages (Neovim): `npm run test:e2e`, see vitest.e2e.config.ts.
    exclude: [...configDefaults.exclude, 'test/e2e/**'],
    // Every property test takes its run count from here (`REQLINT_PROPERTY_RUNS`).
    setupFiles: ['test/setup/property-runs.ts'],
    // Test files share a worker's module cache instead of importing the engine, the SDKs and ESLint
    // again for each of ~100 files: a third of the CPU time. Tests that stub globals restore them.
    isolate: false,
    // The thorough tier runs property tests hundreds of times: generous, but finite.
    testTimeout: 120_000,
  },
});
