import { DESKTOP_CONTENT_SECURITY_POLICY } from '../../electron/csp';
import type { installSessionGuards } from '../../electron/main/guards';
import {
  blockRemoteRequests,
  installCsp,
  installNavigationGuards,
  installPermissionGuards,
  installWebContentsGuards,
  isAllowedRequest,
} from '../../electron/main/guards';
import { APP_INDEX_URL } from '../../electron/security/origin';

type GuardedContents = Parameters<typeof installNavigationGuards>[0];
type GuardedSession = Parameters<typeof installSessionGuards>[0];
type GuardedApp = Parameters<typeof installWebContentsGuards>[0];

const APP = APP_INDEX_URL;
const OLD_FILE_PAGE = 'file:///opt/ASOEN%20Desk/resources/app.asar/dist/index.html';

type Listener = (...args: unknown[]) => unknown;

function fakeSession() {
  const calls: Record<string, Listener> = {};
  const counts: Record<string, number> = {};
  const record = (name: string) => (handler: Listener) => {
    calls[name] = handler;
    counts[name] = (counts[name] ?? 0) + 1;
  };
  const session = {
    setPermissionRequestHandler: record('request'),
    setPermissionCheckHandler: record('check'),
    setDevicePermissionHandler: record('device'),
    webRequest: { onHeadersReceived: record('headers'), onBeforeRequest: record('before') },
  };
  return { session: session as unknown as GuardedSession, calls, counts };
}

/** A web contents as Electron makes it: listeners by event name, a window-open handler, a session. */
function fakeContents(session = fakeSession().session) {
  const listeners = new Map<string, Listener[]>();
  let openHandler: Listener | undefined;
  const contents = {
    session,
    on: (name: string, listener: Listener) => {
      listeners.set(name, [...(listeners.get(name) ?? []), listener]);
      return contents;
    },
    setWindowOpenHandler: (handler: Listener) => {
      openHandler = handler;
    },
  };
  /** Fires an event as Electron 45 does: the URL on the event object (and, deprecated, as the second argument). */
  const fire = (name: string, url?: string, options: { legacyOnly?: boolean; isMainFrame?: boolean } = {}) => {
    const event = { preventDefault: vi.fn(), ...(options.legacyOnly ? {} : { url, isMainFrame: options.isMainFrame ?? true }) };
    for (const listener of listeners.get(name) ?? []) listener(event, ...(name === 'will-frame-navigate' ? [] : [url]));
    return event.preventDefault;
  };
  return { contents, listeners, fire, open: (url: string) => openHandler?.({ url }) };
}

function guarded() {
  const fake = fakeContents();
  installNavigationGuards(fake.contents as unknown as GuardedContents);
  return fake;
}

describe('installNavigationGuards', () => {
  it('prevents navigation and redirects away from the app, allows the app itself', () => {
    const { fire } = guarded();
    expect(fire('will-navigate', 'https://example.org')).toHaveBeenCalled();
    expect(fire('will-redirect', 'https://example.org')).toHaveBeenCalled();
    expect(fire('will-navigate', 'file:///etc/passwd')).toHaveBeenCalled();
    expect(fire('will-navigate', APP)).not.toHaveBeenCalled();
    expect(fire('will-redirect', `${APP}#/actions`)).not.toHaveBeenCalled();
  });

  it('no longer lets the page navigate to the file:// page it was once loaded from', () => {
    const { fire } = guarded();
    expect(fire('will-navigate', OLD_FILE_PAGE)).toHaveBeenCalled();
    expect(fire('will-frame-navigate', OLD_FILE_PAGE)).toHaveBeenCalled();
  });

  it('blocks will-frame-navigate (main frame and subframes) away from the app page', () => {
    const { fire } = guarded();
    for (const url of ['https://example.org/', 'file:///etc/passwd', 'app://evil/index.html', 'app://desk/assets/x.js', 'about:blank', 'javascript:alert(1)', 'data:text/html,<p>x</p>']) {
      expect(fire('will-frame-navigate', url, { isMainFrame: false }), url).toHaveBeenCalled();
      expect(fire('will-frame-navigate', url, { isMainFrame: true }), url).toHaveBeenCalled();
    }
    expect(fire('will-frame-navigate', `${APP}#/meetings`)).not.toHaveBeenCalled();
  });

  it('reads the URL from the deprecated argument when the event carries none', () => {
    const { fire } = guarded();
    expect(fire('will-navigate', 'https://example.org', { legacyOnly: true })).toHaveBeenCalled();
    expect(fire('will-navigate', APP, { legacyOnly: true })).not.toHaveBeenCalled();
    expect(fire('will-frame-navigate', undefined, { legacyOnly: true })).toHaveBeenCalled();
  });

  it('denies every window.open', () => {
    const { open } = guarded();
    expect(open('https://example.org')).toEqual({ action: 'deny' });
    expect(open(APP)).toEqual({ action: 'deny' });
  });

  it('prevents attaching a <webview>', () => {
    const { fire } = guarded();
    expect(fire('will-attach-webview')).toHaveBeenCalled();
  });
});

