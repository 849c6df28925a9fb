// Long jobs run off the thread that answers the screens: a job worker with its own connection
// to the same file reads one consistent snapshot and renders, while this thread keeps answering
// (Today, writes) and only copies the finished file. Cancel reaches the worker; the local
// temporary folder is always emptied. On a real database FILE (WAL), as the app runs.
import { mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { ExportJob } from '../../electron/contract';
import { configureExports, createTestApp, type TestApp } from '../helpers/app';
import { insertActionItems } from '../helpers/bulk';
import { tempDir } from '../helpers/tmp';

const ITEMS = 20_000;

/** Rows of the action-item sheet, read back with exceljs' streaming reader (no full workbook in memory). */
async function actionRows(file: string): Promise<number> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, { worksheets: 'emit', sharedStrings: 'cache', styles: 'ignore', hyperlinks: 'ignore' });
  for await (const sheet of reader) {
    let rows = 0;
    for await (const _row of sheet as AsyncIterable<unknown>) rows++;
    return rows - 1; // the header
  }
  return 0;
}

describe('long jobs on a worker thread', () => {
  const root = tempDir('asoen-worker-');
  let app: TestApp;
  let folder: string;
  let local: string;
  let n = 0;

  beforeAll(() => {
    app = createTestApp({ file: path.join(root, 'desk.sqlite'), sample: true });
    insertActionItems(app.ctx.db, ITEMS, { method: 'sql', around: '2026-11-21' });
  }, 120_000);
  afterAll(() => app.close());
  beforeEach(() => {
    folder = path.join(root, `share-${++n}`);
    local = path.join(root, `local-${n}`);
    mkdirSync(folder);
    mkdirSync(local);
    app.call('settings.update', { exportFolder: folder });
    configureExports(app, { tempRoot: local });
  });
  afterEach(async () => {
    await app.ctx.services.jobs.idle();
    // Whatever happened, the job's local temporary folder is gone.
    expect(readdirSync(local)).toEqual([]);
  });

  it('keeps answering Today while a long export is read and rendered, and the file has every row', async () => {
    const total = app.call('actionItems.count', {}).count;
    expect(total).toBeGreaterThan(ITEMS);
    const started = app.call('exports.tracker', { language: 'vi', classifiedConfirmed: true });
    expect(started.state).toBe('running');
    // A user on the Today screen refreshes while the export runs.
    const seen: Array<{ stage: string; progress: number }> = [];
    let view: ExportJob = started;
    while (view.state === 'running') {
      const today = app.raw('today.summary', {});
      expect(today.ok).toBe(true);
      view = app.call('jobs.status', { jobId: started.jobId });
      if (view.state === 'running') seen.push({ stage: view.stage, progress: view.progress });
      await new Promise((r) => setTimeout(r, 5));
    }
    expect(view.state).toBe('done');
    // Today was answered at many different points of the worker's own reading and rendering,
    // not only before and after it (as a job on this thread would allow).
    const whileRendering = new Set(seen.filter((s) => s.stage === 'rendering').map((s) => s.progress));
    expect(whileRendering.size).toBeGreaterThanOrEqual(5);
    expect(await actionRows(view.result!.file)).toBe(total);
    expect(readdirSync(folder)).toEqual([view.result!.fileName]);
  }, 120_000);

  it('reads one snapshot: writes made while it runs are neither blocked nor half in the file', async () => {
    const before = app.call('actionItems.count', {}).count;
    const started = app.call('exports.tracker', { language: 'en', classifiedConfirmed: true });
    // Wait until the worker is inside its snapshot (it reports rendering progress), then write.
    let view = started;
    while (view.state === 'running' && !(view.stage === 'rendering' && view.progress > 0.1)) {
      await new Promise((r) => setTimeout(r, 5));
      view = app.call('jobs.status', { jobId: started.jobId });
    }
    expect(view.state).toBe('running');
    const body = app.call('bodies.list', { q: 'ASOEN', limit: 5 }).items.find((b) => b.code === 'ASOEN')!;
    for (let i = 0; i < 20; i++) app.call('actionItems.create', { title: `Việc mới trong khi xuất ${i}`, bodyId: body.id, dueDate: '2026-12-01' });
    expect(app.call('jobs.status', { jobId: started.jobId }).state).toBe('running');
    const done = await app.ctx.services.jobs.wait(started.jobId);
    expect(done.state).toBe('done');
    expect(await actionRows(done.result!.file)).toBe(before);
    expect(app.call('actionItems.count', {}).count).toBe(before + 20);
  }, 120_000);

  it('cancels in the worker: it stops before writing, nothing is left, and the next job runs', async () => {
    const started = app.call('exports.tracker', { language: 'vi', classifiedConfirmed: true });
    let view = started;
    while (view.state === 'running' && !(view.stage === 'rendering' && view.progress > 0.1)) {
      await new Promise((r) => setTimeout(r, 5));
      view = app.call('jobs.status', { jobId: started.jobId });
    }
    expect(view.state).toBe('running');
    app.call('jobs.cancel', { jobId: started.jobId });
    const ended = await app.ctx.services.jobs.wait(started.jobId);
    expect(ended.state).toBe('cancelled');
    expect(ended.progress).toBeLessThan(0.6); // never reached the copy to the folder
    expect(readdirSync(folder)).toEqual([]);
    expect(app.call('exports.list', { limit: 1 }).items[0]).toMatchObject({ id: started.exportId, status: 'cancelled' });
    // The worker is free again.
    const next = await app.ctx.services.jobs.wait(app.call('exports.calendar', { language: 'vi' }).jobId);
    expect(next.state).toBe('done');
  }, 120_000);

  it('fails clearly when the local temporary folder is missing, and touches neither the share nor the data', async () => {
    configureExports(app, { tempRoot: path.join(root, 'no-such-local-folder') });
    const job = await app.ctx.services.jobs.wait(app.call('exports.calendar', { language: 'en' }).jobId);
    expect(job.state).toBe('failed');
    expect(job.error!.message.en).toContain('temporary folder');
    expect(job.error!.message.vi).toContain('thư mục tạm');
    expect(readdirSync(folder)).toEqual([]);
  });
});
