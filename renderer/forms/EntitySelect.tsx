import { Loader, Select, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Input, MethodName, Output } from '../../electron/contract';
import { useApiQuery } from '../api';

/** The entities with both `<prefix>.list` and `<prefix>.get`. */
export type EntityPrefix = { [M in MethodName]: M extends `${infer P}.list` ? (`${P}.get` extends MethodName ? P : never) : never }[MethodName];
export type EntityItem<P extends EntityPrefix> = Output<`${P}.list`> extends { items: Array<infer T> } ? T : never;
type ListFilter<P extends EntityPrefix> = Input<`${P}.list`> extends { filter?: infer F } ? NonNullable<F> : never;

const idOf = (item: unknown): string => (item as { id: string }).id;

/** Typing pauses this long before the server is asked. */
export const ENTITY_SEARCH_DEBOUNCE_MS = 200;
const LIMIT = 30;

export interface EntitySelectProps<P extends EntityPrefix> extends Omit<SelectProps, 'data' | 'value' | 'onChange' | 'searchValue' | 'onSearchChange' | 'filter'> {
  /** The entity prefix: 'people', 'bodies', 'agencies'… */
  method: P;
  value: string | null | undefined;
  onChange: (id: string | null, item: EntityItem<P> | null) => void;
  /** How an item is named in the list and in the input. */
  getLabel: (item: EntityItem<P>) => string;
  /** Extra server-side filter of the list. */
  filter?: ListFilter<P>;
}

/**
 * A searchable select over `<prefix>.list`: the text typed is sent as `q` (server-side,
 * diacritics-insensitive, debounced); the value is the id. The current value keeps its label
 * even when it is not in the page of results.
 */
export function EntitySelect<P extends EntityPrefix>({ method, value, onChange, getLabel, filter, ...props }: EntitySelectProps<P>) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [typing, setTyping] = useState(false);
  const [debounced] = useDebouncedValue(typing ? search.trim() : '', ENTITY_SEARCH_DEBOUNCE_MS);

  // The options are asked for the first time the list opens or the user types, not when the
  // form mounts: a screen with five pickers must not send five lists before its own data.
  const [wanted, setWanted] = useState(false);
  const listInput = { limit: LIMIT, ...(debounced ? { q: debounced } : {}), ...(filter ? { filter } : {}) } as Input<`${P}.list`>;
  const list = useApiQuery(`${method}.list` as `${P}.list`, listInput, { enabled: wanted || typing }) as {
    data: { items: Array<EntityItem<P>> } | undefined;
    isFetching: boolean;
    error: unknown;
  };
  // While the typed text has not been searched yet, offer nothing rather than the previous
  // results: Arrow-Down + Enter typed quickly must not pick a stale option.
  const pending = (typing && (debounced !== search.trim() || list.isFetching)) || (list.isFetching && list.data === undefined);
  const items = useMemo(() => (pending ? [] : (list.data?.items ?? [])), [list.data, pending]);
  const inPage = value ? items.find((i) => idOf(i) === value) : undefined;
  const current = useApiQuery(`${method}.get` as 'people.get', { id: value ?? '' }, { enabled: Boolean(value) && !inPage }) as { data: EntityItem<P> | undefined };
  const selected: EntityItem<P> | undefined = inPage ?? (value && current.data && idOf(current.data) === value ? current.data : undefined);

  const data = useMemo(() => {
    const options = items.map((i) => ({ value: idOf(i), label: getLabel(i) }));
    if (selected && !options.some((o) => o.value === idOf(selected))) options.unshift({ value: idOf(selected), label: getLabel(selected) });
    // Two records with the same name still need distinct options.
    const seen = new Map<string, number>();
    return options.map((o) => {
      const n = (seen.get(o.label) ?? 0) + 1;
      seen.set(o.label, n);
      return n > 1 ? { ...o, label: `${o.label} (${n})` } : o;
    });
  }, [items, selected, getLabel]);

  const selectedLabel = selected ? getLabel(selected) : '';
  const shownSearch = typing ? search : selectedLabel;
  const searching = pending;

  return (
    <Select
      searchable
      clearable
      // Tabbing through a form does not pop lists open; typing (or a click) does.
      openOnFocus={false}
      {...props}
      data={data}
      value={value ?? null}
      onChange={(id) => {
        setTyping(false);
        setSearch('');
        const item = id ? (items.find((i) => idOf(i) === id) ?? (selected && idOf(selected) === id ? selected : null)) : null;
        onChange(id, item ?? null);
      }}
      searchValue={shownSearch}
      onSearchChange={(s) => {
        // Mantine also reports the selected option's label here: that is not a search.
        if (s === selectedLabel && !typing) return;
        setTyping(true);
        setSearch(s);
      }}
      onDropdownOpen={() => {
        setWanted(true);
        props.onDropdownOpen?.();
      }}
      onDropdownClose={() => {
        setTyping(false);
        setSearch('');
        props.onDropdownClose?.();
      }}
      // The server has filtered already (with diacritics folded): show what it sent.
      filter={({ options }) => options}
      nothingFoundMessage={searching ? t('forms.select.searching') : list.error ? t('forms.select.loadFailed') : t('forms.select.nothingFound')}
      rightSection={searching ? <Loader size="xs" /> : props.rightSection}
    />
  );
}
