import { defineConfig } from 'vitest/config';

/** Browser tests: Node drives Debian Chromium (playwright-core) against the built app. */
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    globalSetup: ['tests/browser/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    // expect.poll waits for a condition; its default second is less than a loaded CI machine can take
    // to bring deck.gl or a basemap in (a poll for deck.gl's layers timed out so in a CI run).
    expect: { poll: { timeout: 15_000 } },
  },
});
