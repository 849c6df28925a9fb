// The office clock: the desk's "today" is the office's calendar day in Viet Nam, whatever the
// laptop's time zone, on every screen and in every document, file name and readiness rule. An
// officer abroad keeps office dates unless they choose "this computer's day" in Settings.
//
// Both the renderer and the server import this module; it imports nothing (lint keeps it so).
// Calendar dates are 'YYYY-MM-DD' strings and their arithmetic is done on UTC midnights, so no
// time zone or daylight-saving change can shift a date by a day.

/** The office's time zone. Viet Nam has kept UTC+7, without daylight saving, since 1975. */
export const OFFICE_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** Whose calendar "today" follows: the office's (the default) or this computer's. */
export const DAY_ZONES = ['office', 'device'] as const;
export type DayZone = (typeof DAY_ZONES)[number];

/** A clock: what time it is now. Injected everywhere so tests and demos can fix the day. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

const two = (n: number) => String(n).padStart(2, '0');
const four = (n: number) => String(n).padStart(4, '0');

interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

let officeFormat: Intl.DateTimeFormat | null = null;

function officeWall(instant: Date): WallTime {
  officeFormat ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: OFFICE_TIME_ZONE,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
    hourCycle: 'h23',
  });
  const parts: Record<string, number> = {};
  for (const p of officeFormat.formatToParts(instant)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return { year: parts.year!, month: parts.month!, day: parts.day!, hour: parts.hour! % 24, minute: parts.minute!, second: parts.second! };
}

function deviceWall(instant: Date): WallTime {
  return { year: instant.getFullYear(), month: instant.getMonth() + 1, day: instant.getDate(), hour: instant.getHours(), minute: instant.getMinutes(), second: instant.getSeconds() };
}

/** The wall-clock reading of an instant in the office (or on this computer). */
export function wallTime(instant: Date, zone: DayZone = 'office'): WallTime {
  return zone === 'device' ? deviceWall(instant) : officeWall(instant);
}

/** The calendar day of an instant: '2027-01-01' for 31/12/2026 23:30 UTC in the office. */
export function dayOf(instant: Date, zone: DayZone = 'office'): string {
  const w = wallTime(instant, zone);
  return `${four(w.year)}-${two(w.month)}-${two(w.day)}`;
}

/** Today, in the office's calendar unless the officer chose this computer's. */
export function todayOf(clock: Clock, zone: DayZone = 'office'): string {
  return dayOf(clock(), zone);
}

/** A stamp for file names, in the office's time: '20270101 063000'. Sorts as it reads. */
export function fileStamp(instant: Date, zone: DayZone = 'office'): string {
  const w = wallTime(instant, zone);
  return `${four(w.year)}${two(w.month)}${two(w.day)} ${two(w.hour)}${two(w.minute)}${two(w.second)}`;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function utcOf(iso: string): number {
  const m = ISO_DAY.exec(iso);
  if (!m) throw new RangeError(`not a calendar date: ${iso}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

function isoOfUtc(ms: number): string {
  const d = new Date(ms);
  return `${four(d.getUTCFullYear())}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())}`;
}

/** The calendar date `n` days after `iso` (n may be negative). */
export function addDays(iso: string, n: number): string {
  return isoOfUtc(utcOf(iso) + n * 86_400_000);
}

/** Whole days from one calendar date to another: daysBetween('2026-12-31', '2027-01-01') = 1. */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcOf(to) - utcOf(from)) / 86_400_000);
}

/** The same day `months` later, kept within the month: '2026-08-31' + 6 → '2027-02-28'. */
export function addMonths(iso: string, months: number): string {
  const m = ISO_DAY.exec(iso);
  if (!m) throw new RangeError(`not a calendar date: ${iso}`);
  const index = Number(m[1]) * 12 + (Number(m[2]) - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return `${four(year)}-${two(month + 1)}-${two(Math.min(Number(m[3]), last))}`;
}

/** The year of a calendar date, as a number. */
export function yearOf(iso: string): number {
  return Number(iso.slice(0, 4));
}

/** The month of a calendar date, 1–12. */
export function monthOf(iso: string): number {
  return Number(iso.slice(5, 7));
}

/**
 * A clock that starts at `start` and then runs with real time (the monotonic clock, so a moved
 * system clock does not move it): the browser mode's `--now`/`--today` for tests and demos.
 */
export function clockFrom(start: Date, elapsed: () => number = () => performance.now()): Clock {
  const t0 = elapsed();
  const base = start.getTime();
  return () => new Date(base + (elapsed() - t0));
}

/** The instant a fixed office day starts at in demos: 09:00 in the office. */
export function officeMorning(iso: string): Date {
  return new Date(utcOf(iso) + (9 - 7) * 3_600_000);
}
