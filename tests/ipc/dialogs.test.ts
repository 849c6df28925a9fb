import { describe, expect, it, vi } from 'vitest';
import type { ChooseOutput, Envelope } from '../../electron/contract';
import { registerDialogs } from '../../electron/main/dialogs';
import { APP_INDEX_URL, APP_ORIGIN } from '../../electron/security/origin';

type FakeIpcMain = Parameters<typeof registerDialogs>[0];
type FakeDialog = Parameters<typeof registerDialogs>[1];
type Handler = (event: unknown, ...args: unknown[]) => Promise<Envelope<ChooseOutput>>;

const APP = APP_INDEX_URL;
const WINDOW = { id: 1 };

function eventFrom(url: string, options: { subframe?: boolean } = {}) {
  const mainFrame = { url, origin: url.startsWith(APP_ORIGIN) ? APP_ORIGIN : 'null', parent: null };
  const senderFrame = options.subframe ? { url, origin: mainFrame.origin, parent: mainFrame } : mainFrame;
  return { senderFrame, sender: { mainFrame } };
}

function setup(answer: { canceled: boolean; filePaths: string[] } | Error = { canceled: false, filePaths: ['D:\\Chia se\\ASOEN'] }) {
  const handlers: Array<[string, Handler]> = [];
  const ipcMain = { handle: (channel: string, handler: Handler) => handlers.push([channel, handler]) };
  const showOpenDialog = vi.fn(async () => {
    if (answer instanceof Error) throw answer;
    return answer;
  });
  const log = vi.fn();
  registerDialogs(ipcMain as unknown as FakeIpcMain, { showOpenDialog } as unknown as FakeDialog, () => WINDOW as never, log);
  const call = (event: unknown, input: unknown) => handlers[0]![1](event, input);
  return { handlers, showOpenDialog, call, log };
}

describe('the native folder and file dialogs (Electron mocked)', () => {
  it('registers one handler, on the channel "dialog"', () => {
    expect(setup().handlers.map(([c]) => c)).toEqual(['dialog']);
  });

  it('opens a folder dialog on the window, where the field points, and returns the chosen folder', async () => {
    const { call, showOpenDialog } = setup();
    const answer = await call(eventFrom(`${APP}#/settings`), { kind: 'folder', title: 'Chọn thư mục xuất tệp', defaultPath: 'D:\\Chia se' });
    expect(answer).toEqual({ ok: true, value: { path: 'D:\\Chia se\\ASOEN' } });
    expect(showOpenDialog).toHaveBeenCalledExactlyOnceWith(WINDOW, {
      title: 'Chọn thư mục xuất tệp',
      defaultPath: 'D:\\Chia se',
      properties: ['openDirectory', 'createDirectory', 'dontAddToRecent'],
    });
  });

  it('asks for a backup file with the .sqlite filter', async () => {
    const { call, showOpenDialog } = setup({ canceled: false, filePaths: ['E:\\ASOEN Desk backup 2026-11-20.sqlite'] });
    const answer = await call(eventFrom(APP), { kind: 'backupFile', title: 'Chọn tệp sao lưu' });
    expect(answer).toEqual({ ok: true, value: { path: 'E:\\ASOEN Desk backup 2026-11-20.sqlite' } });
    expect(showOpenDialog.mock.calls[0]).toEqual([WINDOW, { title: 'Chọn tệp sao lưu', properties: ['openFile', 'dontAddToRecent'], filters: [{ name: 'ASOEN Desk', extensions: ['sqlite'] }] }]);
  });

  it('answers null when the user cancels', async () => {
    const { call } = setup({ canceled: true, filePaths: [] });
    expect(await call(eventFrom(APP), { kind: 'folder', title: 'x' })).toEqual({ ok: true, value: { path: null } });
  });

  it.each([
    ['a remote page', eventFrom('https://evil.example/')],
    ['another local file', eventFrom('file:///other/index.html')],
    ["the app's old file:// page", eventFrom('file:///opt/asoen/resources/app.asar/dist/index.html')],
    ['a subframe of the app', eventFrom(APP, { subframe: true })],
    ['a destroyed frame', { senderFrame: null, sender: { mainFrame: null } }],
  ])('refuses %s without opening anything', async (_label, event) => {
    const { call, showOpenDialog } = setup();
    const answer = await call(event, { kind: 'folder', title: 'x' });
    expect(answer.ok).toBe(false);
    if (!answer.ok) expect(answer.error.message.vi).toMatch(/từ chối/);
    expect(showOpenDialog).not.toHaveBeenCalled();
  });

  it.each([
    ['no input', undefined],
    ['an unknown kind', { kind: 'saveFile', title: 'x' }],
    ['an empty title', { kind: 'folder', title: '  ' }],
    ['an unknown option', { kind: 'folder', title: 'x', properties: ['openFile', 'multiSelections'] }],
    ['a huge default path', { kind: 'folder', title: 'x', defaultPath: 'C:\\'.padEnd(5000, 'a') }],
  ])('refuses %s, in both languages, without opening anything', async (_label, input) => {
    const { call, showOpenDialog } = setup();
    const answer = await call(eventFrom(APP), input);
    expect(answer).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: { vi: expect.stringMatching(/không hợp lệ/), en: expect.stringMatching(/not valid/) } } });
    expect(showOpenDialog).not.toHaveBeenCalled();
  });

  it('turns a dialog that throws into INTERNAL and logs it', async () => {
    const { call, log } = setup(new Error('no display'));
    const answer = await call(eventFrom(APP), { kind: 'folder', title: 'x' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(log).toHaveBeenCalledOnce();
  });
});
