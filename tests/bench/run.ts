// npm run bench -- --db FILE [--json] [--runs N] [--warm N] [--pages N] [--only SUBSTRING] [--skip A,B] [--no-long] [--long-job tracker|standin]
//
// Opens a generated database (npm run seed:bench) through openAppDatabase, the app's real open
// path, and measures through the dispatcher (the path the screens use) each operation the
// screens perform, beside its floor: the same query as a hand-written prepared statement on
// raw better-sqlite3. Writes (create/update) go into the file: a few hundred bench items are
// added per run. The long jobs run as in the desktop app: on its bundled job worker
// (dist-electron/jobs-worker.cjs, built first by scripts/build-electron.mjs), with one worker
// started ahead of the first job. See tests/bench/README.md.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openAppDatabase, type OpenStep } from '../../db/bootstrap';
import { openDatabase } from '../../db/open';
import { snapshotTo } from '../../db/migrate';
import { methods } from '../../electron/contract';
import { useWorkerScript } from '../../electron/services/jobs/worker/pool';
import { createDesk } from '../../electron/runtime/desk';
import { pathToFileURL } from 'node:url';
import { BENCH_DATE, fixtures, interactiveOps, ok, type Op } from './ops';
import { MIGRATIONS_DIR, ROOT } from './paths';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const flag = (name: string) => process.argv.includes(`--${name}`);

const file = arg('db');
if (!file) {
  console.error('usage: npm run bench -- --db FILE [--json] [--runs N] [--warm N] [--pages N] [--only SUBSTRING] [--skip A,B] [--no-long] [--long-job tracker|standin]');
  process.exit(2);
}
const json = flag('json');
const runsArg = arg('runs');
const only = arg('only');
const skip = (arg('skip') ?? '').split(',').filter(Boolean);
const longJob = arg('long-job') ?? 'tracker';
/**
 * Untimed runs of each interactive operation (and of its floor) before the timed ones. The app
 * is a long-running process whose dispatcher, contract checks and repository are shared by
 * every screen: what a user meets is their steady state, which V8 reaches only once its
 * optimising compiler has seen a function run a few dozen times. Measured at scale 100 (CPU
 * per call, median of each block of 10 calls): meetings.overview 2.1, 1.0, 0.7 ms over its
 * first three blocks, then 0.5–0.7; a status change 1.2–1.3 ms over its first 30 calls,
 * 0.4–0.6 from the 60th; the hand-written floors change far less (fewer JavaScript functions).
 * Until 22/11/2026 the bench warmed up 3 times: `--warm 3` measures as it did.
 */
const warmRuns = Number(arg('warm') ?? 30);
const log = (m: string) => process.stderr.write(`${m}\n`);

interface Result {
  op: string;
  scale: number;
  runs: number;
  p50_ms: number | null;
  p95_ms: number | null;
  floor_p95_ms?: number;
  ratio?: number;
  /** Median CPU time of the process for one run (and for one run of the floor): what the wall
   * times would be on an idle machine, the same figure whatever else the machine is doing. */
  cpu_p50_ms?: number;
  floor_cpu_p50_ms?: number;
  note?: string;
}

const round = (x: number) => Math.round(x * 100) / 100;
function pct(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}
function time(fn: () => unknown, runs: number, warm = 3): number[] {
  for (let i = 0; i < warm; i++) fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    out.push(performance.now() - t);
  }
  return out.sort((a, b) => a - b);
}
async function timeAsync(fn: () => Promise<unknown>, runs: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    out.push(performance.now() - t);
  }
  return out.sort((a, b) => a - b);
}

