// Saves do not wait for the write-ahead log's checkpoints: the app's connection leaves them to a
// job worker, which copies the log's pages into the database file once the desk is quiet.
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Db } from '../../db/open';
import { BACKSTOP_PAGES, type Checkpoints } from '../../electron/services/checkpoints';
import { createTestApp, testWorkers, type TestApp } from '../helpers/app';
import { tempDir } from '../helpers/tmp';

/**
 * The log's state as SQLite's shared wal-index holds it (https://sqlite.org/walformat.html):
 * the frames in the log (mxFrame, in the header) and how many of them are already in the
 * database file (nBackfill, in the checkpoint information after the two header copies).
 */
function walState(file: string): { frames: number; backfilled: number } {
  const shm = readFileSync(`${file}-shm`);
  return { frames: shm.readUInt32LE(16), backfilled: shm.readUInt32LE(96) };
}

function savePeople(app: TestApp, n: number, tag: string): void {
  for (let i = 0; i < n; i++) app.call('people.create', { fullName: `Nguyễn Văn ${tag} ${i}` });
}

describe('checkpoints of the data file', () => {
  const dir = tempDir('asoen-checkpoints-');
  let app: TestApp | undefined;
  afterEach(async () => {
    if (app) await app.ctx.services.jobs.idle();
    vi.restoreAllMocks();
    app?.ctx.services.checkpoints.stop();
    app?.close();
    app = undefined;
  });

  /** The app on a file of its own, its checkpoints left to the workers, its log emptied first. */
  function appWithCheckpoints(name: string, quietMs: number): { app: TestApp; file: string; db: Db; cp: Checkpoints } {
    const file = path.join(dir, name);
    const opened = createTestApp({ file, sample: true, checkpointQuietMs: quietMs });
    app = opened; // closed after the test
    const cp = opened.ctx.services.checkpoints;
    cp.start();
    opened.ctx.db.pragma('wal_checkpoint(TRUNCATE)');
    return { app: opened, file, db: opened.ctx.db, cp };
  }

  it('leaves the checkpoints to a worker: the saves keep every page in the log, the worker writes them all back once the desk is quiet', async () => {
    const file = path.join(dir, 'quiet.sqlite');
    app = createTestApp({ file, sample: true, checkpointQuietMs: 50 });
    const db = app.ctx.db;
    const cp = app.ctx.services.checkpoints;
    // SQLite's own default: a save that takes the log past 1,000 pages checkpoints inside it.
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
    expect(cp.start()).toBe(true);
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(BACKSTOP_PAGES);
    db.pragma('wal_checkpoint(TRUNCATE)');

    // Enough saves to pass SQLite's default threshold more than once.
    savePeople(app, 150, 'A');
    const before = walState(file);
    expect(before.frames).toBeGreaterThan(1000);
    expect(before.backfilled).toBe(0);
    expect(cp.status()?.runs).toBe(0);

    // Once the desk is quiet, a worker writes every page back.
    await vi.waitFor(() => expect(cp.status()?.runs).toBe(1), { timeout: 20_000, interval: 20 });
    const status = cp.status()!;
    expect(status.failures).toBe(0);
    expect(status.last).toMatchObject({ busy: false, log: before.frames, checkpointed: before.frames });
    expect(walState(file)).toEqual({ frames: before.frames, backfilled: before.frames });

    // The next save starts the log again from its beginning instead of growing it.
    savePeople(app, 1, 'B');
    expect(walState(file).frames).toBeLessThan(100);
    // And every save is in the file for anyone who opens it.
    const other = new Database(file, { readonly: true });
    expect((other.prepare(`SELECT count(*) AS n FROM people WHERE full_name LIKE 'Nguyễn Văn A %' OR full_name LIKE 'Nguyễn Văn B %'`).get() as { n: number }).n).toBe(151);
    other.close();
  });

  it('runs one checkpoint after a burst of saves, another for saves made while it ran, and none for reading', async () => {
    const { app, cp } = appWithCheckpoints('burst.sqlite', 60_000);
    for (let i = 0; i < 20; i++) app.call('today.summary', {});
    app.call('actionItems.list', { limit: 20 });
    await cp.idle();
    expect(cp.status()?.runs).toBe(0);

    savePeople(app, 10, 'C');
    // checkpointsIdle starts the pending checkpoint at once; a save lands while it runs.
    const idle = cp.idle();
    savePeople(app, 1, 'D');
    await idle;
    const status = cp.status()!;
    expect(status.runs).toBe(2);
    expect(status.last).toMatchObject({ busy: false });
    expect(status.last!.checkpointed).toBe(status.last!.log);
  });

  it('a checkpoint that fails loses nothing: the pages stay in the log and the next one writes them back', async () => {
    const { app, file, cp } = appWithCheckpoints('failing.sqlite', 60_000);
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const pool = testWorkers;
    vi.spyOn(pool, 'run').mockRejectedValueOnce(Object.assign(new Error('EIO: i/o error, write'), { code: 'EIO' }));

    savePeople(app, 5, 'E');
    await cp.idle();
    expect(cp.status()).toMatchObject({ runs: 1, failures: 1, last: null });
    expect(error).toHaveBeenCalledWith(expect.stringContaining('checkpoint'), expect.any(Error));
    const kept = walState(file);
    expect(kept.frames).toBeGreaterThan(0);
    expect(kept.backfilled).toBe(0);
    // The app goes on saving and reading as before.
    savePeople(app, 5, 'F');
    expect(app.call('people.list', { q: 'nguyen van f', limit: 10 }).items).toHaveLength(5);

    cp.noteWrite();
    await cp.idle();
    const status = cp.status()!;
    expect(status).toMatchObject({ runs: 2, failures: 1 });
    expect(status.last!.checkpointed).toBe(walState(file).frames);
    expect(walState(file).backfilled).toBe(walState(file).frames);
  });

  it("checkpoints what a job writes when it ends (its export-log record, a backup's chain) like a save", async () => {
    const { app, file, cp } = appWithCheckpoints('job.sqlite', 60_000);
    const folder = path.join(dir, 'backups');
    mkdirSync(folder, { recursive: true });
    app.call('settings.update', { exportFolder: folder });
    await cp.idle();
    expect(cp.status()?.runs).toBe(1);
    // A backup writes when it ends (its chain, its record in the export log).
    const started = app.call('backup.create', { classifiedConfirmed: true });
    const job = await app.ctx.services.jobs.wait(started.jobId);
    expect(job.state).toBe('done');
    expect(walState(file).backfilled).toBeLessThan(walState(file).frames);
    await cp.idle();
    expect(cp.status()?.runs).toBe(2);
    const status = cp.status()!;
    expect(status.failures).toBe(0);
    expect(walState(file).backfilled).toBe(walState(file).frames);
    expect(status.last!.checkpointed).toBe(walState(file).frames);
    expect(walState(file).frames).toBeGreaterThan(0);
  });

  it('has nothing to do for a database in memory', () => {
    app = createTestApp();
    const cp = app.ctx.services.checkpoints;
    expect(cp.start()).toBe(false);
    expect(cp.status()).toBeNull();
    cp.noteWrite();
  });
});
