import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

// Builds the real bundles and runs them under plain Node, with 'electron' resolved to a fake:
// proves the bundles load, the preload needs nothing but 'electron', the main process opens its
// database in the local data folder and answers on 'api', and its exports run on the bundled
// job worker (dist-electron/jobs-worker.cjs), not on TypeScript sources.

const REPO = path.resolve(__dirname, '../..');
const OUT = path.join(REPO, 'dist-electron');

const FAKE_ELECTRON = `
const report = (kind, value) => process.stdout.write(JSON.stringify({ kind, value }) + '\\n');
const listeners = {};
const pending = [];
const app = {
  isPackaged: true,
  requestSingleInstanceLock: () => true,
  enableSandbox: () => report('enableSandbox', true),
  quit: () => report('quit', true),
  on: (name, listener) => { listeners[name] = listener; },
  whenReady: () => Promise.resolve(),
  getAppPath: () => process.env.FAKE_APP_PATH,
  getPath: () => { throw new Error('userData must not be used'); },
  getVersion: () => '1.2.3',
};
const guarded = [];
const session = { setPermissionRequestHandler() {}, setPermissionCheckHandler() {}, setDevicePermissionHandler() {}, webRequest: { onHeadersReceived() {}, onBeforeRequest() {} } };
class BrowserWindow {
  constructor(options) {
    report('window', options);
    this.webContents = { on(name) { guarded.push(name); }, setWindowOpenHandler() { guarded.push('windowOpen'); }, session };
    listeners['web-contents-created']({}, this.webContents);
    report('guarded', guarded);
  }
  once() {}
  on() {}
  async loadURL(url) {
    report('loadURL', url);
    await Promise.all(pending);
    setImmediate(() => listeners['will-quit']({ preventDefault: () => report('preventDefault', true) }));
  }
}
module.exports = {
  app,
  BrowserWindow,
  ipcMain: {
    handle(channel, handler) {
      if (channel !== 'api') return report('handle', { channel });
      const mainFrame = { url: 'app://desk/index.html', origin: 'app://desk', parent: null };
      const call = (method, input) => handler({ senderFrame: mainFrame, sender: { mainFrame } }, method, input);
      report('handle', { channel, info: call('app.info', {}) });
      const folder = process.env.FAKE_EXPORT_DIR;
      if (folder) {
        // An export as the window would start it: the job runs on a worker; poll it to the end.
        pending.push((async () => {
          call('settings.update', { exportFolder: folder });
          let job = call('exports.csv', { list: 'meetings', language: 'vi' }).value;
          while (job.state === 'running') {
            await new Promise((r) => setTimeout(r, 20));
            job = call('jobs.status', { jobId: job.jobId }).value;
          }
          report('job', job);
          // The tracker: its workbook library is loaded only when a workbook is written.
          job = call('exports.tracker', { language: 'vi' }).value;
          while (job.state === 'running') {
            await new Promise((r) => setTimeout(r, 20));
            job = call('jobs.status', { jobId: job.jobId }).value;
          }
          report('tracker', job);
        })());
      }
    },
  },
  dialog: { showErrorBox: (title, content) => report('errorBox', content) },
  protocol: {
    registerSchemesAsPrivileged: (schemes) => report('privileged', schemes),
    handle(scheme, handler) {
      // The bundled handler, in plain Node: a request that climbs out of dist/ is refused.
      pending.push(Promise.resolve(handler({ url: 'app://desk/%2e%2e/package.json', method: 'GET' })).then((r) => report('protocol', { scheme, status: r.status })));
    },
  },
  session: { defaultSession: session },
  contextBridge: { exposeInMainWorld: (key, api) => report('exposed', { key, keys: Object.keys(api) }) },
  ipcRenderer: { invoke() {} },
};
`;

let temp: string;
let build: SpawnSyncReturns<string>;

beforeAll(() => {
  build = spawnSync(process.execPath, ['scripts/build-electron.mjs'], { cwd: REPO, encoding: 'utf8', timeout: 60_000 });
  temp = mkdtempSync(path.join(tmpdir(), 'asoen-bundle-'));
  writeFileSync(path.join(temp, 'fake-electron.cjs'), FAKE_ELECTRON);
  writeFileSync(
    path.join(temp, 'hook.cjs'),
    `const Module = require('node:module');
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return request === 'electron' ? ${JSON.stringify(path.join(temp, 'fake-electron.cjs'))} : resolve.call(this, request, ...rest);
};`,
  );
}, 60_000);

afterAll(() => rmSync(temp, { recursive: true, force: true }));

function runBundle(file: string, extraEnv: Record<string, string> = {}) {
  const local = path.join(temp, 'local');
  const result = spawnSync(process.execPath, ['-r', path.join(temp, 'hook.cjs'), file], {
    cwd: REPO,
    encoding: 'utf8',
    timeout: 30_000,
    env: {
      ...process.env,
      XDG_DATA_HOME: local,
      LOCALAPPDATA: local,
      HOME: local,
      FAKE_APP_PATH: REPO,
      ...extraEnv,
    },
  });
  const reports = result.stdout
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as { kind: string; value: unknown });
  return { ...result, reports, local };
}

