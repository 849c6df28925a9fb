import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY, DESKTOP_CONTENT_SECURITY_POLICY } from '../../electron/csp';
import { ROOT } from '../helpers/paths';

describe('the content security policy', () => {
  it('is the same in the page itself as in the headers of Electron and the browser mode', () => {
    const html = readFileSync(path.join(ROOT, 'renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    // frame-ancestors has no effect in a meta tag, so only the headers carry it.
    const expected = CONTENT_SECURITY_POLICY.split('; ').filter((d) => !d.startsWith('frame-ancestors')).join('; ');
    expect(meta).toBe(expected);
  });

  it('allows nothing remote', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*/);
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self';");
  });

  it("names the desktop app's own origin, app://desk, in Electron: no 'self', no file:", () => {
    expect(DESKTOP_CONTENT_SECURITY_POLICY).not.toContain("'self'");
    expect(DESKTOP_CONTENT_SECURITY_POLICY).not.toMatch(/file:|https?:|\*/);
    expect(DESKTOP_CONTENT_SECURITY_POLICY).toContain('script-src app://desk;');
    expect(DESKTOP_CONTENT_SECURITY_POLICY).toContain('default-src app://desk;');
    // The same directives as the page's own policy, with the origin named.
    expect(DESKTOP_CONTENT_SECURITY_POLICY).toBe(CONTENT_SECURITY_POLICY.replaceAll("'self'", 'app://desk'));
  });
});
