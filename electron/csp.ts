/**
 * The Content-Security-Policy of every page of the app: the Electron session adds it as a
 * header, the browser mode's server sends it, and renderer/index.html carries the same policy
 * in a meta tag (less frame-ancestors, which browsers ignore there; a test keeps them equal).
 * No remote content of any kind; Mantine writes inline styles.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
