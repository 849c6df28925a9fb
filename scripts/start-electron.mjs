// Starts the desktop app with the Electron binary. The electron package fetches its runtime
// lazily; where it is missing, this tries that download once (quietly) and, if the machine
// cannot reach it, says so in one sentence instead of a stack trace. The database engine is
// prepared for Electron's ABI into native/electron the same way (see ensureNativeAddon).
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const NOT_INSTALLED =
  'ASOEN Desk cannot open its desktop window here because the Electron runtime is not installed and could not be downloaded on this machine; run `npm run web` to use the app in your browser instead.';
const NO_NATIVE =
  'ASOEN Desk cannot open its desktop window here because its database engine could not be prepared for Electron on this machine (the download failed); run `npm run web` to use the app in your browser instead.';
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
 * its own ABI: fetched here with better-sqlite3's prebuild-install into native/electron, from a
 * temporary copy of the package so the Node build is never touched. electron/main passes it to
 * better-sqlite3 as nativeBinding.
 */
function ensureNativeAddon() {
  const target = path.join(root, 'native', 'electron', 'better_sqlite3.node');
  if (existsSync(target)) return true;
  const sqliteDir = packageDirOf('better-sqlite3');
  const prebuild = packageDirOf('prebuild-install');
  const electronDir = packageDirOf('electron');
  if (!sqliteDir || !prebuild || !electronDir) return false;
  const version = JSON.parse(readFileSync(path.join(electronDir, 'package.json'), 'utf8')).version;
  const work = mkdtempSync(path.join(tmpdir(), 'asoen-native-'));
  try {
    cpSync(path.join(sqliteDir, 'package.json'), path.join(work, 'package.json'));
    const r = spawnSync(process.execPath, [path.join(prebuild, 'bin.js'), '--runtime', 'electron', '--target', version], {
      cwd: work,
      stdio: 'pipe',
      timeout: DOWNLOAD_TIMEOUT_MS,
    });
    const built = path.join(work, 'build', 'Release', 'better_sqlite3.node');
    if (r.status !== 0 || !existsSync(built)) return false;
    mkdirSync(path.dirname(target), { recursive: true });
    copyFileSync(built, target);
    return true;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

let binary = electronBinary();
if (!binary && downloadElectron()) binary = electronBinary();
if (!binary) stop(NOT_INSTALLED);
if (!ensureNativeAddon()) stop(NO_NATIVE);
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
