import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { ApiError, Envelope } from '../contract';
import { INTERNAL, type Dispatch } from '../handlers/dispatch';
import { APP_ORIGIN, isAppPage } from '../security/origin';

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


/**
 * Only the app's own page, app://desk/index.html, in the top frame of its window, may call the
 * API: the frame's origin must be app://desk (not a file:// page, not about:blank or a blob: or a
 * sandboxed document, whose URL says nothing of who controls it) and its URL the app's page.
 */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): boolean {
  try {
    const frame = event.senderFrame;
    if (!frame) return false;
    return frame.parent === null && frame.origin === APP_ORIGIN && isAppPage(frame.url);
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
  log: (message: string, error: unknown) => void = (message, error) => console.error(message, error),
): void {
  ipcMain.handle(API_CHANNEL, (event, method: unknown, input: unknown): Envelope<unknown> => {
    if (!isTrustedSender(event)) return { ok: false, error: UNTRUSTED };
    if (typeof method !== 'string') return { ok: false, error: BAD_METHOD };
    try {
      return dispatch(method, input);
    } catch (err) {
      log(`API call ${method} failed outside the dispatcher`, err);
      return { ok: false, error: INTERNAL };
    }
  });
}
