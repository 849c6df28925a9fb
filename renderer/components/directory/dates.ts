// Calendar arithmetic on 'YYYY-MM-DD' strings, in the computer's local calendar.

const two = (n: number) => String(n).padStart(2, '0');

export function isoOf(d: Date): string {
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
}

export function todayIso(): string {
  return isoOf(new Date());
}

/** The same day `months` later ('2026-08-31' + 6 → '2027-02-28'). */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const target = new Date(y, m - 1 + months, 1);
  const last = new Date(target.getFullYear(), target.getMonth() + 1, 0).getDate();
  target.setDate(Math.min(d, last));
  return isoOf(target);
}

/** In existence on `day`: the same rule as the API's `activeOn` filter. */
export function activeOn(record: { validFrom: string | null; validTo: string | null }, day: string): boolean {
  return (record.validFrom === null || record.validFrom <= day) && (record.validTo === null || record.validTo >= day);
}

export type PassportState = 'none' | 'expired' | 'soon' | 'valid';

/** A passport needs more than six months of validity for most trips. */
export function passportState(expiry: string | null, today: string = todayIso()): PassportState {
  if (!expiry) return 'none';
  if (expiry < today) return 'expired';
  if (expiry <= addMonths(today, 6)) return 'soon';
  return 'valid';
}
