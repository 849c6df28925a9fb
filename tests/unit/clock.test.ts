import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { addDays, addMonths, clockFrom, dayOf, daysBetween, fileStamp, officeMorning, todayOf, wallTime } from '../../common/clock';

// The office clock: one definition of "today" for the screens and the server, the office's day in
// Viet Nam whatever the machine's zone. These tests fix every instant they use.

const savedTz = process.env.TZ;
afterEach(() => {
  if (savedTz === undefined) delete process.env.TZ;
  else process.env.TZ = savedTz;
});

describe('the office day', () => {
  it('is already 1 January 2027 in Ha Noi at 23:30 UTC on 31 December 2026', () => {
    const instant = new Date('2026-12-31T23:30:00Z');
    expect(dayOf(instant)).toBe('2027-01-01');
    expect(todayOf(() => instant)).toBe('2027-01-01');
    expect(fileStamp(instant)).toBe('20270101 063000');
  });

  it('starts at midnight in Ha Noi (17:00 UTC the day before)', () => {
    expect(dayOf(new Date('2027-01-14T16:59:59Z'))).toBe('2027-01-14');
    expect(dayOf(new Date('2027-01-14T17:00:00Z'))).toBe('2027-01-15');
    expect(wallTime(new Date('2027-01-14T17:00:00Z'))).toMatchObject({ year: 2027, month: 1, day: 15, hour: 0, minute: 0 });
  });

  it('does not depend on the machine’s time zone, unless the officer chose this computer’s day', () => {
    const instant = new Date('2026-12-31T23:30:00Z');
    for (const tz of ['UTC', 'America/New_York', 'Europe/Paris', 'Asia/Tokyo', 'Pacific/Kiritimati']) {
      process.env.TZ = tz;
      expect(dayOf(instant, 'office')).toBe('2027-01-01');
    }
    process.env.TZ = 'America/New_York';
    expect(dayOf(instant, 'device')).toBe('2026-12-31');
    expect(fileStamp(instant, 'device')).toBe('20261231 183000');
    process.env.TZ = 'Pacific/Kiritimati';
    expect(dayOf(instant, 'device')).toBe('2027-01-01');
  });

  it('agrees with UTC+7 at every instant (Viet Nam keeps no daylight saving)', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2100, 0, 1) }), (ms) => {
        expect(dayOf(new Date(ms))).toBe(new Date(ms + 7 * 3_600_000).toISOString().slice(0, 10));
      }),
    );
  });
});

describe('calendar arithmetic on dates', () => {
  it('counts days across the year, leap days and month ends', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(daysBetween('2028-03-01', '2028-02-28')).toBe(-2);
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2027-08-29', 6)).toBe('2028-02-29');
    expect(addMonths('2028-02-29', 12)).toBe('2029-02-28');
    expect(addMonths('2027-01-31', -2)).toBe('2026-11-30');
  });

  it('adds and counts days consistently (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2090, 0, 1) }), fc.integer({ min: -4000, max: 4000 }), (ms, n) => {
        const from = new Date(ms).toISOString().slice(0, 10);
        expect(daysBetween(from, addDays(from, n))).toBe(n);
      }),
    );
  });

  it('refuses what is not a calendar date', () => {
    expect(() => addDays('31/12/2026', 1)).toThrow(RangeError);
  });
});

describe('a clock started at a fixed moment (the browser mode’s --now and --today)', () => {
  it('starts there and runs on with the monotonic clock', () => {
    let t = 1000;
    const clock = clockFrom(new Date('2026-12-31T23:30:00Z'), () => t);
    expect(clock().toISOString()).toBe('2026-12-31T23:30:00.000Z');
    t += 90_000;
    expect(clock().toISOString()).toBe('2026-12-31T23:31:30.000Z');
  });

  it('starts a fixed office day at 09:00 in Ha Noi', () => {
    expect(officeMorning('2028-02-29').toISOString()).toBe('2028-02-29T02:00:00.000Z');
    expect(dayOf(officeMorning('2028-02-29'))).toBe('2028-02-29');
  });
});
