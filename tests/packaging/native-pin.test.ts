import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fakeAddon, sha256, tarGz, targetKey, type Target } from '../helpers/addon';

// `npm run native:pin` is run by a maintainer on a machine with the network. Offline, it can be
// given an archive (--archive): these check what it pins and what it refuses, in a copy of the
// project's layout so that the project's own lock is never touched.

const REPO = path.resolve(__dirname, '../..');
const TARGET: Target = { betterSqlite3: '12.11.1', electron: '45.6.1', abi: 150, platform: 'linux', arch: 'x64' };

let root: string;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'asoen-pin-'));
  mkdirSync(path.join(root, 'scripts'));
  for (const f of ['native-pin.mjs', 'native-addon.mjs']) copyFileSync(path.join(REPO, 'scripts', f), path.join(root, 'scripts', f));
  mkdirSync(path.join(root, 'node_modules', 'electron'), { recursive: true });
  writeFileSync(path.join(root, 'node_modules', 'electron', 'package.json'), JSON.stringify({ name: 'electron', version: '45.6.1' }));
  writeFileSync(path.join(root, 'node_modules', 'electron', 'abi_version'), '150');
  mkdirSync(path.join(root, 'node_modules', 'better-sqlite3'));
  writeFileSync(path.join(root, 'node_modules', 'better-sqlite3', 'package.json'), JSON.stringify({ name: 'better-sqlite3', version: '12.11.1' }));
  mkdirSync(path.join(root, 'native'));
  // An entry for the Electron this project used before: dropped by the next pin.
  writeFileSync(
    path.join(root, 'native', 'electron-addon.lock.json'),
    JSON.stringify({ about: 'kept', entries: { [targetKey({ ...TARGET, electron: '45.4.1' })]: { archive: { sha256: 'a'.repeat(64) }, addon: { sha256: 'b'.repeat(64) } } } }),
  );
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function pin(args: string[]) {
  return spawnSync(process.execPath, [path.join(root, 'scripts', 'native-pin.mjs'), ...args], { cwd: root, encoding: 'utf8', timeout: 20_000 });
}
const lock = () => JSON.parse(readFileSync(path.join(root, 'native', 'electron-addon.lock.json'), 'utf8')) as { about: string; entries: Record<string, { archive: { sha256: string }; addon: { sha256: string }; checked: string }> };

describe('npm run native:pin', () => {
  it('writes the digests of an archive built for Electron\'s ABI, and drops entries for other versions', () => {
    const addon = fakeAddon(150);
    const archive = tarGz({ 'build/Release/better_sqlite3.node': addon });
    writeFileSync(path.join(root, 'a.tar.gz'), archive);
    const r = pin(['--target', 'win32-x64', '--archive', path.join(root, 'a.tar.gz')]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const written = lock();
    expect(written.about).toBe('kept');
    expect(Object.keys(written.entries)).toEqual([targetKey({ ...TARGET, platform: 'win32' })]);
    const entry = written.entries[targetKey({ ...TARGET, platform: 'win32' })]!;
    expect(entry.archive.sha256).toBe(sha256(archive));
    expect(entry.addon.sha256).toBe(sha256(addon));
    // Honest about what it checked: another platform's addon cannot be loaded here.
    expect(entry.checked).toBe(`NODE_MODULE_VERSION 150 read from the addon; not loaded (pinned on ${process.platform}-${process.arch})`);
  });

  it('refuses an addon built for another ABI (here, the Node build of node_modules) and writes nothing', () => {
    const nodeBuild = readFileSync(path.join(REPO, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node'));
    writeFileSync(path.join(root, 'a.tar.gz'), tarGz({ 'build/Release/better_sqlite3.node': nodeBuild }));
    const before = readFileSync(path.join(root, 'native', 'electron-addon.lock.json'), 'utf8');
    const r = pin(['--target', 'linux-x64', '--archive', path.join(root, 'a.tar.gz')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      `npm run native:pin refused: the addon in better-sqlite3-v12.11.1-electron-v150-linux-x64.tar.gz was built for ABI ${process.versions.modules}, not Electron 45.6.1's ABI 150, so it is not pinned.\n`,
    );
    expect(readFileSync(path.join(root, 'native', 'electron-addon.lock.json'), 'utf8')).toBe(before);
  });

  it.runIf(process.platform === 'linux' && process.arch === 'x64')('on its own platform, refuses to pin without loading the addon under Electron unless told to skip it', () => {
    writeFileSync(path.join(root, 'a.tar.gz'), tarGz({ 'build/Release/better_sqlite3.node': fakeAddon(150) }));
    const r = pin(['--target', 'linux-x64', '--archive', path.join(root, 'a.tar.gz')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('the Electron runtime is not installed, so the addon cannot be loaded under it');
    const skipped = pin(['--target', 'linux-x64', '--archive', path.join(root, 'a.tar.gz'), '--skip-load']);
    expect(skipped.status).toBe(0);
    expect(lock().entries[targetKey(TARGET)]!.checked).toBe('NODE_MODULE_VERSION 150 read from the addon; not loaded under Electron (--skip-load)');
  });

  it('refuses a download it cannot make, in one sentence, and writes nothing', () => {
    const r = spawnSync(process.execPath, [path.join(root, 'scripts', 'native-pin.mjs'), '--target', 'linux-x64'], {
      cwd: root,
      encoding: 'utf8',
      timeout: 20_000,
      env: { ...process.env, npm_config_better_sqlite3_binary_host: 'http://127.0.0.1:1/x' },
    });
    expect(r.status).toBe(1);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^npm run native:pin refused: the database engine for Electron could not be downloaded from http:\/\/127\.0\.0\.1:1\/x\/v12\.11\.1\//);
  });
});
