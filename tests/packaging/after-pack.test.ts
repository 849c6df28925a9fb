import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterPack, flipAndVerifyFuses, fuseDifferences, loadDeskFuses, type PackContext } from '../../scripts/after-pack.mjs';
import { fakeAddon, lockWith, tarGz, writeLock, type Target } from '../helpers/addon';
import { DESK_WIRE, ELECTRON_DEFAULT_WIRE, fakeElectronBinary, readWire } from '../helpers/fuses';

// The afterPack hook on a stand-in app: a fake Electron binary that carries the fuse sentinel and
// wire (as the real one does), and a stand-in addon verified by a test-only lock.

const REPO = path.resolve(__dirname, '../..');
const TARGET: Target = { betterSqlite3: '12.11.1', electron: '45.6.1', abi: 150, platform: 'linux', arch: 'x64' };
const ADDON = fakeAddon(150);

let temp: string;
beforeEach(() => {
  temp = mkdtempSync(path.join(tmpdir(), 'asoen-afterpack-'));
});
afterEach(() => rmSync(temp, { recursive: true, force: true }));

/** A project (test lock, the real fuses.ts and node_modules) and a packed linux app in appOutDir. */
function packedApp(addon: Buffer = ADDON, lockAddon: Buffer = ADDON): PackContext {
  const project = path.join(temp, 'project');
  mkdirSync(path.join(project, 'electron', 'security'), { recursive: true });
  copyFileSync(path.join(REPO, 'electron', 'security', 'fuses.ts'), path.join(project, 'electron', 'security', 'fuses.ts'));
  symlinkSync(path.join(REPO, 'node_modules'), path.join(project, 'node_modules'), 'dir');
  writeLock(project, lockWith([{ target: TARGET, archive: tarGz({ 'build/Release/better_sqlite3.node': lockAddon }), addon: lockAddon }]));
  const appOutDir = path.join(temp, 'linux-unpacked');
  const native = path.join(appOutDir, 'resources', 'app.asar.unpacked', 'native', 'electron');
  mkdirSync(native, { recursive: true });
  writeFileSync(path.join(native, 'better_sqlite3.node'), addon);
  fakeElectronBinary(path.join(appOutDir, 'asoen-desk'));
  return {
    appOutDir,
    electronPlatformName: 'linux',
    arch: 1,
    packager: {
      executableName: 'asoen-desk',
      appInfo: { productFilename: 'ASOEN Desk' },
      info: { projectDir: project },
      getResourcesDir: (dir: string) => path.join(dir, 'resources'),
    },
  };
}

describe('the afterPack hook', () => {
  it('flips the fuses to DESK_FUSES in the binary, leaving every other byte as it was', async () => {
    const binary = path.join(temp, 'electron');
    fakeElectronBinary(binary);
    const before = readFileSync(binary);
    await flipAndVerifyFuses(binary, await loadDeskFuses(REPO));
    const after = readFileSync(binary);
    expect(readWire(before)).toBe(ELECTRON_DEFAULT_WIRE);
    expect(readWire(after)).toBe(DESK_WIRE);
    expect(after.length).toBe(before.length);
    expect([...after].filter((b, i) => b !== before[i])).toHaveLength([...DESK_WIRE].filter((c, i) => c !== ELECTRON_DEFAULT_WIRE[i]).length);
  });

  it('fails when the fuses read back differently from DESK_FUSES', async () => {
    const binary = path.join(temp, 'electron');
    fakeElectronBinary(binary);
    const fuses = await loadDeskFuses(REPO);
    await expect(flipAndVerifyFuses(binary, fuses, { flip: async () => 1 })).rejects.toThrow(
      'the Electron fuses of electron read back differently from DESK_FUSES (RunAsNode, EnableCookieEncryption, EnableNodeOptionsEnvironmentVariable, EnableNodeCliInspectArguments, EnableEmbeddedAsarIntegrityValidation, OnlyLoadAppFromAsar, GrantFileProtocolExtraPrivileges)',
    );
    expect(fuseDifferences(fuses, { 0: 48, 1: 49, 2: 48, 3: 48, 4: 49, 5: 49, 6: 48, 7: 49 })).toEqual(['GrantFileProtocolExtraPrivileges']);
  });

  it('fails on a binary with no fuse wire, or one too short for DESK_FUSES', async () => {
    const fuses = await loadDeskFuses(REPO);
    const plain = path.join(temp, 'plain');
    writeFileSync(plain, '#!/bin/sh\nexit 0\n');
    await expect(flipAndVerifyFuses(plain, fuses)).rejects.toThrow('the Electron fuses of plain could not be set (Could not find sentinel');
    const short = path.join(temp, 'short');
    fakeElectronBinary(short, '1011');
    await expect(flipAndVerifyFuses(short, fuses)).rejects.toThrow('could not be set (Trying to configure EnableEmbeddedAsarIntegrityValidation');
  });

  it('verifies the packed database engine, then sets the fuses', async () => {
    const context = packedApp();
    await afterPack(context);
    expect(readWire(readFileSync(path.join(context.appOutDir, 'asoen-desk')))).toBe(DESK_WIRE);
  });

  it('refuses an app whose database engine is not the pinned one, and leaves its fuses alone', async () => {
    const context = packedApp(fakeAddon(115, 'the Node build'));
    await expect(afterPack(context)).rejects.toThrow(
      /^Packaging refused: the database engine packed at resources\/app\.asar\.unpacked\/native\/electron\/better_sqlite3\.node does not match its pinned sha256/,
    );
    expect(readWire(readFileSync(path.join(context.appOutDir, 'asoen-desk')))).toBe(ELECTRON_DEFAULT_WIRE);
  });

  it('refuses an app for a platform or arch with no pinned engine', async () => {
    const context = packedApp();
    await expect(afterPack({ ...context, arch: 3 })).rejects.toThrow(
      'Packaging refused: the database engine for Electron (better-sqlite3 12.11.1 for Electron 45.6.1 (ABI 150) on linux-arm64) has no pinned checksum in native/electron-addon.lock.json',
    );
  });
});
