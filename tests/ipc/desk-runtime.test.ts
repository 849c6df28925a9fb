// The one composition root (electron/runtime/desk.ts): the Electron main process, the browser
// mode and the tests build their desk with it, and stopping it is one order: running jobs
// cancelled and recorded, the log checkpointed, the database closed.
import { existsSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { createDesk } from '../../electron/runtime/desk';
import type { ExportFs } from '../../electron/services/files/fs';
import { realFs } from '../../electron/services/files/fs';
import { MIGRATIONS, testClock, testWorkers } from '../helpers/app';
import { tempDir } from '../helpers/tmp';

/** A file system whose writes to the share wait until released: a job that is still running. */
function heldFs(): { fs: ExportFs; release: () => void } {
  let release = () => undefined as void;
  const gate = new Promise<void>((r) => (release = r));
  return {
    fs: { ...realFs, open: async (p, flags, mode) => { if (flags === 'wx') await gate; return realFs.open(p, flags, mode); } },
    release,
  };
}

describe('the desk, built by the composition root', () => {
  const root = tempDir('asoen-desk-runtime-');

  it('builds the dispatcher, services and database from an environment, and answers at once', async () => {
    const desk = createDesk({ file: path.join(root, 'a', 'desk.sqlite'), migrationsFolder: MIGRATIONS, appVersion: '9.9.9', clock: testClock, workers: testWorkers });
    const info = desk.dispatch('app.info', {});
    expect(info).toMatchObject({ ok: true, value: { appVersion: '9.9.9', dataFile: path.join(root, 'a', 'desk.sqlite') } });
    expect(desk.dispatch('today.summary', {})).toMatchObject({ ok: true, value: { date: '2026-11-21' } });
    await desk.stop();
    expect(desk.database.db.open).toBe(false);
  });

  it('stops by cancelling a running export, recording it, checkpointing the log and closing the file', async () => {
    const file = path.join(root, 'b', 'desk.sqlite');
    const folder = path.join(root, 'b-out');
    mkdirSync(folder, { recursive: true });
    const held = heldFs();
    // The desk's own workers, as the app has: stopping closes them before the file.
    const desk = createDesk({ file, migrationsFolder: MIGRATIONS, appVersion: 'test', clock: testClock, fs: held.fs });
    desk.services.checkpoints.start();
    desk.dispatch('settings.update', { exportFolder: folder });
    const started = desk.dispatch('exports.calendar', { language: 'vi' });
    expect(started).toMatchObject({ ok: true, value: { state: 'running' } });
    const jobId = (started as { value: { jobId: string } }).value.jobId;
    // Let the job reach the share (it waits there), then stop the desk.
    await vi.waitFor(() => expect(desk.services.jobs.get(jobId).stage).toBe('writing'), { timeout: 20_000 });
    const stopping = desk.stop();
    held.release();
    await stopping;
    expect(desk.database.db.open).toBe(false);
    // The log's pages are in the database file: no write-ahead log is left beside it.
    expect(existsSync(`${file}-wal`) ? statSync(`${file}-wal`).size : 0).toBe(0);
    // The job ended cancelled, and the export log says so in the file itself.
    expect(desk.services.jobs.get(jobId).state).toBe('cancelled');
    const db = new Database(file, { readonly: true });
    expect(db.prepare('SELECT status FROM exports').pluck().all()).toEqual(['cancelled']);
    db.close();
  });

  it('stops once, however many times it is asked', async () => {
    const desk = createDesk({ file: ':memory:', migrationsFolder: MIGRATIONS, appVersion: 'test', clock: testClock, workers: testWorkers });
    await Promise.all([desk.stop(), desk.stop()]);
    await desk.stop();
    expect(desk.database.db.open).toBe(false);
  });
});
