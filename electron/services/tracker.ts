// The action-item tracker as an Excel workbook: one sheet per list, real date cells, a frozen
// header row, an autofilter, sensible widths, and a sheet saying which filters were applied.
import ExcelJS from 'exceljs';
import type { ActionItemRow, DelegationRow, MeetingRow } from '../../db/repo/exports';
import { actionItemColumns, delegationColumns, LIST_NAMES, meetingColumns, type CellValue, type Column } from './columns';
import type { Lang } from './format';

export interface TrackerData {
  actionItems: ActionItemRow[];
  meetings: MeetingRow[];
  delegations: DelegationRow[];
  /** What the action-item list was filtered by, as the screen showed it. */
  filters: Array<[string, string]>;
  exportedAt: string;
}

/** A calendar date as an Excel date: midnight UTC, so the serial number is a whole day. */
export function excelDate(d: string): Date {
  const [y, m, day] = d.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, day));
}

function addSheet<R>(wb: ExcelJS.Workbook, name: string, columns: Column<R>[], rows: R[], lang: Lang): void {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }] });
  ws.columns = columns.map((c) => ({ header: lang === 'vi' ? c.vi : c.en, width: c.width }));
  for (const r of rows) {
    ws.addRow(
      columns.map((c) => {
        const v: CellValue = c.value(r, lang);
        return v !== null && typeof v === 'object' ? excelDate(v.date) : v;
      }),
    );
  }
  columns.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    const sample = rows.length ? c.value(rows[0]!, lang) : null;
    if (sample !== null && typeof sample === 'object') col.numFmt = 'dd/mm/yyyy';
    else if (rows.some((r) => { const v = c.value(r, lang); return v !== null && typeof v === 'object'; })) col.numFmt = 'dd/mm/yyyy';
    col.alignment = { vertical: 'top', wrapText: c.wrap ?? false };
  });
  const header = ws.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } };
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1 + rows.length, column: columns.length } };
}

export async function renderTracker(data: TrackerData, lang: Lang): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'ASOEN Desk';
  wb.created = new Date(data.exportedAt);
  addSheet(wb, LIST_NAMES.actionItems[lang], actionItemColumns, data.actionItems, lang);
  addSheet(wb, LIST_NAMES.meetings[lang], meetingColumns, data.meetings, lang);
  addSheet(wb, LIST_NAMES.delegations[lang], delegationColumns, data.delegations, lang);
  const info = wb.addWorksheet(lang === 'vi' ? 'Bộ lọc' : 'Filters');
  info.columns = [{ width: 28 }, { width: 60 }];
  info.addRow([lang === 'vi' ? 'Xuất lúc' : 'Exported at', new Date(data.exportedAt)]);
  info.getCell('B1').numFmt = 'dd/mm/yyyy hh:mm';
  info.addRow([lang === 'vi' ? 'Số việc cần làm' : 'Action items', data.actionItems.length]);
  if (!data.filters.length) info.addRow([lang === 'vi' ? 'Bộ lọc' : 'Filters', lang === 'vi' ? '(không lọc)' : '(none)']);
  for (const [k, v] of data.filters) info.addRow([k, v]);
  info.getColumn(1).font = { bold: true };
  const out = await wb.xlsx.writeBuffer();
  return Buffer.from(out as ArrayBuffer);
}

export function trackerStem(date: string, lang: Lang): string {
  return lang === 'vi' ? `Theo dõi việc cần làm ${date}` : `Action items ${date}`;
}
