import type { App, Session, WebContents } from 'electron';
import { DESKTOP_CONTENT_SECURITY_POLICY } from '../csp';
import { isAppOrigin, isAppPage } from '../security/origin';

// Electron objects come in as parameters (types only), so tests can pass fakes.

type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;
type GuardedSession = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'> &
  Partial<Pick<Session, 'setDevicePermissionHandler'>> & { webRequest: Pick<Session['webRequest'], 'onHeadersReceived' | 'onBeforeRequest'> };

/** The URL a navigation event is about: Electron gives it on the event (and, deprecated, as an argument). */
function targetOf(event: { url?: unknown }, url?: unknown): string {
  if (typeof event.url === 'string') return event.url;
  return typeof url === 'string' ? url : '';
}

/**
 * No navigation away from the app's page (app://desk/index.html, any hash route), in the main
 * frame or any subframe, nor by a redirect; no new windows; no <webview>.
 */
export function installNavigationGuards(webContents: GuardedContents): void {
  webContents.on('will-navigate', (event, url) => {
    if (!isAppPage(targetOf(event, url))) event.preventDefault();
  });
  webContents.on('will-frame-navigate', (event) => {
    if (!isAppPage(targetOf(event))) event.preventDefault();
  });
  webContents.on('will-redirect', (event, url) => {
    if (!isAppPage(targetOf(event, url))) event.preventDefault();
  });
  webContents.on('will-attach-webview', (event) => event.preventDefault());
  // Nothing is opened elsewhere either: the app has no link to the outside (no shell.openExternal).
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

/** Requests a page may make: the app's own origin, the developer tools, and inline data (images, fonts). */
export function isAllowedRequest(url: string): boolean {
  if (isAppOrigin(url)) return true;
  try {
    const protocol = new URL(url).protocol;
    return protocol === 'devtools:' || protocol === 'data:';
  } catch {
    return false;
  }
}

/** The desktop Content-Security-Policy (naming app://desk) on every response. */
export function installCsp(session: { webRequest: Pick<Session['webRequest'], 'onHeadersReceived'> }): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    const headers: Record<string, string[]> = {};
    for (const [name, value] of Object.entries(details.responseHeaders ?? {})) {
      // Ours replaces any policy a response brings, whatever the header's case.
      if (name.toLowerCase() !== 'content-security-policy') headers[name] = value;
    }
    headers['Content-Security-Policy'] = [DESKTOP_CONTENT_SECURITY_POLICY];
    callback({ responseHeaders: headers });
  });
}

/** No remote content and no local files: every request that is not app://desk (or devtools, data:) is cancelled. */
export function blockRemoteRequests(session: { webRequest: Pick<Session['webRequest'], 'onBeforeRequest'> }): void {
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequest(details.url) }));
}

const guardedSessions = new WeakSet<object>();

/** Every guard a session takes, once per session. */
export function installSessionGuards(session: GuardedSession): void {
  if (guardedSessions.has(session)) return;
  guardedSessions.add(session);
  installPermissionGuards(session);
  installCsp(session);
  blockRemoteRequests(session);
}

/**
 * The guards on EVERY web contents the app will ever have (the window's, and any a future
 * change or a bug creates: a popup, a <webview>, a devtools page's own session), as Electron's
 * checklist advises, installed before the first window is made.
 */
export function installWebContentsGuards(app: Pick<App, 'on'>): void {
  app.on('web-contents-created', (_event, contents) => {
    installNavigationGuards(contents);
    if (contents.session) installSessionGuards(contents.session);
  });
}
