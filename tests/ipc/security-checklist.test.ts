import { FuseV1Options, FuseVersion, flipFuses, getCurrentFuseWire } from '@electron/fuses';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY, DESKTOP_CONTENT_SECURITY_POLICY } from '../../electron/csp';
import { installNavigationGuards, installWebContentsGuards } from '../../electron/main/guards';
import { windowOptions } from '../../electron/main/window';
import { SECURITY_CHECKLIST } from '../../electron/security/checklist';
import { DESK_FUSES } from '../../electron/security/fuses';
import { APP_INDEX_URL } from '../../electron/security/origin';
import { ROOT } from '../helpers/paths';

// Electron's security checklist, item by item (electron/security/checklist.ts lists how the desk
// meets each one and which tests prove it). `electron` itself is never loaded: the window's
// options, the guards and the preload are the code electron/main runs, given fakes.

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn(async () => ({ ok: true, value: null })), on: vi.fn(), send: vi.fn(), sendSync: vi.fn() },
}));
vi.mock('electron', () => electron);

const web = windowOptions('/app/dist-electron/preload.cjs', { devTools: false }).webPreferences ?? {};

type Listener = (...args: unknown[]) => unknown;
function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: Listener | undefined;
  const session = {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
    webRequest: { onHeadersReceived: vi.fn(), onBeforeRequest: vi.fn() },
  };
  const contents = {
    session,
    on: (name: string, listener: Listener) => {
      listeners.set(name, listener);
      return contents;
    },
    setWindowOpenHandler: (handler: Listener) => {
      openHandler = handler;
    },
  };
  return { contents, listeners, open: (url: string) => openHandler?.({ url, features: '', disposition: 'new-window' }) };
}

/** Every source file under the given folders (TypeScript, JavaScript). */
function sources(...folders: string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.(ts|tsx|mts|cts|js|mjs|cjs)$/.test(name)) out.push(full);
    }
  };
  for (const folder of folders) walk(path.join(ROOT, folder));
  return out;
}

