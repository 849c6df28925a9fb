import { Loader, MultiSelect, type MultiSelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Input } from '../../electron/contract';
import { useApi, useApiQuery, useQuery } from '../api';
import { ENTITY_SEARCH_DEBOUNCE_MS, type EntityItem, type EntityPrefix } from './EntitySelect';

const idOf = (item: unknown): string => (item as { id: string }).id;
const LIMIT = 30;

export interface EntityMultiSelectProps<P extends EntityPrefix>
  extends Omit<MultiSelectProps, 'data' | 'value' | 'onChange' | 'searchValue' | 'onSearchChange' | 'filter'> {
  /** The entity prefix: 'agencies', 'people'… */
  method: P;
  value: string[];
  /** The ids chosen, and the records of those known here (every one chosen in this control). */
  onChange: (ids: string[], items: Array<EntityItem<P>>) => void;
  getLabel: (item: EntityItem<P>) => string;
}

/**
 * EntitySelect for several values: the text typed is sent as `q` (server-side, diacritics-
 * insensitive, debounced), the options are asked for only when the list opens or the user
 * types, and the chosen values keep their labels whatever page of results is shown.
 */
export function EntityMultiSelect<P extends EntityPrefix>({ method, value, onChange, getLabel, ...props }: EntityMultiSelectProps<P>) {
  const { t } = useTranslation();
  const api = useApi();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), ENTITY_SEARCH_DEBOUNCE_MS);
  const [wanted, setWanted] = useState(false);
  const listInput = { limit: LIMIT, ...(debounced ? { q: debounced } : {}) } as Input<`${P}.list`>;
  const list = useApiQuery(`${method}.list` as `${P}.list`, listInput, { enabled: wanted || search !== '' }) as {
    data: { items: Array<EntityItem<P>> } | undefined;
    isFetching: boolean;
    error: unknown;
  };
  const pending = (search !== '' && (debounced !== search.trim() || list.isFetching)) || (list.isFetching && list.data === undefined);
  const items = useMemo(() => (pending ? [] : (list.data?.items ?? [])), [list.data, pending]);

  // The records of the chosen values: those picked here, and (for values given from outside)
  // read once by id.
  const [picked, setPicked] = useState<ReadonlyMap<string, EntityItem<P>>>(new Map());
  const missing = value.filter((id) => !picked.has(id) && !items.some((i) => idOf(i) === id));
  const fetched = useQuery(
    [`${method}.get` as 'agencies.get', { ids: missing }],
    () => Promise.all(missing.map((id) => api.call(`${method}.get` as 'agencies.get', { id }) as unknown as Promise<EntityItem<P>>)),
    { enabled: missing.length > 0 },
  );
  const known = useMemo(() => {
    const map = new Map(picked);
    for (const i of fetched.data ?? []) map.set(idOf(i), i);
    for (const i of items) map.set(idOf(i), i);
    return map;
  }, [picked, fetched.data, items]);

  const data = useMemo(() => {
    const options = items.map((i) => ({ value: idOf(i), label: getLabel(i) }));
    for (const id of value) {
      const item = known.get(id);
      if (item && !options.some((o) => o.value === id)) options.unshift({ value: id, label: getLabel(item) });
    }
    const seen = new Map<string, number>();
    return options.map((o) => {
      const n = (seen.get(o.label) ?? 0) + 1;
      seen.set(o.label, n);
      return n > 1 ? { ...o, label: `${o.label} (${n})` } : o;
    });
  }, [items, value, known, getLabel]);

  return (
    <MultiSelect
      searchable
      clearable
      openOnFocus={false}
      {...props}
      data={data}
      value={value}
      onChange={(ids) => {
        const next = new Map<string, EntityItem<P>>();
        for (const id of ids) {
          const item = known.get(id);
          if (item) next.set(id, item);
        }
        setPicked(next);
        onChange(ids, [...next.values()]);
      }}
      searchValue={search}
      onSearchChange={setSearch}
      onDropdownOpen={() => {
        setWanted(true);
        props.onDropdownOpen?.();
      }}
      onDropdownClose={() => {
        setSearch('');
        props.onDropdownClose?.();
      }}
      // The server has filtered already (with diacritics folded): show what it sent.
      filter={({ options }) => options}
      nothingFoundMessage={pending ? t('forms.select.searching') : list.error ? t('forms.select.loadFailed') : t('forms.select.nothingFound')}
      rightSection={pending ? <Loader size="xs" /> : props.rightSection}
    />
  );
}
