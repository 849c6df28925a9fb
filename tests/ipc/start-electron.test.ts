import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fakeAddon, lockWith, tarGz, writeLock, type Target } from '../helpers/addon';

const REPO = path.resolve(__dirname, '../..');
const SCRIPT = path.join(REPO, 'scripts', 'start-electron.mjs');

function cleanEnv(extra: Record<string, string> = {}) {
  const env: Record<string, string | undefined> = { ...process.env, ...extra };
  delete env.ELECTRON_OVERRIDE_DIST_PATH;
  return env;
}

function run(cwd: string, script = SCRIPT, extraEnv: Record<string, string> = {}) {
  return spawnSync(process.execPath, [script], { cwd, env: cleanEnv(extraEnv), encoding: 'utf8', timeout: 20_000 });
}

/** The same, without blocking this process (a test's local mirror must answer meanwhile). */
function runAsync(script: string, cwd: string, extraEnv: Record<string, string>) {
  return new Promise<{ status: number | null; stderr: string; stdout: string }>((resolve) => {
    const child = spawn(process.execPath, [script], { cwd, env: cleanEnv(extraEnv) });
    let stderr = '';
    let stdout = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.on('close', (status) => resolve({ status, stderr, stdout }));
  });
}

// A mirror on a port nothing listens on (found free, then freed): the download fails at once, as
// it does on a machine with no network.
let UNREACHABLE: Record<string, string>;
beforeAll(async () => {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const port = (probe.address() as AddressInfo).port;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  UNREACHABLE = { npm_config_better_sqlite3_binary_host: `http://127.0.0.1:${port}/releases` };
});

function expectOneClearLine(stderr: string) {
  const lines = stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain('npm run web');
  expect(stderr).not.toMatch(/^\s*at /m);
}