describe("Electron's security checklist", () => {
  it('checklist 1: the window loads app://desk and every policy allows nothing remote', () => {
    expect(APP_INDEX_URL).toMatch(/^app:\/\/desk\//);
    for (const policy of [CONTENT_SECURITY_POLICY, DESKTOP_CONTENT_SECURITY_POLICY]) {
      expect(policy).not.toMatch(/https?:|wss?:|ftp:|file:|\*/);
    }
    // electron/main loads the page by URL, and only that one.
    const main = readFileSync(path.join(ROOT, 'electron/main/index.ts'), 'utf8');
    expect(main).toContain('win.loadURL(APP_INDEX_URL)');
    expect(main).not.toMatch(/loadFile\(|loadURL\((?!APP_INDEX_URL\))/);
  });

  it('checklist 2: no renderer gets Node.js integration', () => {
    expect(web.nodeIntegration).toBe(false);
    expect(web.nodeIntegrationInWorker).toBe(false);
    expect(web.nodeIntegrationInSubFrames).toBe(false);
    // A <webview> could ask for Node.js: none is ever attached.
    const { contents, listeners } = fakeContents();
    installNavigationGuards(contents as never);
    const event = { preventDefault: vi.fn() };
    listeners.get('will-attach-webview')?.(event, { nodeIntegration: true }, { src: APP_INDEX_URL });
    expect(event.preventDefault).toHaveBeenCalledOnce();
  });

  it('checklist 3: the preload runs in an isolated context and speaks only through contextBridge', async () => {
    expect(web.contextIsolation).toBe(true);
    vi.resetModules();
    electron.contextBridge.exposeInMainWorld.mockClear();
    await import('../../electron/preload/index');
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledOnce();
    const preload = readFileSync(path.join(ROOT, 'electron/preload/index.ts'), 'utf8');
    expect(preload).not.toMatch(/\bwindow\.\w+\s*=|globalThis\.\w+\s*=/);
  });

  it('checklist 4: every renderer is sandboxed', () => {
    expect(web.sandbox).toBe(true);
    const main = readFileSync(path.join(ROOT, 'electron/main/index.ts'), 'utf8');
    // app.enableSandbox() comes before whenReady, so before any window.
    expect(main.indexOf('app.enableSandbox()')).toBeGreaterThan(-1);
    expect(main.indexOf('app.enableSandbox()')).toBeLessThan(main.indexOf('app.whenReady()'));
    for (const file of sources('electron/main', 'electron/preload')) {
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/sandbox\s*:\s*false/);
    }
  });

  it('checklist 6: web security stays on', () => {
    expect(web.webSecurity).toBe(true);
    for (const file of sources('electron')) {
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/webSecurity\s*:\s*false|disablewebsecurity/i);
    }
  });

  it('checklist 8: insecure content is never allowed to run', () => {
    expect(web.allowRunningInsecureContent).toBe(false);
    for (const file of sources('electron')) {
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/allowRunningInsecureContent\s*:\s*true/);
    }
  });

  it('checklist 9: no experimental features', () => {
    expect(web.experimentalFeatures).toBe(false);
    for (const file of sources('electron')) {
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/experimentalFeatures\s*:\s*true/);
    }
  });

  it('checklist 10: no Blink features are enabled anywhere', () => {
    expect(web).not.toHaveProperty('enableBlinkFeatures');
    for (const file of sources('electron/main', 'electron/preload', 'electron/runtime', 'scripts')) {
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/enableBlinkFeatures|enable-blink-features/);
    }
  });

  it('checklist 11: there is no <webview> to allow popups in, and no popup anyway', () => {
    expect(web.webviewTag).toBe(false);
    const { contents, open } = fakeContents();
    installNavigationGuards(contents as never);
    expect(open(APP_INDEX_URL)).toEqual({ action: 'deny' });
    expect(open('https://example.org/')).toEqual({ action: 'deny' });
    for (const file of sources('renderer')) {
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/<webview|allowpopups/i);
    }
  });

  it('checklist 12: a <webview> is refused whatever its options and source', () => {
    const created: Listener[] = [];
    installWebContentsGuards({ on: (_name: string, listener: Listener) => created.push(listener) } as never);
    const { contents, listeners } = fakeContents();
    created[0]!({}, contents);
    for (const [webPreferences, params] of [
      [{ nodeIntegration: true, preload: '/tmp/evil.js' }, { src: 'https://example.org/' }],
      [{ contextIsolation: false }, { src: APP_INDEX_URL }],
      [{}, { src: APP_INDEX_URL }],
    ]) {
      const event = { preventDefault: vi.fn() };
      listeners.get('will-attach-webview')?.(event, webPreferences, params);
      expect(event.preventDefault).toHaveBeenCalledOnce();
    }
  });

  it('checklist 15: nothing is ever handed to the shell to open', () => {
    for (const file of sources('electron', 'renderer', 'common', 'db', 'scripts')) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(/\bopenExternal\s*\(|\bopenPath\s*\(|\bshowItemInFolder\s*\(/);
      expect(text, file).not.toMatch(/import\s*\{[^}]*\bshell\b[^}]*\}\s*from\s*['"]electron['"]/);
    }
    // A link the page tries to open in a new window is simply refused: nothing else runs.
    const { contents, open } = fakeContents();
    installNavigationGuards(contents as never);
    for (const url of ['https://example.org/', 'mailto:a@example.org', 'file:///C:/Windows/System32/calc.exe', 'ms-msdt:/id']) {
      expect(open(url)).toEqual({ action: 'deny' });
    }
  });

  it('checklist 16: the installed Electron is exactly the pinned, current release', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
    const lock = JSON.parse(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { version: string }>;
    };
    const installed = JSON.parse(readFileSync(path.join(ROOT, 'node_modules/electron/package.json'), 'utf8')) as { version: string };
    const pinned = pkg.devDependencies.electron!;
    // An exact version, not a range: the app ships the release that was tested.
    expect(pinned).toMatch(/^\d+\.\d+\.\d+$/);
    expect(lock.packages['node_modules/electron']?.version).toBe(pinned);
    expect(lock.packages['']).toMatchObject({ devDependencies: { electron: pinned } });
    expect(installed.version).toBe(pinned);
    // A supported line: 45 or newer (the project moves one major at a time).
    expect(Number(pinned.split('.')[0])).toBeGreaterThanOrEqual(45);
  });

  it('checklist 19: the packaged app flips every fuse the desk decides', async () => {
    expect(DESK_FUSES.version).toBe(FuseVersion.V1);
    expect(DESK_FUSES[FuseV1Options.RunAsNode]).toBe(false);
    expect(DESK_FUSES[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false);
    expect(DESK_FUSES[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false);
    expect(DESK_FUSES[FuseV1Options.EnableCookieEncryption]).toBe(true);
    expect(DESK_FUSES[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true);
    expect(DESK_FUSES[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true);
    expect(DESK_FUSES[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(false);
    expect(DESK_FUSES[FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]).toBe(false);
    // Every fuse the installed @electron/fuses knows is decided: a new one needs a decision here.
    const known = Object.values(FuseV1Options).filter((v): v is FuseV1Options => typeof v === 'number');
    for (const fuse of known) expect(typeof (DESK_FUSES as Record<number, unknown>)[fuse], FuseV1Options[fuse]).toBe('boolean');

    // And @electron/fuses takes the list as it is: flipped on a stand-in binary carrying Electron's
    // fuse wire (sentinel, version, length, one byte per fuse, '1' on as Electron ships them).
    const dir = mkdtempSync(path.join(tmpdir(), 'asoen-fuses-'));
    try {
      const binary = path.join(dir, 'electron');
      const sentinel = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
      const shipped = Buffer.from('10110001'.slice(0, known.length).padEnd(known.length, '1'), 'latin1');
      writeFileSync(binary, Buffer.concat([Buffer.from('MZ…', 'utf8'), Buffer.from(sentinel), Buffer.from([1, known.length]), shipped, Buffer.from('…', 'utf8')]));
      await flipFuses(binary, DESK_FUSES);
      const wire = await getCurrentFuseWire(binary);
      for (const fuse of known) {
        const want = (DESK_FUSES as Record<number, boolean>)[fuse] ? '1'.charCodeAt(0) : '0'.charCodeAt(0);
        expect(wire[fuse], FuseV1Options[fuse]).toBe(want);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('checklist 20: the page gets three plain functions, never ipcRenderer or an IPC event', async () => {
    vi.resetModules();
    electron.contextBridge.exposeInMainWorld.mockClear();
    electron.ipcRenderer.invoke.mockClear();
    await import('../../electron/preload/index');
    const [, api] = electron.contextBridge.exposeInMainWorld.mock.calls[0] as unknown as [string, Record<string, unknown>];
    const raw = new Set<unknown>([electron.ipcRenderer, ...Object.values(electron.ipcRenderer)]);
    for (const [key, value] of Object.entries(api)) {
      expect(typeof value, key).toBe('function');
      expect(raw.has(value), key).toBe(false);
    }
    // A callback given by the page is passed on as data, never registered as an IPC listener;
    // the answer is the envelope from the main process, not an event object.
    const callback = vi.fn();
    const answer = await (api.invoke as (m: unknown, i: unknown) => Promise<unknown>)('meetings.list', callback);
    expect(answer).toEqual({ ok: true, value: null });
    expect(electron.ipcRenderer.on).not.toHaveBeenCalled();
    expect(electron.ipcRenderer.send).not.toHaveBeenCalled();
    expect((electron.ipcRenderer.invoke.mock.calls as unknown as unknown[][]).map(([channel]) => channel)).toEqual(['api']);
    expect(callback).not.toHaveBeenCalled();
    // The close question: the preload listens on its one channel; the page's callback gets a
    // function to answer with, never the IPC event.
    const ask = vi.fn();
    (api.onCloseRequest as (ask: unknown) => void)(ask);
    expect((electron.ipcRenderer.on.mock.calls as unknown as unknown[][]).map(([channel]) => channel)).toEqual(['close-request']);
    const listener = (electron.ipcRenderer.on.mock.calls as unknown as Array<[string, (event: unknown) => void]>)[0]![1];
    listener({ sender: electron.ipcRenderer, ports: [] });
    expect(ask).toHaveBeenCalledOnce();
    expect(ask.mock.calls[0]).toHaveLength(1);
    expect(typeof ask.mock.calls[0]![0]).toBe('function');
  });

  it('lists all 20 recommendations, in order, each with how the desk meets it and tests that exist', () => {
    expect(SECURITY_CHECKLIST.map((item) => item.number)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    for (const item of SECURITY_CHECKLIST) {
      expect(item.title.length, `item ${item.number}`).toBeGreaterThan(5);
      expect(item.how.length, `item ${item.number}`).toBeGreaterThan(20);
      if (!item.applies) expect(item.how, `item ${item.number}`).toMatch(/^Not applicable: /);
      expect(item.tests.length, `item ${item.number}`).toBeGreaterThan(0);
      for (const test of item.tests) {
        const file = path.join(ROOT, test.file);
        expect(existsSync(file), `${item.number}: ${test.file}`).toBe(true);
        const source = readFileSync(file, 'utf8');
        const escaped = test.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        // The title as the first argument of it(…) / it.each(…)(…): an existing test, not a comment.
        expect(source, `${item.number}: "${test.name}" in ${test.file}`).toMatch(new RegExp(`(?:\\bit|\\btest|\\])\\)?\\(\\s*(['"\`])${escaped}\\1`));
      }
    }
  });

  it('names every "checklist N" test of this file under item N', () => {
    const source = readFileSync(__filename, 'utf8');
    const titles = [...source.matchAll(/\bit\(\s*'(checklist (\d+): [^']+)'/g)].map((m) => ({ title: m[1]!, number: Number(m[2]) }));
    expect(titles.length).toBeGreaterThan(10);
    for (const { title, number } of titles) {
      const item = SECURITY_CHECKLIST.find((i) => i.number === number);
      expect(item?.tests.some((t) => t.file === 'tests/ipc/security-checklist.test.ts' && t.name === title), title).toBe(true);
    }
  });
});
