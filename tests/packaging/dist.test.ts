import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as asar from '@electron/asar';
import Database from 'better-sqlite3';
import { lockWith, sha256, tarGz, writeLock, type Target } from '../helpers/addon';
import { DESK_WIRE, fakeElectronBinary, readWire } from '../helpers/fuses';

// The installer, checked offline as far as it can be: the electron-builder configuration is
// validated, then `npm run dist` (scripts/dist.mjs) packs an unpacked linux app (--dir) from a
// stand-in Electron (electronDist: a fake binary carrying the fuse wire), in a copy of the
// project whose test-only lock pins a stand-in engine (the Node build of better-sqlite3; the
// project's own lock holds only digests made by `npm run native:pin`). The app must hold what
// runs — the renderer, the bundles, the migrations, the engine beside the asar — and nothing else.

const REPO = path.resolve(__dirname, '../..');
const requireHere = createRequire(path.join(REPO, 'package.json'));
const TARGET: Target = { betterSqlite3: '12.11.1', electron: '45.6.1', abi: 150, platform: 'linux', arch: 'x64' };
const NODE_BUILD = path.join(REPO, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');

/**
 * Electron, for running the packed main process under Node: every property is a function that
 * accepts anything and returns the same; the app answers its path, version and readiness.
 */
const FAKE_ELECTRON = `
const handler = {
  get(target, key) {
    if (key === 'then' || typeof key === 'symbol') return undefined;
    return key in target ? target[key] : anything();
  },
  apply: () => anything(),
  construct: () => anything(),
};
function anything(own = {}) { return new Proxy(Object.assign(function () {}, own), handler); }
module.exports = anything({
  app: anything({
    getAppPath: () => process.env.FAKE_APP_PATH,
    getVersion: () => '0.1.0',
    isPackaged: true,
    requestSingleInstanceLock: () => true,
    whenReady: () => Promise.resolve(),
  }),
  dialog: anything({ showErrorBox: (title, content) => process.stderr.write(content + '\\n') }),
});
`;

let temp: string;
let project: string;
let electronDist: string;

/** Files under a folder, as asar paths ('/dist/index.html'). */
function filesUnder(dir: string, prefix: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => `${prefix}/${path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/')}`);
}

function dist(args: string[], cwd = project, env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [path.join(cwd, 'scripts', 'dist.mjs'), ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, ...env },
  });
}

