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

export function renderCsv<R>(columns: Column<R>[], rows: R[], lang: Lang): Buffer {
  const header = columns.map((c) => inert(lang === 'vi' ? c.vi : c.en));
  const body = rows.map((r) => columns.map((c) => text(c.value(r, lang))));
  const out = stringify([header, ...body], { bom: true, record_delimiter: '\r\n', quoted_match: /[\r\n"]/ });
  return Buffer.from(out, 'utf8');
}

export function csvStem(listName: string, date: string): string {
  return `${listName} ${date}`;
}