describe('scripts/start-electron.mjs', () => {
  it('on this machine (no Electron runtime): one sentence pointing to `npm run web`, exit code 1', () => {
    const result = run(REPO);
    expect(result.status).toBe(1);
    expectOneClearLine(result.stderr);
    expect(result.stdout).toBe('');
  });

  describe('in a project laid out like this one', () => {
    let root: string;
    let electronDir: string;

    const target: Target = { betterSqlite3: '12.11.1', electron: '45.6.1', abi: 150, platform: process.platform, arch: process.arch };
    const addon = fakeAddon(150);
    const archive = tarGz({ 'build/Release/better_sqlite3.node': addon });
    const addonFile = () => path.join(root, 'native', 'electron', 'better_sqlite3.node');

    beforeEach(() => {
      root = mkdtempSync(path.join(tmpdir(), 'asoen-start-'));
      mkdirSync(path.join(root, 'scripts'));
      copyFileSync(SCRIPT, path.join(root, 'scripts', 'start-electron.mjs'));
      copyFileSync(path.join(REPO, 'scripts', 'native-addon.mjs'), path.join(root, 'scripts', 'native-addon.mjs'));
      writeFileSync(path.join(root, 'package.json'), JSON.stringify({ name: 'x', main: 'dist-electron/main.cjs' }));
      mkdirSync(path.join(root, 'dist-electron'));
      writeFileSync(path.join(root, 'dist-electron', 'main.cjs'), '');
      electronDir = path.join(root, 'node_modules', 'electron');
      mkdirSync(electronDir, { recursive: true });
      writeFileSync(path.join(electronDir, 'package.json'), JSON.stringify({ name: 'electron', version: '45.6.1', main: 'index.js' }));
      writeFileSync(path.join(electronDir, 'abi_version'), '150');
      mkdirSync(path.join(root, 'node_modules', 'better-sqlite3'));
      writeFileSync(path.join(root, 'node_modules', 'better-sqlite3', 'package.json'), JSON.stringify({ name: 'better-sqlite3', version: '12.11.1' }));
      // Requiring this would mean the script triggered the package's download logic.
      writeFileSync(path.join(electronDir, 'index.js'), "throw new Error('download attempted');");
    });

    afterEach(() => rmSync(root, { recursive: true, force: true }));

    const start = (env: Record<string, string> = UNREACHABLE) => run(root, path.join(root, 'scripts', 'start-electron.mjs'), env);

    /** An Electron "binary" that records its argument and exits 7. */
    function fakeElectron() {
      writeFileSync(path.join(electronDir, 'path.txt'), 'electron');
      mkdirSync(path.join(electronDir, 'dist'), { recursive: true });
      const binary = path.join(electronDir, 'dist', 'electron');
      writeFileSync(binary, `#!/bin/sh\nprintf '%s' "$1" > "${path.join(root, 'args.txt')}"\nexit 7\n`);
      chmodSync(binary, 0o755);
    }

    it('refuses the same way when path.txt names a binary that is missing', () => {
      writeFileSync(path.join(electronDir, 'path.txt'), 'electron');
      const result = start();
      expect(result.status).toBe(1);
      expectOneClearLine(result.stderr);
    });

    it.runIf(process.platform !== 'win32')('refuses in one sentence when the database engine cannot be prepared for Electron', () => {
      writeFileSync(path.join(electronDir, 'path.txt'), 'electron');
      mkdirSync(path.join(electronDir, 'dist'), { recursive: true });
      const binary = path.join(electronDir, 'dist', 'electron');
      writeFileSync(binary, '#!/bin/sh\nexit 0\n');
      chmodSync(binary, 0o755);
      rmSync(path.join(root, 'node_modules', 'better-sqlite3'), { recursive: true });
      const result = start();
      expect(result.status).toBe(1);
      expectOneClearLine(result.stderr);
      expect(result.stderr).toContain('database engine');
      rmSync(path.join(electronDir, 'dist'), { recursive: true, force: true });
    });

    it.runIf(process.platform !== 'win32')('refuses in one sentence when the engine for this Electron has no pinned checksum, and downloads nothing', () => {
      fakeElectron();
      writeLock(root, lockWith([{ target: { ...target, electron: '45.4.1' }, archive, addon }]));
      const result = start();
      expect(result.status).toBe(1);
      expectOneClearLine(result.stderr);
      expect(result.stderr).toContain('has no pinned checksum in native/electron-addon.lock.json');
      expect(result.stderr).toContain('npm run native:pin');
      expect(existsSync(path.join(root, 'args.txt'))).toBe(false);
    });

    it.runIf(process.platform !== 'win32')('says its one sentence when the pinned engine cannot be downloaded (no network)', () => {
      fakeElectron();
      writeLock(root, lockWith([{ target, archive, addon }]));
      const result = start();
      expect(result.status).toBe(1);
      expectOneClearLine(result.stderr);
      expect(result.stderr).toMatch(/^ASOEN Desk cannot open its desktop window here because the database engine for Electron could not be downloaded from http:\/\/127\.0\.0\.1:\d+\/releases\/v12\.11\.1\/better-sqlite3-v12\.11\.1-electron-v150-[a-z0-9]+-[a-z0-9]+\.tar\.gz \(ECONNREFUSED\); run `npm run web`/);
      expect(existsSync(addonFile())).toBe(false);
    });

    describe('with a mirror that serves an archive', () => {
      let server: Server;
      let served: Buffer;
      let mirror: Record<string, string>;
      beforeEach(async () => {
        server = createServer((req, res) => {
          if (req.url?.endsWith(`-electron-v150-${process.platform}-${process.arch}.tar.gz`)) res.end(served);
          else res.writeHead(404).end();
        });
        await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
        mirror = { npm_config_better_sqlite3_binary_host: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
      });
      afterEach(() => new Promise<void>((resolve) => server.close(() => resolve())));

      it.runIf(process.platform !== 'win32')('uses the downloaded engine when both digests match the lock, then starts Electron', async () => {
        fakeElectron();
        writeLock(root, lockWith([{ target, archive, addon }]));
        served = archive;
        const result = await runAsync(path.join(root, 'scripts', 'start-electron.mjs'), root, mirror);
        expect(result.stderr).toBe('');
        expect(result.status).toBe(7);
        expect(readFileSync(addonFile())).toEqual(addon);
      });

      it.runIf(process.platform !== 'win32')('refuses, in one sentence, an archive whose digest differs, and starts nothing', async () => {
        fakeElectron();
        writeLock(root, lockWith([{ target, archive, addon }]));
        served = tarGz({ 'build/Release/better_sqlite3.node': fakeAddon(150, 'altered') });
        const result = await runAsync(path.join(root, 'scripts', 'start-electron.mjs'), root, mirror);
        expect(result.status).toBe(1);
        expectOneClearLine(result.stderr);
        expect(result.stderr).toContain('does not match its pinned sha256');
        expect(existsSync(addonFile())).toBe(false);
        expect(existsSync(path.join(root, 'args.txt'))).toBe(false);
      });
    });

    it.runIf(process.platform !== 'win32')('runs the binary with the project root and passes its exit code on', () => {
      fakeElectron();
      // The database engine built for Electron's ABI is in place, and is the pinned one.
      writeLock(root, lockWith([{ target, archive, addon }]));
      mkdirSync(path.dirname(addonFile()), { recursive: true });
      writeFileSync(addonFile(), addon);
      const result = start();
      expect(result.stderr).toBe('');
      expect(result.status).toBe(7);
      expect(readFileSync(path.join(root, 'args.txt'), 'utf8')).toBe(root);
    });

    it.runIf(process.platform !== 'win32')('does not start Electron with an engine file that differs from the pinned one', () => {
      fakeElectron();
      writeLock(root, lockWith([{ target, archive, addon }]));
      mkdirSync(path.dirname(addonFile()), { recursive: true });
      writeFileSync(addonFile(), fakeAddon(150, 'swapped'));
      const result = start();
      expect(result.status).toBe(1);
      expectOneClearLine(result.stderr);
      expect(existsSync(addonFile())).toBe(false);
      expect(existsSync(path.join(root, 'args.txt'))).toBe(false);
    });
  });
});
