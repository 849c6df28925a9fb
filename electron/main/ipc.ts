import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { ApiError, Envelope } from '../contract';
import { INTERNAL, type Dispatch } from '../handlers/dispatch';
import { isAppUrl } from './guards';

export const API_CHANNEL = 'api';

export const UNTRUSTED: ApiError = {
  code: 'VALIDATION',
  message: {
    vi: 'Yêu cầu bị từ chối vì đến từ một trang không phải của ASOEN Desk.',
    en: 'The request was refused because it came from an untrusted page, not from ASOEN Desk itself.',
  },
};

const BAD_METHOD: ApiError = {
  code: 'VALIDATION',
  message: { vi: 'Tên chức năng phải là một chuỗi ký tự.', en: 'The method name must be a string.' },
};


/** Only the app's own page, in the window's main frame, may call the API. */
export function isTrustedSender(event: IpcMainInvokeEvent, appIndexUrl: string): boolean {
  try {
    const frame = event.senderFrame;
    if (!frame) return false;
    const isMainFrame = frame.parent === null || frame === event.sender.mainFrame;
    return isMainFrame && isAppUrl(frame.url, appIndexUrl);
  } catch {
    // A frame that navigated away or was destroyed mid-call throws on access.
    return false;
  }
}

/**
 * The single IPC entry point. Input validation happens in `dispatch` (zod, per method); here
 * only the sender is checked. Always answers with an envelope, because Electron passes only an
 * error's message through `ipcMain.handle`.
 */
export function registerApi(
  ipcMain: Pick<IpcMain, 'handle'>,
  dispatch: Dispatch,
  appIndexUrl: string,
  log: (message: string, error: unknown) => void = (message, error) => console.error(message, error),
): void {
  ipcMain.handle(API_CHANNEL, (event, method: unknown, input: unknown): Envelope<unknown> => {
    if (!isTrustedSender(event, appIndexUrl)) return { ok: false, error: UNTRUSTED };
    if (typeof method !== 'string') return { ok: false, error: BAD_METHOD };
    try {
      return dispatch(method, input);
    } catch (err) {
      log(`API call ${method} failed outside the dispatcher`, err);
      return { ok: false, error: INTERNAL };
    }
  });
}
