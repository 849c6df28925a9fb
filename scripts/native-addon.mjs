// The database engine built for Electron: better-sqlite3's native addon for Electron's ABI, kept in
// native/electron/better_sqlite3.node (node_modules keeps the Node build that the tests use). It is
// downloaded from better-sqlite3's releases, and trusted only if its digests match the ones pinned
// in native/electron-addon.lock.json, one entry per better-sqlite3 version × Electron version/ABI ×
// platform × arch. `npm run native:pin` (scripts/native-pin.mjs) writes the entries on a machine
// with the network; `npm start`, `npm run dist` and the packaging hook (scripts/after-pack.mjs)
// verify against them and refuse, in one sentence, a file that differs or a target with no entry.
// Plain Node, no dependencies: everything here but the download is tested offline.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

export const LOCK_FILE = path.join('native', 'electron-addon.lock.json');
export const ADDON_FILE = path.join('native', 'electron', 'better_sqlite3.node');
const DOWNLOAD_TIMEOUT_MS = 10 * 60 * 1000;

/** A refusal: its message is one sentence (no final period) that callers wrap in their own. */
export class AddonError extends Error {
  constructor(message) {
    super(message);
    this.name = 'AddonError';
  }
}

export const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

/** What one addon is built for. */
export function targetKey(t) {
  return `better-sqlite3@${t.betterSqlite3} electron@${t.electron} abi${t.abi} ${t.platform}-${t.arch}`;
}

const describe = (t) => `better-sqlite3 ${t.betterSqlite3} for Electron ${t.electron} (ABI ${t.abi}) on ${t.platform}-${t.arch}`;

/** The target for this project's installed better-sqlite3 and Electron, for a platform and arch. */
export function projectTarget(root, platform = process.platform, arch = process.arch) {
  const read = (file) => {
    try {
      return readFileSync(path.join(root, 'node_modules', file), 'utf8');
    } catch {
      throw new AddonError(`node_modules/${file} cannot be read, so the database engine for Electron cannot be chosen (run \`npm install\` first)`);
    }
  };
  const abi = Number.parseInt(read('electron/abi_version').trim(), 10);
  if (!Number.isInteger(abi)) throw new AddonError('node_modules/electron/abi_version does not hold an ABI number');
  return {
    betterSqlite3: JSON.parse(read('better-sqlite3/package.json')).version,
    electron: JSON.parse(read('electron/package.json')).version,
    abi,
    platform,
    arch,
  };
}

/** The release asset prebuild-install would fetch (and its mirror, npm_config_better_sqlite3_binary_host). */
export function archiveName(t) {
  return `better-sqlite3-v${t.betterSqlite3}-electron-v${t.abi}-${t.platform}-${t.arch}.tar.gz`;
}

export function archiveUrl(t, env = process.env) {
  const mirror = env.npm_config_better_sqlite3_binary_host || env.npm_config_better_sqlite3_binary_host_mirror;
  const base = mirror ? mirror.replace(/\/+$/, '') : 'https://github.com/WiseLibs/better-sqlite3/releases/download';
  return `${base}/v${t.betterSqlite3}/${archiveName(t)}`;
}

export function readLock(lockFile) {
  let lock;
  try {
    lock = JSON.parse(readFileSync(lockFile, 'utf8'));
  } catch {
    throw new AddonError(`${path.basename(lockFile)} is missing or is not valid JSON, so the database engine for Electron cannot be verified`);
  }
  if (!lock || typeof lock !== 'object' || !lock.entries || typeof lock.entries !== 'object') {
    throw new AddonError(`${path.basename(lockFile)} has no "entries" object, so the database engine for Electron cannot be verified`);
  }
  return lock;
}

const HEX64 = /^[0-9a-f]{64}$/;

/** The pinned entry for a target; refuses when there is none (or it is malformed). */
export function pinnedEntry(lock, target) {
  const entry = lock.entries[targetKey(target)];
  if (!entry) {
    throw new AddonError(
      `the database engine for Electron (${describe(target)}) has no pinned checksum in ${LOCK_FILE.split(path.sep).join('/')}; a maintainer adds it with \`npm run native:pin\` on a machine with the network`,
    );
  }
  if (!HEX64.test(entry.addon?.sha256 ?? '') || !HEX64.test(entry.archive?.sha256 ?? '')) {
    throw new AddonError(`the pinned entry for ${describe(target)} in ${LOCK_FILE.split(path.sep).join('/')} lacks a sha256 of the addon or of its archive`);
  }
  return entry;
}

/** Refuses unless the bytes are the pinned addon. */
export function verifyAddonBytes(bytes, entry, label) {
  const actual = sha256(bytes);
  if (actual !== entry.addon.sha256) {
    throw new AddonError(`${label} does not match its pinned sha256 (expected ${entry.addon.sha256}, found ${actual}), so it is not used`);
  }
}

