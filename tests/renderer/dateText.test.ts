import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysInMonth, fullYear, isIsoDay, readDateText } from '../../renderer/forms/dateText';

// How a typed date is read: the forms officers type, the two-digit-year rule, and impossible
// dates told apart from text that is not a date.

describe('readDateText', () => {
  it.each([
    ['28/07/2024', '2024-07-28'],
    ['28.07.2024', '2024-07-28'],
    ['28-07-2024', '2024-07-28'],
    ['1/8/2024', '2024-08-01'],
    ['1.8.2024', '2024-08-01'],
    [' 01/08/2024 ', '2024-08-01'],
    ['28/07/24', '2024-07-28'],
    ['28/07/69', '2069-07-28'],
    ['28/07/70', '1970-07-28'],
    ['28/07/99', '1999-07-28'],
    ['29/02/2024', '2024-02-29'],
    ['2024-07-28', '2024-07-28'],
    ['2024-7-8', '2024-07-08'],
  ])('reads %s as %s', (text, iso) => {
    expect(readDateText(text)).toEqual({ kind: 'date', iso });
  });

  it('tells an impossible date apart, with the days of its month', () => {
    expect(readDateText('31/02/2024')).toEqual({ kind: 'impossible', day: 31, month: 2, year: 2024, daysInMonth: 29 });
    expect(readDateText('29/02/2023')).toEqual({ kind: 'impossible', day: 29, month: 2, year: 2023, daysInMonth: 28 });
    expect(readDateText('31/04/24')).toMatchObject({ kind: 'impossible', daysInMonth: 30, year: 2024 });
    expect(readDateText('12/13/2024')).toEqual({ kind: 'impossible', day: 12, month: 13, year: 2024, daysInMonth: null });
    expect(readDateText('00/01/2024')).toMatchObject({ kind: 'impossible' });
    expect(readDateText('2024-02-30')).toMatchObject({ kind: 'impossible', daysInMonth: 29 });
  });

  it('says what is not a date at all, and what is empty', () => {
    for (const text of ['abc', '28/07', '28/07/2024/1', '2024/07', '28/07/202', '28 07 2024', '123/1/2024']) expect(readDateText(text)).toEqual({ kind: 'unreadable' });
    expect(readDateText('   ')).toEqual({ kind: 'empty' });
  });

  it('reads back every real day written d/m/yyyy with any separator, padded or not (property)', () => {
    const day = fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2200, 11, 31)), noInvalidDate: true });
    fc.assert(
      fc.property(day, fc.constantFrom('/', '.', '-'), fc.boolean(), (d, sep, padded) => {
        const iso = d.toISOString().slice(0, 10);
        const [y, m, dd] = iso.split('-').map(Number) as [number, number, number];
        const p = (n: number) => (padded ? String(n).padStart(2, '0') : String(n));
        expect(readDateText(`${p(dd)}${sep}${p(m)}${sep}${y}`)).toEqual({ kind: 'date', iso });
        expect(readDateText(iso)).toEqual({ kind: 'date', iso });
        expect(isIsoDay(iso)).toBe(true);
      }),
    );
  });

  it('puts every two-digit year in 1970–2069 (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99 }), (yy) => {
        const y = fullYear(yy);
        expect(y % 100).toBe(yy);
        expect(y).toBeGreaterThanOrEqual(1970);
        expect(y).toBeLessThanOrEqual(2069);
      }),
    );
  });

  it('never calls a day past the end of its month a date (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2200 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 3 }), (y, m, over) => {
        const day = daysInMonth(y, m) + over;
        expect(readDateText(`${day}/${m}/${y}`).kind).toBe('impossible');
      }),
    );
  });
});
