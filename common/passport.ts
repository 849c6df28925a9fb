// The passport rule of trips abroad: most countries want a passport valid for more than six
// months after the traveller's return. One rule for the Directory's badges, the readiness of a
// delegation (Today, the meeting page) and the briefing.
import { addMonths } from './clock';

export const PASSPORT_MONTHS = 6;

/** The last day a passport may expire on and still not do: six months after `returnDay`. */
export function passportRequiredUntil(returnDay: string): string {
  return addMonths(returnDay, PASSPORT_MONTHS);
}

/** Whether a passport expiring on `expiry` will do for a trip returning on `returnDay`. */
export function passportLastsFor(expiry: string | null, returnDay: string): boolean {
  return expiry !== null && expiry > passportRequiredUntil(returnDay);
}

export type PassportState = 'none' | 'expired' | 'soon' | 'valid';

/**
 * A passport as of a day: expired, 'soon' when it would not do for a trip returning that day
 * (it runs out within six months), or valid.
 */
export function passportState(expiry: string | null, day: string): PassportState {
  if (!expiry) return 'none';
  if (expiry < day) return 'expired';
  if (!passportLastsFor(expiry, day)) return 'soon';
  return 'valid';
}
