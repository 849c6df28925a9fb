import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  AddonError,
  addonAbi,
  archiveUrl,
  extractAddon,
  pinnedEntry,
  prepareAddon,
  projectTarget,
  readLock,
  verifyAddonFile,
  type AddonTarget,
} from '../../scripts/native-addon.mjs';
import { fakeAddon, lockWith, sha256, tarGz, writeLock } from '../helpers/addon';

// The database engine built for Electron is trusted only by the digests pinned in
// native/electron-addon.lock.json. These run offline on fixture archives and test-only locks.

const REPO = path.resolve(__dirname, '../..');
const TARGET: AddonTarget = { betterSqlite3: '12.11.1', electron: '45.6.1', abi: 150, platform: 'linux', arch: 'x64' };
const ADDON = fakeAddon(150);
const ARCHIVE = tarGz({ 'build/Release/better_sqlite3.node': ADDON });

let root: string;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'asoen-addon-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const addonPath = () => path.join(root, 'native', 'electron', 'better_sqlite3.node');
const refusal = async (p: Promise<unknown>): Promise<string> => {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AddonError);
  const message = (err as Error).message;
  // One sentence: the callers put it inside theirs.
  expect(message).not.toMatch(/\n|\.\s*$/);
  return message;
};

describe('the pinned database engine for Electron', () => {
  it('is chosen for the installed Electron (45.6.1, ABI 150) and better-sqlite3', () => {
    expect(projectTarget(REPO, 'linux', 'x64')).toEqual(TARGET);
    expect(archiveUrl(TARGET, {})).toBe(
      'https://github.com/WiseLibs/better-sqlite3/releases/download/v12.11.1/better-sqlite3-v12.11.1-electron-v150-linux-x64.tar.gz',
    );
    expect(archiveUrl(TARGET, { npm_config_better_sqlite3_binary_host: 'https://mirror.example/b3/' })).toBe(
      'https://mirror.example/b3/v12.11.1/better-sqlite3-v12.11.1-electron-v150-linux-x64.tar.gz',
    );
  });

  it('keeps the project lock honest: every entry it holds has both digests (none could be computed offline)', () => {
    const lock = readLock(path.join(REPO, 'native', 'electron-addon.lock.json'));
    for (const entry of Object.values(lock.entries)) {
      expect(entry.addon.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(entry.archive.sha256).toMatch(/^[0-9a-f]{64}$/);
    }
  });

  it('reads the ABI an addon was built for from the file (the Node build here is ABI ' + process.versions.modules + ')', () => {
    expect(addonAbi(readFileSync(path.join(REPO, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node')))).toBe(
      Number(process.versions.modules),
    );
    expect(addonAbi(ADDON)).toBe(150);
    expect(addonAbi(Buffer.from('not an addon'))).toBeNull();
  });

  it('takes the addon out of a release archive, and refuses an archive without one', () => {
    expect(extractAddon(ARCHIVE)).toEqual(ADDON);
    expect(extractAddon(tarGz({ 'README.md': 'x', 'build/Release/obj/x.o': 'y', 'build/Release/better_sqlite3.node': ADDON }))).toEqual(ADDON);
    expect(() => extractAddon(tarGz({ 'build/Release/other.node': ADDON }), 'x.tar.gz')).toThrow('x.tar.gz holds no build/Release/better_sqlite3.node');
    expect(() => extractAddon(Buffer.from('plain'), 'x.tar.gz')).toThrow('x.tar.gz is not a gzip file');
  });

  it('accepts a file with the pinned digest and refuses one that differs, or a target with no entry', () => {
    const lock = readLock(writeLock(root, lockWith([{ target: TARGET, archive: ARCHIVE, addon: ADDON }])));
    const entry = pinnedEntry(lock, TARGET);
    const file = path.join(root, 'addon.node');
    writeFileSync(file, ADDON);
    expect(() => verifyAddonFile(file, entry)).not.toThrow();
    writeFileSync(file, fakeAddon(150, 'tampered'));
    expect(() => verifyAddonFile(file, entry, 'the addon')).toThrow(`the addon does not match its pinned sha256 (expected ${sha256(ADDON)}`);
    expect(() => pinnedEntry(lock, { ...TARGET, arch: 'arm64' })).toThrow(
      'the database engine for Electron (better-sqlite3 12.11.1 for Electron 45.6.1 (ABI 150) on linux-arm64) has no pinned checksum in native/electron-addon.lock.json; a maintainer adds it with `npm run native:pin` on a machine with the network',
    );
    expect(() => pinnedEntry(lock, { ...TARGET, electron: '45.6.2' })).toThrow('has no pinned checksum');
  });

  describe('prepareAddon (npm start, npm run dist)', () => {
    it('downloads, checks both digests and puts the addon in native/electron', async () => {
      writeLock(root, lockWith([{ target: TARGET, archive: ARCHIVE, addon: ADDON }]));
      const urls: string[] = [];
      const done = await prepareAddon({ root, target: TARGET, env: {}, fetchArchive: async (url) => (urls.push(url), ARCHIVE) });
      expect(done.downloaded).toBe(true);
      expect(urls).toEqual([archiveUrl(TARGET, {})]);
      expect(readFileSync(addonPath())).toEqual(ADDON);
      // Already in place and matching: no second download.
      const again = await prepareAddon({ root, target: TARGET, env: {}, fetchArchive: async () => expect.unreachable() });
      expect(again.downloaded).toBe(false);
    });

    it('refuses a target with no pinned entry without downloading anything', async () => {
      writeLock(root, lockWith([]));
      const message = await refusal(prepareAddon({ root, target: TARGET, fetchArchive: async () => expect.unreachable() }));
      expect(message).toContain('has no pinned checksum');
      expect(existsSync(addonPath())).toBe(false);
    });

    it('refuses a missing lock file', async () => {
      expect(await refusal(prepareAddon({ root, target: TARGET, fetchArchive: async () => expect.unreachable() }))).toBe(
        'electron-addon.lock.json is missing or is not valid JSON, so the database engine for Electron cannot be verified',
      );
    });

    it('refuses an archive whose digest differs, and leaves no addon', async () => {
      writeLock(root, lockWith([{ target: TARGET, archive: ARCHIVE, addon: ADDON }]));
      const other = tarGz({ 'build/Release/better_sqlite3.node': fakeAddon(150, 'other') });
      const message = await refusal(prepareAddon({ root, target: TARGET, fetchArchive: async () => other }));
      expect(message).toContain('the downloaded better-sqlite3-v12.11.1-electron-v150-linux-x64.tar.gz does not match its pinned sha256');
      expect(existsSync(addonPath())).toBe(false);
    });

    it('refuses an addon whose digest differs even inside an archive that matches', async () => {
      // A lock whose archive digest is right but whose addon digest is another file's.
      writeLock(root, lockWith([{ target: TARGET, archive: ARCHIVE, addon: fakeAddon(150, 'pinned') }]));
      const message = await refusal(prepareAddon({ root, target: TARGET, fetchArchive: async () => ARCHIVE }));
      expect(message).toContain('the addon in better-sqlite3-v12.11.1-electron-v150-linux-x64.tar.gz does not match its pinned sha256');
      expect(existsSync(addonPath())).toBe(false);
    });

    it('replaces a file left by another version, and does not keep it when the download fails', async () => {
      writeLock(root, lockWith([{ target: TARGET, archive: ARCHIVE, addon: ADDON }]));
      mkdirSync(path.dirname(addonPath()), { recursive: true });
      writeFileSync(addonPath(), fakeAddon(140, 'older Electron'));
      const message = await refusal(
        prepareAddon({
          root,
          target: TARGET,
          fetchArchive: async (url) => {
            throw new AddonError(`the database engine for Electron could not be downloaded from ${url} (ENOTFOUND)`);
          },
        }),
      );
      expect(message).toMatch(/^the database engine for Electron could not be downloaded from https:\/\/github\.com\/.+ \(ENOTFOUND\)$/);
      expect(existsSync(addonPath())).toBe(false);
      await prepareAddon({ root, target: TARGET, fetchArchive: async () => ARCHIVE });
      expect(readFileSync(addonPath())).toEqual(ADDON);
    });
  });
});
