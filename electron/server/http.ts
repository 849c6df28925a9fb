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
import type { ErrorCode } from '../../common/enums';
import type { Dispatch } from '../handlers/dispatch';

export const TOKEN_HEADER = 'x-asoen-token';
const MAX_BODY = 8 * 1024 * 1024;
/** Longer than any method of the contract; a longer name is refused before dispatch. */
const MAX_METHOD = 100;
/** How much of a refused name an answer shows. */
const SHOWN_METHOD = 40;
/** A client that stalls is cut off: its headers within 5 s, its whole request within 10 s. */
export const HEADERS_TIMEOUT_MS = 5_000;
export const REQUEST_TIMEOUT_MS = 10_000;

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

/** An error the server itself answers, as an envelope like the dispatcher's, in both languages. */
function fail(res: ServerResponse, status: number, code: ErrorCode, vi: string, en: string): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
  res.end(JSON.stringify({ ok: false, error: { code, message: { vi, en } } }));
}

const tooLarge = (res: ServerResponse) =>
  fail(res, 413, 'VALIDATION', `Yêu cầu quá lớn (tối đa ${MAX_BODY / 1024 / 1024} MiB); không có gì bị thay đổi.`, `The request is too large (at most ${MAX_BODY / 1024 / 1024} MiB); nothing was changed.`);

/** `application/json`, with or without parameters (`; charset=utf-8`), and nothing else. */
function isJson(contentType: string | undefined): boolean {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() === 'application/json';
}

const cut = (name: string) => (name.length > SHOWN_METHOD ? `${name.slice(0, SHOWN_METHOD)}…` : name);

/** The body, or null once it passes MAX_BODY (the rest is left for Node to discard). */
function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        req.off('data', onData);
        chunks.length = 0;
        resolve(null);
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
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
    // The path as sent (a URL parser would read `//name/x` as another host), without the query.
    const target = req.url ?? '/';
    const rawPath = target.split('?')[0] ?? '/';

    if (rawPath === '/api') {
      if (req.method !== 'POST') return refuse(res, 405, 'Method not allowed');
      if (!sameSecret(req.headers[TOKEN_HEADER] as string | undefined, token)) return refuse(res, 401, 'Missing or wrong secret');
      if (!isJson(req.headers['content-type'])) {
        return fail(res, 415, 'VALIDATION', 'Chỉ nhận yêu cầu dạng JSON (application/json).', 'Only JSON requests (application/json) are accepted.');
      }
      if (Number(req.headers['content-length'] ?? 0) > MAX_BODY) return tooLarge(res);
      const text = await readBody(req);
      if (text === null) return tooLarge(res);
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        return fail(res, 400, 'VALIDATION', 'Nội dung yêu cầu không phải JSON hợp lệ.', 'The request body is not valid JSON.');
      }
      const { method, input } = (body !== null && typeof body === 'object' ? body : {}) as { method?: unknown; input?: unknown };
      if (typeof method !== 'string') {
        return fail(res, 400, 'VALIDATION', 'Yêu cầu phải có tên chức năng là một chuỗi ký tự ("method").', 'The request must name its method as a string ("method").');
      }
      if (method.length > MAX_METHOD) {
        return fail(
          res,
          400,
          'VALIDATION',
          `Tên chức năng quá dài (${method.length} ký tự, tối đa ${MAX_METHOD}): "${cut(method)}".`,
          `The method name is too long (${method.length} characters, at most ${MAX_METHOD}): "${cut(method)}".`,
        );
      }
      const envelope = options.dispatch(method, input);
      res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
      res.end(JSON.stringify(envelope));
      return;
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'Method not allowed');
    let relative: string;
    try {
      relative = rawPath === '/' ? 'index.html' : decodeURIComponent(rawPath.slice(1));
    } catch {
      return fail(res, 400, 'VALIDATION', 'Địa chỉ có mã phần trăm (%) không hợp lệ.', 'The address has an invalid percent-encoding (%).');
    }
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

  const server = createServer({ headersTimeout: HEADERS_TIMEOUT_MS, requestTimeout: REQUEST_TIMEOUT_MS, connectionsCheckingInterval: 1_000 }, (req, res) => {
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
        // Keep-alive connections (a browser holds some open) would make close() wait for their timeout.
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
