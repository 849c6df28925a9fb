// The lists as CSV for Excel: UTF-8 with a byte-order mark (without it Excel reads Vietnamese as
// mojibake), CRLF line ends, and every cell that a spreadsheet would read as a formula made
// inert by a leading apostrophe (CSV injection: =, +, -, @, tab, CR, LF, NUL).
import { stringify } from 'csv-stringify/sync';
import type { Column } from './columns';
import type { Lang } from './format';

const DANGEROUS = /^[=+\-@\t\r\n\0]/;

/** A cell as text that a spreadsheet shows as typed and never evaluates. */
export function inert(value: string): string {
  return DANGEROUS.test(value) ? `'${value}` : value;
}

function text(v: ReturnType<Column<unknown>['value']>): string {
  if (v === null) return '';
  if (typeof v === 'object') return v.date; // ISO dates: every Excel locale reads them as dates
  return inert(String(v));
}

const OPTIONS = { record_delimiter: '\r\n', quoted_match: /[\r\n"]/ } as const;

/** The byte-order mark and the header line. */
export function csvHeader<R>(columns: Column<R>[], lang: Lang): string {
  return stringify([columns.map((c) => inert(lang === 'vi' ? c.vi : c.en))], { ...OPTIONS, bom: true });
}

/** Lines of rows, to follow the header (a file is written a page at a time). */
export function csvLines<R>(columns: Column<R>[], rows: R[], lang: Lang): string {
  return rows.length ? stringify(rows.map((r) => columns.map((c) => text(c.value(r, lang)))), OPTIONS) : '';
}

export function renderCsv<R>(columns: Column<R>[], rows: R[], lang: Lang): Buffer {
  return Buffer.from(csvHeader(columns, lang) + csvLines(columns, rows, lang), 'utf8');
}

export function csvStem(listName: string, date: string): string {
  return `${listName} ${date}`;
}
