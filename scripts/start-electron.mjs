// Starts the desktop app with the Electron binary. The electron package fetches its runtime
// lazily; where it is missing, this tries that download once (quietly) and, if the machine
// cannot reach it, says so in one sentence instead of a stack trace. The database engine is
// prepared for Electron's ABI into native/electron, checked against its pinned digests (see
// ensureNativeAddon); a missing pin, a failed download or a differing file is one sentence too.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AddonError, prepareAddon, projectTarget } from './native-addon.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const NOT_INSTALLED =
  'ASOEN Desk cannot open its desktop window here because the Electron runtime is not installed and could not be downloaded on this machine; run `npm run web` to use the app in your browser instead.';
const DOWNLOAD_TIMEOUT_MS = 15 * 60 * 1000;

function packageDirOf(name) {
  try {
    return path.dirname(createRequire(path.join(root, 'package.json')).resolve(`${name}/package.json`));
  } catch {
    return null;
  }
}

/** The same lookup as the electron package's index.js, minus its download fallback. */
function electronBinary() {
  const packageDir = packageDirOf('electron');
  if (!packageDir) return null;
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

/** Runs the electron package's own installer once; true if it fetched the runtime. */
function downloadElectron() {
  const packageDir = packageDirOf('electron');
  if (!packageDir || !existsSync(path.join(packageDir, 'install.js'))) return false;
  const r = spawnSync(process.execPath, [path.join(packageDir, 'install.js')], { cwd: packageDir, stdio: 'pipe', timeout: DOWNLOAD_TIMEOUT_MS });
  return r.status === 0;
}

/**
 * better-sqlite3 in node_modules is built for Node (the tests use it). Electron needs a build for
 * its own ABI: downloaded into native/electron and used only if its digests match the ones pinned
 * in native/electron-addon.lock.json (scripts/native-addon.mjs). electron/main passes it to
 * better-sqlite3 as nativeBinding. Returns null, or the one-sentence reason it cannot.
 */
async function ensureNativeAddon() {
  try {
    await prepareAddon({ root, target: projectTarget(root) });
    return null;
  } catch (err) {
    if (err instanceof AddonError) return err.message;
    return `its database engine could not be prepared for Electron on this machine (${err?.message ?? err})`;
  }
}

let binary = electronBinary();
if (!binary && downloadElectron()) binary = electronBinary();
if (!binary) stop(NOT_INSTALLED);
const nativeProblem = await ensureNativeAddon();
if (nativeProblem) stop(`ASOEN Desk cannot open its desktop window here because ${nativeProblem}; run \`npm run web\` to use the app in your browser instead.`);
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
