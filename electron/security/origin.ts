/**
 * The desktop app's own origin. The window loads the renderer from app://desk/index.html, a
 * custom privileged scheme served by electron/security/protocol.ts from the built dist/ folder
 * only, instead of file:// (where the CSP's 'self' would match every file on the disk and an
 * injected script could read any of them). Plain code: no Node, no Electron.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'desk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** The one page of the app; routes live in its hash (#/meetings/…). */
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/**
 * The scheme's privileges, registered before the app is ready: a standard URL (relative paths,
 * an origin of its own), a secure context like https, and fetch() allowed. Nothing more: no
 * bypassCSP, no corsEnabled (other origins cannot read it), no service workers, no streaming.
 */
export const APP_SCHEME_PRIVILEGES = { standard: true, secure: true, supportFetchAPI: true } as const;

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** A URL of the app's own origin: app://desk, no credentials, no port. */
export function isAppOrigin(url: string): boolean {
  const parsed = parse(url);
  return (
    parsed !== null &&
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host.toLowerCase() === APP_HOST &&
    parsed.username === '' &&
    parsed.password === '' &&
    parsed.port === ''
  );
}

/** The app's page itself: app://desk/index.html with any hash route and no query. */
export function isAppPage(url: string): boolean {
  const parsed = parse(url);
  return parsed !== null && isAppOrigin(url) && parsed.pathname === '/index.html' && parsed.search === '';
}
