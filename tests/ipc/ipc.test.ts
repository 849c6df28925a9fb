import type { Envelope } from '../../electron/contract';
import type { Dispatch } from '../../electron/handlers/dispatch';
import { registerApi } from '../../electron/main/ipc';
import { APP_INDEX_URL } from '../../electron/security/origin';

type FakeIpcMain = Parameters<typeof registerApi>[0];
type InvokeEvent = Parameters<Parameters<FakeIpcMain['handle']>[1]>[0];

const APP = APP_INDEX_URL;
/** Where the app's page was loaded from before app://desk: a file:// page must not be trusted now. */
const OLD_FILE_PAGE = 'file:///opt/asoen/resources/app.asar/dist/index.html';

type Handler = (event: InvokeEvent, ...args: unknown[]) => unknown;

function setup(dispatchImpl: Dispatch = () => ({ ok: true, value: { pong: true } })) {
  const handlers: Array<[string, Handler]> = [];
  const ipcMain = { handle: (channel: string, handler: Handler) => handlers.push([channel, handler]) };
  const dispatch = vi.fn(dispatchImpl);
  const log = vi.fn();
  registerApi(ipcMain as unknown as FakeIpcMain, dispatch, log);
  const call = (event: unknown, ...args: unknown[]) => handlers[0]![1](event as InvokeEvent, ...args) as Envelope<unknown>;
  return { handlers, dispatch, log, call };
}

/** The serialized origin Electron reports for a frame showing `url` (WebFrameMain.origin). */
function originOf(url: string): string {
  try {
    const origin = new URL(url).origin;
    // Node gives non-special schemes an opaque origin; Chromium gives a standard scheme (app://) its own.
    return origin !== 'null' ? origin : url.startsWith('app://') ? `app://${new URL(url).host}` : 'null';
  } catch {
    return 'null';
  }
}

/** An event as Electron builds it: the sender's main frame, or a subframe of it. */
function eventFrom(url: string, options: { subframe?: boolean; origin?: string } = {}) {
  const mainFrame = { url, origin: options.origin ?? originOf(url), parent: null };
  const senderFrame = options.subframe ? { url, origin: mainFrame.origin, parent: mainFrame } : mainFrame;
  return { senderFrame, sender: { mainFrame } };
}

function expectRefused(envelope: Envelope<unknown>, code = 'VALIDATION') {
  expect(envelope.ok).toBe(false);
  if (envelope.ok) return;
  expect(envelope.error.code).toBe(code);
  expect(envelope.error.message.vi).not.toBe('');
  expect(envelope.error.message.en).not.toBe('');
}

describe('registerApi', () => {
  it('registers exactly one handler, on the channel "api"', () => {
    const { handlers } = setup();
    expect(handlers.map(([channel]) => channel)).toEqual(['api']);
  });

  it("passes a call from the app's main frame to dispatch and returns its envelope", () => {
    const { call, dispatch } = setup();
    const input = { id: 'x' };
    expect(call(eventFrom(`${APP}#/meetings`), 'meetings.get', input)).toEqual({ ok: true, value: { pong: true } });
    expect(dispatch).toHaveBeenCalledExactlyOnceWith('meetings.get', input);
  });

  it("passes error envelopes from dispatch through unchanged", () => {
    const refusal: Envelope<unknown> = { ok: false, error: { code: 'NOT_FOUND', message: { vi: 'a', en: 'b' } } };
    const { call } = setup(() => refusal);
    expect(call(eventFrom(APP), 'meetings.get', { id: 'nope' })).toEqual(refusal);
  });

  it.each([
    ['a remote page', eventFrom('https://evil.example/')],
    ['another local file', eventFrom('file:///other/index.html')],
    ["the app's old file:// page", eventFrom(OLD_FILE_PAGE)],
    ['another page of the app origin', eventFrom('app://desk/assets/index-abc.js')],
    ['another app:// host', eventFrom('app://evil/index.html')],
    ['a frame whose origin is not the app (about:blank, sandboxed)', eventFrom(APP, { origin: 'null' })],
    ['a subframe of the app', eventFrom(APP, { subframe: true })],
    ['a frame that is gone', { senderFrame: null, sender: { mainFrame: null } }],
    [
      'a destroyed frame',
      {
        get senderFrame(): never {
          throw new Error('Render frame was disposed before WebFrameMain could be accessed');
        },
        sender: {},
      },
    ],
  ])('refuses a call from %s without calling dispatch', (_label, event) => {
    const { call, dispatch } = setup();
    const envelope = call(event, 'meetings.list', {});
    expectRefused(envelope);
    if (!envelope.ok) expect(envelope.error.message.en).toMatch(/untrusted page/);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('refuses a method that is not a string', () => {
    const { call, dispatch } = setup();
    for (const method of [42, null, undefined, { toString: () => 'meetings.list' }]) {
      expectRefused(call(eventFrom(APP), method, {}));
    }
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('answers INTERNAL, never throws, when dispatch throws', () => {
    const { call, log } = setup(() => {
      throw new Error('boom');
    });
    let envelope: Envelope<unknown> | undefined;
    expect(() => {
      envelope = call(eventFrom(APP), 'meetings.list', {});
    }).not.toThrow();
    expectRefused(envelope!, 'INTERNAL');
    expect(log).toHaveBeenCalledOnce();
  });
});
