// The browser-mode transport: the built renderer and the one API over HTTP, on 127.0.0.1 only.
// The page and its assets (index.html, scripts, styles, fonts) hold no data and are served to
// any request with the exact Host and no foreign Origin. The API answers only requests that also
// carry the per-run secret in the X-Asoen-Token header: the page reads it from the printed URL
// and keeps it in the tab (sessionStorage). The secret is never put in a cookie: browsers send
// cookies for 127.0.0.1 to every port, so any other local server would receive it.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../csp';
import type { Dispatch } from '../handlers/dispatch';

export const TOKEN_HEADER = 'x-asoen-token';
const MAX_BODY = 8 * 1024 * 1024;

export const CSP = CONTENT_SECURITY_POLICY;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
};

export interface WebServerOptions {
  dispatch: Dispatch;
  /** The built renderer (dist/). */
  staticDir: string;
  port?: number;
  /** Fixed for tests; random per run otherwise. */
  token?: string;
}

export interface WebServer {
  server: Server;
  port: number;
  token: string;
  /** The URL to open: it carries the secret. */
  url: string;
  close(): Promise<void>;
}

function sameSecret(given: string | undefined | null, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function refuse(res: ServerResponse, status: number, message: string): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
  res.end(message);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new Error('too-large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const staticRoot = path.resolve(options.staticDir);
  let port = 0;

  const allowedHosts = () => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const allowedOrigins = () => new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`]);

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // DNS rebinding: a foreign name pointing at 127.0.0.1 arrives with its own Host.
    if (!allowedHosts().has(req.headers.host ?? '')) return refuse(res, 421, 'Wrong host');
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedOrigins().has(origin)) return refuse(res, 403, 'Foreign origin');
    if (req.headers['sec-fetch-site'] === 'cross-site') return refuse(res, 403, 'Cross-site request');
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);

    if (url.pathname === '/api') {
      if (req.method !== 'POST') return refuse(res, 405, 'Method not allowed');
      if (!sameSecret(req.headers[TOKEN_HEADER] as string | undefined, token)) return refuse(res, 401, 'Missing or wrong secret');
      if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return refuse(res, 415, 'JSON only');
      let body: { method?: unknown; input?: unknown };
      try {
        body = JSON.parse(await readBody(req)) as typeof body;
      } catch {
        return refuse(res, 400, 'Bad request body');
      }
      const envelope = options.dispatch(typeof body?.method === 'string' ? body.method : String(body?.method), body?.input);
      res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
      res.end(JSON.stringify(envelope));
      return;
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'Method not allowed');
    const relative = url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname.slice(1));
    const file = path.resolve(staticRoot, relative);
    if (!file.startsWith(staticRoot + path.sep) || !existsSync(file) || !statSync(file).isFile()) return refuse(res, 404, 'Not found');
    const headers: Record<string, string> = {
      'Content-Type': TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Content-Security-Policy': CSP,
    };
    res.writeHead(200, headers);
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    createReadStream(file).pipe(res);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) refuse(res, 500, 'Internal error');
      else res.destroy();
    });
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      port = (server.address() as AddressInfo).port;
      resolve({
        server,
        port,
        token,
        url: `http://127.0.0.1:${port}/?token=${token}`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}
