import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import path from 'node:path';
import { startWebServer, CSP, type WebServer } from '../../electron/server/http';
import { tempDir } from '../helpers/tmp';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function send(server: WebServer, options: { method?: string; path?: string; headers?: Record<string, string>; body?: string }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: server.port,
        method: options.method ?? 'GET',
        path: options.path ?? '/',
        headers: { host: `127.0.0.1:${server.port}`, ...options.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

describe('the browser-mode HTTP transport', () => {
  const dir = tempDir();
  const token = 'secret-token-for-tests-0123456789';
  const calls: Array<[string, unknown]> = [];
  let server: WebServer;

  const api = (headers: Record<string, string>, body = JSON.stringify({ method: 'app.info', input: {} })) =>
    send(server, { method: 'POST', path: '/api', headers: { 'content-type': 'application/json', ...headers }, body });

  beforeAll(async () => {
    const staticDir = path.join(dir, 'dist');
    mkdirSync(path.join(staticDir, 'assets'), { recursive: true });
    writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>ASOEN Desk</title>');
    writeFileSync(path.join(staticDir, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(path.join(dir, 'secret.txt'), 'outside the static folder');
    server = await startWebServer({
      staticDir,
      token,
      dispatch: (method, input) => {
        calls.push([method, input]);
        return { ok: true, value: { method } };
      },
    });
  });
  afterAll(() => server.close());
  beforeEach(() => {
    calls.length = 0;
  });

  it('listens on 127.0.0.1 only, on a free port, and prints a URL carrying the secret', () => {
    expect((server.server.address() as AddressInfo).address).toBe('127.0.0.1');
    expect(server.port).toBeGreaterThan(0);
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?token=${token}`);
  });

  it('serves the page and its assets without the secret, so the secret never travels outside the API header', async () => {
    const page = await send(server, { path: `/?token=${token}` });
    expect(page.status).toBe(200);
    expect(page.body).toContain('ASOEN Desk');
    expect(page.headers['content-security-policy']).toBe(CSP);
    // A reload after the page took the token out of the address bar, and the assets it loads.
    const reloaded = await send(server, { path: '/' });
    expect(reloaded.status).toBe(200);
    expect(reloaded.body).toContain('ASOEN Desk');
    const asset = await send(server, { path: '/assets/app.js' });
    expect(asset.status).toBe(200);
    expect(asset.headers['content-type']).toContain('javascript');
  });

  it('sets no cookie in any answer: a cookie for 127.0.0.1 would reach every other local server', async () => {
    const replies = await Promise.all([
      send(server, { path: `/?token=${token}` }),
      send(server, { path: '/' }),
      send(server, { path: `/assets/app.js?token=${token}` }),
      send(server, { method: 'HEAD', path: `/?token=${token}` }),
      send(server, { path: '/nothing-here' }),
      api({ 'x-asoen-token': token }),
      api({}),
    ]);
    for (const reply of replies) expect(reply.headers['set-cookie']).toBeUndefined();
  });

  it('answers API calls that carry the secret with the dispatcher envelope', async () => {
    const r = await api({ 'x-asoen-token': token }, JSON.stringify({ method: 'meetings.list', input: { limit: 5 } }));
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toEqual({ ok: true, value: { method: 'meetings.list' } });
    expect(calls).toEqual([['meetings.list', { limit: 5 }]]);
  });

  it('refuses an API call without the secret, with a wrong one, or with the secret only in a cookie', async () => {
    expect((await api({})).status).toBe(401);
    expect((await api({ 'x-asoen-token': 'guess' })).status).toBe(401);
    expect((await api({ cookie: `asoen_token=${token}` })).status).toBe(401);
    expect(calls).toEqual([]);
  });

  it('refuses a foreign Origin, a cross-site fetch and another Host even with the secret', async () => {
    expect((await api({ 'x-asoen-token': token, origin: 'http://evil.example' })).status).toBe(403);
    expect((await api({ 'x-asoen-token': token, 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await api({ 'x-asoen-token': token, host: `evil.example:${server.port}` })).status).toBe(421);
    expect((await send(server, { path: `/?token=${token}`, headers: { host: 'rebind.attacker.test' } })).status).toBe(421);
    expect(calls).toEqual([]);
    expect((await api({ 'x-asoen-token': token, origin: `http://127.0.0.1:${server.port}` })).status).toBe(200);
    expect((await api({ 'x-asoen-token': token, host: `localhost:${server.port}` })).status).toBe(200);
  });

  it('answers nothing else: other methods, other content types, malformed bodies, paths outside the app', async () => {
    expect((await send(server, { path: '/api', headers: { 'x-asoen-token': token } })).status).toBe(405);
    expect((await send(server, { method: 'PUT', path: `/?token=${token}` })).status).toBe(405);
    expect((await api({ 'x-asoen-token': token, 'content-type': 'text/plain' })).status).toBe(415);
    expect((await api({ 'x-asoen-token': token }, '{not json')).status).toBe(400);
    expect((await send(server, { path: `/%2e%2e/secret.txt?token=${token}` })).status).toBe(404);
    expect((await send(server, { path: `/..%2fsecret.txt?token=${token}` })).status).toBe(404);
    expect((await send(server, { path: `/nothing-here?token=${token}` })).status).toBe(404);
  });
  it('answers a body over the limit with 413 and an envelope in both languages, not a reset connection', async () => {
    const big = JSON.stringify({ method: 'app.info', input: { filler: 'x'.repeat(50 * 1024 * 1024) } });
    const r = await api({ 'x-asoen-token': token }, big);
    expect(r.status).toBe(413);
    const body = JSON.parse(r.body) as { ok: boolean; error: { code: string; message: { vi: string; en: string } } };
    expect(body.ok).toBe(false);
    expect(body.error.message.vi).toMatch(/quá lớn/);
    expect(body.error.message.en).toMatch(/too large/);
    expect(calls).toEqual([]);
  });

  it('answers a bad percent-encoding in the address with 400 and a message in both languages', async () => {
    const r = await send(server, { path: '/assets/%E0%A4%A.js' });
    expect(r.status).toBe(400);
    const body = JSON.parse(r.body) as { ok: boolean; error: { message: { vi: string; en: string } } };
    expect(body.ok).toBe(false);
    expect(body.error.message.vi).toMatch(/Địa chỉ/);
    expect(body.error.message.en).toMatch(/address/);
  });

  it('answers a method name that is not a string with 400 and does not dispatch it', async () => {
    for (const method of [{ toString: 1 }, ['meetings.list'], 42, null]) {
      const r = await api({ 'x-asoen-token': token }, JSON.stringify({ method, input: {} }));
      expect(r.status).toBe(400);
      const body = JSON.parse(r.body) as { ok: boolean; error: { code: string; message: { vi: string; en: string } } };
      expect(body).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
      expect(body.error.message.vi).toMatch(/chuỗi/);
      expect(body.error.message.en).toMatch(/string/);
    }
    expect((await api({ 'x-asoen-token': token }, 'null')).status).toBe(400);
    expect(calls).toEqual([]);
  });

  it('refuses an over-long method name before dispatch and echoes at most a short cut of it', async () => {
    const name = 'm'.repeat(7 * 1024 * 1024);
    const r = await api({ 'x-asoen-token': token }, JSON.stringify({ method: name, input: {} }));
    expect(r.status).toBe(400);
    expect(r.body.length).toBeLessThan(1000);
    const body = JSON.parse(r.body) as { ok: boolean; error: { code: string; message: { vi: string; en: string } } };
    expect(body).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(body.error.message.en).toMatch(/too long/);
    expect(calls).toEqual([]);
  });

  it('accepts application/json with parameters and nothing that merely starts with it', async () => {
    expect((await api({ 'x-asoen-token': token, 'content-type': 'application/json; charset=utf-8' })).status).toBe(200);
    expect((await api({ 'x-asoen-token': token, 'content-type': 'Application/JSON' })).status).toBe(200);
    for (const type of ['application/jsonx', 'application/json-patch+json', 'application/json,text/plain']) {
      expect((await api({ 'x-asoen-token': token, 'content-type': type })).status).toBe(415);
    }
    expect(calls).toHaveLength(2);
  });

  // A stalled client is cut off within seconds (Node's defaults hold it for a minute or five).
  // The bound is this test's own timeout: the socket must close well before it.
  const stalled = (head: string) =>
    new Promise<string>((resolve, reject) => {
      const socket = connect(server.port, '127.0.0.1');
      let got = '';
      socket.on('data', (c: Buffer) => (got += c.toString()));
      socket.on('error', reject);
      socket.on('close', () => resolve(got));
      socket.write(head);
    });

  it('closes a request whose headers never finish within seconds', { timeout: 30_000 }, async () => {
    const got = await stalled(`POST /api HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nX-Asoen-Token: ${token}\r\n`);
    expect(got).toMatch(/^HTTP\/1\.1 408|^$/);
    expect(calls).toEqual([]);
  });

  it('closes a request whose body stalls within seconds', { timeout: 30_000 }, async () => {
    const got = await stalled(
      `POST /api HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nX-Asoen-Token: ${token}\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"method":`,
    );
    expect(got).toMatch(/^HTTP\/1\.1 408|^$/);
    expect(calls).toEqual([]);
  });
});
