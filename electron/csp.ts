import { APP_ORIGIN } from './security/origin';

/** The policy, with `self` naming the sources the page may load from. */
function policy(self: string): string {
  return [
    `default-src ${self}`,
    `script-src ${self}`,
    `style-src ${self} 'unsafe-inline'`,
    `img-src ${self} data:`,
    `font-src ${self} data:`,
    `connect-src ${self}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * The Content-Security-Policy of every page of the app. No remote content of any kind; Mantine
 * writes inline styles. The browser mode's server sends this one (its 'self' is the server's
 * own http://127.0.0.1:port), and renderer/index.html carries the same policy in a meta tag
 * (less frame-ancestors, which browsers ignore there; a test keeps them equal).
 */
export const CONTENT_SECURITY_POLICY = policy("'self'");

/**
 * The desktop app's policy, sent by the app:// protocol and the Electron session with every
 * response: it names the app's own origin, app://desk, rather than 'self'. (The page is never
 * loaded from file://, where 'self' would match every local file.) The page's meta tag applies
 * as well; under app://desk its 'self' is that same origin.
 */
export const DESKTOP_CONTENT_SECURITY_POLICY = policy(APP_ORIGIN);