beforeAll(() => {
  temp = mkdtempSync(path.join(tmpdir(), 'asoen-dist-'));
  project = path.join(temp, 'project');
  mkdirSync(path.join(project, 'scripts'), { recursive: true });
  for (const f of ['dist.mjs', 'native-addon.mjs', 'after-pack.mjs']) copyFileSync(path.join(REPO, 'scripts', f), path.join(project, 'scripts', f));
  for (const f of ['package.json', 'electron-builder.yml']) copyFileSync(path.join(REPO, f), path.join(project, f));
  cpSync(path.join(REPO, 'migrations'), path.join(project, 'migrations'), { recursive: true });
  mkdirSync(path.join(project, 'electron', 'security'), { recursive: true });
  copyFileSync(path.join(REPO, 'electron', 'security', 'fuses.ts'), path.join(project, 'electron', 'security', 'fuses.ts'));
  symlinkSync(path.join(REPO, 'node_modules'), path.join(project, 'node_modules'), 'dir');
  // The real renderer and bundles, built into the copy (the project's own dist/ is left alone).
  const vite = spawnSync(process.execPath, [path.join(REPO, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'error', '--outDir', path.join(project, 'dist')], {
    cwd: REPO,
    encoding: 'utf8',
    timeout: 120_000,
  });
  expect(vite.status, vite.stderr).toBe(0);
  const bundles = spawnSync(process.execPath, ['scripts/build-electron.mjs', '--outdir', path.join(project, 'dist-electron')], { cwd: REPO, encoding: 'utf8', timeout: 60_000 });
  expect(bundles.status, bundles.stderr).toBe(0);
  // The stand-in engine, in place and pinned by a test-only lock.
  const engine = readFileSync(NODE_BUILD);
  mkdirSync(path.join(project, 'native', 'electron'), { recursive: true });
  copyFileSync(NODE_BUILD, path.join(project, 'native', 'electron', 'better_sqlite3.node'));
  writeLock(project, lockWith([{ target: TARGET, archive: tarGz({ 'build/Release/better_sqlite3.node': engine }), addon: engine }]));
  electronDist = path.join(temp, 'electron-dist');
  mkdirSync(electronDist);
  fakeElectronBinary(path.join(electronDist, 'electron'));
}, 180_000);

afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('the electron-builder configuration', () => {
  it('is valid for electron-builder', async () => {
    const { getConfig, validateConfiguration } = requireHere('app-builder-lib/out/util/config/config') as {
      getConfig: (dir: string, file: string, options: null) => Promise<Record<string, unknown>>;
      validateConfiguration: (config: object, logger: object) => Promise<void>;
    };
    const logger = { isEnabled: false, add() {} };
    const config = await getConfig(REPO, path.join(REPO, 'electron-builder.yml'), null);
    await expect(validateConfiguration(config, logger)).resolves.toBeUndefined();
    expect(config.afterPack).toBe('./scripts/after-pack.mjs');
    // The validator is live: an option electron-builder does not know is refused.
    await expect(validateConfiguration({ ...config, fusez: {} }, logger)).rejects.toThrow(/fusez/);
  });
});

describe('npm run dist, packing an unpacked linux app from a stand-in Electron', () => {
  let appOutDir: string;
  let build: ReturnType<typeof dist>;
  beforeAll(() => {
    const output = path.join(temp, 'release');
    build = dist(['--skip-build', '--linux', '--x64', '--dir', `-c.electronDist=${electronDist}`, `-c.directories.output=${output}`]);
    appOutDir = path.join(output, 'linux-unpacked');
  }, 150_000);

  it('succeeds, and the packed binary carries DESK_FUSES', () => {
    expect(build.stderr).not.toMatch(/refused|Error/);
    expect(build.status).toBe(0);
    expect(readWire(readFileSync(path.join(appOutDir, 'asoen-desk')))).toBe(DESK_WIRE);
  });

  it('holds the renderer, the bundles, the migrations and the package file, and nothing else', () => {
    const archive = path.join(appOutDir, 'resources', 'app.asar');
    const files = asar.listPackage(archive, { isPack: false }).filter((p) => {
      const stat = asar.statFile(archive, p.slice(1), false) as { files?: unknown };
      return !('files' in stat);
    });
    const expected = [
      ...filesUnder(path.join(project, 'dist'), '/dist'),
      '/dist-electron/jobs-worker.cjs',
      '/dist-electron/main.cjs',
      '/dist-electron/preload.cjs',
      ...filesUnder(path.join(REPO, 'migrations'), '/migrations').filter((p) => !p.endsWith('_snapshot.json')),
      '/native/electron/better_sqlite3.node',
      '/package.json',
    ].sort();
    expect([...files].sort()).toEqual(expected);
    expect(files).toContain('/dist/index.html');
    expect(files.some((p) => /^\/dist\/assets\/index-.+\.js$/.test(p))).toBe(true);
    expect(files).toContain('/migrations/meta/_journal.json');
    expect(files.filter((p) => /\/migrations\/\d{4}_.+\.sql$/.test(p)).length).toBeGreaterThan(10);
    for (const p of files) {
      expect(p, 'node_modules, tests, scripts, sources, C sources or build objects').not.toMatch(
        /node_modules|^\/tests\/|^\/scripts\/|^\/(electron|renderer|db|common)\/|\.tsx?$|\.(c|cc|cpp|h|o|a|gyp)$|_snapshot\.json$/,
      );
    }
  });

  it('keeps the pinned engine outside the asar, where the main process loads it', () => {
    const archive = path.join(appOutDir, 'resources', 'app.asar');
    expect(asar.statFile(archive, 'native/electron/better_sqlite3.node', false)).toMatchObject({ unpacked: true });
    const unpacked = path.join(appOutDir, 'resources', 'app.asar.unpacked');
    expect(filesUnder(unpacked, '')).toEqual(['/native/electron/better_sqlite3.node']);
    expect(sha256(readFileSync(path.join(unpacked, 'native', 'electron', 'better_sqlite3.node')))).toBe(sha256(readFileSync(NODE_BUILD)));
  });

  it('starts from its own files: the packed main process migrates the database with the engine beside the asar', async () => {
    // The app as installed: resources/app.asar (extracted here into a folder of that name, as
    // app.getAppPath() names it) and resources/app.asar.unpacked. No node_modules anywhere above.
    const resources = path.join(temp, 'installed', 'resources');
    asar.extractAll(path.join(appOutDir, 'resources', 'app.asar'), path.join(resources, 'app.asar'));
    cpSync(path.join(appOutDir, 'resources', 'app.asar.unpacked'), path.join(resources, 'app.asar.unpacked'), { recursive: true });
    rmSync(path.join(resources, 'app.asar', 'native'), { recursive: true, force: true });
    // Electron stood in by a fake that accepts any call; the engine is the Node build (pinned by
    // the test lock), so the packed bundles run under plain Node.
    writeFileSync(path.join(temp, 'fake-electron.cjs'), FAKE_ELECTRON);
    writeFileSync(
      path.join(temp, 'hook.cjs'),
      `const Module = require('node:module');
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return request === 'electron' ? ${JSON.stringify(path.join(temp, 'fake-electron.cjs'))} : resolve.call(this, request, ...rest);
};`,
    );
    const local = path.join(temp, 'local');
    const child = spawn(process.execPath, ['-r', path.join(temp, 'hook.cjs'), path.join(resources, 'app.asar', 'dist-electron', 'main.cjs')], {
      cwd: temp,
      env: { ...process.env, XDG_DATA_HOME: local, HOME: local, LOCALAPPDATA: local, FAKE_APP_PATH: path.join(resources, 'app.asar') },
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const file = path.join(local, 'asoen-desk', 'asoen-desk.sqlite');
    const journal = JSON.parse(readFileSync(path.join(REPO, 'migrations', 'meta', '_journal.json'), 'utf8')) as { entries: unknown[] };
    let tables: string[] = [];
    try {
      for (let i = 0; i < 300 && !tables.includes('meetings'); i++) {
        await new Promise((r) => setTimeout(r, 100));
        if (child.exitCode !== null) break;
        if (!existsSync(file)) continue;
        const db = new Database(file, { readonly: true, fileMustExist: true });
        try {
          tables = (db.prepare("select name from sqlite_master where type = 'table'").all() as { name: string }[]).map((r) => r.name);
          if (tables.includes('meetings')) expect((db.prepare('select count(*) as n from __drizzle_migrations').get() as { n: number }).n).toBe(journal.entries.length);
        } catch {
          tables = [];
        } finally {
          db.close();
        }
      }
    } finally {
      child.kill('SIGKILL');
    }
    expect(stderr).toBe('');
    expect(tables).toContain('meetings');
  }, 60_000);

  it('is small: the bundles and the renderer, not 75 MB of node_modules', () => {
    const asarBytes = statSync(path.join(appOutDir, 'resources', 'app.asar')).size;
    expect(asarBytes).toBeLessThan(20 * 1024 * 1024);
  });
});

describe('npm run dist refuses, in one sentence, before electron-builder runs', () => {
  const refusal = (r: ReturnType<typeof dist>) => {
    expect(r.status).toBe(1);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^npm run dist refused: .+\.$/);
    expect(r.stdout).not.toContain('electron-builder');
    return lines[0]!;
  };

  it('when the project lock pins no engine for the target (as the project lock does today)', () => {
    const other = path.join(temp, 'unpinned');
    cpSync(project, other, { recursive: true, verbatimSymlinks: true });
    copyFileSync(path.join(REPO, 'native', 'electron-addon.lock.json'), path.join(other, 'native', 'electron-addon.lock.json'));
    // An arch native:pin does not pin by default: refused whatever the lock holds for the others.
    const r = dist(['--skip-build', '--linux', '--armv7l', '--dir'], other);
    expect(refusal(r)).toContain('has no pinned checksum in native/electron-addon.lock.json');
    expect(existsSync(path.join(other, 'release'))).toBe(false);
  });

  it('when the engine in native/electron differs from the pinned one and no other can be downloaded', () => {
    const other = path.join(temp, 'swapped');
    cpSync(project, other, { recursive: true, verbatimSymlinks: true });
    writeFileSync(path.join(other, 'native', 'electron', 'better_sqlite3.node'), 'swapped');
    const r = dist(['--skip-build', '--linux', '--x64', '--dir'], other, { npm_config_better_sqlite3_binary_host: 'http://127.0.0.1:1/x' });
    expect(refusal(r)).toContain('the database engine for Electron could not be downloaded');
    expect(existsSync(path.join(other, 'native', 'electron', 'better_sqlite3.node'))).toBe(false);
    expect(existsSync(path.join(other, 'release'))).toBe(false);
  });

  it('when asked for two platforms at once', () => {
    expect(refusal(dist(['--skip-build', '--linux', '--win', '--dir']))).toContain('one platform and one arch per run');
  });
});