const results: Result[] = [];
let scale = 0;
function report(r: Omit<Result, 'scale'>): void {
  const full = { ...r, scale } as Result;
  results.push(full);
  log(`    [rss now ${Math.round(process.memoryUsage().rss / 1e6)} MB, peak ${Math.round(process.resourceUsage().maxRSS / 1024)} MB after ${r.op}]`);
  if (json) console.log(JSON.stringify(full));
  else log(`  ${r.op.padEnd(58)} ${String(r.runs).padStart(4)}  p50 ${fmt(r.p50_ms)}  p95 ${fmt(r.p95_ms)}${r.floor_p95_ms !== undefined ? `  floor p95 ${fmt(r.floor_p95_ms)}  ×${r.ratio}` : ''}${r.cpu_p50_ms !== undefined ? `  cpu p50 ${fmt(r.cpu_p50_ms)}${r.floor_cpu_p50_ms !== undefined ? ` (floor ${fmt(r.floor_cpu_p50_ms)})` : ''}` : ''}${r.note ? `  (${r.note})` : ''}`);
}
const fmt = (x: number | null | undefined) => (x === null || x === undefined ? '     –' : `${x.toFixed(2).padStart(8)} ms`);
function measured(op: string, samples: number[], floor?: number[], note?: string, cpu?: { run: number[]; floor?: number[] }): void {
  const p95 = round(pct(samples, 95));
  const r: Omit<Result, 'scale'> = { op, runs: samples.length, p50_ms: round(pct(samples, 50)), p95_ms: p95 };
  if (floor) {
    r.floor_p95_ms = round(pct(floor, 95));
    r.ratio = round(p95 / Math.max(0.001, pct(floor, 95)));
  }
  if (cpu) {
    r.cpu_p50_ms = round(pct(cpu.run, 50));
    if (cpu.floor) r.floor_cpu_p50_ms = round(pct(cpu.floor, 50));
  }
  if (note) r.note = note;
  report(r);
}

/**
 * Runs an operation and its floor alternately (so that both meet the same load of the machine),
 * after a warm-up; wall and CPU time of each run, sorted.
 */
function timePair(run: () => unknown, floor: (() => unknown) | undefined, runs: number, warm = 3) {
  for (let i = 0; i < warm; i++) {
    run();
    floor?.();
  }
  const out = { wall: [] as number[], cpu: [] as number[], floorWall: [] as number[], floorCpu: [] as number[] };
  const one = (fn: () => unknown, wall: number[], cpu: number[]) => {
    const c = process.cpuUsage();
    const t = performance.now();
    fn();
    wall.push(performance.now() - t);
    const u = process.cpuUsage(c);
    cpu.push((u.user + u.system) / 1000);
  };
  for (let i = 0; i < runs; i++) {
    one(run, out.wall, out.cpu);
    if (floor) one(floor, out.floorWall, out.floorCpu);
  }
  for (const list of Object.values(out)) list.sort((a, b) => a - b);
  return out;
}

