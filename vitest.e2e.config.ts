import { defineConfig } from 'vitest/config';

// Browser tests: the built renderer served by the real web server, driven in Debian's
// Chromium through playwright-core. One file at a time: each starts its own server.
// Every timeout of the browser tests is here; no file sets its own.
export default defineConfig({
  test: {
    globals: true,
    environment: 'node',
    include: ['tests/e2e/**/*.test.ts'],
    // The longest test times the 100,000-row desk (tests/e2e/actionItems.test.ts): a cold
    // server's first page, a filter and the next page, then axe over 50 rows.
    testTimeout: 90_000,
    // The longest hook builds that desk (migrations, the sample, 100,000 rows set-based: 8 s on an
    // idle machine, much longer on a busy one); the others start a server and Chromium.
    hookTimeout: 150_000,
    fileParallelism: false,
    // A browser, a server and a database share two CPUs on CI: a screen that updates after a
    // debounce and three round trips can take more than expect.poll's default second there.
    // The longest wait is the integrity check a job worker runs after start-up (Settings), and
    // the toasts that close on their own. Waiting longer changes nothing on a fast machine
    // (polls end as soon as they hold).
    expect: { poll: { timeout: 15_000 } },
  },
});
