import { lstat, readFile } from 'node:fs/promises';
import nodePath from 'node:path';
import { DESKTOP_CONTENT_SECURITY_POLICY } from '../csp';
import { APP_HOST, APP_SCHEME } from './origin';

/**
 * What answers app://desk/… in the desktop app (electron/main registers it with
 * protocol.handle): files of the built renderer folder (dist/) and nothing else. Plain Node, so
 * it is tested without Electron (tests/ipc/app-protocol.test.ts).
 *
 * Refused (403): any path segment that is or decodes to `.` or `..` (also percent-encoded),
 * that decodes to a slash or backslash, a NUL or another control character, a drive or stream
 * colon, a Windows device name (CON, NUL, COM1…), an empty segment (`//etc/passwd`), or a
 * dot-file. Not found (404): another host, a folder, a symbolic link, a missing file, a type
 * the renderer is not made of. Only GET and HEAD (405 otherwise).
 */

/** The types the renderer is built of; anything else is not served. */
export const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.txt': 'text/plain; charset=utf-8',
};

export type Resolution =
  | { ok: true; file: string; mimeType: string }
  | { ok: false; status: 400 | 403 | 404; reason: string };

type PathApi = Pick<typeof nodePath, 'join' | 'resolve' | 'relative' | 'isAbsolute' | 'extname' | 'sep'>;

const PREFIX = `${APP_SCHEME}://`;
const WINDOWS_DEVICE = /^(con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

function refuse(reason: string): Resolution {
  return { ok: false, status: 403, reason };
}

/** Why one decoded path segment may not name a file of dist/, or null if it may. */
function badSegment(segment: string): string | null {
  if (segment === '') return 'empty segment';
  if (segment === '.' || segment === '..') return 'dot segment';
  if (segment.startsWith('.')) return 'hidden file';
  if (segment.includes('/') || segment.includes('\\')) return 'encoded separator';
  if (CONTROL.test(segment)) return 'control character';
  if (segment.includes(':')) return 'drive or stream name';
  if (WINDOWS_DEVICE.test(segment.trim())) return 'device name';
  return null;
}

function decode(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/**
 * The file of `root` (the built renderer folder) that a request URL names, decided from the
 * URL alone (the file is then checked on disk by serveAppRequest). `pathApi` is node:path by
 * default; tests pass path.win32 to check the Windows rules on any machine.
 */
export function resolveAppRequest(url: string, root: string, pathApi: PathApi = nodePath): Resolution {
  if (!url.toLowerCase().startsWith(PREFIX)) return { ok: false, status: 404, reason: 'not the app scheme' };
  // The raw path, before URL parsing removes dot segments: a request that tries to climb out is
  // refused outright rather than quietly resolved somewhere inside dist/.
  const rest = url.slice(PREFIX.length);
  const pathStart = rest.search(/[/\\]/);
  const rawPath = pathStart < 0 ? '' : rest.slice(pathStart).split(/[?#]/, 1)[0]!;
  for (const raw of rawPath.split(/[/\\]/).slice(1)) {
    const decoded = decode(raw);
    if (decoded === null) return { ok: false, status: 400, reason: 'bad percent-encoding' };
    if (decoded === '.' || decoded === '..' || /^\.+$/.test(decoded.trim())) return refuse('dot segment');
  }
  if (rawPath.includes('\\')) return refuse('backslash');

  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, status: 400, reason: 'not a URL' };
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host.toLowerCase() !== APP_HOST || parsed.username !== '' || parsed.password !== '') {
    return { ok: false, status: 404, reason: 'another host' };
  }
  const pathname = parsed.pathname === '/' || parsed.pathname === '' ? '/index.html' : parsed.pathname;
  const segments: string[] = [];
  const raws = pathname.split('/').slice(1);
  for (const [index, raw] of raws.entries()) {
    // A trailing slash names a folder: there is no listing.
    if (raw === '' && index === raws.length - 1) return { ok: false, status: 404, reason: 'a folder' };
    const segment = decode(raw);
    if (segment === null) return { ok: false, status: 400, reason: 'bad percent-encoding' };
    const bad = badSegment(segment);
    if (bad) return refuse(bad);
    segments.push(segment);
  }

  const base = pathApi.resolve(root);
  const file = pathApi.join(base, ...segments);
  const relative = pathApi.relative(base, file);
  if (relative === '' || relative.startsWith('..') || pathApi.isAbsolute(relative)) return refuse('outside the renderer folder');

  const mimeType = MIME_TYPES[pathApi.extname(file).toLowerCase()];
  if (!mimeType) return { ok: false, status: 404, reason: 'not a type the app is made of' };
  return { ok: true, file, mimeType };
}

const STATUS_TEXT: Record<number, string> = { 400: 'Bad Request', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed', 500: 'Internal Server Error' };

function plain(status: number): Response {
  return new Response(STATUS_TEXT[status] ?? 'Error', {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff', ...(status === 405 ? { Allow: 'GET, HEAD' } : {}) },
  });
}

/** The answer to one app://desk request: the file from dist/, or a short refusal. */
export async function serveAppRequest(request: { url: string; method: string }, root: string): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405);
  const resolution = resolveAppRequest(request.url, root);
  if (!resolution.ok) return plain(resolution.status);
  let body: Buffer;
  try {
    // lstat, not stat: a symbolic link inside dist/ could point anywhere, so it is not served.
    const info = await lstat(resolution.file);
    if (!info.isFile()) return plain(404);
    body = await readFile(resolution.file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return plain(code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR' ? 404 : 500);
  }
  const headers = {
    'Content-Type': resolution.mimeType,
    'Content-Length': String(body.length),
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': DESKTOP_CONTENT_SECURITY_POLICY,
    'Cache-Control': 'no-cache',
  };
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
}
