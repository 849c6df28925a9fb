import { describe, expect, it, vi } from 'vitest';
import { CLOSE_ANSWER_CHANNEL, CLOSE_NO_ANSWER_MS, CLOSE_REQUEST_CHANNEL, installCloseGuard } from '../../electron/main/closeGuard';

// Closing the desktop window with unsaved changes (Electron mocked: the window, its page and
// ipcMain are fakes). The page is asked first; only its answer, or its silence, closes it.

const APP = 'app://desk/index.html';
type Handler = (event: unknown, ...args: unknown[]) => unknown;

function eventFrom(url: string) {
  const mainFrame = { url, origin: new URL(url).protocol === 'app:' ? 'app://desk' : new URL(url).origin, parent: null };
  return { senderFrame: mainFrame, sender: { mainFrame } };
}

function setup() {
  vi.useFakeTimers();
  const listeners = new Map<string, (event: { preventDefault: () => void }) => void>();
  let destroyed = false;
  const win = {
    on: vi.fn((name: string, listener: (event: { preventDefault: () => void }) => void) => listeners.set(name, listener)),
    destroy: vi.fn(() => {
      destroyed = true;
    }),
    isDestroyed: () => destroyed,
    webContents: { send: vi.fn() },
  };
  const handlers = new Map<string, Handler>();
  const ipcMain = { handle: (channel: string, handler: Handler) => handlers.set(channel, handler) };
  installCloseGuard(win as never, ipcMain as never);
  const close = () => {
    const event = { preventDefault: vi.fn() };
    listeners.get('close')!(event);
    return event;
  };
  const answer = (a: string, url = `${APP}#/meetings/1`) => handlers.get(CLOSE_ANSWER_CHANNEL)!(eventFrom(url), a);
  return { win, close, answer };
}

describe('closing the desktop window', () => {
  it('is held and the page asked; the window stays while the officer decides, and closes when they leave', () => {
    const { win, close, answer } = setup();
    const event = close();
    expect(event.preventDefault).toHaveBeenCalled();
    expect(win.webContents.send).toHaveBeenCalledWith(CLOSE_REQUEST_CHANNEL);
    answer('asking');
    vi.advanceTimersByTime(CLOSE_NO_ANSWER_MS * 10);
    expect(win.destroy).not.toHaveBeenCalled();
    answer('close');
    expect(win.destroy).toHaveBeenCalledOnce();
    vi.useRealTimers();
  });

  it('stays open when the officer stays, and asks again at the next close', () => {
    const { win, close, answer } = setup();
    close();
    answer('asking');
    answer('stay');
    vi.advanceTimersByTime(CLOSE_NO_ANSWER_MS * 2);
    expect(win.destroy).not.toHaveBeenCalled();
    close();
    expect(win.webContents.send).toHaveBeenCalledTimes(2);
    vi.useRealTimers();
  });

  it('closes at once when nothing is unsaved, and after a while when the page does not answer', () => {
    const clean = setup();
    clean.close();
    clean.answer('close');
    expect(clean.win.destroy).toHaveBeenCalledOnce();
    vi.useRealTimers();

    const silent = setup();
    silent.close();
    vi.advanceTimersByTime(CLOSE_NO_ANSWER_MS - 1);
    expect(silent.win.destroy).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(silent.win.destroy).toHaveBeenCalledOnce();
    vi.useRealTimers();
  });

  it('takes no answer from a page that is not the app', () => {
    const { win, close, answer } = setup();
    close();
    expect(answer('close', 'https://example.com/')).toBe(false);
    expect(answer('asking', 'https://example.com/')).toBe(false);
    expect(win.destroy).not.toHaveBeenCalled();
    vi.useRealTimers();
  });
});
