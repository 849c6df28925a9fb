import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

// electron/main/index.ts runs against these fakes: no Electron binary exists on these machines.
const fake = vi.hoisted(() => {
  type Fn = (...args: unknown[]) => unknown;
  const state = { lock: true, appPath: '', userData: '', listeners: new Map<string, Fn>() };

  const app = {
    isPackaged: true,
    requestSingleInstanceLock: vi.fn(() => state.lock),
    enableSandbox: vi.fn(),
    quit: vi.fn(),
    on: vi.fn((name: string, listener: Fn) => {
      state.listeners.set(name, listener);
      return app;
    }),
    whenReady: vi.fn(() => Promise.resolve()),
    getAppPath: vi.fn(() => state.appPath),
    getPath: vi.fn(() => state.userData),
    getVersion: vi.fn(() => '9.9.9'),
  };

  class BrowserWindow {
    static instances: BrowserWindow[] = [];
    readonly options: unknown;
    readonly webContents = { on: vi.fn(), setWindowOpenHandler: vi.fn() };
    readonly once = vi.fn();
    readonly on = vi.fn();
    readonly show = vi.fn();
    readonly focus = vi.fn();
    readonly restore = vi.fn();
    readonly isMinimized = vi.fn(() => true);
    readonly loadFile = vi.fn(async (_file: string) => undefined);
    constructor(options: unknown) {
      this.options = options;
      BrowserWindow.instances.push(this);
    }
  }

  const handles: Array<[string, Fn]> = [];
  const ipcMain = { handle: vi.fn((channel: string, handler: Fn) => handles.push([channel, handler])) };
  const dialog = { showErrorBox: vi.fn() };
  const defaultSession = {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
    webRequest: { onHeadersReceived: vi.fn(), onBeforeRequest: vi.fn() },
  };
  return { state, handles, module: { app, BrowserWindow, ipcMain, dialog, session: { defaultSession } } };
});

vi.mock('electron', () => fake.module);

const { app, BrowserWindow, dialog, session } = fake.module;
const ENV_KEYS = ['LOCALAPPDATA', 'XDG_DATA_HOME', 'HOME', 'APPDATA'] as const;
const REPO = path.resolve(__dirname, '../..');

let temp: string;
let savedEnv: Partial<Record<(typeof ENV_KEYS)[number], string>>;

/** An app folder as electron-builder lays it out: migrations (and optionally a native addon). */
function makeAppDir(): string {
  const dir = path.join(temp, 'app');
  cpSync(path.join(REPO, 'migrations'), path.join(dir, 'migrations'), { recursive: true });
  return dir;
}

async function startMain() {
  vi.resetModules();
  await import('../../electron/main/index');
}

const localDir = () => path.join(temp, 'local');

beforeEach(() => {
  temp = mkdtempSync(path.join(tmpdir(), 'asoen-main-'));
  savedEnv = Object.fromEntries(ENV_KEYS.map((k) => [k, process.env[k]]));
  process.env.LOCALAPPDATA = localDir();
  process.env.XDG_DATA_HOME = localDir();
  process.env.HOME = localDir();
  process.env.APPDATA = path.join(temp, 'roaming');
  fake.state.lock = true;
  fake.state.appPath = makeAppDir();
  fake.state.userData = path.join(temp, 'userData');
  mkdirSync(fake.state.userData);
  fake.state.listeners.clear();
  fake.handles.length = 0;
  BrowserWindow.instances.length = 0;
  vi.clearAllMocks();
});

afterEach(async () => {
  // Quitting stops the desk first (jobs, checkpoint, database closed), then quits again.
  const quits = vi.mocked(app.quit).mock.calls.length;
  const event = { preventDefault: vi.fn() };
  fake.state.listeners.get('will-quit')?.(event);
  if (event.preventDefault.mock.calls.length > 0) await vi.waitFor(() => expect(vi.mocked(app.quit).mock.calls.length).toBe(quits + 1));
  for (const key of ENV_KEYS) {
    if (savedEnv[key] === undefined) delete process.env[key];
    else process.env[key] = savedEnv[key];
  }
  rmSync(temp, { recursive: true, force: true });
});

