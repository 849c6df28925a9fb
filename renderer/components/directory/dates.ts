// Validity and passport rules of the directory's screens, on 'YYYY-MM-DD' calendar dates.
import { addMonths } from '../../../common/clock';

/** In existence on `day`: the same rule as the API's `activeOn` filter. */
export function activeOn(record: { validFrom: string | null; validTo: string | null }, day: string): boolean {
  return (record.validFrom === null || record.validFrom <= day) && (record.validTo === null || record.validTo >= day);
}

export type PassportState = 'none' | 'expired' | 'soon' | 'valid';

/** A passport needs more than six months of validity for most trips. */
export function passportState(expiry: string | null, today: string): PassportState {
  if (!expiry) return 'none';
  if (expiry < today) return 'expired';
  if (expiry <= addMonths(today, 6)) return 'soon';
  return 'valid';
}
