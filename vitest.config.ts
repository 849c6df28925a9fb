import { availableParallelism } from 'node:os';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// `npm test` runs the Node suites (unit, db, ipc) and the renderer suites in jsdom.
// The browser suites (tests/e2e) have their own config: `npm run test:e2e`.
export default defineConfig({
  plugins: [react()],
  test: {
    globals: true,
    // vitest's default is one worker per CPU but one, so a two-CPU machine (CI) ran every file
    // in turn: 354 s. Two workers there: 267 s (much of a file's time is waiting on workers,
    // timers and a page's renders).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // Long enough for the tests that run jobs on the worker pool (exports, backups, integrity
    // checks, checkpoints) and the screens that wait for them, on two busy CPUs; the few that
    // need longer (a whole export of a large desk) say so themselves.
    testTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts', 'tests/db/**/*.test.ts', 'tests/ipc/**/*.test.ts', 'tests/packaging/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['tests/renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/helpers/jsdom-setup.ts'],
        },
      },
    ],
  },
});