describe('electron/main', () => {
  it('starts: single-instance lock, sandbox, locked-down window, the api and dialog handlers, database in the local data folder', async () => {
    await startMain();
    await vi.waitFor(() => expect(BrowserWindow.instances[0]?.loadFile).toHaveBeenCalled());

    expect(app.requestSingleInstanceLock).toHaveBeenCalledOnce();
    expect(app.enableSandbox).toHaveBeenCalledOnce();
    expect(app.quit).not.toHaveBeenCalled();
    expect(dialog.showErrorBox).not.toHaveBeenCalled();

    expect(BrowserWindow.instances).toHaveLength(1);
    const win = BrowserWindow.instances[0]!;
    expect(win.options).toMatchObject({
      show: false,
      webPreferences: {
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        webviewTag: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        devTools: false,
      },
    });
    expect((win.options as { webPreferences: { preload: string } }).webPreferences.preload).toMatch(/preload\.cjs$/);
    const indexFile = path.join(fake.state.appPath, 'dist', 'index.html');
    expect(win.loadFile).toHaveBeenCalledExactlyOnceWith(indexFile);
    expect(win.once).toHaveBeenCalledWith('ready-to-show', expect.any(Function));

    // Guards installed on the window and the session.
    const events = win.webContents.on.mock.calls.map(([name]) => name);
    expect(events).toEqual(expect.arrayContaining(['will-navigate', 'will-redirect', 'will-attach-webview']));
    expect(win.webContents.setWindowOpenHandler).toHaveBeenCalledOnce();
    expect(session.defaultSession.setPermissionRequestHandler).toHaveBeenCalledOnce();
    expect(session.defaultSession.setPermissionCheckHandler).toHaveBeenCalledOnce();
    expect(session.defaultSession.webRequest.onHeadersReceived).toHaveBeenCalledOnce();
    expect(session.defaultSession.webRequest.onBeforeRequest).toHaveBeenCalledOnce();

    // One handler, on 'api', answering from the real database; the dialogs; the close question
    // (the window's 'close' is held until the page answers).
    expect(fake.handles.map(([channel]) => channel)).toEqual(['api', 'dialog', 'close-answer']);
    expect(win.on).toHaveBeenCalledWith('close', expect.any(Function));
    const mainFrame = { url: pathToFileURL(indexFile).href, parent: null };
    const info = fake.handles[0]![1]({ senderFrame: mainFrame, sender: { mainFrame } }, 'app.info', {}) as {
      ok: boolean;
      value: { appVersion: string; dataFile: string; schemaVersion: number };
    };
    expect(info.ok).toBe(true);
    expect(info.value.appVersion).toBe('9.9.9');
    expect(info.value.schemaVersion).toBeGreaterThan(0);

    // The database lives in the local data folder, never in Electron's (roaming) userData.
    expect(path.resolve(info.value.dataFile).startsWith(localDir() + path.sep)).toBe(true);
    expect(existsSync(info.value.dataFile)).toBe(true);
    expect(readdirSync(fake.state.userData)).toEqual([]);
    expect(existsSync(path.join(temp, 'roaming'))).toBe(false);
  });

  it('quits on window-all-closed (on macOS too) and focuses the existing window on a second instance', async () => {
    await startMain();
    await vi.waitFor(() => expect(BrowserWindow.instances[0]?.loadFile).toHaveBeenCalled());
    const win = BrowserWindow.instances[0]!;

    fake.state.listeners.get('second-instance')?.({}, ['asoen-desk'], REPO);
    expect(win.restore).toHaveBeenCalledOnce();
    expect(win.focus).toHaveBeenCalledOnce();

    fake.state.listeners.get('window-all-closed')?.();
    expect(app.quit).toHaveBeenCalledOnce();
  });

  it('quits at once when another instance holds the lock', async () => {
    fake.state.lock = false;
    await startMain();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(app.quit).toHaveBeenCalledOnce();
    expect(app.whenReady).not.toHaveBeenCalled();
    expect(BrowserWindow.instances).toHaveLength(0);
    expect(fake.handles).toHaveLength(0);
  });

  it('explains a database that cannot be opened, in Vietnamese then English, and quits', async () => {
    // An addon that is not a loadable library stands in for a broken Electron build.
    const native = path.join(fake.state.appPath, 'native', 'electron');
    mkdirSync(native, { recursive: true });
    writeFileSync(path.join(native, 'better_sqlite3.node'), 'not a shared library');

    await startMain();
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalledOnce());
    expect(dialog.showErrorBox).toHaveBeenCalledOnce();
    const [title, content] = dialog.showErrorBox.mock.calls[0] as [string, string];
    expect(title).toBe('ASOEN Desk');
    const [vi_, en] = content.split('\n\n');
    expect(vi_).toMatch(/Không mở được tệp dữ liệu/);
    expect(en).toMatch(/cannot be opened/);
    expect(BrowserWindow.instances).toHaveLength(0);
    expect(fake.handles).toHaveLength(0);
  });
});
