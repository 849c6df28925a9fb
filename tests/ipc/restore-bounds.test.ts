// A restore reads only what it has checked: a folder, a device, a pipe or a link to one is
// refused at once; a file whose SQLite header does not match its size, one that is no database,
// one larger than any backup, or one there is no room for is refused before a byte is copied;
// a long copy stops at the next chunk when the job is cancelled or the desk stops, and leaves
// no temporary file. Figures (time, bytes) are printed for the report.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, readdirSync, readFileSync, statSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { constants as fsConstants } from 'node:fs';
import path from 'node:path';
import type { Envelope, ExportJob } from '../../electron/contract';
import { restoreBackup } from '../../electron/services/backup/backup';
import { SPACE_MARGIN } from '../../electron/services/backup/source';
import { AppError } from '../../db/errors';
import { openDatabase } from '../../db/open';
import { configureExports, createTestApp, type TestApp } from '../helpers/app';
import { runBackupJob } from '../helpers/backups';
import { faultFs, type FaultFs } from '../helpers/faultfs';
import { tempDir } from '../helpers/tmp';

const MiB = 1024 * 1024;
const GiB = 1024 * MiB;

/** Bytes this process has written through write(2) so far (Linux), or null elsewhere. */
function bytesWritten(): number | null {
  if (!existsSync('/proc/self/io')) return null;
  const m = /^wchar: (\d+)$/m.exec(readFileSync('/proc/self/io', 'utf8'));
  return m ? Number(m[1]) : null;
}

/** Every byte under `dir` (the local temporary folder): a restore that copied nothing leaves 0. */
function usage(dir: string): number {
  let total = 0;
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    const st = statSync(p);
    total += st.isDirectory() ? usage(p) : st.blocks * 512;
  }
  return total;
}

const entries = (dir: string) => readdirSync(dir, { recursive: true }) as string[];

/**
 * A file that begins like a SQLite database (magic, 4096-byte pages, a page count SQLite would
 * trust) of `pages` pages, and is `size` bytes long: sparse, so it costs no disk.
 */
function sqliteLookalike(file: string, size: number, pages = 1): void {
  const head = Buffer.alloc(100);
  head.write('SQLite format 3\0', 0, 'latin1');
  head.writeUInt16BE(4096, 16);
  head[18] = 1;
  head[19] = 1;
  head[21] = 64;
  head[22] = 32;
  head[23] = 32;
  head.writeUInt32BE(7, 24); // change counter…
  head.writeUInt32BE(pages, 28);
  head.writeUInt32BE(7, 92); // …equal to the version the page count is valid for
  head.writeUInt32BE(4, 44); // schema format 4
  head.writeUInt32BE(1, 56); // UTF-8
  writeFileSync(file, head);
  truncateSync(file, size);
}

