// The validity rule of the directory's screens, on 'YYYY-MM-DD' calendar dates.

/** In existence on `day`: the same rule as the API's `activeOn` filter. */
export function activeOn(record: { validFrom: string | null; validTo: string | null }, day: string): boolean {
  return (record.validFrom === null || record.validFrom <= day) && (record.validTo === null || record.validTo >= day);
}
