import type { BrowserWindow, Dialog, IpcMain, IpcMainInvokeEvent, OpenDialogOptions } from 'electron';
import { chooseInput, DIALOG_CHANNEL, type ApiError, type ChooseOutput, type Envelope } from '../contract';
import { INTERNAL } from '../handlers/dispatch';
import { isTrustedSender, UNTRUSTED } from './ipc';

const BAD_INPUT: ApiError = {
  code: 'VALIDATION',
  message: {
    vi: 'Yêu cầu mở hộp chọn thư mục không hợp lệ.',
    en: 'The request to open a folder dialog was not valid.',
  },
};

/** What the dialog is asked to show, for a validated request. */
export function dialogOptions(input: { kind: 'folder' | 'backupFile'; title: string; defaultPath?: string | undefined }): OpenDialogOptions {
  return {
    title: input.title,
    ...(input.defaultPath ? { defaultPath: input.defaultPath } : {}),
    properties: input.kind === 'folder' ? ['openDirectory', 'createDirectory', 'dontAddToRecent'] : ['openFile', 'dontAddToRecent'],
    ...(input.kind === 'backupFile' ? { filters: [{ name: 'ASOEN Desk', extensions: ['sqlite'] }] } : {}),
  };
}

/**
 * The native folder and file dialogs, on their own channel: only the app's main frame may
 * open one, its input is checked with zod, and what comes back is a path or null (cancelled).
 * The path is then checked again by whatever uses it (an export, a restore), like a typed one.
 */
export function registerDialogs(
  ipcMain: Pick<IpcMain, 'handle'>,
  dialog: Pick<Dialog, 'showOpenDialog'>,
  windowOf: (event: IpcMainInvokeEvent) => BrowserWindow | null,
  log: (message: string, error: unknown) => void = (message, error) => console.error(message, error),
): void {
  ipcMain.handle(DIALOG_CHANNEL, async (event, raw: unknown): Promise<Envelope<ChooseOutput>> => {
    if (!isTrustedSender(event)) return { ok: false, error: UNTRUSTED };
    const parsed = chooseInput.safeParse(raw);
    if (!parsed.success) return { ok: false, error: BAD_INPUT };
    try {
      const options = dialogOptions(parsed.data);
      const window = windowOf(event);
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return { ok: true, value: { path: result.canceled ? null : (result.filePaths[0] ?? null) } };
    } catch (err) {
      log('The folder dialog failed', err);
      return { ok: false, error: INTERNAL };
    }
  });
}
