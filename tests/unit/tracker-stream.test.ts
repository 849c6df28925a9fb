// The tracker is written a page at a time with exceljs' streaming writer, which does not wait
// for the zip by itself: the writer waits between pages, so a large tracker is not queued in
// memory. 120,000 rows (~110 MB of sheet XML) are written with the memory of the process
// watched after every page, and read back.
// The same writer writes into a stream: the warm-up of a job worker (warmTracker).
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { ActionItemRow } from '../../db/repo/exports/lists';
import { warmTracker, writeTracker } from '../../electron/services/exports/tracker';

const ROWS = 120_000;
const PAGE = 500;

function* pages(): Generator<ActionItemRow[]> {
  for (let p = 0; p < ROWS / PAGE; p++) {
    yield Array.from({ length: PAGE }, (_, i): ActionItemRow => {
      const n = p * PAGE + i;
      return {
        id: `01900000-0000-7000-8000-${String(n).padStart(12, '0')}`,
        title: `Góp ý dự thảo Kế hoạch hành động ASEAN về đa dạng sinh học, số ${n}`,
        description: 'Nội dung chi tiết theo công văn hướng dẫn; cần xác nhận với đơn vị chủ trì.',
        status: n % 3 ? 'open' : 'in_progress',
        priority: 'normal',
        dueDate: `2026-${String((n % 12) + 1).padStart(2, '0')}-15`,
        completedOn: null,
        completionNote: null,
        sourceRef: 'Công văn 123/BNNMT-HTQT',
        bodyCode: 'ASOEN',
        leadAgencyCode: 'MAE-ICD',
        leadAgencyNameVi: 'Vụ Hợp tác quốc tế, Bộ Nông nghiệp và Môi trường',
        leadAgencyNameEn: 'International Cooperation Department, Ministry of Agriculture and Environment',
        supportingAgencyCodes: null,
        ownerName: 'Nguyễn Thị Thu Hà',
        sourceMeetingId: null,
        sourceMeetingTitleVi: null,
        sourceMeetingTitleEn: null,
        sourceMeetingStart: null,
        lastUpdate: '2026-11-01: Đã gửi góp ý',
      };
    });
  }
}

it('writes a large tracker without queueing it in memory, and every row is in the file', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'asoen-tracker-'));
  try {
    const file = path.join(dir, 'tracker.xlsx');
    const before = process.memoryUsage().arrayBuffers;
    let peak = 0;
    // How much of the file is on disk after each page: a writer that waits for the zip sends the
    // sheet out as it goes; one that does not keeps all of it (~110 MB of XML) in memory until the
    // end, and the file stays empty meanwhile. Unlike the process's memory, which depends on when
    // the garbage collector runs (a loaded machine saw 68 MB), this does not vary with the load.
    const onDisk: number[] = [];
    const out = createWriteStream(file);
    const closed = new Promise<void>((done) => out.once('close', () => done()));
    const counts = await writeTracker(out, { actionItems: pages(), meetings: [], delegations: [], filters: [], exportedAt: '2026-11-21T03:00:00.000Z' }, 'vi', () => {
      peak = Math.max(peak, process.memoryUsage().arrayBuffers - before);
      onDisk.push(out.bytesWritten);
    });
    expect(counts).toEqual({ actionItems: ROWS, meetings: 0, delegations: 0 });
    await closed;
    const final = statSync(file).size;
    const half = onDisk[Math.floor(ROWS / PAGE / 2)]!;
    console.info(`tracker of ${ROWS} rows: ${(final / 1e6).toFixed(1)} MB; on disk at half the rows ${(half / 1e6).toFixed(1)} MB; memory peak ${(peak / 1048576).toFixed(0)} MB`);
    expect(half).toBeGreaterThan(final / 4);
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, { worksheets: 'emit', sharedStrings: 'cache', styles: 'ignore', hyperlinks: 'ignore' });
    for await (const sheet of reader) {
      let rows = 0;
      for await (const _row of sheet as AsyncIterable<unknown>) rows++;
      expect(rows).toBe(ROWS + 1);
      break;
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 120_000);

it('writes the same workbook into a stream (the warm-up of a job worker writes into nothing)', async () => {
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  const source = () => ({ actionItems: [[...pages().next().value!.slice(0, 3)]], meetings: [], delegations: [], filters: [], exportedAt: '2026-11-21T03:00:00.000Z' });
  expect(await writeTracker(sink, source(), 'en')).toEqual({ actionItems: 3, meetings: 0, delegations: 0 });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
  const sheet = wb.worksheets[0]!;
  expect(sheet.name).toBe('Action items');
  expect(sheet.rowCount).toBe(4);
  expect(sheet.getRow(2).getCell(1).value).toBe('Góp ý dự thảo Kế hoạch hành động ASEAN về đa dạng sinh học, số 0');

  // The warm-up of a job worker started ahead of the jobs: a workbook written into nothing.
  await expect(warmTracker()).resolves.toBeUndefined();
});
