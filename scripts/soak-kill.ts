// The crash test (`npm run soak:kill -- --iterations N --seed S`): the real browser mode
// (electron/server/cli.ts) on a fresh data folder, written to by several concurrent clients,
// killed with SIGKILL (its whole process group) at random moments and restarted on the same
// folder. After each restart: every write the server acknowledged is there with the value it
// acknowledged, `PRAGMA quick_check` is ok, `PRAGMA foreign_key_check` is empty, and the
// full-text index finds a record written before the kill.
//
// `--mode export` / `--mode backup`: the server is killed while it writes the Excel tracker /
// a full backup into a folder that already holds the previous one. After the restart the folder
// must hold the old file or the complete new one (the xlsx opens, the backup passes
// quick_check), never a half file, and no temporary file of the app may remain.
//
// Every choice (the clients' writes, the moments of the kills) comes from one seeded stream
// (the generator's mulberry32): a failing run prints its seed, and the same seed makes the same
// choices again (how far the server got by each kill depends on the machine's speed).
// The last line on stdout is one JSON object of the figures; the exit code is 1 on a failure.
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { inflateRawSync } from 'node:zlib';
import Database from 'better-sqlite3';
import { DATABASE_FILE } from '../db/paths';
import { generateDatabaseFile } from '../db/seed/generator';
import { makeId, mulberry32 } from '../db/seed/generator/random';
import { TEMP_PREFIX } from '../electron/services/files/atomicWrite';

const root = path.resolve(import.meta.dirname, '..');
const CLI = path.join(root, 'electron', 'server', 'cli.ts');
/** The server's clock starts here at every start: nothing depends on the real day. */
export const SOAK_NOW = '2026-11-21T03:00:00Z';
const NOW_MS = Date.parse(SOAK_NOW);
const STARTUP_TIMEOUT_MS = 60_000;

export type Mode = 'writes' | 'export' | 'backup';

export interface SoakOptions {
  iterations: number;
  seed: number;
  mode?: Mode;
  clients?: number;
  /** The longest a server runs before it is killed (writes mode), in ms. */
  maxRunMs?: number;
  /** Where the data folder goes (a fresh folder is made in it); the system's temp folder by default. */
  workRoot?: string;
  /** Export and backup modes: a generated office of this scale (db/seed/generator) instead of the sample desk. */
  scale?: number;
  /** Run the server from its sources under tsx (as `npm run web` does) instead of bundled. */
  fromSource?: boolean;
  /** Keep the data folder afterwards (it is removed on success otherwise). */
  keep?: boolean;
  log?: (line: string) => void;
}

export interface WritesSummary {
  iterations: number;
  acknowledged: number;
  lost: number;
  corrupt: number;
  seconds: number;
}

export interface FilesSummary {
  mode: 'export' | 'backup';
  iterations: number;
  kills: number;
  /** Kills that left the app's temporary file in the folder (the write was cut in the middle). */
  killedMidWrite: number;
  old: number;
  new: number;
  half: number;
  leftoverTemp: number;
  seconds: number;
}

// ---------------------------------------------------------------------------------------------
// The server

interface Server {
  child: ChildProcess;
  url: string;
  token: string;
  startupMs: number;
  exited: Promise<void>;
}

const STAND_IN_PAGE = '<!doctype html><meta charset="utf-8"><title>ASOEN Desk (crash test)</title>\n';

/** How the server is started: its arguments before ours, and its environment. */
interface Launch {
  args: string[];
  env: NodeJS.ProcessEnv;
}

/**
 * The browser mode as it runs (`node --import tsx electron/server/cli.ts`), or the same code
 * bundled once with esbuild (as scripts/build-electron.mjs bundles the desktop app: the server,
 * and its job worker beside it). Under tsx a start costs about a second and a job worker's first
 * task several more (each thread compiles its sources again): bundled, both are a fraction.
 */
function launchOf(fromSource: boolean): Promise<Launch> {
  if (fromSource) return Promise.resolve({ args: ['--import', 'tsx', CLI], env: process.env });
  // Built once per process (the test runs several soaks), removed when the process ends.
  bundled ??= bundle(mkdtempSync(path.join(tmpdir(), 'asoen-soak-server-')));
  return bundled;
}

let bundled: Promise<Launch> | null = null;

