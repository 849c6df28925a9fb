// electron-builder's afterPack hook (electron-builder.yml): runs on the unpacked app, before it is
// signed and wrapped into an installer. Plain Node; tested in tests/packaging.
//  1. The database engine the app carries (resources/app.asar.unpacked/native/electron/
//     better_sqlite3.node, which the main process passes to better-sqlite3 as nativeBinding) must
//     be the Electron build pinned in native/electron-addon.lock.json for this platform and arch.
//  2. The Electron fuses are flipped to DESK_FUSES (electron/security/fuses.ts, the one list the
//     security tests check), then read back from the binary: any fuse that differs fails the build.
// Either failure stops electron-builder with one sentence: no installer is made.
import { flipFuses, FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import path from 'node:path';
import { tsImport } from 'tsx/esm/api';
import { AddonError, LOCK_FILE, pinnedEntry, projectTarget, readLock, verifyAddonFile } from './native-addon.mjs';

// electron-builder's Arch enum, by value.
const ARCH_NAMES = ['ia32', 'x64', 'armv7l', 'arm64', 'universal'];
// @electron/fuses' FuseState: the bytes of the fuse wire.
const ENABLED = '1'.charCodeAt(0);
const DISABLED = '0'.charCodeAt(0);

export class PackagingError extends Error {
  constructor(message) {
    super(message);
    this.name = 'PackagingError';
  }
}

/** DESK_FUSES, read from the TypeScript source that the tests check. */
export async function loadDeskFuses(projectDir) {
  const mod = await tsImport(path.join(projectDir, 'electron', 'security', 'fuses.ts'), import.meta.url);
  return mod.DESK_FUSES;
}

/** The file @electron/fuses reads and writes for a packed app (the .app bundle on macOS). */
export function electronBinary(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  if (electronPlatformName === 'linux') return path.join(appOutDir, packager.executableName);
  if (electronPlatformName === 'win32') return path.join(appOutDir, `${packager.appInfo.productFilename}.exe`);
  return path.join(appOutDir, `${packager.appInfo.productFilename}.app`);
}

/** The names of the fuses whose state in the binary's wire is not the wanted one. */
export function fuseDifferences(wanted, wire) {
  const differ = [];
  for (const [key, value] of Object.entries(wanted)) {
    const index = Number(key);
    if (!Number.isInteger(index) || typeof value !== 'boolean') continue;
    const expected = value ? ENABLED : DISABLED;
    if (wire[index] !== expected) differ.push(FuseV1Options[index] ?? `fuse ${index}`);
  }
  return differ;
}

/** Flips the fuses, then reads them back; throws if any is not as wanted. */
export async function flipAndVerifyFuses(binary, fuses, { resetAdHocDarwinSignature = false, flip = flipFuses } = {}) {
  try {
    await flip(binary, { ...fuses, resetAdHocDarwinSignature });
  } catch (err) {
    throw new PackagingError(`the Electron fuses of ${path.basename(binary)} could not be set (${err?.message ?? err})`);
  }
  const differ = fuseDifferences(fuses, await getCurrentFuseWire(binary));
  if (differ.length > 0) {
    throw new PackagingError(`the Electron fuses of ${path.basename(binary)} read back differently from DESK_FUSES (${differ.join(', ')})`);
  }
}

/** Refuses unless the packed app carries the pinned Electron build of the database engine. */
export function verifyPackedAddon(context) {
  const projectDir = context.packager.info.projectDir;
  const arch = ARCH_NAMES[context.arch] ?? String(context.arch);
  const platform = context.electronPlatformName === 'mas' ? 'darwin' : context.electronPlatformName;
  if (arch === 'universal') throw new PackagingError('a universal macOS build is not supported: build x64 and arm64 separately, each with its pinned database engine');
  const target = projectTarget(projectDir, platform, arch);
  const entry = pinnedEntry(readLock(path.join(projectDir, LOCK_FILE)), target);
  const file = path.join(context.packager.getResourcesDir(context.appOutDir), 'app.asar.unpacked', 'native', 'electron', 'better_sqlite3.node');
  verifyAddonFile(file, entry, `the database engine packed at ${path.relative(context.appOutDir, file).split(path.sep).join('/')}`);
  return { file, target };
}

export async function afterPack(context) {
  try {
    verifyPackedAddon(context);
    const fuses = await loadDeskFuses(context.packager.info.projectDir);
    const resetAdHocDarwinSignature = context.electronPlatformName === 'darwin' && ARCH_NAMES[context.arch] === 'arm64';
    await flipAndVerifyFuses(electronBinary(context), fuses, { resetAdHocDarwinSignature });
  } catch (err) {
    if (err instanceof AddonError || err instanceof PackagingError) throw new PackagingError(`Packaging refused: ${err.message}.`);
    throw err;
  }
}

export default afterPack;