export function verifyAddonFile(file, entry, label = file) {
  let bytes;
  try {
    bytes = readFileSync(file);
  } catch {
    throw new AddonError(`${label} is missing`);
  }
  verifyAddonBytes(bytes, entry, label);
}

export function verifyArchiveBytes(bytes, entry, label) {
  const actual = sha256(bytes);
  if (actual !== entry.archive.sha256) {
    throw new AddonError(`the downloaded ${label} does not match its pinned sha256 (expected ${entry.archive.sha256}, found ${actual}), so it is not used`);
  }
}

/**
 * The addon inside a release archive (a gzipped tar holding build/Release/better_sqlite3.node).
 * A small reader for the ustar entries these archives use (with pax and GNU long names).
 */
export function extractAddon(archive, label = 'the archive') {
  let tar;
  try {
    tar = gunzipSync(archive);
  } catch {
    throw new AddonError(`${label} is not a gzip file`);
  }
  const text = (from, to) => tar.subarray(from, to).toString('utf8').replace(/\0.*$/s, '');
  let offset = 0;
  let longName = null;
  while (offset + 512 <= tar.length) {
    const header = tar.subarray(offset, offset + 512);
    if (header.every((b) => b === 0)) break;
    const size = Number.parseInt(text(offset + 124, offset + 136).trim() || '0', 8);
    const type = String.fromCharCode(header[156] || 48);
    const prefix = text(offset + 257, offset + 263).startsWith('ustar') ? text(offset + 345, offset + 500) : '';
    const body = offset + 512;
    if (!Number.isFinite(size) || size < 0 || body + size > tar.length) break;
    const data = tar.subarray(body, body + size);
    if (type === 'x') {
      const m = /(?:^|\n)\d+ path=([^\n]*)\n/.exec(data.toString('utf8'));
      if (m) longName = m[1];
    } else if (type === 'L') {
      longName = data.toString('utf8').replace(/\0.*$/s, '');
    } else {
      const name = longName ?? (prefix ? `${prefix}/${text(offset, offset + 100)}` : text(offset, offset + 100));
      longName = null;
      if ((type === '0' || type === '\0') && /(^|\/)build\/Release\/better_sqlite3\.node$/.test(name)) return Buffer.from(data);
    }
    offset = body + Math.ceil(size / 512) * 512;
  }
  throw new AddonError(`${label} holds no build/Release/better_sqlite3.node`);
}

/**
 * The ABI a Node/Electron addon was built for, read from the file itself: addons register
 * through a symbol named node_register_module_v<NODE_MODULE_VERSION> (ELF, Mach-O and PE alike).
 */
export function addonAbi(bytes) {
  const m = /node_register_module_v(\d+)/.exec(bytes.toString('latin1'));
  return m ? Number(m[1]) : null;
}

export async function download(url, { timeoutMs = DOWNLOAD_TIMEOUT_MS } = {}) {
  let res;
  try {
    res = await fetch(url, { redirect: 'follow', signal: AbortSignal.timeout(timeoutMs) });
  } catch (err) {
    const cause = err?.cause?.code ?? err?.cause?.message ?? err?.message ?? String(err);
    throw new AddonError(`the database engine for Electron could not be downloaded from ${url} (${cause})`);
  }
  if (!res.ok) throw new AddonError(`the database engine for Electron could not be downloaded from ${url} (HTTP ${res.status})`);
  return Buffer.from(await res.arrayBuffer());
}

function writeAtomically(file, bytes) {
  mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, bytes);
    renameSync(temp, file);
  } finally {
    rmSync(temp, { force: true });
  }
}

/**
 * Makes native/electron/better_sqlite3.node the pinned addon for the target: kept if it already
 * matches, otherwise downloaded, checked (archive and addon digests) and put in place. Throws an
 * AddonError (one sentence) when the target has no entry, the download fails or a digest differs;
 * a file that failed its check is never left in place.
 */
export async function prepareAddon({ root, target, lockFile = path.join(root, LOCK_FILE), fetchArchive = download, env = process.env }) {
  const entry = pinnedEntry(readLock(lockFile), target);
  const file = path.join(root, ADDON_FILE);
  if (existsSync(file)) {
    if (sha256(readFileSync(file)) === entry.addon.sha256) return { file, entry, downloaded: false };
    // Another version's build (or a damaged file): never used, replaced by the pinned one.
    rmSync(file, { force: true });
  }
  const url = archiveUrl(target, env);
  const archive = await fetchArchive(url);
  verifyArchiveBytes(archive, entry, archiveName(target));
  const addon = extractAddon(archive, archiveName(target));
  verifyAddonBytes(addon, entry, `the addon in ${archiveName(target)}`);
  writeAtomically(file, addon);
  return { file, entry, downloaded: true };
}
