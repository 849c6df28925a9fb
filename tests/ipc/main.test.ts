import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

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

  const defaultSession = {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
    webRequest: { onHeadersReceived: vi.fn(), onBeforeRequest: vi.fn() },
  };
  const newWebContents = () => ({ on: vi.fn(), setWindowOpenHandler: vi.fn(), session: defaultSession });

  class BrowserWindow {
    static instances: BrowserWindow[] = [];
    readonly options: unknown;
    readonly webContents = newWebContents();
    readonly once = vi.fn();
    readonly on = vi.fn();
    readonly show = vi.fn();
    readonly focus = vi.fn();
    readonly restore = vi.fn();
    readonly isMinimized = vi.fn(() => true);
    readonly loadFile = vi.fn(async (_file: string) => undefined);
    readonly loadURL = vi.fn(async (_url: string) => undefined);
    constructor(options: unknown) {
      this.options = options;
      BrowserWindow.instances.push(this);
      // As Electron does: the app hears of every new web contents, the window's first.
      state.listeners.get('web-contents-created')?.({}, this.webContents);
    }
  }

  const handles: Array<[string, Fn]> = [];
  const ipcMain = { handle: vi.fn((channel: string, handler: Fn) => handles.push([channel, handler])) };
  const dialog = { showErrorBox: vi.fn() };
  const protocols = new Map<string, Fn>();
  const protocol = {
    registerSchemesAsPrivileged: vi.fn(),
    handle: vi.fn((scheme: string, handler: Fn) => protocols.set(scheme, handler)),
  };
  return { state, handles, protocols, newWebContents, module: { app, BrowserWindow, ipcMain, dialog, protocol, session: { defaultSession } } };
});

vi.mock('electron', () => fake.module);

const { app, BrowserWindow, dialog, protocol, session } = fake.module;
const ENV_KEYS = ['LOCALAPPDATA', 'XDG_DATA_HOME', 'HOME', 'APPDATA'] as const;
const REPO = path.resolve(__dirname, '../..');

let temp: string;
let savedEnv: Partial<Record<(typeof ENV_KEYS)[number], string>>;

/** An app folder as electron-builder lays it out: the renderer, migrations (and optionally a native addon). */
function makeAppDir(): string {
  const dir = path.join(temp, 'app');
  cpSync(path.join(REPO, 'migrations'), path.join(dir, 'migrations'), { recursive: true });
  mkdirSync(path.join(dir, 'dist'));
  writeFileSync(path.join(dir, 'dist', 'index.html'), '<!doctype html><title>ASOEN Desk</title>');
  return dir;
}

