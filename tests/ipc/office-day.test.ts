// The desk's "today" is the office's day in Viet Nam: at 23:30 UTC on 31/12/2026 it is already
// 01/01/2027 in Ha Noi, and every answer and file of the server says so, whatever the machine's
// clock or time zone (the clock is the test app's, never the machine's).
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import type { ExportJob, Input, MethodName } from '../../electron/contract';
import { createTestApp, type TestApp } from '../helpers/app';
import { tempDir } from '../helpers/tmp';

const NEW_YEAR_EVE = () => new Date('2026-12-31T23:30:00.000Z');

async function run<M extends MethodName>(app: TestApp, method: M, input: Input<M>): Promise<ExportJob> {
  const started = app.call(method, input) as unknown as ExportJob;
  await app.ctx.services.jobs.wait(started.jobId);
  return app.call('jobs.status', { jobId: started.jobId });
}

describe('the office day on the server', () => {
  let app: TestApp;
  const root = tempDir('asoen-office-day-');
  const savedTz = process.env.TZ;
  beforeEach(() => {
    // The machine is in New York, where it is still 18:30 on 31/12.
    process.env.TZ = 'America/New_York';
    app = createTestApp({ sample: true, now: NEW_YEAR_EVE });
  });
  afterEach(async () => {
    await app.ctx.services.jobs.idle();
    app.close();
    if (savedTz === undefined) delete process.env.TZ;
    else process.env.TZ = savedTz;
  });

  it('Today is 01/01/2027: an item due on 31/12 is overdue, one due on 01/01 is due today', () => {
    const meeting = app.call('meetings.list', { limit: 1 }).items[0]!;
    const due = (title: string, dueDate: string) => app.call('actionItems.create', { title, dueDate, sourceMeetingId: meeting.id, status: 'open' });
    const yesterday = due('Hạn hôm qua', '2026-12-31');
    const today = due('Hạn hôm nay', '2027-01-01');
    const summary = app.call('today.summary', { limit: 200 });
    expect(summary.date).toBe('2027-01-01');
    expect(summary.overdue.map((i) => i.id)).toContain(yesterday.id);
    expect(summary.dueSoon.map((i) => i.id)).toContain(today.id);
    expect(summary.overdue.map((i) => i.id)).not.toContain(today.id);
  });

  it('accepts 01/01/2027 as a completion date (today in Ha Noi) and refuses 02/01/2027', () => {
    const item = app.call('actionItems.list', { filter: { status: ['open'] }, limit: 1 }).items[0]!;
    const items = [{ id: item.id, version: item.version }];
    expect(app.raw('actionItems.bulkStatus', { items, status: 'done', completedOn: '2027-01-02' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const [done] = app.call('actionItems.bulkStatus', { items, status: 'done', completedOn: '2027-01-01' }).items;
    expect(done!.completedOn).toBe('2027-01-01');
  });

  it('names export and backup files with the office day and time', async () => {
    const folder = path.join(root, 'exports');
    mkdirSync(folder, { recursive: true });
    app.call('settings.update', { exportFolder: folder });
    const tracker = await run(app, 'exports.tracker', { language: 'vi', classifiedConfirmed: true });
    expect(tracker.result!.fileName).toBe('MẬT - Theo dõi việc cần làm 2027-01-01.xlsx');
    const csv = await run(app, 'exports.csv', { list: 'meetings', language: 'en' });
    expect(csv.result!.fileName).toMatch(/ 2027-01-01\.csv$/);
    const backup = await run(app, 'backup.create', { classifiedConfirmed: true });
    expect(backup.result!.fileName).toBe('MẬT - ASOEN Desk backup 20270101 063000.sqlite');
  });

  it('dates a briefing 01/01/2027 (“Hà Nội, ngày 01 tháng 01 năm 2027”)', async () => {
    const folder = path.join(root, 'briefing');
    mkdirSync(folder, { recursive: true });
    app.call('settings.update', { exportFolder: folder });
    const meeting = app.call('meetings.list', { limit: 1 }).items[0]!;
    const job = await run(app, 'exports.briefing', { meetingId: meeting.id, language: 'vi' });
    const zip = await JSZip.loadAsync(readFileSync(job.result!.file));
    const xml = await zip.file('word/document.xml')!.async('string');
    const text = xml.replace(/<[^>]+>/g, '');
    expect(text).toContain('ngày 01 tháng 01 năm 2027');
  });

  it('follows this computer’s day once the officer chooses it in Settings', () => {
    expect(app.call('settings.update', { dayZone: 'device' }).dayZone).toBe('device');
    expect(app.call('today.summary', {}).date).toBe('2026-12-31');
    expect(app.call('settings.update', { dayZone: 'office' }).dayZone).toBe('office');
    expect(app.call('today.summary', {}).date).toBe('2027-01-01');
    expect(app.raw('settings.update', { dayZone: 'mars' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});
