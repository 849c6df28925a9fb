// The action-item tracker as an Excel workbook: one sheet per list, real date cells, a frozen
// header row, an autofilter, sensible widths, and a sheet saying which filters were applied.
// Written with exceljs' streaming writer straight to a (local) file, a page of rows at a time:
// a million action items never sit in memory, and the caller can report progress, yield and
// stop between pages.
//
// exceljs (with the zip libraries it brings) takes about half a second to load: it is loaded when
// the first workbook is written, not when a job worker starts, so that a briefing or a backup on
// a fresh worker does not wait for a library it never uses. Only the worker the app starts ahead
// of the jobs writes a small workbook into nothing while it is idle (warmTracker).
import { Writable } from 'node:stream';
import type ExcelJS from 'exceljs';
import type { ActionItemRow, DelegationRow, MeetingRow } from '../../../db/repo/exports/lists';
import { actionItemColumns, delegationColumns, LIST_NAMES, meetingColumns, type CellValue, type Column } from './columns';
import type { Lang } from './format';

export interface TrackerSource {
  /** The action items of the screen (its filters applied), a page at a time. */
  actionItems: Iterable<ActionItemRow[]>;
  meetings: Iterable<MeetingRow[]>;
  delegations: Iterable<DelegationRow[]>;
  /** What the action-item list was filtered by, as the screen showed it. */
  filters: Array<[string, string]>;
  exportedAt: string;
}

export type TrackerSheet = 'actionItems' | 'meetings' | 'delegations';

/** Called after each page is written: report progress, let the thread breathe, throw to stop. */
export type OnPage = (sheet: TrackerSheet, rowsSoFar: number) => Promise<void> | void;

export interface TrackerCounts {
  actionItems: number;
  meetings: number;
  delegations: number;
}

/** A calendar date as an Excel date: midnight UTC, so the serial number is a whole day. */
export function excelDate(d: string): Date {
  const [y, m, day] = d.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, day));
}

const DATE_FORMAT = 'dd/mm/yyyy';

/** How much of a sheet's XML may wait for the zip before the writer waits for it. */
const MAX_QUEUED = 1 << 20;

interface StreamState {
  length?: number;
}
interface QueuedPipe {
  _writableState?: StreamState;
  _readableState?: StreamState;
}

/**
 * exceljs hands a sheet's XML to the zip without waiting for it to be compressed and written
 * (its StreamBuf ignores backpressure), so a fast writer would queue the whole sheet in memory:
 * ~900 MB for a million rows. Between pages, wait while more than MAX_QUEUED is queued. (The
 * queue is exceljs 4.4's internal pipe into archiver; if it is not there, nothing waits.)
 */
async function drained(ws: ExcelJS.Worksheet): Promise<void> {
  const pipe = (ws as unknown as { stream?: { pipes?: QueuedPipe[] } }).stream?.pipes?.[0];
  if (!pipe) return;
  const queued = () => (pipe._writableState?.length ?? 0) + (pipe._readableState?.length ?? 0);
  while (queued() > MAX_QUEUED) await new Promise((resolve) => setTimeout(resolve, 1));
}

async function writeSheet<R>(wb: ExcelJS.stream.xlsx.WorkbookWriter, sheet: TrackerSheet, columns: Column<R>[], pages: Iterable<R[]>, lang: Lang, onPage?: OnPage): Promise<number> {
  const ws = wb.addWorksheet(LIST_NAMES[sheet][lang], { views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }] });
  ws.columns = columns.map((c) => ({ header: lang === 'vi' ? c.vi : c.en, width: c.width }));
  const header = ws.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } };
  header.commit();
  // One style object per column (and one for its dates), shared by every cell: exceljs registers
  // a style it has seen before by identity, not by serialising it again for each of a million cells.
  const plain: Array<Partial<ExcelJS.Style>> = columns.map((c) => ({ alignment: { vertical: 'top', wrapText: c.wrap ?? false } }));
  const dated: Array<Partial<ExcelJS.Style>> = plain.map((st) => ({ ...st, numFmt: DATE_FORMAT }));
  let count = 0;
  for (const page of pages) {
    for (const r of page) {
      const values: CellValue[] = columns.map((c) => c.value(r, lang));
      const row = ws.addRow(values.map((v) => (v !== null && typeof v === 'object' ? excelDate(v.date) : v)));
      values.forEach((v, i) => {
        row.getCell(i + 1).style = v !== null && typeof v === 'object' ? dated[i]! : plain[i]!;
      });
      row.commit();
    }
    count += page.length;
    await drained(ws);
    await onPage?.(sheet, count);
  }
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1 + count, column: columns.length } };
  await ws.commit();
  return count;
}

