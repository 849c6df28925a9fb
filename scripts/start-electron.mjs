// Starts the desktop app with the locally installed Electron binary, never triggering the
// download that `require('electron')` would attempt: that download cannot work on these machines.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const NOT_INSTALLED =
  'ASOEN Desk cannot open its desktop window here because the Electron runtime is not installed on this machine (it cannot be downloaded); run `npm run web` to use the app in your browser instead.';

/** The same lookup as the electron package's index.js, minus its download fallback. */
function electronBinary() {
  let packageDir;
  try {
    packageDir = path.dirname(createRequire(path.join(root, 'package.json')).resolve('electron/package.json'));
  } catch {
    return null;
  }
  const pathFile = path.join(packageDir, 'path.txt');
  const name = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (!name && !override) return null;
  const binary = override ? path.join(override, name || 'electron') : path.join(packageDir, 'dist', name);
  return existsSync(binary) ? binary : null;
}

function stop(message) {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

const binary = electronBinary();
if (!binary) stop(NOT_INSTALLED);
if (!existsSync(path.join(root, 'dist-electron', 'main.cjs'))) {
  stop('ASOEN Desk has not been built yet; run `npm start` (which builds it first) or `npm run build`.');
}

const env = { ...process.env };
// Set by some editors' terminals; it would make Electron behave as plain Node.
delete env.ELECTRON_RUN_AS_NODE;

const child = spawn(binary, [root], { cwd: root, env, stdio: 'inherit', windowsHide: false });
child.on('error', (err) => stop(`ASOEN Desk could not start Electron (${binary}): ${err.message}`));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => child.kill(signal));
}
