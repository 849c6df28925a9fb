import { defineConfig } from 'vitest/config';

// Browser tests: the built renderer served by the real web server, driven in Debian's
// Chromium through playwright-core. One file at a time: each starts its own server.
export default defineConfig({
  test: {
    globals: true,
    environment: 'node',
    include: ['tests/e2e/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    // A browser, a server and a database share two CPUs on CI: a screen that updates after a
    // debounce and three round trips can take more than expect.poll's default second there.
    // Waiting longer changes nothing on a fast machine (polls end as soon as they hold).
    expect: { poll: { timeout: 8_000 } },
  },
});