describe('installWebContentsGuards (app web-contents-created)', () => {
  function fakeApp() {
    const listeners = new Map<string, Listener>();
    const app = { on: vi.fn((name: string, listener: Listener) => listeners.set(name, listener)) };
    installWebContentsGuards(app as unknown as GuardedApp);
    return { app, created: (contents: unknown) => listeners.get('web-contents-created')?.({}, contents) };
  }

  it('guards every web contents created after it, with its own session', () => {
    const { app, created } = fakeApp();
    expect(app.on).toHaveBeenCalledExactlyOnceWith('web-contents-created', expect.any(Function));
    // A popup, a <webview>, any future window: each is guarded the moment it exists.
    for (let i = 0; i < 3; i++) {
      const own = fakeSession();
      const fake = fakeContents(own.session);
      created(fake.contents);
      expect(fake.fire('will-navigate', 'https://example.org')).toHaveBeenCalled();
      expect(fake.fire('will-frame-navigate', 'https://example.org')).toHaveBeenCalled();
      expect(fake.fire('will-redirect', 'https://example.org')).toHaveBeenCalled();
      expect(fake.fire('will-attach-webview')).toHaveBeenCalled();
      expect(fake.open('https://example.org')).toEqual({ action: 'deny' });
      const callback = vi.fn();
      own.calls.request?.({}, 'media', callback, {});
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
      expect(own.calls.check?.({}, 'clipboard-read', APP, {})).toBe(false);
      expect(own.calls.headers).toBeTypeOf('function');
      expect(own.calls.before).toBeTypeOf('function');
    }
  });

  it('installs a session guard once per session, however many web contents share it', () => {
    const { created } = fakeApp();
    const shared = fakeSession();
    created(fakeContents(shared.session).contents);
    created(fakeContents(shared.session).contents);
    expect(shared.counts).toEqual({ request: 1, check: 1, device: 1, headers: 1, before: 1 });
  });
});

describe('installPermissionGuards', () => {
  it('denies every permission request and check', () => {
    const { session, calls } = fakeSession();
    installPermissionGuards(session);
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read', 'fileSystem']) {
      const callback = vi.fn();
      calls.request?.({}, permission, callback, {});
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
      expect(calls.check?.({}, permission, APP, {})).toBe(false);
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
  it('adds the desktop Content-Security-Policy, naming app://desk, to every response', () => {
    const { session, calls } = fakeSession();
    installCsp(session);
    const callback = vi.fn();
    calls.headers?.({ url: APP, responseHeaders: { 'content-type': ['text/html'], 'content-security-policy': ['default-src *'] } }, callback);
    expect(callback).toHaveBeenCalledOnce();
    const headers = callback.mock.calls[0]?.[0].responseHeaders as Record<string, string[]>;
    expect(headers['content-type']).toEqual(['text/html']);
    expect(headers['content-security-policy']).toBeUndefined();
    expect(headers['Content-Security-Policy']).toEqual([
      "default-src app://desk; script-src app://desk; style-src app://desk 'unsafe-inline'; img-src app://desk data:; font-src app://desk data:; connect-src app://desk; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    ]);
    expect(DESKTOP_CONTENT_SECURITY_POLICY).not.toMatch(/'self'|file:|unsafe-eval|https?:|\*/);
  });

  it('adds it to responses without headers too', () => {
    const { session, calls } = fakeSession();
    installCsp(session);
    const callback = vi.fn();
    calls.headers?.({ url: APP }, callback);
    expect(callback.mock.calls[0]?.[0]).toEqual({ responseHeaders: { 'Content-Security-Policy': [DESKTOP_CONTENT_SECURITY_POLICY] } });
  });
});

describe('blockRemoteRequests', () => {
  it('cancels remote requests and local files, lets the app origin through', () => {
    const { session, calls } = fakeSession();
    blockRemoteRequests(session);
    const decide = (url: string) => {
      const callback = vi.fn();
      calls.before?.({ url }, callback);
      return callback.mock.calls[0]?.[0] as { cancel: boolean };
    };
    for (const url of [
      'https://example.org/x.js',
      'http://127.0.0.1:8080/',
      'ws://localhost/',
      'wss://example.org/',
      'ftp://example.org/',
      'chrome-extension://abc/x.js',
      OLD_FILE_PAGE,
      'file:///etc/passwd',
      'app://evil/x.js',
      'garbage',
    ]) {
      expect(decide(url), url).toEqual({ cancel: true });
    }
    for (const url of [APP, 'app://desk/assets/index-abc.js', 'devtools://devtools/bundled/inspector.html', 'data:image/png;base64,AAAA']) {
      expect(decide(url), url).toEqual({ cancel: false });
    }
    expect(isAllowedRequest('file:///opt/ASOEN%20Desk/resources/app.asar/dist/assets/index-abc.js')).toBe(false);
  });
});
