// Dates as the secretariat writes them: dd/MM/yyyy, with leading zeros (Decree 30/2020 style).
// Calendar dates cross the contract as 'YYYY-MM-DD' strings and are formatted as text, never
// through Date, so no time zone can shift them by a day.
import { wallTime, type DayZone } from '../common/clock';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** '2024-07-28' → '28/07/2024'. Anything that is not a calendar date is returned as it is. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const m = ISO_DATE.exec(iso);
  if (!m) return iso;
  return `${m[3]}/${m[2]}/${m[1]}`;
}

/** '28/07/2024 – 01/08/2024'; a one-day meeting shows one date. */
export function formatDateRange(start: string | null | undefined, end: string | null | undefined): string {
  if (!start) return formatDate(end);
  if (!end || end === start) return formatDate(start);
  return `${formatDate(start)} – ${formatDate(end)}`;
}

/**
 * An instant (ISO-8601 UTC) as the office's clock read it: '21/11/2026 10:00' for
 * 2026-11-21T03:00Z (or this computer's clock, if the officer chose its calendar).
 */
export function formatInstant(iso: string | null | undefined, zone: DayZone = 'office'): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const two = (n: number) => String(n).padStart(2, '0');
  const w = wallTime(d, zone);
  return `${two(w.day)}/${two(w.month)}/${w.year} ${two(w.hour)}:${two(w.minute)}`;
}

/** 'dd/MM/yyyy' → 'YYYY-MM-DD' (for date inputs), or null if it is not a real date. */
export function parseDate(text: string): string | null {
  const m = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(text);
  if (!m) return null;
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Sorts Vietnamese names the way a Vietnamese reader expects (Đ after D, tones after the base). */
export const nameCollator = new Intl.Collator('vi');

export const compareNames = (a: string, b: string): number => nameCollator.compare(a, b);

const countFormats = { vi: new Intl.NumberFormat('vi-VN'), en: new Intl.NumberFormat('en-GB') };

/** A count as each language writes it: 1.000 in Vietnamese, 1,000 in English. */
export function formatCount(n: number, lang: string): string {
  return (lang === 'en' ? countFormats.en : countFormats.vi).format(n);
}
