import { defineConfig } from 'vitest/config';

// One built renderer, one server and one browser for the whole e2e run (see test/e2e/setup.ts);
// files run one after another because they share them.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
