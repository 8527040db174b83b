import { defineConfig } from 'vitest/config';

/** Browser tests: the built app (dist/) served on 127.0.0.1, driven by playwright-core in Debian's Chromium. */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/globalSetup.ts'],
    testTimeout: 60_000,
    // CI shares two cores with Chromium and the preview server: a view can take seconds to appear.
    expect: { poll: { timeout: 10_000 } },
    hookTimeout: 60_000,
    // One Chromium per file; two cores here, so run files one after another (two at a time took
    // longer in CI: 312 s against about 270, each browser slowing the other).
    fileParallelism: false,
  },
});
