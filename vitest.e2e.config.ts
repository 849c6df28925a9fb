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
  },
});
