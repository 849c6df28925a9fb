import type { BrowserWindow, IpcMain, IpcMainInvokeEvent } from 'electron';
import { isTrustedSender } from './ipc';

// Closing the window with unsaved changes asks first, in the officer's language: the window's
// 'close' is held, the page is asked (through the preload) and answers at once whether it is
// asking the officer ('asking') or may close ('close'); after asking, 'close' or 'stay'. A page
// that does not answer at all (still loading, hung) does not keep the window open.

/** Main → page: the officer wants to close the window. */
export const CLOSE_REQUEST_CHANNEL = 'close-request';
/** Page → main: 'asking' (a question is on screen), 'close' or 'stay'. */
export const CLOSE_ANSWER_CHANNEL = 'close-answer';
export type CloseAnswer = 'asking' | 'close' | 'stay';
export const CLOSE_NO_ANSWER_MS = 3000;

type Win = Pick<BrowserWindow, 'on' | 'destroy' | 'isDestroyed'> & { webContents: Pick<BrowserWindow['webContents'], 'send'> };

export function installCloseGuard(win: Win, ipcMain: Pick<IpcMain, 'handle'>, timers: { set: typeof setTimeout; clear: typeof clearTimeout } = { set: setTimeout, clear: clearTimeout }): void {
  let waiting: ReturnType<typeof setTimeout> | null = null;
  const stopWaiting = () => {
    if (waiting) timers.clear(waiting);
    waiting = null;
  };
  // destroy() closes without 'close' or the page's beforeunload: asked once is enough.
  const closeNow = () => {
    stopWaiting();
    if (!win.isDestroyed()) win.destroy();
  };
  win.on('close', (event) => {
    event.preventDefault();
    win.webContents.send(CLOSE_REQUEST_CHANNEL);
    stopWaiting();
    waiting = timers.set(closeNow, CLOSE_NO_ANSWER_MS);
  });
  ipcMain.handle(CLOSE_ANSWER_CHANNEL, (event: IpcMainInvokeEvent, answer: unknown) => {
    if (!isTrustedSender(event)) return false;
    if (answer === 'close') closeNow();
    else if (answer === 'asking' || answer === 'stay') stopWaiting();
    return true;
  });
}
