import { useCallback, useEffect, useEffectEvent, useMemo, useState } from 'react';
import type { Input, MethodName, Output } from '../../electron/contract';
import { useApi } from './context';

export interface QueryState<T> {
  /** The latest data; kept while a new key is being fetched, so lists do not flash. */
  data: T | undefined;
  error: unknown;
  /** No data yet and a request is running: show a skeleton. */
  isLoading: boolean;
  /** A request is running (first load, refetch, or a new key). */
  isFetching: boolean;
  /** Runs the request again (the Retry button). */
  refetch: () => void;
}

/**
 * A small query hook: runs `fetcher` whenever `key` changes (or on refetch), ignores answers
 * that arrive after a newer request started, and keeps the previous data while refetching.
 */
export function useQuery<T>(key: string, fetcher: () => Promise<T>, options: { enabled?: boolean } = {}): QueryState<T> {
  const enabled = options.enabled ?? true;
  const [attempt, setAttempt] = useState(0);
  const request = `${attempt}|${key}`;
  // What the last finished request brought; the request is "fetching" until this catches up.
  const [settled, setSettled] = useState<{ request: string | null; data: T | undefined; error: unknown }>({
    request: null,
    data: undefined,
    error: null,
  });
  const fetchLatest = useEffectEvent(() => fetcher());

  useEffect(() => {
    if (!enabled) return;
    let current = true;
    fetchLatest().then(
      (data) => {
        if (current) setSettled({ request, data, error: null });
      },
      (error: unknown) => {
        if (current) setSettled((s) => ({ request, data: s.data, error }));
      },
    );
    return () => {
      current = false;
    };
  }, [request, enabled]);

  const refetch = useCallback(() => setAttempt((n) => n + 1), []);
  const isFetching = enabled && settled.request !== request;
  return {
    data: settled.data,
    error: isFetching ? null : settled.error,
    isLoading: isFetching && settled.data === undefined,
    isFetching,
    refetch,
  };
}

/** One method of the contract, re-run when its input changes. */
export function useApiQuery<M extends MethodName>(method: M, input: Input<M>, options: { enabled?: boolean } = {}): QueryState<Output<M>> {
  const api = useApi();
  return useQuery(`${method} ${JSON.stringify(input)}`, () => api.call(method, input), options);
}

/** The list methods of the contract: keyset-paged, `{ items, nextCursor }`. */
export type ListMethod = Extract<MethodName, `${string}.list`>;
type Item<M extends ListMethod> = Output<M>['items'][number];
type Page<M extends ListMethod> = { items: Array<Item<M>>; nextCursor: string | null };

export interface ListState<M extends ListMethod> extends QueryState<Array<Item<M>>> {
  hasMore: boolean;
  isLoadingMore: boolean;
  /** The error of the last "load more", separate from the first page's. */
  loadMoreError: unknown;
  loadMore: () => void;
}

/**
 * A list method with "Load more": the first page is re-fetched when the input changes, further
 * pages are appended with the `nextCursor` of the previous one.
 */
export function useApiList<M extends ListMethod>(method: M, input: Input<M>): ListState<M> {
  const api = useApi();
  const first = useQuery(`${method} ${JSON.stringify(input)}`, () => api.call(method, input) as Promise<Page<M>>);
  const firstPage = first.data;
  // Further pages belong to the first page they continue: a new input or a refetch brings a
  // new first page, and the pages loaded after the old one are dropped (late answers too).
  const [more, setMore] = useState<{ base: Page<M> | undefined; items: Array<Item<M>>; cursor: string | null; loading: boolean; error: unknown }>({
    base: undefined,
    items: [],
    cursor: null,
    loading: false,
    error: null,
  });
  const extra = firstPage !== undefined && more.base === firstPage ? more : null;
  const cursor = extra ? extra.cursor : (firstPage?.nextCursor ?? null);

  const loadMore = useCallback(() => {
    if (!cursor || !firstPage) return;
    const base = firstPage;
    setMore((m) => (m.base === base ? { ...m, loading: true, error: null } : { base, items: [], cursor, loading: true, error: null }));
    api.call(method, { ...input, cursor } as Input<M>).then(
      (page) => {
        const p = page as Page<M>;
        setMore((m) => (m.base === base ? { base, items: [...m.items, ...p.items], cursor: p.nextCursor, loading: false, error: null } : m));
      },
      (error: unknown) => setMore((m) => (m.base === base ? { ...m, loading: false, error } : m)),
    );
  }, [api, method, input, cursor, firstPage]);

  const extraItems = extra?.items;
  const data = useMemo(() => (firstPage ? [...firstPage.items, ...(extraItems ?? [])] : undefined), [firstPage, extraItems]);

  return {
    data,
    error: first.error,
    isLoading: first.isLoading,
    isFetching: first.isFetching,
    refetch: first.refetch,
    hasMore: cursor !== null,
    isLoadingMore: extra?.loading ?? false,
    loadMoreError: extra?.error ?? null,
    loadMore,
  };
}

/**
 * A write. `run` resolves to the output and rejects with the ApiCallError (also kept in
 * `error`, for forms that show it inline).
 */
export function useApiMutation<M extends MethodName>(method: M) {
  const api = useApi();
  const [state, setState] = useState<{ pending: boolean; error: unknown }>({ pending: false, error: null });
  const run = useCallback(
    async (input: Input<M>): Promise<Output<M>> => {
      setState({ pending: true, error: null });
      try {
        const out = await api.call(method, input);
        setState({ pending: false, error: null });
        return out;
      } catch (error) {
        setState({ pending: false, error });
        throw error;
      }
    },
    [api, method],
  );
  return { run, isPending: state.pending, error: state.error };
}
