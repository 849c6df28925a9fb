// Small pieces the action-item and focal-point screens share: diacritics-insensitive filtering of local option lists, whole small lists as lookups, and
// the query part of the hash address.
import { useCallback, useMemo } from 'react';
import type { Input, Output } from '../../../electron/contract';
import { useApiAll, type ListMethod } from '../../api';
import { pickerFilter } from '../../forms/pickerFilter';
import { replaceHashQuietly, useShownHash } from '../../router/useHashRoute';

/** The pickers' one filter (renderer/forms/pickerFilter.ts), under its former name. */
export const foldingFilter = pickerFilter;

type Item<M extends ListMethod> = Output<M>['items'][number];

export interface Lookup<T> {
  items: T[];
  byId: ReadonlyMap<string, T>;
  error: unknown;
  isLoading: boolean;
  refetch: () => void;
}

/**
 * Every live row of a small list (agencies, people, bodies, legal bases): a few hundred at most
 * in this office, loaded page by page once, to name the ids a screen shows.
 */
export function useAll<M extends ListMethod>(method: M, input: Partial<Input<M>> = {}, options: { enabled?: boolean } = {}): Lookup<Item<M>> {
  const query = useApiAll(method, input, options);
  const items = useMemo(() => query.data ?? [], [query.data]);
  const byId = useMemo(() => new Map(items.map((i) => [(i as { id: string }).id, i])), [items]);
  return { items, byId, error: query.error, isLoading: query.isLoading, refetch: query.refetch };
}

/** Names an agency in the user's language, with its code to tell apart units of the same name. */
export function agencyLabel(a: { code: string; nameVi: string; nameEn: string }, lang: 'vi' | 'en'): string {
  return `${lang === 'en' ? a.nameEn : a.nameVi} (${a.code})`;
}

export function bodyLabel(b: { code: string; nameVi: string; nameEn: string }, lang: 'vi' | 'en'): string {
  return `${b.code} — ${lang === 'en' ? b.nameEn : b.nameVi}`;
}

// ---- the query part of the hash address ('#/actions?status=open&item=…') ----

/** The query of the hash address, re-read when the address changes from outside (through the navigation gate). */
export function useHashQuery(): URLSearchParams {
  const hash = useShownHash();
  const i = hash.indexOf('?');
  const query = i >= 0 ? hash.slice(i + 1) : '';
  return useMemo(() => new URLSearchParams(query), [query]);
}

/**
 * Writes the query of the hash address without a navigation (no hashchange, no history entry):
 * the screen's state stays shareable and survives a reload.
 */
export function useReplaceHashQuery(): (params: URLSearchParams) => void {
  return useCallback((params: URLSearchParams) => {
    const hash = window.location.hash;
    const path = hash.split('?')[0] || '#/';
    const query = params.toString();
    const next = query ? `${path}?${query}` : path;
    if (next !== hash) replaceHashQuietly(next);
  }, []);
}