async function bundle(out: string): Promise<Launch> {
  process.once('exit', () => rmSync(out, { recursive: true, force: true }));
  const { build } = await import('esbuild');
  const common = { bundle: true, platform: 'node' as const, format: 'cjs' as const, target: 'node20', logLevel: 'warning' as const, absWorkingDir: root, external: ['electron', 'better-sqlite3'], define: { 'import.meta': '__bundleMeta' } };
  // import.meta.url: the bundle's own file (the pool finds jobs-worker.cjs beside it); the
  // server's import.meta.dirname: its source folder, from which it finds migrations and package.json.
  const meta = (dirname: string) => `const __bundleMeta = { url: require('node:url').pathToFileURL(__filename).href, dirname: ${JSON.stringify(dirname)} };`;
  await Promise.all([
    build({ ...common, entryPoints: [CLI], outfile: path.join(out, 'server.cjs'), banner: { js: meta(path.dirname(CLI)) } }),
    build({ ...common, entryPoints: [path.join(root, 'electron', 'services', 'jobs', 'worker', 'entry.ts')], outfile: path.join(out, 'jobs-worker.cjs'), banner: { js: meta(out) } }),
  ]);
  // better-sqlite3 stays outside the bundles, found in the project's node_modules.
  return { args: [path.join(out, 'server.cjs')], env: { ...process.env, NODE_PATH: path.join(root, 'node_modules'), NODE_NO_WARNINGS: '1' } };
}

function startServer(launch: Launch, dataDir: string, staticDir: string): Promise<Server> {
  const started = performance.now();
  // Detached: the server is the leader of its own process group, and the kill reaches the whole group.
  const child = spawn(process.execPath, [...launch.args, '--data', dataDir, '--port', '0', '--now', SOAK_NOW, '--static', staticDir], {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: launch.env,
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => {
    stderr += d.toString('utf8');
  });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => {
      killTree(child);
      reject(new Error(`the server did not start within ${STARTUP_TIMEOUT_MS} ms\n${stderr}`));
    }, STARTUP_TIMEOUT_MS);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString('utf8');
      const m = /ASOEN Desk: (http:\/\/\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        const url = new URL(m[1]!);
        resolve({ child, url: `${url.origin}/api`, token: url.searchParams.get('token') ?? '', startupMs: performance.now() - started, exited });
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`the server ended before it answered (code ${code}, signal ${signal})\n${stderr}`));
    });
  });
}

