// `npm run native:pin` — for a maintainer, on a machine with the network. For each target
// (platform-arch) it downloads better-sqlite3's Electron build for the installed better-sqlite3
// and Electron, checks that the addon inside was built for Electron's ABI (the ABI is read from
// the file; on this machine's own platform the addon is also loaded under the Electron runtime,
// which must open an in-memory database), and writes the sha256 of the archive and of the addon
// into native/electron-addon.lock.json. Entries for other versions are dropped. Commit the lock.
//
//   npm run native:pin                              the installer targets (linux-x64, win32-x64, darwin-x64, darwin-arm64)
//   npm run native:pin -- --target linux-x64        one target (repeatable)
//   npm run native:pin -- --target linux-x64 --archive FILE
//                                                   an archive fetched by other means (one target)
//   --skip-load                                     do not load the addon under Electron (the ABI is still checked)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  AddonError,
  LOCK_FILE,
  addonAbi,
  archiveName,
  archiveUrl,
  download,
  extractAddon,
  projectTarget,
  sha256,
  targetKey,
} from './native-addon.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const INSTALLER_TARGETS = ['linux-x64', 'win32-x64', 'darwin-x64', 'darwin-arm64'];

function parseArgs(argv) {
  const options = { targets: [], archive: null, skipLoad: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--target') options.targets.push(argv[++i]);
    else if (arg === '--archive') options.archive = argv[++i];
    else if (arg === '--skip-load') options.skipLoad = true;
    else throw new AddonError(`unknown option ${arg} (see the head of scripts/native-pin.mjs)`);
  }
  for (const t of options.targets) {
    if (!/^[a-z0-9]+-[a-z0-9]+$/.test(t ?? '')) throw new AddonError(`--target takes platform-arch, such as linux-x64, not ${t}`);
  }
  if (options.archive && options.targets.length !== 1) throw new AddonError('--archive needs exactly one --target');
  if (options.targets.length === 0) options.targets = INSTALLER_TARGETS;
  return options;
}

/** The Electron runtime of node_modules/electron, if it has been downloaded (npm start does). */
function electronRuntime() {
  const dir = path.join(root, 'node_modules', 'electron');
  const pathFile = path.join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = path.join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

/** Opens an in-memory database with the addon under Electron (as Node); returns what it saw. */
function loadUnderElectron(binary, addon) {
  const work = mkdtempSync(path.join(tmpdir(), 'asoen-pin-'));
  try {
    const file = path.join(work, 'better_sqlite3.node');
    writeFileSync(file, addon);
    const script = `const Database = require(${JSON.stringify(path.join(root, 'node_modules', 'better-sqlite3'))});
const db = new Database(':memory:', { nativeBinding: ${JSON.stringify(file)} });
const { v } = db.prepare('select sqlite_version() as v').get();
db.close();
process.stdout.write(JSON.stringify({ electron: process.versions.electron, modules: process.versions.modules, sqlite: v }));`;
    const r = spawnSync(binary, ['-e', script], { env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' }, encoding: 'utf8', timeout: 60_000 });
    if (r.status !== 0) throw new AddonError(`the addon did not load under Electron (${(r.stderr || r.error?.message || '').trim().split('\n')[0]})`);
    return JSON.parse(r.stdout);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function pin(target, options) {
  const name = archiveName(target);
  const url = archiveUrl(target);
  const archive = options.archive ? readFileSync(options.archive) : await download(url);
  const addon = extractAddon(archive, name);
  const abi = addonAbi(addon);
  if (abi !== target.abi) {
    throw new AddonError(`the addon in ${name} was built for ABI ${abi ?? 'unknown'}, not Electron ${target.electron}'s ABI ${target.abi}, so it is not pinned`);
  }
  let checked = `NODE_MODULE_VERSION ${abi} read from the addon`;
  const here = target.platform === process.platform && target.arch === process.arch;
  if (here && !options.skipLoad) {
    const binary = electronRuntime();
    if (!binary) {
      throw new AddonError(
        'the Electron runtime is not installed, so the addon cannot be loaded under it (run `node node_modules/electron/install.js` first, or pass --skip-load)',
      );
    }
    const seen = loadUnderElectron(binary, addon);
    if (seen.electron !== target.electron || Number(seen.modules) !== target.abi) {
      throw new AddonError(`the runtime that loaded the addon is Electron ${seen.electron} (ABI ${seen.modules}), not ${target.electron} (ABI ${target.abi})`);
    }
    checked += `; loaded under Electron ${seen.electron} on ${process.platform}-${process.arch}, which opened a database (SQLite ${seen.sqlite})`;
  } else {
    checked += here ? '; not loaded under Electron (--skip-load)' : `; not loaded (pinned on ${process.platform}-${process.arch})`;
  }
  return {
    url: options.archive ? `${url} (given as ${path.basename(options.archive)})` : url,
    archive: { name, sha256: sha256(archive), bytes: archive.length },
    addon: { sha256: sha256(addon), bytes: addon.length },
    checked,
  };
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const lockFile = path.join(root, LOCK_FILE);
  let lock = { entries: {} };
  if (existsSync(lockFile)) lock = JSON.parse(readFileSync(lockFile, 'utf8'));
  const current = projectTarget(root);
  const prefix = `better-sqlite3@${current.betterSqlite3} electron@${current.electron} abi${current.abi} `;
  const entries = Object.fromEntries(Object.entries(lock.entries ?? {}).filter(([key]) => key.startsWith(prefix)));
  for (const t of options.targets) {
    const [platform, arch] = t.split('-');
    const target = { ...current, platform, arch };
    const entry = await pin(target, options);
    entries[targetKey(target)] = entry;
    process.stdout.write(`pinned ${targetKey(target)}: addon ${entry.addon.sha256} (${entry.checked})\n`);
  }
  const sorted = Object.fromEntries(Object.entries(entries).sort(([a], [b]) => a.localeCompare(b)));
  const temp = `${lockFile}.${process.pid}.tmp`;
  writeFileSync(temp, `${JSON.stringify({ ...lock, entries: sorted }, null, 2)}\n`);
  renameSync(temp, lockFile);
  process.stdout.write(`wrote ${LOCK_FILE.split(path.sep).join('/')}; commit it.\n`);
}

try {
  await main();
} catch (err) {
  process.stderr.write(`npm run native:pin refused: ${err instanceof AddonError ? err.message : (err?.message ?? String(err))}.\n`);
  process.exitCode = 1;
}