/** A real SQLite database of about `mib` MiB (one big blob): a large, legitimate file to copy. */
function bigDatabase(file: string, mib: number): void {
  const db = openDatabase(file, { journal: 'keep' });
  try {
    db.exec('CREATE TABLE blobs (b BLOB)');
    db.prepare('INSERT INTO blobs (b) VALUES (zeroblob(?))').run(mib * MiB);
  } finally {
    db.close();
  }
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Waits (bounded) until the job's local copy of the backup holds some bytes: the copy is under way. */
async function copyStarted(tempRoot: string): Promise<void> {
  for (let i = 0; i < 500; i++) {
    const copy = entries(tempRoot).find((e) => e.endsWith('restore.sqlite'));
    if (copy && statSync(path.join(tempRoot, copy)).size > 0) return;
    await sleep(10);
  }
  throw new Error('the copy never started');
}

describe('restore: bounded reads', () => {
  const root = tempDir('asoen-restore-bounds-');
  let app: TestApp;
  let fs: FaultFs;
  let tempRoot: string;
  let folder: string;
  let n = 0;

  beforeEach(() => {
    n++;
    tempRoot = path.join(root, `local-${n}`);
    folder = path.join(root, `share-${n}`);
    mkdirSync(tempRoot);
    mkdirSync(folder);
    fs = faultFs();
    app = createTestApp({ sample: true, fs, tempRoot });
    app.call('settings.update', { exportFolder: folder });
  });

  afterEach(async () => {
    // Whatever a test left running (a copy that did not stop) fails at its next call and ends.
    fs.reset({ failAt: 1, code: 'EIO' });
    app.ctx.services.jobs.cancelAll();
    await app.ctx.services.jobs.idle();
    app.close();
  });

  function refusedAtOnce(file: string): { vi: string; en: string } {
    const t = performance.now();
    const r = JSON.parse(JSON.stringify(app.dispatch('backup.restore', { file }))) as Envelope<ExportJob>;
    const ms = performance.now() - t;
    // Refused by the request itself: no job, nothing copied, nothing in the local temporary folder.
    expect(r.ok, JSON.stringify(r)).toBe(false);
    expect(ms).toBeLessThan(1000);
    expect(entries(tempRoot)).toEqual([]);
    if (r.ok) return { vi: '', en: '' };
    expect(r.error.code).toBe('VALIDATION');
    return r.error.message;
  }

  it('refuses a folder, /dev/zero, a pipe and a link to /dev/zero at once, saying what each is', () => {
    const fifo = path.join(root, 'backup.fifo');
    execFileSync('mkfifo', [fifo]);
    const link = path.join(root, 'zero.sqlite');
    symlinkSync('/dev/zero', link);
    const linkToFolder = path.join(root, 'folder.sqlite');
    symlinkSync(folder, linkToFolder);
    try {
      const dir = refusedAtOnce(folder);
      expect(dir.en).toBe(`${folder} is a folder, not a backup file. Choose the .sqlite file inside it. The current data has not been changed.`);
      expect(dir.vi).toBe(`${folder} là một thư mục, không phải tệp sao lưu. Hãy chọn tệp .sqlite trong thư mục đó. Dữ liệu hiện tại không bị thay đổi.`);
      expect(refusedAtOnce(linkToFolder).en).toMatch(/is a folder, not a backup file/);
      for (const device of ['/dev/zero', link]) {
        const m = refusedAtOnce(device);
        expect(m.en).toBe(`${device} is a device of the system, not a backup file. Only an ordinary backup file (.sqlite) can be restored. The current data has not been changed.`);
        expect(m.vi).toBe(`${device} là một thiết bị của hệ thống, không phải tệp sao lưu. Chỉ khôi phục được từ một tệp sao lưu thông thường (.sqlite). Dữ liệu hiện tại không bị thay đổi.`);
      }
      const pipe = refusedAtOnce(fifo);
      expect(pipe.en).toMatch(/^.+ is a pipe \(FIFO\), not a backup file\. Only an ordinary backup file/);
      expect(pipe.vi).toMatch(/là một đường ống \(FIFO\), không phải tệp sao lưu/);
      expect(app.call('exports.list', { limit: 5 }).items).toEqual([]);
    } finally {
      // A reader a broken build left waiting on the pipe gets its end of file.
      void open(fifo, fsConstants.O_WRONLY | fsConstants.O_NONBLOCK).then((h) => h.close(), () => undefined);
    }
  });

  it('the restore job itself refuses a device or a pipe given to it (the path changed after the request): nothing copied', async () => {
    const fifo = path.join(root, 'late.fifo');
    execFileSync('mkfifo', [fifo]);
    const env = app.ctx.services.exports;
    try {
      for (const file of ['/dev/zero', fifo]) {
        const t = performance.now();
        const caught = await restoreBackup(app.ctx.db, { file, migrationsFolder: env.migrationsFolder, safetyFolder: folder, safetyFileName: 'safety.sqlite' }, env).catch((e: unknown) => e);
        expect(caught).toBeInstanceOf(AppError);
        expect((caught as AppError).messages.en).toMatch(/is a (device of the system|pipe \(FIFO\)), not a backup file/);
        expect(performance.now() - t).toBeLessThan(1000);
        expect(entries(tempRoot)).toEqual([]);
      }
    } finally {
      void open(fifo, fsConstants.O_WRONLY | fsConstants.O_NONBLOCK).then((h) => h.close(), () => undefined);
    }
  }, 20_000);

  it('refuses a 2 GiB sparse file whose SQLite header says one page, without writing it out', async () => {
    const file = path.join(folder, 'sparse.sqlite');
    sqliteLookalike(file, 2 * GiB);
    const before = bytesWritten();
    const t = performance.now();
    const job = await runBackupJob(app, 'backup.restore', { file });
    const ms = Math.round(performance.now() - t);
    const after = bytesWritten();
    const written = before !== null && after !== null ? after - before : null;
    console.log(`2 GiB sparse file refused in ${ms} ms; bytes written by the process meanwhile: ${written ?? 'n/a'}; local temporary folder: ${usage(tempRoot)} bytes`);
    expect(job.state).toBe('failed');
    expect(job.error!.code).toBe('VALIDATION');
    expect(job.error!.message.en).toBe(`The backup file ${file} is damaged or incomplete: its header says 4.0 KB but the file holds 2.0 GB. The current data has not been changed. Use another backup.`);
    expect(job.error!.message.vi).toBe(`Tệp sao lưu ${file} bị hỏng hoặc chưa chép hết: phần đầu tệp ghi 4,0 KB nhưng tệp có 2,0 GB. Dữ liệu hiện tại không bị thay đổi. Hãy dùng một bản sao lưu khác.`);
    if (written !== null) expect(written).toBeLessThan(4 * MiB);
    expect(usage(tempRoot)).toBe(0);
    expect(fs.calls.filter((c) => c === `read ${file}`)).toHaveLength(1); // the header, nothing more
  }, 120_000);

  it('refuses a file that is not SQLite after reading its first 100 bytes only', async () => {
    const file = path.join(folder, 'notes.sqlite');
    writeFileSync(file, Buffer.alloc(50 * MiB, 'Đây không phải cơ sở dữ liệu. '));
    const before = bytesWritten();
    const job = await runBackupJob(app, 'backup.restore', { file });
    const after = bytesWritten();
    expect(job.state).toBe('failed');
    expect(job.error!.message.en).toBe(`The file ${file} is not an ASOEN Desk backup. The current data has not been changed.`);
    expect(job.error!.message.vi).toBe(`Tệp ${file} không phải là bản sao lưu dữ liệu của ASOEN Desk. Dữ liệu hiện tại không bị thay đổi.`);
    expect(fs.calls.filter((c) => c === `read ${file}`)).toHaveLength(1);
    if (before !== null && after !== null) expect(after - before).toBeLessThan(4 * MiB);
    expect(usage(tempRoot)).toBe(0);
  }, 60_000);

  it('refuses a backup larger than the largest one it accepts, or one this computer has no room for, before copying', async () => {
    const backup = await runBackupJob(app, 'backup.create', { classifiedConfirmed: true });
    expect(backup.state).toBe('done');
    const file = backup.result!.file;
    const size = statSync(file).size;

    configureExports(app, { maxRestoreBytes: size - 1 });
    fs.reset();
    const large = await runBackupJob(app, 'backup.restore', { file });
    expect(large.state).toBe('failed');
    expect(large.error!.message.en).toMatch(new RegExp(`^The file .+ is [0-9.]+ MB, larger than any backup this application makes \\(at most [0-9.]+ MB\\), so it was not restored\\. The current data has not been changed\\.$`));
    expect(large.error!.message.vi).toMatch(/lớn hơn mọi bản sao lưu mà ứng dụng này tạo ra/);
    expect(fs.calls.filter((c) => c === `read ${file}`)).toHaveLength(1);

    configureExports(app, { maxRestoreBytes: 64 * GiB, freeSpace: async () => 100 * MiB });
    fs.reset();
    const full = await runBackupJob(app, 'backup.restore', { file });
    expect(full.state).toBe('failed');
    expect(full.error!.message.en).toMatch(new RegExp(`^This computer's disk has not enough room for the restore: it needs [0-9.]+ MB free \\(copies of the backup and of the current data\\) in the temporary folder ${tempRoot.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, and 100.0 MB is free\\. Nothing was copied`));
    expect(full.error!.message.vi).toMatch(/không đủ chỗ để khôi phục/);
    expect(fs.calls.filter((c) => c === `read ${file}`)).toHaveLength(1);
    expect(usage(tempRoot)).toBe(0);
  }, 60_000);

  it('cancelling a long restore copy stops it at the next chunk and leaves no temporary file', async () => {
    const file = path.join(folder, 'big.sqlite');
    bigDatabase(file, 48);
    // A slow share: 40 ms a MiB, about two seconds for the whole file.
    fs.reset({ slowReads: { ms: 40, file: (f) => f === file } });
    const job = app.call('backup.restore', { file });
    await copyStarted(tempRoot);
    const t = performance.now();
    app.call('jobs.cancel', { jobId: job.jobId });
    const ended = await app.ctx.services.jobs.wait(job.jobId);
    const ms = Math.round(performance.now() - t);
    const reads = fs.calls.filter((c) => c === `read ${file}`).length;
    console.log(`restore copy cancelled: ended ${ms} ms after the cancel, after ${reads} of ${48 + 2} reads`);
    expect(ended.state).toBe('cancelled');
    expect(ms).toBeLessThan(400);
    expect(reads).toBeLessThan(40);
    expect(entries(tempRoot)).toEqual([]);
    expect(app.call('exports.list', { limit: 1 }).items[0]).toMatchObject({ status: 'cancelled' });
  }, 60_000);

  it('stopping the desk during a restore copy returns promptly, the job cancelled and nothing left behind', async () => {
    const file = path.join(folder, 'big.sqlite');
    bigDatabase(file, 48);
    fs.reset({ slowReads: { ms: 40, file: (f) => f === file } });
    const job = app.call('backup.restore', { file });
    await copyStarted(tempRoot);
    const t = performance.now();
    await app.desk.stop();
    const ms = Math.round(performance.now() - t);
    console.log(`desk stopped ${ms} ms after stop() during a restore copy`);
    expect(ms).toBeLessThan(500);
    expect(app.ctx.services.jobs.get(job.jobId).state).toBe('cancelled');
    expect(entries(tempRoot)).toEqual([]);
    expect(app.ctx.db.open).toBe(false);
  }, 60_000);

  it('cancelling a backup while it is read back from the folder stops the read and removes the backup', async () => {
    // A slow share: each MiB of the backup read back takes 300 ms.
    fs.reset({ slowReads: { ms: 300, file: (f) => path.dirname(f) === folder && f.endsWith('.sqlite') } });
    const job = app.call('backup.create', { classifiedConfirmed: true });
    for (let i = 0; i < 1000 && app.call('jobs.status', { jobId: job.jobId }).stage !== 'verifying'; i++) await sleep(10);
    expect(app.call('jobs.status', { jobId: job.jobId }).stage).toBe('verifying');
    const t = performance.now();
    app.call('jobs.cancel', { jobId: job.jobId });
    const ended = await app.ctx.services.jobs.wait(job.jobId);
    const ms = Math.round(performance.now() - t);
    console.log(`backup read-back cancelled: ended ${ms} ms after the cancel`);
    expect(ended.state).toBe('cancelled');
    expect(ms).toBeLessThan(700);
    // A backup that was not read back is not kept: neither it nor its .sha256, nor any temporary file.
    expect(readdirSync(folder)).toEqual([]);
    expect(entries(tempRoot)).toEqual([]);
  }, 60_000);

  it('counts the room the restore needs beside the data file too: on one disk with the temporary folder, or on its own', async () => {
    app.close();
    const dataDir = path.join(root, `data-${n}`);
    app = createTestApp({ file: path.join(dataDir, 'desk.sqlite'), sample: true, fs, tempRoot });
    app.call('settings.update', { exportFolder: folder });
    const backup = await runBackupJob(app, 'backup.create', { classifiedConfirmed: true });
    expect(backup.state).toBe('done');
    const file = backup.result!.file;
    const bytes = statSync(file).size;
    const live = (app.ctx.db.pragma('page_count', { simple: true }) as number) * (app.ctx.db.pragma('page_size', { simple: true }) as number);
    // The data and the temporary folder share a disk here: the copy, the snapshot, the safety copy
    // and the restored rows all go on it. Room for only half of that is refused.
    configureExports(app, { freeSpace: async () => bytes + live + SPACE_MARGIN + MiB });
    const shared = await runBackupJob(app, 'backup.restore', { file });
    expect(shared.state).toBe('failed');
    expect(shared.error!.message.en).toMatch(/has not enough room for the restore: .+ in the temporary folder /);
    expect((shared.error!.details as { needed: number }).needed).toBeGreaterThanOrEqual(2 * (bytes + live) + SPACE_MARGIN);

    // A temporary folder on another disk (tmpfs): the data's own disk is checked too, and named.
    const elsewhere = mkdtempSync('/dev/shm/asoen-restore-');
    try {
      if (statSync(elsewhere).dev !== statSync(dataDir).dev) {
        configureExports(app, { tempRoot: elsewhere, freeSpace: async (dir) => (dir === elsewhere ? 1024 * GiB : 100 * MiB) });
        const full = await runBackupJob(app, 'backup.restore', { file });
        expect(full.state).toBe('failed');
        expect(full.error!.message.en).toContain(`free (copies of the backup and of the current data) on the data's disk (${dataDir}), and 100.0 MB is free.`);
        expect(full.error!.message.vi).toContain(`trên ổ đĩa của dữ liệu (${dataDir}), nhưng chỉ còn 100,0 MB`);
        expect(entries(elsewhere)).toEqual([]);
      }
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
    expect(entries(tempRoot)).toEqual([]);
  }, 60_000);

  it('refuses a backup of changes whose full backup was replaced by a file of another size, without copying that file', async () => {
    const full = await runBackupJob(app, 'backup.create', { classifiedConfirmed: true });
    const body = app.call('bodies.list', { q: 'ASOEN', limit: 5 }).items.find((b) => b.code === 'ASOEN')!;
    app.call('meetings.create', { bodyId: body.id, titleVi: 'Họp sau sao lưu', titleEn: 'After the backup', startDate: '2026-12-15', endDate: '2026-12-15' });
    const changes = await runBackupJob(app, 'backup.create', { classifiedConfirmed: true });
    expect(changes.result?.backup?.mode).toBe('changes');
    // The full backup, replaced by another (sound, larger) database under its name.
    const base = full.result!.file;
    rmSync(base);
    bigDatabase(base, 48);
    fs.reset({ slowReads: { ms: 20, file: (f) => f === base } });
    const job = await runBackupJob(app, 'backup.restore', { file: changes.result!.file });
    expect(job.state).toBe('failed');
    expect(job.error!.message.en).toContain(`The file ${full.result!.fileName}, which the backup ${changes.result!.fileName} builds on, is no longer the file that was written`);
    expect(fs.calls.filter((c) => c === `read ${base}`)).toHaveLength(1); // its header only
    expect(entries(tempRoot)).toEqual([]);
  }, 60_000);
});