/** The frame of the app's page as Electron reports it to an IPC handler. */
const appFrame = (url = 'app://desk/index.html', origin = 'app://desk') => {
  const mainFrame = { url, origin, parent: null };
  return { senderFrame: mainFrame, sender: { mainFrame } };
};

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
  fake.protocols.clear();
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
    await vi.waitFor(() => expect(BrowserWindow.instances[0]?.loadURL).toHaveBeenCalled());

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
    // The page comes from app://desk, never from a file.
    expect(win.loadURL).toHaveBeenCalledExactlyOnceWith('app://desk/index.html');
    expect(win.loadFile).not.toHaveBeenCalled();
    expect(win.once).toHaveBeenCalledWith('ready-to-show', expect.any(Function));

    // Guards installed on the window (through web-contents-created) and the session.
    const events = win.webContents.on.mock.calls.map(([name]) => name);
    expect(events).toEqual(expect.arrayContaining(['will-navigate', 'will-frame-navigate', 'will-redirect', 'will-attach-webview']));
    expect(win.webContents.setWindowOpenHandler).toHaveBeenCalledOnce();
    expect(session.defaultSession.setPermissionRequestHandler).toHaveBeenCalledOnce();
    expect(session.defaultSession.setPermissionCheckHandler).toHaveBeenCalledOnce();
    expect(session.defaultSession.webRequest.onHeadersReceived).toHaveBeenCalledOnce();
    expect(session.defaultSession.webRequest.onBeforeRequest).toHaveBeenCalledOnce();

    // One handler, on 'api', answering from the real database; the dialogs; the close question
    // (the window's 'close' is held until the page answers).
    expect(fake.handles.map(([channel]) => channel)).toEqual(['api', 'dialog', 'close-answer']);
    expect(win.on).toHaveBeenCalledWith('close', expect.any(Function));
    const info = fake.handles[0]![1](appFrame(), 'app.info', {}) as {
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
    await vi.waitFor(() => expect(BrowserWindow.instances[0]?.loadURL).toHaveBeenCalled());
    const win = BrowserWindow.instances[0]!;

    fake.state.listeners.get('second-instance')?.({}, ['asoen-desk'], REPO);
    expect(win.restore).toHaveBeenCalledOnce();
    expect(win.focus).toHaveBeenCalledOnce();

    fake.state.listeners.get('window-all-closed')?.();
    expect(app.quit).toHaveBeenCalledOnce();
  });

  it('registers app:// as a privileged scheme before the app is ready, and serves only the renderer folder on it', async () => {
    await startMain();
    await vi.waitFor(() => expect(BrowserWindow.instances[0]?.loadURL).toHaveBeenCalled());

    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledExactlyOnceWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    const registered = vi.mocked(protocol.registerSchemesAsPrivileged).mock.invocationCallOrder[0]!;
    expect(registered).toBeLessThan(vi.mocked(app.whenReady).mock.invocationCallOrder[0]!);
    expect(protocol.handle).toHaveBeenCalledOnce();
    expect(protocol.handle.mock.calls[0]![0]).toBe('app');
    const handler = fake.protocols.get('app')!;
    const served = (await handler({ url: 'app://desk/index.html', method: 'GET' })) as Response;
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await served.text()).toBe('<!doctype html><title>ASOEN Desk</title>');
    // The migrations sit beside dist/ in the app folder: out of reach.
    const migration = readdirSync(path.join(fake.state.appPath, 'migrations')).find((f) => f.endsWith('.sql'))!;
    for (const url of [`app://desk/../migrations/${migration}`, `app://desk/%2e%2e/migrations/${migration}`, `app://desk/..%2fmigrations%2f${migration}`]) {
      const refused = (await handler({ url, method: 'GET' })) as Response;
      expect(refused.status, url).toBeGreaterThanOrEqual(400);
    }
  });

  it('trusts IPC only from the app:// page: the old file:// page and other origins are refused', async () => {
    await startMain();
    await vi.waitFor(() => expect(BrowserWindow.instances[0]?.loadURL).toHaveBeenCalled());
    const api = fake.handles[0]![1];
    expect((api(appFrame(), 'app.info', {}) as { ok: boolean }).ok).toBe(true);
    const filePage = `file://${path.join(fake.state.appPath, 'dist', 'index.html')}`;
    for (const event of [appFrame(filePage, 'file://'), appFrame(filePage, 'null'), appFrame('app://desk/index.html', 'null'), appFrame('https://example.org/', 'https://example.org')]) {
      expect(api(event, 'app.info', {}), JSON.stringify(event.senderFrame)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
  });

  it('guards every web contents created later (a popup, a webview), not only the window', async () => {
    await startMain();
    await vi.waitFor(() => expect(BrowserWindow.instances[0]?.loadURL).toHaveBeenCalled());
    const created = fake.state.listeners.get('web-contents-created');
    expect(created).toBeTypeOf('function');
    const later = fake.newWebContents();
    created!({}, later);
    const listeners = new Map(later.on.mock.calls.map(([name, listener]) => [name as string, listener as (...args: unknown[]) => void]));
    expect([...listeners.keys()]).toEqual(expect.arrayContaining(['will-navigate', 'will-frame-navigate', 'will-redirect', 'will-attach-webview']));
    const frameNavigation = { url: 'https://example.org/', isMainFrame: false, preventDefault: vi.fn() };
    listeners.get('will-frame-navigate')!(frameNavigation);
    expect(frameNavigation.preventDefault).toHaveBeenCalledOnce();
    const open = later.setWindowOpenHandler.mock.calls[0]![0] as (details: { url: string }) => unknown;
    expect(open({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
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
