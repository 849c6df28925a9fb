// What an officer types into a date field, read the way the office writes dates. Pure: no clock,
// no locale. Accepted:
//   day/month/year with '/', '.' or '-' between them, one or two digits for the day and the
//   month: 28/07/2024, 28.07.2024, 28-07-2024, 1/8/2024;
//   a two-digit year: 00–69 are 2000–2069, 70–99 are 1970–1999 (28/07/24 is 28/07/2024);
//   the ISO form year-month-day: 2024-07-28.
// An impossible date (31/02/2024) is told apart from text that is not a date at all, so the
// field can say which.

export type DateText =
  | { kind: 'empty' }
  | { kind: 'date'; iso: string }
  | { kind: 'impossible'; day: number; month: number; year: number; daysInMonth: number | null }
  | { kind: 'unreadable' };

/** The century rule for two-digit years: 00–69 → 20xx, 70–99 → 19xx. */
export const TWO_DIGIT_YEAR_PIVOT = 70;

export function fullYear(twoDigits: number): number {
  return twoDigits < TWO_DIGIT_YEAR_PIVOT ? 2000 + twoDigits : 1900 + twoDigits;
}

const DMY = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{2}|\d{4})$/;
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/** Days in a month of the Gregorian calendar (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

function dateOf(day: number, month: number, year: number): DateText {
  if (month < 1 || month > 12) return { kind: 'impossible', day, month, year, daysInMonth: null };
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) return { kind: 'impossible', day, month, year, daysInMonth: days };
  return { kind: 'date', iso: `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` };
}

export function readDateText(text: string): DateText {
  const s = text.trim();
  if (s === '') return { kind: 'empty' };
  const iso = ISO.exec(s);
  if (iso) return dateOf(Number(iso[3]), Number(iso[2]), Number(iso[1]));
  const dmy = DMY.exec(s);
  if (!dmy) return { kind: 'unreadable' };
  const y = dmy[3]!;
  const year = y.length === 2 ? fullYear(Number(y)) : Number(y);
  return dateOf(Number(dmy[1]), Number(dmy[2]), year);
}

/** 'YYYY-MM-DD' of a real calendar day. */
export function isIsoDay(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const r = readDateText(value);
  return r.kind === 'date' && r.iso === value;
}
