import { app, BrowserWindow, dialog, ipcMain, session } from 'electron';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { openAppDatabase, type AppDatabase } from '../../db/bootstrap';
import { AppError, type Messages } from '../../db/errors';
import { DATABASE_FILE, localDataDir } from '../../db/paths';
import type { HandlerContext } from '../handlers/context';
import { createDispatcher } from '../handlers/dispatch';
import { configureExports } from '../services/exportJobs';
import { startIntegrityCheck } from '../services/integrity';
import { startCheckpoints, stopCheckpoints } from '../services/checkpoints';
import { workerPool } from '../services/worker/pool';
import { sweepStaleTempDirs } from '../services/localTemp';
import { blockRemoteRequests, installCsp, installNavigationGuards, installPermissionGuards } from './guards';
import { registerDialogs } from './dialogs';
import { registerApi } from './ipc';
import { windowOptions } from './window';

let mainWindow: BrowserWindow | null = null;
let database: AppDatabase | null = null;

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
  const electronBinding = existsSync(nativeBinding) ? { nativeBinding } : {};
  database = openAppDatabase(path.join(localDataDir(), DATABASE_FILE), { migrationsFolder: path.join(root, 'migrations'), ...electronBinding });
  // The job workers open their own connections: with the same addon.
  configureExports(database.db, { migrationsFolder: path.join(root, 'migrations'), ...electronBinding });
  const ctx: HandlerContext = {
    db: database.db,
    deviceId: database.deviceId,
    dataFile: database.file,
    appVersion: app.getVersion(),
    schemaVersion: database.migration.schemaVersion,
    now: () => new Date(),
  };
  const indexFile = path.join(root, 'dist', 'index.html');
  const appIndexUrl = pathToFileURL(indexFile).href;
  registerApi(ipcMain, createDispatcher(ctx), appIndexUrl);
  registerDialogs(ipcMain, dialog, appIndexUrl, (event) => BrowserWindow.fromWebContents(event.sender));
  // The integrity check of the data file runs on a worker while the window opens (Settings shows
  // it); the local folders of jobs an earlier run left behind when it was closed mid-job go.
  startIntegrityCheck(database.db, electronBinding);
  // Saves do not wait for the log's checkpoints: a worker runs them once the desk is quiet.
  startCheckpoints(database.db, electronBinding);
  // A second worker, ready for the officer's first document (a thread and its libraries take
  // about half a second to start).
  workerPool().prewarm();
  void sweepStaleTempDirs();
  installPermissionGuards(session.defaultSession);
  installCsp(session.defaultSession);
  blockRemoteRequests(session.defaultSession);

  const win = new BrowserWindow(windowOptions(path.join(__dirname, 'preload.cjs'), { devTools: !app.isPackaged }));
  mainWindow = win;
  installNavigationGuards(win.webContents, appIndexUrl);
  win.once('ready-to-show', () => win.show());
  win.on('closed', () => {
    mainWindow = null;
  });
  await win.loadFile(indexFile);
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.enableSandbox();
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  // An office tool: closing the window ends the app, on macOS too.
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    if (database) stopCheckpoints(database.db);
    database?.db.close();
    database = null;
  });
  app.whenReady().then(start).catch(fail);
}
