import { pathToFileURL } from 'node:url';
import {
  CONTENT_SECURITY_POLICY,
  blockRemoteRequests,
  installCsp,
  installNavigationGuards,
  installPermissionGuards,
  isAppUrl,
} from '../../electron/main/guards';

type GuardedContents = Parameters<typeof installNavigationGuards>[0];
type GuardedSession = Parameters<typeof installPermissionGuards>[0] & Parameters<typeof installCsp>[0] & Parameters<typeof blockRemoteRequests>[0];

const APP = pathToFileURL('/opt/ASOEN Desk/resources/app.asar/dist/index.html').href;

type Listener = (...args: unknown[]) => unknown;

function fakeWebContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: Listener | undefined;
  const contents = {
    on: (name: string, listener: Listener) => {
      listeners.set(name, listener);
      return contents;
    },
    setWindowOpenHandler: (handler: Listener) => {
      openHandler = handler;
    },
  };
  installNavigationGuards(contents as unknown as GuardedContents, APP);
  const fire = (name: string, url?: string) => {
    const event = { preventDefault: vi.fn() };
    listeners.get(name)?.(event, url);
    return event.preventDefault;
  };
  return { listeners, fire, open: (url: string) => openHandler?.({ url }) };
}

function fakeSession() {
  const calls: Record<string, Listener> = {};
  const record = (name: string) => (handler: Listener) => {
    calls[name] = handler;
  };
  const session = {
    setPermissionRequestHandler: record('request'),
    setPermissionCheckHandler: record('check'),
    setDevicePermissionHandler: record('device'),
    webRequest: { onHeadersReceived: record('headers'), onBeforeRequest: record('before') },
  };
  return { session: session as unknown as GuardedSession, calls };
}

describe('isAppUrl', () => {
  it('accepts the app index, with any hash route', () => {
    expect(isAppUrl(APP, APP)).toBe(true);
    expect(isAppUrl(`${APP}#/meetings/42`, APP)).toBe(true);
    expect(isAppUrl('file:///opt/ASOEN%20Desk/resources/app.asar/dist/index.html#/', APP)).toBe(true);
  });

  it('refuses everything else', () => {
    for (const url of [
      'https://example.org/',
      'http://127.0.0.1:5173/index.html',
      'file:///opt/ASOEN%20Desk/resources/app.asar/dist/other.html',
      'file:///other/index.html',
      `${APP}?x=1`,
      'file://server/opt/ASOEN%20Desk/resources/app.asar/dist/index.html',
      'devtools://devtools/bundled/index.html',
      'about:blank',
      'data:text/html,<p>hi</p>',
      'not a url',
      '',
    ]) {
      expect(isAppUrl(url, APP), url).toBe(false);
    }
  });

  it('matches Windows paths whatever the drive letter case', () => {
    expect(isAppUrl('file:///c:/Program%20Files/ASOEN/dist/index.html', 'file:///C:/Program%20Files/ASOEN/dist/index.html')).toBe(true);
  });
});

describe('installNavigationGuards', () => {
  it('prevents navigation and redirects away from the app, allows the app itself', () => {
    const { fire } = fakeWebContents();
    expect(fire('will-navigate', 'https://example.org')).toHaveBeenCalled();
    expect(fire('will-redirect', 'https://example.org')).toHaveBeenCalled();
    expect(fire('will-navigate', 'file:///etc/passwd')).toHaveBeenCalled();
    expect(fire('will-navigate', APP)).not.toHaveBeenCalled();
    expect(fire('will-redirect', `${APP}#/actions`)).not.toHaveBeenCalled();
  });

  it('denies every window.open', () => {
    const { open } = fakeWebContents();
    expect(open('https://example.org')).toEqual({ action: 'deny' });
    expect(open(APP)).toEqual({ action: 'deny' });
  });

  it('prevents attaching a <webview>', () => {
    const { fire } = fakeWebContents();
    expect(fire('will-attach-webview')).toHaveBeenCalled();
  });
});

describe('installPermissionGuards', () => {
  it('denies every permission request and check', () => {
    const { session, calls } = fakeSession();
    installPermissionGuards(session);
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read']) {
      const callback = vi.fn();
      calls.request?.({}, permission, callback, {});
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
      expect(calls.check?.({}, permission, 'file://', {})).toBe(false);
    }
    expect(calls.device?.({ deviceType: 'usb' })).toBe(false);
  });

  it('works on an Electron without device permissions', () => {
    const { session } = fakeSession();
    const partial = { ...session, setDevicePermissionHandler: undefined };
    expect(() => installPermissionGuards(partial as unknown as GuardedSession)).not.toThrow();
  });
});

describe('installCsp', () => {
  it('adds the strict Content-Security-Policy to every response', () => {
    const { session, calls } = fakeSession();
    installCsp(session);
    const callback = vi.fn();
    calls.headers?.({ url: APP, responseHeaders: { 'content-type': ['text/html'], 'content-security-policy': ["default-src *"] } }, callback);
    expect(callback).toHaveBeenCalledOnce();
    const headers = callback.mock.calls[0]?.[0].responseHeaders as Record<string, string[]>;
    expect(headers['content-type']).toEqual(['text/html']);
    expect(headers['content-security-policy']).toBeUndefined();
    expect(headers['Content-Security-Policy']).toEqual([
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    ]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:|\*/);
  });

  it('adds it to responses without headers too', () => {
    const { session, calls } = fakeSession();
    installCsp(session);
    const callback = vi.fn();
    calls.headers?.({ url: APP }, callback);
    expect(callback.mock.calls[0]?.[0]).toEqual({ responseHeaders: { 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
});

describe('blockRemoteRequests', () => {
  it('cancels remote requests and lets local files through', () => {
    const { session, calls } = fakeSession();
    blockRemoteRequests(session);
    const decide = (url: string) => {
      const callback = vi.fn();
      calls.before?.({ url }, callback);
      return callback.mock.calls[0]?.[0] as { cancel: boolean };
    };
    for (const url of ['https://example.org/x.js', 'http://127.0.0.1:8080/', 'ws://localhost/', 'ftp://example.org/', 'chrome-extension://abc/x.js', 'garbage']) {
      expect(decide(url), url).toEqual({ cancel: true });
    }
    for (const url of [APP, 'file:///opt/ASOEN%20Desk/resources/app.asar/dist/assets/index-abc.js', 'devtools://devtools/bundled/inspector.html', 'data:image/png;base64,AAAA']) {
      expect(decide(url), url).toEqual({ cancel: false });
    }
  });
});
