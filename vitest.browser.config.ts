import { defineConfig } from 'vitest/config';

/** Browser tests: Node drives Debian Chromium (playwright-core) against the built app. */
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    globalSetup: ['tests/browser/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
