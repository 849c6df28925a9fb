const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn(async () => ({ ok: true, value: 'from main' })), on: vi.fn() },
}));

vi.mock('electron', () => electron);

describe('preload', () => {
  it("exposes exactly one key, 'api', with invoke (the 'api' channel), choose (the 'dialog' channel) and the close question", async () => {
    await import('../../electron/preload/index');
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledOnce();
    const [key, api] = electron.contextBridge.exposeInMainWorld.mock.calls[0] as unknown as [string, Record<string, unknown>];
    expect(key).toBe('api');
    expect(Object.keys(api)).toEqual(['invoke', 'choose', 'onCloseRequest']);
    expect(typeof api.invoke).toBe('function');

    const input = { id: 'abc' };
    await expect((api.invoke as (m: string, i: unknown) => Promise<unknown>)('meetings.get', input)).resolves.toEqual({ ok: true, value: 'from main' });
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith('api', 'meetings.get', input);

    const request = { kind: 'folder', title: 'Chọn thư mục' };
    await (api.choose as (i: unknown) => Promise<unknown>)(request);
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith('dialog', request);

    // Closing the window: the page is asked on 'close-request' and answers on 'close-answer'.
    const asked: Array<(a: string) => void> = [];
    (api.onCloseRequest as (ask: (answer: (a: string) => void) => void) => void)((answer) => asked.push(answer));
    const [channel, listener] = electron.ipcRenderer.on.mock.calls[0] as unknown as [string, () => void];
    expect(channel).toBe('close-request');
    listener();
    asked[0]!('asking');
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith('close-answer', 'asking');
  });
});
