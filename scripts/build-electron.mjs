// Bundles the main process and the preload into dist-electron/. Silent on success.
// The sandboxed preload can require only 'electron', so its bundle must hold everything else;
// better-sqlite3 stays external because it loads a native addon at run time.
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  logLevel: 'warning',
  absWorkingDir: root,
};

try {
  await Promise.all([
    build({
      ...common,
      entryPoints: ['electron/main/index.ts'],
      outfile: 'dist-electron/main.cjs',
      external: ['electron', 'better-sqlite3'],
    }),
    build({
      ...common,
      entryPoints: ['electron/preload/index.ts'],
      outfile: 'dist-electron/preload.cjs',
      external: ['electron'],
    }),
  ]);
} catch {
  // esbuild has already printed the errors.
  process.exitCode = 1;
}
