import type { Session, WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../csp';

// Electron objects come in as parameters (types only), so tests can pass fakes.

/** The one page the window may show: the app's own index.html (any hash route, no query). */
export function isAppUrl(url: string, appIndexUrl: string): boolean {
  let candidate: URL;
  let app: URL;
  try {
    candidate = new URL(url);
    app = new URL(appIndexUrl);
  } catch {
    return false;
  }
  if (candidate.protocol !== 'file:' || app.protocol !== 'file:') return false;
  if (candidate.host !== app.host || candidate.search !== '') return false;
  return samePath(candidate.pathname, app.pathname);
}

/** Percent-encoding differs between Node's pathToFileURL and Chromium; Windows drive letters differ in case. */
function samePath(a: string, b: string): boolean {
  const decode = (p: string) => {
    try {
      return decodeURIComponent(p).replace(/^\/([a-z]):/, (_m, drive: string) => `/${drive.toUpperCase()}:`);
    } catch {
      return null;
    }
  };
  const left = decode(a);
  return left !== null && left === decode(b);
}

/** No navigation away from the app, no new windows, no <webview>. */
export function installNavigationGuards(webContents: Pick<WebContents, 'on' | 'setWindowOpenHandler'>, appIndexUrl: string): void {
  webContents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, appIndexUrl)) event.preventDefault();
  });
  webContents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, appIndexUrl)) event.preventDefault();
  });
  webContents.on('will-attach-webview', (event) => event.preventDefault());
  webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** The app needs no camera, microphone, location, notifications, USB, HID or serial port. */
export function installPermissionGuards(
  session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'> & Partial<Pick<Session, 'setDevicePermissionHandler'>>,
): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  if (typeof session.setDevicePermissionHandler === 'function') session.setDevicePermissionHandler(() => false);
}

export { CONTENT_SECURITY_POLICY };

/** Schemes a request may use: the app's own files, the developer tools, and inline data. */
const ALLOWED_SCHEMES = new Set(['file:', 'devtools:', 'data:']);

export function isAllowedRequest(url: string): boolean {
  try {
    return ALLOWED_SCHEMES.has(new URL(url).protocol);
  } catch {
    return false;
  }
}

/** A strict Content-Security-Policy on every response. */
export function installCsp(session: { webRequest: Pick<Session['webRequest'], 'onHeadersReceived'> }): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    const headers: Record<string, string[]> = {};
    for (const [name, value] of Object.entries(details.responseHeaders ?? {})) {
      // Ours replaces any policy a response brings, whatever the header's case.
      if (name.toLowerCase() !== 'content-security-policy') headers[name] = value;
    }
    headers['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY];
    callback({ responseHeaders: headers });
  });
}

/** No remote content at all: every request that is not a local file (or devtools) is cancelled. */
export function blockRemoteRequests(session: { webRequest: Pick<Session['webRequest'], 'onBeforeRequest'> }): void {
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequest(details.url) }));
}
