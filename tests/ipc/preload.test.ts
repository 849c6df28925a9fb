const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn(async () => ({ ok: true, value: 'from main' })) },
}));

vi.mock('electron', () => electron);

describe('preload', () => {
  it("exposes exactly one key, 'api', with invoke (the 'api' channel) and choose (the 'dialog' channel)", async () => {
    await import('../../electron/preload/index');
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledOnce();
    const [key, api] = electron.contextBridge.exposeInMainWorld.mock.calls[0] as unknown as [string, Record<string, unknown>];
    expect(key).toBe('api');
    expect(Object.keys(api)).toEqual(['invoke', 'choose']);
    expect(typeof api.invoke).toBe('function');

    const input = { id: 'abc' };
    await expect((api.invoke as (m: string, i: unknown) => Promise<unknown>)('meetings.get', input)).resolves.toEqual({ ok: true, value: 'from main' });
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith('api', 'meetings.get', input);

    const request = { kind: 'folder', title: 'Chọn thư mục' };
    await (api.choose as (i: unknown) => Promise<unknown>)(request);
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith('dialog', request);
  });
});
