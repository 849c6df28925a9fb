// Fault injection over every export and over backup/restore: the N-th file-system call fails
// with ENOSPC, EACCES, EBUSY or EIO, for every N of a clean run. The calls are those of the
// main thread's side: the copy of the job worker's finished local file into the folder (and,
// for a backup, its .sha256 and the read-back; for a restore, the streamed read of the backup).
// Whatever fails: the old file is intact, no temporary file remains in the folder nor in the
// local temporary folder, the data is unchanged, the failure is recorded, and the message is
// clear in both languages.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ExportJob } from '../../electron/contract';
import { atomicWrite } from '../../electron/services/files/atomicWrite';
import { configureExports, createTestApp, type TestApp } from '../helpers/app';
import { realFs, type ExportFs } from '../../electron/services/files/fs';
import { FAULT_CODES, faultFs, type FaultFs } from '../helpers/faultfs';
import { tempDir } from '../helpers/tmp';

/** A digest of every row of the user's data (not the export log, which records the attempts). */
function fingerprint(app: TestApp): string {
  const db = app.ctx.db;
  const tables = (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_fts%' AND name NOT IN ('exports', 'backup_log', 'backup_chains') ORDER BY name`).all() as Array<{ name: string }>).map((t) => t.name);
  const h = createHash('sha256');
  // Sorted in JS: a restore copies rows, not SQLite's internal rowids of text-keyed tables.
  for (const t of tables) h.update(t).update(JSON.stringify((db.prepare(`SELECT * FROM "${t}"`).all() as unknown[]).map((r) => JSON.stringify(r)).sort()));
  return h.digest('hex');
}

/** Rows changed by the connection so far: an export may change exactly one (its log record). */
/** The records of the export log: a job, done or failed, adds one and writes nothing else (the fingerprint says so). */
const changes = (app: TestApp) => (app.ctx.db.prepare('SELECT count(*) AS n FROM exports').get() as { n: number }).n;

const temps = (folder: string) => readdirSync(folder).filter((f) => f.startsWith('.~asoen-'));

type Start = (app: TestApp) => ExportJob;

const ASOEN35 = (app: TestApp) => app.call('meetings.list', { q: 'ASOEN 35', limit: 10 }).items.find((m) => m.sequence === 35)!.id;

const EXPORTS: Array<[string, string, Start]> = [
  ['briefing', 'CONFIDENTIAL (MẬT) - 2024-07-28 ASOEN 35 - Briefing note (en).docx', (app) => app.call('exports.briefing', { meetingId: ASOEN35(app), language: 'en', classifiedConfirmed: true })],
  ['annual report', '2025 Báo cáo tổng kết (vi).docx', (app) => app.call('exports.annualReport', { year: 2025, language: 'vi' })],
  ['tracker', 'CONFIDENTIAL (MẬT) - Action items 2026-11-21.xlsx', (app) => app.call('exports.tracker', { language: 'en', filter: { status: ['open'] }, classifiedConfirmed: true })],
  ['csv', 'Việc cần làm 2026-11-21.csv', (app) => app.call('exports.csv', { list: 'actionItems', language: 'vi' })],
  ['calendar', 'ASEAN meetings 2026-11-21.ics', (app) => app.call('exports.calendar', { language: 'en' })],
  ['backup', 'MẬT - ASOEN Desk backup 20261121 030000.sqlite', (app) => app.call('backup.create', { classifiedConfirmed: true })],
];

function expectClearMessage(job: ExportJob, folderOrFile: string): void {
  const { vi, en } = job.error!.message;
  expect(vi.length).toBeGreaterThan(20);
  expect(en.length).toBeGreaterThan(20);
  expect(vi).not.toBe(en);
  expect(vi).toMatch(/[ăâđêôơưạảấầẩậắằẳặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i); // really Vietnamese
  expect(`${vi} ${en}`).toContain(folderOrFile);
  expect(en).not.toMatch(/injected|undefined|\[object/);
}

describe('fault injection', () => {
  const root = tempDir('asoen-faults-');
  let app: TestApp;
  let fs: FaultFs;
  const local = path.join(root, 'local-temp');
  beforeAll(() => {
    app = createTestApp({ sample: true });
    fs = faultFs();
    mkdirSync(local);
    configureExports(app, { fs, retry: { attempts: 2, delayMs: 0 }, tempRoot: local });
  });
  afterAll(() => app.close());

  async function finish(job: ExportJob): Promise<ExportJob> {
    await app.ctx.services.jobs.wait(job.jobId);
    return app.call('jobs.status', { jobId: job.jobId });
  }

  describe.each(EXPORTS)('%s', (_label, fileName, start) => {
    it('survives a failure of every file-system call, with every error', async () => {
      const folder = path.join(root, fileName.replace(/[^\w]+/g, '-'));
      mkdirSync(folder, { recursive: true });
      app.call('settings.update', { exportFolder: folder });
      const target = path.join(folder, fileName);
      const reset = () => {
        for (const f of readdirSync(folder)) rmSync(path.join(folder, f));
        writeFileSync(target, 'OLD FILE, OPEN IN EXCEL');
      };
      // A clean run gives the number of calls to fail.
      reset();
      fs.reset();
      const clean = await finish(start(app));
      expect(clean.state).toBe('done');
      const total = fs.calls.length;
      expect(total).toBeGreaterThanOrEqual(5);
      const data = fingerprint(app);
      let failures = 0;
      for (let n = 1; n <= total; n++) {
        for (const code of FAULT_CODES) {
          reset();
          fs.reset({ failAt: n, code });
          const changedBefore = changes(app);
          const job = await finish(start(app));
          const context = `call ${n} (${fs.calls[n - 1]}) failing with ${code}`;
          expect(temps(folder), context).toEqual([]);
          expect(readdirSync(local), context).toEqual([]);
          expect(changes(app) - changedBefore, context).toBe(1); // the log record, nothing else
          expect(fingerprint(app), context).toBe(data);
          const record = app.call('exports.list', { limit: 1 }).items[0]!;
          expect(record.id, context).toBe(job.exportId);
          if (job.state === 'failed') {
            failures++;
            expect(readFileSync(target, 'utf8'), context).toBe('OLD FILE, OPEN IN EXCEL');
            expectClearMessage(job, folder);
            expect(record, context).toMatchObject({ status: 'failed', error: job.error!.message[record.language === 'en' ? 'en' : 'vi'] });
            // Nothing half-written is left under a final name either.
            expect(readdirSync(folder), context).toEqual([fileName]);
          } else {
            // A retried or tolerated failure (the folder fsync, a busy rename): the file is whole.
            expect(job.state, context).toBe('done');
            expect(record.status).toBe('done');
            const written = readFileSync(job.result!.file);
            expect(createHash('sha256').update(written).digest('hex'), context).toBe(job.result!.sha256);
            if (job.result!.file !== target) expect(readFileSync(target, 'utf8')).toBe('OLD FILE, OPEN IN EXCEL');
          }
        }
      }
      expect(fingerprint(app)).toBe(data);
      expect(failures).toBeGreaterThan(total); // most injected faults are real failures
    }, 60_000);
  });

  it('restore: survives a failure of every file-system call, with every error, leaving the data as it was', async () => {
    const folder = path.join(root, 'restore');
    mkdirSync(folder, { recursive: true });
    app.call('settings.update', { exportFolder: folder });
    fs.reset();
    const backup = await finish(app.call('backup.create', { classifiedConfirmed: true }));
    expect(backup.state).toBe('done');
    const backupFile = backup.result!.file;
    const backupData = fingerprint(app);
    // Change the data, so that a restore that happened would show.
    const body = app.call('bodies.list', { q: 'ASOEN', limit: 5 }).items.find((b) => b.code === 'ASOEN')!;
    app.call('meetings.create', { bodyId: body.id, titleVi: 'Họp sau sao lưu', titleEn: 'Meeting after the backup', startDate: '2026-12-15', endDate: '2026-12-15' });
    let changed = fingerprint(app);
    expect(changed).not.toBe(backupData);
    const keep = new Set(readdirSync(folder));
    const clean = () => {
      for (const f of readdirSync(folder)) if (!keep.has(f)) rmSync(path.join(folder, f));
    };
    // Count the calls of a restore that fails at its very last step (so the data stays as changed).
    fs.reset();
    const dry = await finish(app.call('backup.restore', { file: backupFile }));
    expect(dry.state).toBe('done');
    const total = fs.calls.length;
    expect(total).toBeGreaterThanOrEqual(10);
    // That one succeeded: change the data again.
    clean();
    expect(fingerprint(app)).toBe(backupData);
    app.call('meetings.create', { bodyId: body.id, titleVi: 'Họp sau sao lưu', titleEn: 'Meeting after the backup', startDate: '2026-12-15', endDate: '2026-12-15' });
    changed = fingerprint(app);
    for (let n = 1; n <= total; n++) {
      for (const code of FAULT_CODES) {
        const changedBefore = changes(app);
        fs.reset({ failAt: n, code });
        const job = await finish(app.call('backup.restore', { file: backupFile }));
        const context = `restore: call ${n} (${fs.calls[n - 1]}) failing with ${code}`;
        expect(temps(folder), context).toEqual([]);
        expect(readdirSync(local), context).toEqual([]);
        if (job.state === 'failed') {
          expect(changes(app) - changedBefore, context).toBe(1); // the failure's log record only
          expect(fingerprint(app), context).toBe(changed);
          const { vi, en } = job.error!.message;
          expect(vi.length > 20 && en.length > 20 && vi !== en, context).toBe(true);
          expect(`${vi} ${en}`, context).toMatch(new RegExp(folder.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
        } else {
          expect(job.state, context).toBe('done');
          expect(fingerprint(app), context).toBe(backupData);
          // Back to changed data for the next round.
          app.call('meetings.create', { bodyId: body.id, titleVi: 'Họp sau sao lưu', titleEn: 'Meeting after the backup', startDate: '2026-12-15', endDate: '2026-12-15' });
          changed = fingerprint(app);
        }
        clean();
      }
    }
  }, 120_000);

  it('backup: a share that gives back other bytes than it was given is caught by the read-back, and nothing is left', async () => {
    const folder = path.join(root, 'lying-share');
    mkdirSync(folder, { recursive: true });
    // The share stores what it is given, but one byte in the middle of the backup reads back changed.
    const lying: ExportFs = {
      ...realFs,
      async open(file, flags, mode) {
        const h = await realFs.open(file, flags, mode);
        if (flags !== 'r' || !file.endsWith('.sqlite')) return h;
        return {
          ...h,
          read: async (buf, off, len, pos) => {
            const r = await h.read(buf, off, len, pos);
            if (pos !== null && pos <= 5000 && 5000 < pos + r.bytesRead) buf[off + 5000 - pos]! ^= 0xff;
            return r;
          },
          write: (...a) => h.write(...a),
          sync: () => h.sync(),
          close: () => h.close(),
        };
      },
    };
    configureExports(app, { fs: lying, retry: { attempts: 2, delayMs: 0 }, tempRoot: local });
    try {
      const before = fingerprint(app);
      const job = await finish(app.call('backup.create', { folder, classifiedConfirmed: true }));
      expect(job.state).toBe('failed');
      expect(job.error!.message.en).toMatch(/did not match when read back, so it was removed/);
      expectClearMessage(job, folder);
      expect(readdirSync(folder)).toEqual([]);
      expect(readdirSync(local)).toEqual([]);
      expect(fingerprint(app)).toBe(before);
    } finally {
      configureExports(app, { fs, retry: { attempts: 2, delayMs: 0 }, tempRoot: local });
    }
  });

  it.each([false, true])('the chunked copy of a large local file (folder without hard links: %s): every call failing, with every error, leaves the old file or the whole new one, and never a reserved name', async (noLinks) => {
    const folder = path.join(root, `large-copy-${String(noLinks)}`);
    mkdirSync(folder, { recursive: true });
    // 3.5 chunks of 1 MiB: several writes, and a short last one.
    const source = path.join(local, 'rendered.bin');
    const bytes = Buffer.alloc(3.5 * 1024 * 1024);
    for (let i = 0; i < bytes.length; i += 4) bytes.writeUInt32LE((i * 2654435761) >>> 0, i);
    writeFileSync(source, bytes);
    const digest = createHash('sha256').update(bytes).digest('hex');
    const target = path.join(folder, 'Tracker.xlsx');
    const reset = () => {
      for (const f of readdirSync(folder)) rmSync(path.join(folder, f));
      writeFileSync(target, 'OLD FILE, OPEN IN EXCEL');
    };
    reset();
    fs.reset({ noLinks });
    await atomicWrite(fs, folder, 'Tracker.xlsx', { file: source }, { retry: { attempts: 2, delayMs: 0 } });
    const total = fs.calls.length;
    expect(fs.calls.filter((c) => c.startsWith('write ')).length).toBe(4);
    for (let n = 1; n <= total; n++) {
      for (const code of FAULT_CODES) {
        reset();
        fs.reset({ failAt: n, code, noLinks });
        const context = `call ${n} (${fs.calls[n - 1] ?? ''}) failing with ${code}`;
        let failed = false;
        const written = await atomicWrite(fs, folder, 'Tracker.xlsx', { file: source }, { retry: { attempts: 2, delayMs: 0 } }).catch((err: unknown) => {
          failed = true;
          expect((err as { messages?: { vi: string; en: string } }).messages?.en, context).toContain(folder);
          return null;
        });
        expect(temps(folder), context).toEqual([]);
        expect(readFileSync(target, 'utf8'), context).toBe('OLD FILE, OPEN IN EXCEL');
        // Nothing under a final name but the old file and, when it succeeded, the whole new one.
        expect(readdirSync(folder).sort(), context).toEqual(failed ? ['Tracker.xlsx'] : ['Tracker (2).xlsx', 'Tracker.xlsx']);
        if (!failed) expect(createHash('sha256').update(readFileSync(written!.file)).digest('hex'), context).toBe(digest);
      }
    }
    // The local file is the job's to remove, untouched by the copy.
    expect(createHash('sha256').update(readFileSync(source)).digest('hex')).toBe(digest);
    rmSync(source);
  }, 120_000);
});