/**
 * Writes the tracker to `file` (a local path: the caller copies it to the share), or into a
 * stream (the warm-up below).
 */
export async function writeTracker(file: string | Writable, source: TrackerSource, lang: Lang, onPage?: OnPage): Promise<TrackerCounts> {
  const { default: excel } = await import('exceljs');
  const target = typeof file === 'string' ? { filename: file } : { stream: file };
  const wb = new excel.stream.xlsx.WorkbookWriter({ ...target, useStyles: true, useSharedStrings: false });
  wb.creator = 'ASOEN Desk';
  wb.created = new Date(source.exportedAt);
  const actionItems = await writeSheet(wb, 'actionItems', actionItemColumns, source.actionItems, lang, onPage);
  const meetings = await writeSheet(wb, 'meetings', meetingColumns, source.meetings, lang, onPage);
  const delegations = await writeSheet(wb, 'delegations', delegationColumns, source.delegations, lang, onPage);
  const info = wb.addWorksheet(lang === 'vi' ? 'Bộ lọc' : 'Filters');
  info.columns = [{ width: 28 }, { width: 60 }];
  const rows: Array<[string, string | number | Date]> = [
    [lang === 'vi' ? 'Xuất lúc' : 'Exported at', new Date(source.exportedAt)],
    [lang === 'vi' ? 'Số việc cần làm' : 'Action items', actionItems],
  ];
  if (!source.filters.length) rows.push([lang === 'vi' ? 'Bộ lọc' : 'Filters', lang === 'vi' ? '(không lọc)' : '(none)']);
  for (const [k, v] of source.filters) rows.push([k, v]);
  rows.forEach((values, i) => {
    const row = info.addRow(values);
    row.getCell(1).font = { bold: true };
    if (i === 0) row.getCell(2).numFmt = 'dd/mm/yyyy hh:mm';
    row.commit();
  });
  await info.commit();
  await wb.commit();
  return { actionItems, meetings, delegations };
}

/**
 * Writes a small tracker into nothing. A job worker started ahead of the jobs runs it once: V8
 * compiles exceljs's code (and this file's) as it first runs it, and the first tracker of a
 * session took ~1.7× the next ones (scale 1: 2.26 s, then 1.26 s). ~300 rows take a few
 * hundred milliseconds of the idle worker.
 */
export async function warmTracker(): Promise<void> {
  const item: ActionItemRow = {
    id: '', title: 'Báo cáo tiến độ thực hiện Kế hoạch hành động ASEAN về môi trường', description: 'Tổng hợp ý kiến các bộ, ngành.', status: 'open', priority: 'normal',
    dueDate: '2026-11-30', completedOn: null, completionNote: null, sourceRef: 'Biên bản ASOEN-37, đoạn 12', bodyCode: 'ASOEN', leadAgencyCode: 'MAE',
    leadAgencyNameVi: 'Bộ Nông nghiệp và Môi trường', leadAgencyNameEn: 'Ministry of Agriculture and Environment', supportingAgencyCodes: 'MOFA, MPI',
    ownerName: 'Nguyễn Văn An', sourceMeetingId: null, sourceMeetingTitleVi: null, sourceMeetingTitleEn: null, sourceMeetingStart: null, lastUpdate: '2026-11-01: Đã gửi công văn.',
  };
  const pages = function* (): Generator<ActionItemRow[]> {
    for (let p = 0; p < 3; p++) yield Array.from({ length: 100 }, (_, i) => ({ ...item, id: String(p * 100 + i), dueDate: i % 3 ? item.dueDate : null }));
  };
  const sink = new Writable({ write: (_chunk, _encoding, done) => done() });
  await writeTracker(sink, { actionItems: pages(), meetings: [], delegations: [], filters: [], exportedAt: '2026-01-01T00:00:00.000Z' }, 'vi');
}

export function trackerStem(date: string, lang: Lang): string {
  return lang === 'vi' ? `Theo dõi việc cần làm ${date}` : `Action items ${date}`;
}
