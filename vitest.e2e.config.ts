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
    // One Chromium per file, two files at a time: the tests spend much of their time waiting for
    // frames and polls (fresh-clone CI here: 312 s two at a time against 414 s one at a time).
    fileParallelism: true,
    maxWorkers: 2,
  },
});