describe('scripts/build-electron.mjs', () => {
  it('bundles silently', () => {
    expect(build.stderr).toBe('');
    expect(build.stdout).toBe('');
    expect(build.status).toBe(0);
  });

  it('makes a preload that requires nothing but electron and exposes only api.invoke, api.choose and api.onCloseRequest', () => {
    const source = readFileSync(path.join(OUT, 'preload.cjs'), 'utf8');
    const required = [...source.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]);
    expect(required).toEqual(['electron']);
    const { status, reports } = runBundle(path.join(OUT, 'preload.cjs'));
    expect(status).toBe(0);
    expect(reports).toEqual([{ kind: 'exposed', value: { key: 'api', keys: ['invoke', 'choose', 'onCloseRequest'] } }]);
  });

  it('makes a main process that opens the local database and answers on api (and the dialog channel)', () => {
    const { status, stderr, reports, local } = runBundle(path.join(OUT, 'main.cjs'));
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const kinds = reports.map((r) => r.kind);
    // Quitting first stops the desk (the quit is held, then made again once the database is closed).
    expect(kinds).toEqual(['enableSandbox', 'privileged', 'handle', 'handle', 'window', 'guarded', 'handle', 'loadURL', 'protocol', 'preventDefault', 'quit']);
    // The window's close is held until the page answers about unsaved changes.
    expect(reports[6]!.value).toEqual({ channel: 'close-answer' });
    expect(reports[1]!.value).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
    expect(reports[3]!.value).toEqual({ channel: 'dialog' });
    const handle = reports[2]!.value as { channel: string; info: { ok: boolean; value: { appVersion: string; dataFile: string } } };
    expect(handle.channel).toBe('api');
    expect(handle.info.ok).toBe(true);
    expect(handle.info.value.appVersion).toBe('1.2.3');
    expect(handle.info.value.dataFile.startsWith(local + path.sep)).toBe(true);
    const window = reports[4]!.value as { webPreferences: { preload: string; sandbox: boolean; contextIsolation: boolean } };
    expect(window.webPreferences).toMatchObject({ preload: path.join(OUT, 'preload.cjs'), sandbox: true, contextIsolation: true });
    expect(reports[5]!.value).toEqual(['will-navigate', 'will-frame-navigate', 'will-redirect', 'will-attach-webview', 'windowOpen']);
    expect(reports[7]!.value).toBe('app://desk/index.html');
    expect(reports[8]!.value).toEqual({ scheme: 'app', status: 403 });
  });

  // The installer carries no node_modules: outside Node's own modules (and 'electron' in the
  // main process), a bundle may load only the database engine's Node build, its fallback when no
  // nativeBinding is given (the app always gives the Electron build).
  it.each(['main.cjs', 'jobs-worker.cjs'])('makes a %s that needs nothing from node_modules but the Node build of the addon', (file) => {
    const source = readFileSync(path.join(OUT, file), 'utf8');
    const required = new Set([...source.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]!));
    const builtins = new Set(builtinModules);
    const allowed = new Set(['better-sqlite3/build/Release/better_sqlite3.node', ...(file === 'main.cjs' ? ['electron'] : [])]);
    for (const name of required) expect(allowed.has(name) || builtins.has(name.replace(/^node:/, '')), name).toBe(true);
    expect(required.has('better-sqlite3')).toBe(false);
    expect(required.has('bindings')).toBe(false);
  });

  it('runs an export started through api on the bundled job worker', () => {
    const exportDir = path.join(temp, 'share');
    mkdirSync(exportDir);
    const { status, stderr, reports } = runBundle(path.join(OUT, 'main.cjs'), { FAKE_EXPORT_DIR: exportDir });
    // Nothing is written to stderr, not even Node's DEP0005: the zip code under exceljs
    // (archiver-utils 2, outside node_modules once bundled) called the old Buffer() constructor;
    // package.json's overrides give archiver the archiver-utils 3 that zip-stream already used.
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const job = reports.find((r) => r.kind === 'job')?.value as { state: string; error: unknown; result: { file: string; bytes: number } };
    expect(job.error).toBeNull();
    expect(job.state).toBe('done');
    expect(path.dirname(job.result.file)).toBe(exportDir);
    const csv = readFileSync(job.result.file);
    expect(csv.length).toBe(job.result.bytes);
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.toString('utf8')).toContain('Tên hội nghị');
    const tracker = reports.find((r) => r.kind === 'tracker')?.value as typeof job;
    expect(tracker.error).toBeNull();
    expect(tracker.state).toBe('done');
    const xlsx = readFileSync(tracker.result.file);
    expect(xlsx.length).toBe(tracker.result.bytes);
    expect(xlsx.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(readdirSync(exportDir).sort()).toEqual([path.basename(job.result.file), path.basename(tracker.result.file)].sort());
  });

  it('keeps the workbook library out of the main process, and loads it in the worker only to write a workbook', () => {
    expect(readFileSync(path.join(OUT, 'main.cjs'), 'utf8')).not.toContain('node_modules/exceljs/');
    const worker = readFileSync(path.join(OUT, 'jobs-worker.cjs'), 'utf8');
    expect(worker).toMatch(/await Promise\.resolve\(\)\.then\(\(\) => __toESM\(require_excel\(\)/);
  });
});
