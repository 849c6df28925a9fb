import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DESKTOP_CONTENT_SECURITY_POLICY } from '../../electron/csp';
import { APP_INDEX_URL, APP_ORIGIN, isAppOrigin, isAppPage } from '../../electron/security/origin';
import { resolveAppRequest, serveAppRequest } from '../../electron/security/protocol';

// app://desk/… as the desktop app serves it (electron/main hands each request to serveAppRequest):
// a renderer folder (dist/) with a secret beside it that no URL may reach.

let temp: string;
let dist: string;
const SECRET = 'the database key';

beforeAll(() => {
  temp = mkdtempSync(path.join(tmpdir(), 'asoen-protocol-'));
  dist = path.join(temp, 'dist');
  mkdirSync(path.join(dist, 'assets', 'sub'), { recursive: true });
  writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>ASOEN Desk</title>');
  writeFileSync(path.join(dist, 'assets', 'index-abc.js'), 'console.log("desk")');
  writeFileSync(path.join(dist, 'assets', 'index-abc.css'), 'body{}');
  writeFileSync(path.join(dist, 'assets', 'font.woff2'), Buffer.from([0x77, 0x4f, 0x46, 0x32]));
  writeFileSync(path.join(dist, 'assets', 'sub', 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(path.join(dist, 'assets', 'tool.exe'), 'MZ');
  writeFileSync(path.join(dist, '.env'), SECRET);
  writeFileSync(path.join(temp, 'secret.txt'), SECRET);
  mkdirSync(path.join(temp, 'dist-evil'));
  writeFileSync(path.join(temp, 'dist-evil', 'index.html'), SECRET);
  symlinkSync(path.join(temp, 'secret.txt'), path.join(dist, 'assets', 'link.js'));
});

afterAll(() => rmSync(temp, { recursive: true, force: true }));

const get = (url: string, method = 'GET') => serveAppRequest({ url, method }, dist);

describe('the app:// origin', () => {
  it('is app://desk, and the page is its index.html with any hash route', () => {
    expect(APP_ORIGIN).toBe('app://desk');
    expect(APP_INDEX_URL).toBe('app://desk/index.html');
    expect(isAppPage(APP_INDEX_URL)).toBe(true);
    expect(isAppPage(`${APP_INDEX_URL}#/meetings/42`)).toBe(true);
    expect(isAppOrigin('app://desk/assets/index-abc.js')).toBe(true);
  });

  it('is nothing else', () => {
    for (const url of [
      'file:///opt/ASOEN%20Desk/resources/app.asar/dist/index.html',
      'https://desk/index.html',
      'app://evil/index.html',
      'app://desk.evil/index.html',
      'app://user:pw@desk/index.html',
      'app://desk:8080/index.html',
      'app:desk/index.html',
      'app:///index.html',
      'not a url',
      '',
    ]) {
      expect(isAppOrigin(url), url).toBe(false);
      expect(isAppPage(url), url).toBe(false);
    }
    expect(isAppPage('app://desk/index.html?x=1')).toBe(false);
    expect(isAppPage('app://desk/other.html')).toBe(false);
  });
});

describe('serveAppRequest (app://desk/…)', () => {
  it('serves the renderer files with their types, the desktop CSP and nosniff', async () => {
    const cases: Array<[string, string, string]> = [
      [APP_INDEX_URL, 'text/html; charset=utf-8', '<!doctype html><title>ASOEN Desk</title>'],
      ['app://desk/', 'text/html; charset=utf-8', '<!doctype html><title>ASOEN Desk</title>'],
      ['app://desk', 'text/html; charset=utf-8', '<!doctype html><title>ASOEN Desk</title>'],
      [`${APP_INDEX_URL}#/meetings`, 'text/html; charset=utf-8', '<!doctype html><title>ASOEN Desk</title>'],
      ['app://desk/assets/index-abc.js', 'text/javascript; charset=utf-8', 'console.log("desk")'],
      ['app://desk/assets/index-abc.css', 'text/css; charset=utf-8', 'body{}'],
      ['app://desk/assets/sub/logo.svg', 'image/svg+xml', '<svg xmlns="http://www.w3.org/2000/svg"/>'],
      ['app://desk/assets/font.woff2', 'font/woff2', 'wOF2'],
    ];
    for (const [url, type, body] of cases) {
      const response = await get(url);
      expect(response.status, url).toBe(200);
      expect(response.headers.get('content-type'), url).toBe(type);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('content-security-policy')).toBe(DESKTOP_CONTENT_SECURITY_POLICY);
      expect(await response.text()).toBe(body);
    }
  });

  it('answers HEAD without a body, and refuses other methods (405)', async () => {
    const head = await get(APP_INDEX_URL, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe(String('<!doctype html><title>ASOEN Desk</title>'.length));
    expect(await head.text()).toBe('');
    for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS']) {
      const response = await get(APP_INDEX_URL, method);
      expect(response.status, method).toBe(405);
      expect(response.headers.get('allow')).toBe('GET, HEAD');
    }
  });

  it('never serves a file outside the renderer folder, however the path is written', async () => {
    const attempts = [
      'app://desk/../secret.txt',
      'app://desk/assets/../../secret.txt',
      'app://desk/%2e%2e/secret.txt',
      'app://desk/%2E%2E/secret.txt',
      'app://desk/.%2e/secret.txt',
      'app://desk/..%2fsecret.txt',
      'app://desk/..%2Fsecret.txt',
      'app://desk/assets/..%2f..%2fsecret.txt',
      'app://desk/..%5csecret.txt',
      'app://desk/..\\secret.txt',
      'app://desk/assets\\..\\..\\secret.txt',
      'app://desk/%252e%252e/secret.txt',
      `app://desk/${encodeURIComponent(path.join(temp, 'secret.txt'))}`,
      `app://desk/${path.join(temp, 'secret.txt')}`,
      `app://desk//${path.join(temp, 'secret.txt').slice(1)}`,
      'app://desk/C:/Windows/win.ini',
      'app://desk/C:%5cWindows%5cwin.ini',
      'app://desk/%00',
      'app://desk/index.html%00.js',
      'app://desk/assets/index-abc.js%00',
      'app://desk/.env',
      'app://desk/assets/link.js',
      'app://desk/../dist-evil/index.html',
      'app://desk/%2e%2e/dist-evil/index.html',
      'app://desk/index.html::$DATA',
      'app://desk/assets/CON.js',
      'app://desk/assets/nul.css',
      'app://desk/%E0%A4%A',
    ];
    for (const url of attempts) {
      const response = await get(url);
      const body = await response.text();
      expect(body, url).not.toContain(SECRET);
      expect(response.status, url).toBeGreaterThanOrEqual(400);
    }
  });

  it('refuses dot segments, encoded separators, NUL and absolute paths outright (403), before any file is looked at', () => {
    for (const url of [
      'app://desk/../secret.txt',
      'app://desk/%2e%2e/secret.txt',
      'app://desk/.%2E/secret.txt',
      'app://desk/..%2fsecret.txt',
      'app://desk/..%5csecret.txt',
      'app://desk/..\\secret.txt',
      'app://desk/assets%2findex-abc.js',
      'app://desk//etc/passwd',
      'app://desk/C:/Windows/win.ini',
      'app://desk/index.html%00.js',
      'app://desk/assets/%0aindex.js',
      'app://desk/.env',
      'app://desk/assets/CON.js',
      'app://desk/assets/.. /x.js',
    ]) {
      expect(resolveAppRequest(url, dist), url).toMatchObject({ ok: false, status: 403 });
    }
    expect(resolveAppRequest('app://desk/%E0%A4%A', dist)).toMatchObject({ ok: false, status: 400 });
  });

  it('keeps Windows paths inside the folder too (path.win32)', () => {
    const root = 'C:\\Program Files\\ASOEN Desk\\resources\\app.asar\\dist';
    expect(resolveAppRequest('app://desk/assets/index-abc.js', root, path.win32)).toEqual({
      ok: true,
      file: 'C:\\Program Files\\ASOEN Desk\\resources\\app.asar\\dist\\assets\\index-abc.js',
      mimeType: 'text/javascript; charset=utf-8',
    });
    for (const url of ['app://desk/..%5C..%5Csecret.txt', 'app://desk/D:%5Csecret.txt', 'app://desk/%5C%5Cserver%5Cshare%5Cx.js', 'app://desk/AUX', 'app://desk/com1.txt']) {
      expect(resolveAppRequest(url, root, path.win32), url).toMatchObject({ ok: false, status: 403 });
    }
  });

  it('answers 404 for a missing file, a folder, another host or scheme, and types the app is not made of', async () => {
    for (const url of [
      'app://desk/missing.js',
      'app://desk/assets',
      'app://desk/assets/',
      'app://desk/assets/tool.exe',
      'app://desk/index.html/x.js',
      'app://evil/index.html',
      'file:///etc/passwd',
      'https://example.org/index.html',
    ]) {
      const response = await get(url);
      expect(response.status, url).toBe(404);
      expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    }
  });
});
