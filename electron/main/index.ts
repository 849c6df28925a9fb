import { app, BrowserWindow, dialog, ipcMain, protocol, session } from 'electron';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { AppError, type Messages } from '../../db/errors';
import { DATABASE_FILE, localDataDir } from '../../db/paths';
import { createDesk, type Desk } from '../runtime/desk';
import { APP_INDEX_URL, APP_SCHEME, APP_SCHEME_PRIVILEGES } from '../security/origin';
import { serveAppRequest } from '../security/protocol';
import { installCloseGuard } from './closeGuard';
import { installSessionGuards, installWebContentsGuards } from './guards';
import { registerDialogs } from './dialogs';
import { registerApi } from './ipc';
import { windowOptions } from './window';

let mainWindow: BrowserWindow | null = null;
let desk: Desk | null = null;

/** Native addons cannot be loaded from inside the asar archive; electron-builder unpacks them beside it. */
const unpacked = (p: string) => p.replace(/app\.asar(?=[\\/])/, 'app.asar.unpacked');

function fail(err: unknown): void {
  const messages: Messages =
    err instanceof AppError
      ? err.messages
      : { vi: 'ASOEN Desk không khởi động được do một lỗi ngoài dự kiến.', en: 'ASOEN Desk could not start because of an unexpected error.' };
  if (!(err instanceof AppError)) console.error(err);
  dialog.showErrorBox('ASOEN Desk', `${messages.vi}\n\n${messages.en}`);
  app.quit();
}

async function start(): Promise<void> {
  const root = app.getAppPath();
  const nativeBinding = unpacked(path.join(root, 'native', 'electron', 'better_sqlite3.node'));
  // The per-user *local* folder, not app.getPath('userData'): on Windows that is the roaming profile.
  desk = createDesk({
    file: path.join(localDataDir(), DATABASE_FILE),
    migrationsFolder: path.join(root, 'migrations'),
    appVersion: app.getVersion(),
    // The main connection and the job workers' own connections load the same addon.
    ...(existsSync(nativeBinding) ? { nativeBinding } : {}),
  });
  // The page comes from app://desk/…, served from the built renderer folder only (never file://).
  const rendererDir = path.join(root, 'dist');
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(request, rendererDir));
  registerApi(ipcMain, desk.dispatch);
  registerDialogs(ipcMain, dialog, (event) => BrowserWindow.fromWebContents(event.sender));
  // Checkpoints, the integrity check of the data file and a worker ready for the first document
  // start while the window opens.
  desk.startBackground();
  installSessionGuards(session.defaultSession);

  // Its web contents get the navigation, window and permission guards from 'web-contents-created'.
  const win = new BrowserWindow(windowOptions(path.join(__dirname, 'preload.cjs'), { devTools: !app.isPackaged }));
  mainWindow = win;
  // Unsaved changes: the page asks before the window closes.
  installCloseGuard(win, ipcMain);
  win.once('ready-to-show', () => win.show());
  win.on('closed', () => {
    mainWindow = null;
  });
  await win.loadURL(APP_INDEX_URL);
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.enableSandbox();
  // Before the app is ready: the app:// scheme's privileges, and the guards of every web contents.
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { ...APP_SCHEME_PRIVILEGES } }]);
  installWebContentsGuards(app);
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  // An office tool: closing the window ends the app, on macOS too.
  app.on('window-all-closed', () => app.quit());
  // Quitting stops the desk as the browser mode does: running jobs cancelled and recorded, the
  // log checkpointed, the database closed; then the app exits.
  let stopped = false;
  app.on('will-quit', (event) => {
    if (stopped || !desk) return;
    event.preventDefault();
    void desk.stop().finally(() => {
      stopped = true;
      desk = null;
      app.quit();
    });
  });
  app.whenReady().then(start).catch(fail);
}