/** The job worker the desktop app ships, freshly built from these sources. */
function useBundledWorker(): void {
  const built = spawnSync(process.execPath, ['scripts/build-electron.mjs'], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  const worker = path.join(ROOT, 'dist-electron', 'jobs-worker.cjs');
  if (built.status !== 0 || !existsSync(worker)) throw new Error(`scripts/build-electron.mjs failed: ${built.stderr || built.stdout}`);
  useWorkerScript(pathToFileURL(worker));
}

async function main(): Promise<void> {
  useBundledWorker();
  const dbFile = path.resolve(file!);
  // The clock of the bench's day (parsed once: the app's own clock is new Date()).
  const benchNow = Date.parse(`${BENCH_DATE}T03:00:00.000Z`);
  const now = () => new Date(benchNow);
  // The desk as the app builds it (electron/runtime/desk.ts), at the bench's day.
  const desk = createDesk({ file: dbFile, migrationsFolder: MIGRATIONS_DIR, appVersion: 'bench', clock: now, log: (m, e) => log(`${m}: ${String(e)}`) });
  const db = desk.database.db;
  const meta = db.prepare(`SELECT value FROM app_meta WHERE key = 'bench_generator'`).get() as { value: string } | undefined;
  const gen = meta ? (JSON.parse(meta.value) as { scale: number; mode: string; counts: Record<string, number> }) : { scale: 0, mode: 'unknown', counts: {} };
  scale = gen.scale;
  const bytes = statSync(dbFile).size;
  log(`# ${dbFile}: scale ${scale} (generated through ${gen.mode}), ${(bytes / 1e6).toFixed(0)} MB, ${JSON.stringify(gen.counts)}`);
  const dispatch = desk.dispatch;
  const workers = desk.services.workers;
  // As the app does once its database is open: a job worker started ahead of the first document.
  workers.prewarm();
  // As the app does: the log's checkpoints run on a job worker once the desk is quiet, not in a save.
  desk.services.checkpoints.start();
  // Its start (loading the worker's code) is over before anything is timed: a first, empty job.
  await workers.run({ kind: 'quickCheck' }, { image: openDatabase(':memory:').serialize() });
  const big = scale >= 10;
  const fastRuns = Number(runsArg ?? 50);
  const slowRuns = (n: number) => Math.max(1, Math.min(fastRuns, n));
  const want = (op: string) => (!only || op.includes(only)) && !skip.some((x) => op.includes(x));

  // ---------------------------------------------------------------- interactive operations
  const t0 = performance.now();
  const pages = Number(arg('pages') ?? 50);
  const fx = fixtures(db, dispatch, pages);
  log(`# fixtures in ${Math.round(performance.now() - t0)} ms (followed ${pages} pages of cursors); full name "${fx.fullName}", of common words "${fx.commonName}"`);
  for (const op of interactiveOps(db, db, dispatch, fx, fastRuns)) runOp(op);

  function runOp(op: Op): void {
    if (!want(op.op)) return;
    if (op.unavailable) return report({ op: op.op, runs: 0, p50_ms: null, p95_ms: null, note: op.unavailable });
    // (An operation timed only a few times, being dear, is warmed up as many times: its time is SQLite's.)
    const t = timePair(op.run, op.floor, op.runs, Math.min(warmRuns, op.runs));
    measured(op.op, t.wall, op.floor ? t.floorWall : undefined, undefined, { run: t.cpu, ...(op.floor ? { floor: t.floorCpu } : {}) });
  }

  // The checkpoint the writes above left for a worker (the timed loop never lets the event loop
  // turn, so it runs now): what it costs, on the worker, off the thread of the screens.
  await desk.services.checkpoints.idle();
  const cp = desk.services.checkpoints.status();
  if (cp && cp.times.length > 0) {
    const ms = [...cp.times].sort((a, b) => a - b);
    measured('wal checkpoint on a job worker (PASSIVE, after the writes)', ms, undefined, `${cp.last?.checkpointed ?? 0} of ${cp.last?.log ?? 0} pages written back${cp.failures ? `, ${cp.failures} failed` : ''}`);
  }

  const interactivePeak = Math.round(process.resourceUsage().maxRSS / 1024);
  if (json) console.log(JSON.stringify({ op: 'peak_rss after the interactive operations', scale, peak_rss_mb: interactivePeak }));
  else log(`  peak resident memory after the interactive operations: ${interactivePeak} MB`);

  // ---------------------------------------------------------------- documents and exports (jobs: the request answers at once)
  const has = (m: string) => Object.hasOwn(methods, m);
  const exportDir = mkdtempSync(path.join(tmpdir(), 'bench-exports-'));
  interface JobView {
    jobId: string;
    state: string;
    result: { bytes: number } | null;
    error: { message: { en: string } } | null;
  }
  /** Starts an export job and polls it to the end: the blocking request time and the time to the file. */
  async function runJob(method: string, input: unknown): Promise<{ syncMs: number; totalMs: number; bytes: number }> {
    const t = performance.now();
    let view = ok<JobView>(method, dispatch(method, input));
    const syncMs = performance.now() - t;
    while (view.state === 'running') {
      await new Promise((r) => setTimeout(r, 2));
      view = ok<JobView>('jobs.status', dispatch('jobs.status', { jobId: view.jobId }));
    }
    if (view.state !== 'done') throw new Error(`${method} ended ${view.state}: ${view.error?.message.en ?? ''}`);
    const totalMs = performance.now() - t;
    for (const f of readdirSync(exportDir)) rmSync(path.join(exportDir, f), { force: true, recursive: true });
    return { syncMs, totalMs, bytes: view.result?.bytes ?? 0 };
  }
  const year = 2025;
  const exportOps: Array<[string, string, unknown, number]> = [
    ['exports.briefing', 'exports.briefing (meeting with delegation)', { meetingId: fx.meetingId, language: 'vi', folder: exportDir, classifiedConfirmed: true }, slowRuns(big ? 5 : 10)],
    ['exports.postTripReport', 'exports.postTripReport (meeting with delegation and agenda)', { meetingId: fx.reportMeetingId, language: 'vi', folder: exportDir, classifiedConfirmed: true }, slowRuns(big ? 5 : 10)],
    ['exports.annualReport', `exports.annualReport ${year}`, { year, language: 'vi', folder: exportDir, classifiedConfirmed: true }, slowRuns(big ? 3 : 10)],
    ['exports.tracker', 'exports.tracker (everything)', { language: 'vi', folder: exportDir, classifiedConfirmed: true }, slowRuns(big ? 1 : 5)],
  ];
  for (const [method, label, input, runs] of exportOps) {
    if (!want(label)) continue;
    if (!has(method)) {
      report({ op: label, runs: 0, p50_ms: null, p95_ms: null, note: `not available yet: ${method} is not in electron/contract` });
      continue;
    }
    try {
      const sync: number[] = [];
      const total: number[] = [];
      let bytes = 0;
      for (let i = 0; i < runs; i++) {
        const r = await runJob(method, input);
        sync.push(r.syncMs);
        total.push(r.totalMs);
        bytes = r.bytes;
      }
      measured(`${label}: to the file written`, total.sort((a, b) => a - b), undefined, `${(bytes / 1e6).toFixed(2)} MB`);
      measured(`${label}: the request (blocks the thread)`, sync.sort((a, b) => a - b));
    } catch (err) {
      report({ op: label, runs: 0, p50_ms: null, p95_ms: null, note: `failed: ${(err as Error).message.slice(0, 300)}` });
    }
  }

  // ---------------------------------------------------------------- backups to one folder: the first is full, then the changes
  // The first backup to a folder copies the whole file; each later one writes the rows changed
  // since (db/repo/backupLog.ts). Between two backups of changes, a day's work through the
  // dispatcher: EDITS new action items, each then changed twice (status, then due date).
  if (want('backup.create') && has('backup.create')) {
    const backupDir = mkdtempSync(path.join(tmpdir(), 'bench-backups-'));
    const EDITS = 100;
    const job = async (input: unknown) => {
      const t = performance.now();
      let view = ok<JobView & { result: { bytes: number; backup?: { mode: string; reason: string | null; rows?: number; keys?: number } } | null }>('backup.create', dispatch('backup.create', input));
      const syncMs = performance.now() - t;
      while (view.state === 'running') {
        await new Promise((r) => setTimeout(r, 2));
        view = ok('jobs.status', dispatch('jobs.status', { jobId: view.jobId }));
      }
      if (view.state !== 'done') throw new Error(`backup.create ended ${view.state}: ${view.error?.message.en ?? ''}`);
      return { syncMs, totalMs: performance.now() - t, bytes: view.result!.bytes, backup: view.result!.backup };
    };
    try {
      const fullRuns = slowRuns(big ? 1 : 5);
      const full: number[] = [];
      const fullSync: number[] = [];
      let fullBytes = 0;
      for (let i = 0; i < fullRuns; i++) {
        const r = await job({ folder: backupDir, full: true, classifiedConfirmed: true });
        full.push(r.totalMs);
        fullSync.push(r.syncMs);
        fullBytes = r.bytes;
      }
      measured('backup.create, full (the first to a folder): to the file written', full.sort((a, b) => a - b), undefined, `${(fullBytes / 1e6).toFixed(2)} MB`);
      measured('backup.create, full: the request (blocks the thread)', fullSync.sort((a, b) => a - b));
      const changes: number[] = [];
      const changesSync: number[] = [];
      let last = { bytes: 0, keys: 0 };
      let seq = 0;
      for (let i = 0; i < slowRuns(10); i++) {
        for (let e = 0; e < EDITS; e++) {
          const created = ok<{ id: string; version: number }>('actionItems.create', dispatch('actionItems.create', {
            title: `Việc sau sao lưu ${i}-${++seq}`, sourceMeetingId: fx.createMeetingId, bodyId: fx.bodyId, leadAgencyId: fx.leadAgencyId, supportingAgencyIds: [], status: 'open', priority: 'normal',
          }));
          const moved = ok<{ id: string; version: number }>('actionItems.update', dispatch('actionItems.update', { id: created.id, version: created.version, changes: { status: 'in_progress' } }));
          ok('actionItems.update', dispatch('actionItems.update', { id: moved.id, version: moved.version, changes: { dueDate: '2027-06-30' } }));
        }
        const r = await job({ folder: backupDir, classifiedConfirmed: true });
        if (r.backup?.mode !== 'changes') throw new Error(`expected a backup of changes, got ${JSON.stringify(r.backup)}`);
        changes.push(r.totalMs);
        changesSync.push(r.syncMs);
        last = { bytes: r.bytes, keys: r.backup.keys ?? 0 };
      }
      measured(`backup.create, changes after ${EDITS} new action items each changed twice: to the file written`, changes.sort((a, b) => a - b), undefined, `${(last.bytes / 1e6).toFixed(2)} MB, ${last.keys} records`);
      measured('backup.create, changes: the request (blocks the thread)', changesSync.sort((a, b) => a - b));
    } catch (err) {
      report({ op: 'backup.create', runs: 0, p50_ms: null, p95_ms: null, note: `failed: ${(err as Error).message.slice(0, 300)}` });
    } finally {
      rmSync(backupDir, { recursive: true, force: true });
    }
  }

  // ---------------------------------------------------------------- backup (snapshotTo) beside a page copy (better-sqlite3 backup API)
  const dir = mkdtempSync(path.join(path.dirname(dbFile), 'bench-backup-'));
  try {
    if (want('backup')) {
      const n = slowRuns(big ? 2 : 10);
      let i = 0;
      const snap = time(() => {
        const target = path.join(dir, `snap-${i++}.sqlite`);
        snapshotTo(db, target);
        rmSync(target, { force: true });
      }, n, 0);
      const copy = await timeAsync(async () => {
        const target = path.join(dir, `copy-${i++}.sqlite`);
        await db.backup(target);
        rmSync(target, { force: true });
      }, n);
      measured('backup: snapshotTo (VACUUM INTO + fsync)', snap, copy, 'floor: better-sqlite3 online backup (page copy, no fsync)');
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  // ---------------------------------------------------------------- opening: the start-up path, and the integrity check apart
  if (want('open')) {
    // What the window waits for: the file and its settings, the schema history, the device id and
    // the reference-data version (openAppDatabase), step by step.
    const n = slowRuns(big ? 5 : 10);
    const steps: Record<OpenStep, number[]> = { open: [], migrations: [], reference: [] };
    let counting = false;
    const startup = time(() => {
      const fresh = openAppDatabase(dbFile, { migrationsFolder: MIGRATIONS_DIR, now, onStep: (step, ms) => counting && steps[step].push(ms) });
      fresh.db.close();
      counting = true;
    }, n, 1);
    const rawOpen = time(() => {
      const c = openDatabase(dbFile);
      c.prepare('SELECT hash, created_at FROM __drizzle_migrations ORDER BY created_at, id').all();
      c.close();
    }, n, 1);
    measured('open: start-up path (openAppDatabase: open, migration check, reference data)', startup, rawOpen, 'floor: open with the connection pragmas, read the migration table');
    const label: Record<OpenStep, string> = { open: 'open the file + connection pragmas', migrations: 'migration check', reference: 'device id + reference-data version' };
    for (const step of ['open', 'migrations', 'reference'] as const) measured(`open: step: ${label[step]}`, steps[step].slice(0, n).sort((a, b) => a - b));

    // The integrity check reads every page of the file: it must not be on the start-up path (it
    // belongs on a background worker), but its time is worth knowing.
    const quick = time(() => {
      const c = openDatabase(dbFile, { readonly: true });
      try {
        const r = c.pragma('quick_check', { simple: true });
        if (r !== 'ok') throw new Error(`quick_check: ${String(r)}`);
      } finally {
        c.close();
      }
    }, slowRuns(big ? 1 : 5), 0);
    measured('open: PRAGMA quick_check of the whole file (background, not on the start-up path)', quick);
  }

  // ---------------------------------------------------------------- Today while a long job runs
  if (!flag('no-long') && want('during')) await duringLongJob();

  async function duringLongJob(): Promise<void> {
    const today = () => ok('today.summary', dispatch('today.summary', { date: BENCH_DATE }));
    const baseline = time(today, fastRuns);
    const tracker = has('exports.tracker') && longJob === 'tracker';

    /**
     * Users on the Today screen, open loop: a request is due every 250 ms whatever happens; when
     * the thread is free, the requests that have come due are answered by one refresh, and its
     * latency counts from the moment the oldest of them was due (waiting included).
     */
    function user(): { stop: () => { lat: number[]; maxWait: number } } {
      const lat: number[] = [];
      const every = 250;
      const start = performance.now();
      let next = start + every;
      let timer: NodeJS.Timeout;
      const tick = () => {
        if (next <= performance.now()) {
          // Requests that came due while the thread was busy are answered by one refresh (the
          // screen asks again once), timed from the oldest of them.
          today();
          const end = performance.now();
          lat.push(end - next);
          while (next <= end) next += every;
        }
        timer = setTimeout(tick, Math.max(0, next - performance.now()));
      };
      timer = setTimeout(tick, every);
      return {
        stop: () => {
          clearTimeout(timer);
          lat.sort((a, b) => a - b);
          return { lat, maxWait: lat.at(-1) ?? 0 };
        },
      };
    }

    // The app's own tracker export, exactly as the screens start it: exports.tracker on this
    // dispatcher answers at once with the job, jobs.status is polled until the file is written.
    // The app reads and renders it on its job worker (its own connection) and copies the file
    // on this thread, which meanwhile answers Today.
    if (tracker) {
      const u = user();
      await new Promise((r) => setTimeout(r, 100));
      const job = await runJob('exports.tracker', { language: 'vi', folder: exportDir, classifiedConfirmed: true });
      await new Promise((r) => setTimeout(r, 100));
      const { lat, maxWait } = u.stop();
      measured(
        'today.summary during exports.tracker (the app job: worker + copy)',
        lat,
        baseline,
        `floor here = today.summary alone; export ${Math.round(job.totalMs)} ms, ${(job.bytes / 1e6).toFixed(1)} MB, of which the blocking request ${Math.round(job.syncMs)} ms; worst ${Math.round(maxWait)} ms`,
      );
    }

    // Without the export: the stand-in on the dispatcher's thread, in chunks of 500 rows that
    // yield between pages (the best a job on the thread that answers the screens can do).
    if (!tracker) {
      const u = user();
      let cursor: string | null = null;
      const t1 = performance.now();
      let rows = 0;
      do {
        const page: { items: unknown[]; nextCursor: string | null } = ok('actionItems.list', dispatch('actionItems.list', { sort: { field: 'createdAt', dir: 'asc' }, limit: 500, cursor }));
        rows += page.items.length;
        cursor = page.nextCursor;
        await new Promise((r) => setImmediate(r));
      } while (cursor && performance.now() - t1 < 120_000);
      const { lat, maxWait } = u.stop();
      measured('today.summary during stand-in job on the main thread (pages of 500, yielding)', lat, baseline, `floor here = today.summary alone; ${rows} rows in ${Math.round(performance.now() - t1)} ms${cursor ? ' (stopped at 120 s)' : ''}; worst ${Math.round(maxWait)} ms`);
    }
  }

  rmSync(exportDir, { recursive: true, force: true });
  db.close();
  const rssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  if (json) console.log(JSON.stringify({ op: 'peak_rss', scale, peak_rss_mb: rssMb }));
  else log(`  peak resident memory (maxRSS): ${rssMb} MB`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
