import { Select, type SelectProps } from '@mantine/core';
import { agencySearchText, pickerFilter } from '../../forms/pickerFilter';
import { useMemo } from 'react';
import type { Agency } from '../../../electron/contract';
import { compareNames } from '../../format';
import { useLanguage } from '../../i18n/useLanguage';
import { agencyName } from './agencyTree';
import { activeOn } from './dates';


/**
 * Chooses an agency among those already loaded (the directory loads them all), by name, code or
 * abbreviation, with or without diacritics. The current value is listed even when it would be
 * filtered out (a person still recorded under a ceased unit).
 */
export function AgencySelect({
  agencies,
  value,
  onChange,
  exclude,
  activeDay,
  ...props
}: Omit<SelectProps, 'data' | 'value' | 'onChange' | 'filter'> & {
  agencies: readonly Agency[];
  value: string | null;
  onChange: (id: string | null) => void;
  exclude?: ReadonlySet<string>;
  /** Offer only the agencies in existence on this day. */
  activeDay?: string;
}) {
  const [lang] = useLanguage();
  const data = useMemo(
    () =>
      agencies
        .filter((a) => a.id === value || ((!exclude || !exclude.has(a.id)) && (!activeDay || activeOn(a, activeDay))))
        .map((a) => ({
          value: a.id,
          // The abbreviations are Vietnamese ('Vụ HTQT'): shown on the Vietnamese screen only, found on both.
          label: `${agencyName(a, lang)} (${lang === 'vi' && a.abbreviation ? `${a.abbreviation}, ` : ''}${a.code})`,
          // Found in either language, whichever the screen shows.
          search: agencySearchText(a),
        }))
        .sort((x, y) => compareNames(x.label, y.label)),
    [agencies, value, exclude, activeDay, lang],
  );
  return <Select searchable clearable {...props} data={data} value={value} onChange={(v) => onChange(v)} filter={pickerFilter} limit={200} />;
}