function killTree(child: ChildProcess): void {
  try {
    process.kill(-child.pid!, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

async function kill(server: Server): Promise<void> {
  killTree(server.child);
  await server.exited;
}

/** Stops a server the way a user does (SIGTERM), for the end of a run. */
async function stopGently(server: Server): Promise<void> {
  try {
    process.kill(server.child.pid!, 'SIGTERM');
  } catch {
    return;
  }
  const timer = setTimeout(() => killTree(server.child), 10_000);
  await server.exited;
  clearTimeout(timer);
}

interface Envelope {
  ok: boolean;
  value?: unknown;
  error?: { code: string; message: { en: string } };
}

async function call(server: Server, method: string, input: unknown): Promise<Envelope> {
  const res = await fetch(server.url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Asoen-Token': server.token },
    body: JSON.stringify({ method, input }),
  });
  return (await res.json()) as Envelope;
}

async function must<T>(server: Server, method: string, input: unknown): Promise<T> {
  const env = await call(server, method, input);
  if (!env.ok) throw new Error(`${method}: ${env.error?.code} ${env.error?.message.en}`);
  return env.value as T;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// ---------------------------------------------------------------------------------------------
// Writes mode

type Kind = 'meetings' | 'people' | 'actionItems';
const TABLES: Record<Kind, { table: string; column: string }> = {
  meetings: { table: 'meetings', column: 'title_vi' },
  people: { table: 'people', column: 'full_name' },
  actionItems: { table: 'action_items', column: 'title' },
};

interface Tracked {
  kind: Kind;
  /** The client that writes it (no two clients update the same record). */
  client: number;
  id: string;
  /** Acknowledged: the version and the value the server answered with (null: create not yet acknowledged). */
  version: number | null;
  value: string | null;
  /** A write sent but not answered when the server was killed: it may or may not be saved. */
  pending: { value: string } | null;
  /** A create's input, sent again (same id) after a kill left it unanswered. */
  input: Record<string, unknown> | null;
  /** The unique word of the record's current text, for the search check. */
  word: string | null;
}

/** A word no other record holds (letters only: the search folds and splits on the rest). */
function wordOf(rand: () => number, n: number): string {
  const letters = 'bcdfghjklmnpqrstvxz';
  let w = 'soak';
  for (let i = 0; i < 6; i++) w += letters[Math.floor(rand() * letters.length)];
  // The counter, in letters, keeps it unique.
  for (const ch of n.toString(19)) w += letters[parseInt(ch, 19)];
  return w;
}

export async function soakWrites(options: SoakOptions): Promise<WritesSummary> {
  const log = options.log ?? (() => undefined);
  const rand = mulberry32(options.seed);
  const salt = Math.floor(rand() * 2 ** 22);
  const clients = options.clients ?? 4;
  const maxRunMs = options.maxRunMs ?? 900;
  const work = mkdtempSync(path.join(options.workRoot ?? tmpdir(), 'asoen-soak-'));
  const dataDir = path.join(work, 'data');
  const staticDir = path.join(work, 'static');
  mkdirSync(staticDir, { recursive: true });
  writeFileSync(path.join(staticDir, 'index.html'), STAND_IN_PAGE);
  const launch = await launchOf(!!options.fromSource);
  const dbFile = path.join(dataDir, DATABASE_FILE);
  const t0 = performance.now();
  const records: Tracked[] = [];
  let counter = 0;
  let acknowledged = 0;
  let retried = 0;
  let lost = 0;
  let corrupt = 0;
  let bodyId: string | null = null;
  const startups: number[] = [];
  const problems: string[] = [];

  const note = (problem: string) => {
    problems.push(problem);
    log(`FAIL (seed ${options.seed}): ${problem}`);
  };

  /** Checks the data file against what was acknowledged; adopts what the kill left undecided. */
  const verify = () => {
    const db = new Database(dbFile, { readonly: true, fileMustExist: true });
    try {
      const qc = db.pragma('quick_check', { simple: true });
      if (qc !== 'ok') {
        corrupt++;
        note(`quick_check: ${String(qc)}`);
      }
      const fk = db.pragma('foreign_key_check') as unknown[];
      if (fk.length > 0) {
        corrupt++;
        note(`foreign_key_check: ${JSON.stringify(fk.slice(0, 3))}`);
      }
      const rows = new Map<string, { version: number; value: string }>();
      for (const kind of Object.keys(TABLES) as Kind[]) {
        const { table, column } = TABLES[kind];
        for (const r of db.prepare(`SELECT id, version, ${column} AS value FROM ${table} WHERE deleted_at IS NULL`).all() as Array<{ id: string; version: number; value: string }>) {
          rows.set(r.id, { version: r.version, value: r.value });
        }
      }
      for (const rec of records) {
        const row = rows.get(rec.id);
        if (rec.version === null) {
          // A create whose answer never came: saved or not, both are right; the client sends it
          // again (retryCreates) and must get the one record.
          if (row && rec.pending && row.value !== rec.pending.value) {
            corrupt++;
            note(`${rec.kind} ${rec.id}: an unanswered create saved another value (${row.value})`);
          }
          continue;
        }
        if (!row) {
          lost++;
          note(`${rec.kind} ${rec.id}: acknowledged at version ${rec.version} but missing`);
          continue;
        }
        const asAcknowledged = row.version === rec.version && row.value === rec.value;
        const asPending = rec.pending !== null && row.version === rec.version + 1 && row.value === rec.pending.value;
        if (!asAcknowledged && !asPending) {
          lost++;
          note(`${rec.kind} ${rec.id}: acknowledged version ${rec.version} "${rec.value}", found version ${row.version} "${row.value}"`);
        }
        if (asPending) {
          rec.version = row.version;
          rec.value = row.value;
        }
        rec.pending = null;
      }
    } finally {
      db.close();
    }
  };

  /**
   * The creates a kill left unanswered, sent again with the same id: the answer is the record
   * (saved the first time or now), and there is one record of that text, not two.
   */
  const retryCreates = async (server: Server) => {
    for (const rec of records.filter((r) => r.version === null && r.input !== null && r.pending !== null)) {
      const env = await call(server, `${rec.kind}.create`, rec.input);
      if (!env.ok) throw new Error(`${rec.kind}.create sent again refused: ${JSON.stringify(env.error)}`);
      rec.version = (env.value as { version: number }).version;
      rec.value = rec.pending!.value;
      rec.pending = null;
      acknowledged++;
      retried++;
      const { table, column } = TABLES[rec.kind];
      const db = new Database(dbFile, { readonly: true, fileMustExist: true });
      try {
        const n = (db.prepare(`SELECT count(*) AS n FROM ${table} WHERE ${column} = ?`).get(rec.value) as { n: number }).n;
        if (n !== 1) {
          corrupt++;
          note(`${rec.kind} ${rec.id}: a create sent again left ${n} records of its text`);
        }
      } finally {
        db.close();
      }
    }
  };

  /** The full-text index, through the server, finds a record acknowledged before the kill. */
  const searchCheck = async (server: Server) => {
    const known = records.filter((r) => r.version !== null && r.word !== null && r.value?.includes(r.word));
    if (known.length === 0) return;
    const rec = known[Math.floor(rand() * known.length)]!;
    const hits = await must<Array<{ id: string }>>(server, 'search.global', { q: rec.word, limit: 5 });
    if (!hits.some((h) => h.id === rec.id)) {
      corrupt++;
      note(`search for "${rec.word}" did not find ${rec.kind} ${rec.id}`);
    }
  };

  const client = async (server: Server, c: number, stop: { now: boolean }) => {
    // Each client writes its own records (no two clients update the same one).
    const mine = () => records.filter((r) => r.client === c && r.version !== null);
    while (!stop.now) {
      const own = mine();
      const create = own.length === 0 || rand() < 0.55;
      if (create) {
        const kinds: Kind[] = ['meetings', 'people', 'actionItems'];
        const kind = kinds[Math.floor(rand() * kinds.length)]!;
        const n = counter++;
        const id = makeId(NOW_MS + n, 0, n, salt);
        const word = wordOf(rand, n);
        const value = `Crash test ${word}`;
        const input =
          kind === 'meetings'
            ? { id, bodyId, titleVi: value, titleEn: `Crash test ${n}`, startDate: '2026-12-01', endDate: '2026-12-02' }
            : kind === 'people'
              ? { id, fullName: value }
              : { id, title: value };
        const rec: Tracked = { kind, client: c, id, version: null, value: null, pending: { value }, input, word };
        records.push(rec);
        let env: Envelope;
        try {
          env = await call(server, `${kind}.create`, input);
        } catch {
          return; // The server was killed: this create stays undecided.
        }
        if (!env.ok) throw new Error(`${kind}.create refused: ${JSON.stringify(env.error)}`);
        const saved = env.value as { version: number };
        rec.version = saved.version;
        rec.value = value;
        rec.pending = null;
        acknowledged++;
      } else {
        const rec = own[Math.floor(rand() * own.length)]!;
        rec.input = null;
        const n = counter++;
        const word = rand() < 0.5 ? rec.word : wordOf(rand, n);
        const value = `Crash test ${word} v${n}`;
        rec.pending = { value };
        const field = rec.kind === 'meetings' ? 'titleVi' : rec.kind === 'people' ? 'fullName' : 'title';
        let env: Envelope;
        try {
          env = await call(server, `${rec.kind}.update`, { id: rec.id, version: rec.version, changes: { [field]: value } });
        } catch {
          return;
        }
        if (!env.ok) throw new Error(`${rec.kind}.update refused: ${JSON.stringify(env.error)}`);
        rec.version = (env.value as { version: number }).version;
        rec.value = value;
        rec.word = word;
        rec.pending = null;
        acknowledged++;
      }
    }
  };

  let server: Server | null = null;
  try {
    for (let i = 0; i < options.iterations; i++) {
      server = await startServer(launch, dataDir, staticDir);
      startups.push(server.startupMs);
      if (i > 0) {
        verify();
        await searchCheck(server);
        await retryCreates(server);
      }
      if (bodyId === null) {
        const page = await must<{ items: Array<{ id: string }> }>(server, 'bodies.list', { limit: 1 });
        bodyId = page.items[0]!.id;
      }
      const stop = { now: false };
      const running = Array.from({ length: clients }, (_, c) => client(server!, c, stop));
      await sleep(20 + Math.floor(rand() * maxRunMs));
      await kill(server);
      stop.now = true;
      await Promise.all(running);
      server = null;
      log(`iteration ${i + 1}/${options.iterations}: acknowledged ${acknowledged} (creates sent again ${retried}), lost ${lost}, corrupt ${corrupt}, startup ${Math.round(startups[startups.length - 1]!)} ms`);
    }
    // A last start after the last kill, for its checks; then a gentle stop.
    server = await startServer(launch, dataDir, staticDir);
    verify();
    await searchCheck(server);
    await retryCreates(server);
    await stopGently(server);
    server = null;
  } catch (err) {
    // A server that no longer starts on its data after a kill is the worst corruption of all.
    corrupt++;
    note(err instanceof Error ? err.message : String(err));
  } finally {
    if (server) await kill(server);
  }
  const seconds = Math.round((performance.now() - t0) / 100) / 10;
  const sorted = [...startups].sort((a, b) => a - b);
  log(`startup: median ${Math.round(sorted[Math.floor(sorted.length / 2)] ?? 0)} ms, max ${Math.round(sorted[sorted.length - 1] ?? 0)} ms`);
  if (problems.length === 0 && !options.keep) rmSync(work, { recursive: true, force: true });
  else log(`data folder kept: ${work}`);
  return { iterations: options.iterations, acknowledged, lost, corrupt, seconds };
}

// ---------------------------------------------------------------------------------------------
// Export and backup modes

/** The names of the entries of a zip file, read from its central directory; null if it is not a whole zip. */
export function zipEntries(buf: Buffer): Map<string, Buffer> | null {
  // The end of central directory record: 22 bytes, then a comment of up to 64 KiB.
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  const entries = new Map<string, Buffer>();
  try {
    for (let n = 0; n < count; n++) {
      if (buf.readUInt32LE(at) !== 0x02014b50) return null;
      const method = buf.readUInt16LE(at + 10);
      const compressed = buf.readUInt32LE(at + 20);
      const nameLen = buf.readUInt16LE(at + 28);
      const extraLen = buf.readUInt16LE(at + 30);
      const commentLen = buf.readUInt16LE(at + 32);
      const local = buf.readUInt32LE(at + 42);
      const name = buf.subarray(at + 46, at + 46 + nameLen).toString('utf8');
      if (buf.readUInt32LE(local) !== 0x04034b50) return null;
      const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
      const data = buf.subarray(start, start + compressed);
      if (data.length !== compressed) return null;
      entries.set(name, method === 0 ? data : inflateRawSync(data));
      at += 46 + nameLen + extraLen + commentLen;
    }
  } catch {
    return null;
  }
  return entries;
}

/** Whether a file in the folder is whole: the xlsx opens with its workbook, the backup passes quick_check. */
export function wholeFile(file: string, mode: 'export' | 'backup'): boolean {
  if (mode === 'export') {
    const entries = zipEntries(readFileSync(file));
    const workbook = entries?.get('xl/workbook.xml');
    return !!workbook && workbook.toString('utf8').includes('</workbook>') && !!entries?.get('[Content_Types].xml');
  }
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      return db.pragma('quick_check', { simple: true }) === 'ok' && (db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'meetings'").get() as { n: number }).n === 1;
    } finally {
      db.close();
    }
  } catch {
    return false;
  }
}

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
/** The stages of a job that write into the folder. */
const WRITING_STAGES = new Set(['writing', 'checking', 'verifying']);
const isTemp = (name: string) => name.startsWith(TEMP_PREFIX);
/** The files a mode writes (a backup's .sha256 sidecar is checked with it, not on its own). */
const isProduct = (name: string, mode: 'export' | 'backup') => !isTemp(name) && (mode === 'export' ? name.endsWith('.xlsx') : name.endsWith('.sqlite'));

interface JobView {
  jobId: string;
  state: string;
  stage: string;
  result?: { fileName: string } | null;
}

async function runJob(server: Server, mode: 'export' | 'backup', folder: string): Promise<JobView> {
  const job = await must<JobView>(server, mode === 'export' ? 'exports.tracker' : 'backup.create', mode === 'export' ? { language: 'vi', folder, classifiedConfirmed: true } : { folder, full: true, classifiedConfirmed: true });
  for (;;) {
    const now = await must<JobView>(server, 'jobs.status', { jobId: job.jobId });
    if (now.state !== 'running') return now;
    await sleep(10);
  }
}

export async function soakFiles(options: SoakOptions & { mode: 'export' | 'backup' }): Promise<FilesSummary> {
  const log = options.log ?? (() => undefined);
  const { mode } = options;
  const rand = mulberry32(options.seed);
  const work = mkdtempSync(path.join(options.workRoot ?? tmpdir(), `asoen-soak-${mode}-`));
  const dataDir = path.join(work, 'data');
  const staticDir = path.join(work, 'static');
  const share = path.join(work, 'share');
  mkdirSync(staticDir, { recursive: true });
  mkdirSync(share, { recursive: true });
  writeFileSync(path.join(staticDir, 'index.html'), STAND_IN_PAGE);
  const launch = await launchOf(!!options.fromSource);
  const t0 = performance.now();
  const summary: FilesSummary = { mode, iterations: options.iterations, kills: 0, killedMidWrite: 0, old: 0, new: 0, half: 0, leftoverTemp: 0, seconds: 0 };
  const problems: string[] = [];
  const note = (problem: string) => {
    problems.push(problem);
    log(`FAIL (seed ${options.seed}, ${mode}): ${problem}`);
  };
  /** The products in the folder, by name, with their hashes, before the kill. */
  let before = new Map<string, string>();
  const products = () => readdirSync(share).filter((n) => isProduct(n, mode));

  let server: Server | null = null;
  try {
    // Some data, so that the file takes a moment to write; then the previous version of the file.
    if (options.scale) {
      generateDatabaseFile(path.join(dataDir, DATABASE_FILE), { scale: options.scale, seed: options.seed, mode: 'sql', migrationsFolder: path.join(root, 'migrations') });
    }
    server = await startServer(launch, dataDir, staticDir);
    if (!options.scale) await must(server, 'sample.load', {});
    const first = await runJob(server, mode, share);
    if (first.state !== 'done') throw new Error(`the first ${mode} did not finish: ${JSON.stringify(first)}`);
    await stopGently(server);
    // How long one takes right after a start (its worker not yet warm), to spread the kills over it.
    server = await startServer(launch, dataDir, staticDir);
    const t = performance.now();
    const second = await runJob(server, mode, share);
    if (second.state !== 'done') throw new Error(`the second ${mode} did not finish: ${JSON.stringify(second)}`);
    const jobMs = performance.now() - t;
    log(`one ${mode} takes ${Math.round(jobMs)} ms after a start`);
    await stopGently(server);
    server = null;

    for (let i = 0; i < options.iterations; i++) {
      server = await startServer(launch, dataDir, staticDir);
      // The start's sweep runs in the background: the folder is checked once it had a moment.
      if (i > 0) await checkAfterRestart();
      before = new Map(products().map((n) => [n, sha(path.join(share, n))]));
      // A change, so that the new file differs from the old one.
      await must(server, 'people.create', { fullName: `Crash test ${mode} ${i}` });
      const job = await must<JobView>(server, mode === 'export' ? 'exports.tracker' : 'backup.create', mode === 'export' ? { language: 'vi', folder: share, classifiedConfirmed: true } : { folder: share, full: true, classifiedConfirmed: true });
      if (rand() < 0.5) {
        // Anywhere in the job.
        await sleep(Math.floor(rand() * jobMs * 1.1));
      } else {
        // Once it writes into the folder, a moment later.
        const delay = Math.floor(rand() * 10);
        for (let polls = 0; polls < 2000; polls++) {
          const now = await must<JobView>(server, 'jobs.status', { jobId: job.jobId });
          if (now.state !== 'running' || WRITING_STAGES.has(now.stage)) break;
          await sleep(2);
        }
        await sleep(delay);
      }
      await kill(server);
      server = null;
      summary.kills++;
      if (readdirSync(share).some(isTemp)) summary.killedMidWrite++;
      classify();
      log(`iteration ${i + 1}/${options.iterations}: old ${summary.old}, new ${summary.new}, half ${summary.half}, killed mid-write ${summary.killedMidWrite}, temp files left ${summary.leftoverTemp}`);
    }
    server = await startServer(launch, dataDir, staticDir);
    await checkAfterRestart();
    // The next export to the folder sweeps too (a folder the start does not know of).
    const last = await runJob(server, mode, share);
    if (last.state !== 'done') note(`the ${mode} after the kills did not finish: ${JSON.stringify(last)}`);
    await stopGently(server);
    server = null;
    const stay = readdirSync(share).filter(isTemp);
    if (stay.length > 0) {
      summary.leftoverTemp += stay.length;
      note(`temporary files after the last ${mode}: ${stay.join(', ')}`);
    }
  } finally {
    if (server) await kill(server);
  }

  /** After a kill: every old file as it was or replaced by a whole one; every new file whole. */
  function classify(): void {
    let sawNew = false;
    let sawHalf = false;
    for (const name of products()) {
      const file = path.join(share, name);
      const old = before.get(name);
      if (old !== undefined && sha(file) === old) continue;
      if (wholeFile(file, mode)) sawNew = true;
      else {
        sawHalf = true;
        note(`half file after a kill: ${name} (${statSync(file).size} bytes)`);
      }
    }
    for (const name of before.keys()) {
      if (!products().includes(name)) {
        sawHalf = true;
        note(`the previous file ${name} is gone after a kill`);
      }
    }
    if (sawHalf) summary.half++;
    else if (sawNew) summary.new++;
    else summary.old++;
  }

  /** After a restart, the app's own temporary files are swept from the folder. */
  async function checkAfterRestart(): Promise<void> {
    let stay: string[] = [];
    for (let wait = 0; wait < 50; wait++) {
      stay = readdirSync(share).filter(isTemp);
      if (stay.length === 0) return;
      await sleep(100);
    }
    summary.leftoverTemp += stay.length;
    note(`temporary files left after a restart: ${stay.join(', ')}`);
    // Counted once: removed so that the next kill is judged on its own.
    for (const name of stay) rmSync(path.join(share, name), { force: true });
  }

  summary.seconds = Math.round((performance.now() - t0) / 100) / 10;
  if (problems.length === 0 && !options.keep) rmSync(work, { recursive: true, force: true });
  else log(`data folder kept: ${work}`);
  return summary;
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      iterations: { type: 'string', default: '20' },
      seed: { type: 'string' },
      mode: { type: 'string', default: 'writes' },
      clients: { type: 'string', default: '4' },
      scale: { type: 'string', default: '0' },
      keep: { type: 'boolean', default: false },
      'from-source': { type: 'boolean', default: false },
    },
  });
  const seed = values.seed !== undefined ? Number(values.seed) : Math.floor(Math.random() * 2 ** 31);
  const iterations = Number(values.iterations);
  const mode = values.mode as Mode;
  if (!Number.isInteger(seed) || !Number.isInteger(iterations) || iterations < 1 || !['writes', 'export', 'backup'].includes(mode)) {
    process.stderr.write('Usage: npm run soak:kill -- --iterations N --seed S [--mode writes|export|backup] [--clients C] [--scale X] [--from-source] [--keep]\n');
    process.exit(2);
  }
  const log = (line: string) => process.stderr.write(`${line}\n`);
  log(`soak:kill ${mode}, ${iterations} iterations, seed ${seed}`);
  process.once('exit', (code) => {
    if (code !== 0) log(`seed ${seed}`);
  });
  const options = { iterations, seed, clients: Number(values.clients), scale: Number(values.scale), fromSource: values['from-source'], keep: values.keep, log };
  if (mode === 'writes') {
    const s = await soakWrites(options);
    const failed = s.lost > 0 || s.corrupt > 0;
    if (failed) log(`FAILED: seed ${seed} (rerun: npm run soak:kill -- --iterations ${iterations} --seed ${seed})`);
    process.stdout.write(`${JSON.stringify(s)}\n`);
    process.exitCode = failed ? 1 : 0;
  } else {
    const s = await soakFiles({ ...options, mode });
    const failed = s.half > 0 || s.leftoverTemp > 0;
    if (failed) log(`FAILED: seed ${seed} (rerun: npm run soak:kill -- --mode ${mode} --iterations ${iterations} --seed ${seed})`);
    process.stdout.write(`${JSON.stringify(s)}\n`);
    process.exitCode = failed ? 1 : 0;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  });
}
