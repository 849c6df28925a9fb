import { keepPreviousData, useInfiniteQuery, useQuery as useCachedQuery, useQueryClient, type InfiniteData } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import type { Input, MethodName, Output } from '../../electron/contract';
import { useApi } from './context';
import type { QueryReads } from './refresh';

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
 * The key of a query in the cache: the contract method it asks (which says what it shows, see
 * refresh.ts), its input, and anything that tells apart two queries of the same input (the whole
 * list rather than a page…).
 */
export type ApiQueryKey = readonly [MethodName, unknown, ...unknown[]];

export interface QueryOptions {
  enabled?: boolean;
  /** Other methods the fetcher asks, whose changes refresh it too. */
  reads?: QueryReads['reads'];
}

/**
 * A query of the cache: runs `fetcher` for `key` (again when a change it shows is reported),
 * keeps the previous data while a new key is fetched, and hides a past error while asking again.
 */
export function useQuery<T>(key: ApiQueryKey, fetcher: () => Promise<T>, options: QueryOptions = {}): QueryState<T> {
  const enabled = options.enabled ?? true;
  const q = useCachedQuery({
    queryKey: key,
    queryFn: fetcher,
    enabled,
    placeholderData: keepPreviousData,
    ...(options.reads ? { meta: { reads: options.reads } } : {}),
  });
  const { refetch: again } = q;
  const refetch = useCallback(() => {
    if (enabled) void again();
  }, [again, enabled]);
  const isFetching = enabled && q.isFetching;
  return {
    data: q.data,
    error: isFetching ? null : q.error,
    isLoading: isFetching && q.data === undefined,
    isFetching,
    refetch,
  };
}

/** One method of the contract, keyed [method, input]. */
export function useApiQuery<M extends MethodName>(method: M, input: Input<M>, options: { enabled?: boolean } = {}): QueryState<Output<M>> {
  const api = useApi();
  return useQuery([method, input], () => api.call(method, input), options);
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
 * A list method with "Load more": the first page is asked with the input, further pages with the
 * `nextCursor` of the page before. A refresh asks every page loaded so far again.
 */
export function useApiList<M extends ListMethod>(method: M, input: Input<M>): ListState<M> {
  const api = useApi();
  const q = useInfiniteQuery<Page<M>, unknown, InfiniteData<Page<M>, string | null>, ApiQueryKey, string | null>({
    queryKey: [method, input, 'pages'],
    queryFn: ({ pageParam }) => api.call(method, (pageParam ? { ...input, cursor: pageParam } : input) as Input<M>) as Promise<Page<M>>,
    initialPageParam: null,
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData,
  });
  const { refetch: again, fetchNextPage, hasNextPage, isFetchingNextPage } = q;
  const refetch = useCallback(() => void again(), [again]);
  const loadMore = useCallback(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [fetchNextPage, hasNextPage, isFetchingNextPage]);
  const data = useMemo(() => q.data?.pages.flatMap((p) => p.items), [q.data]);
  const firstPageFetching = q.isFetching && !q.isFetchingNextPage;
  return {
    data,
    error: firstPageFetching || q.isFetchNextPageError ? null : q.error,
    isLoading: firstPageFetching && data === undefined,
    isFetching: firstPageFetching,
    refetch,
    hasMore: hasNextPage,
    isLoadingMore: isFetchingNextPage,
    loadMoreError: q.isFetchNextPageError && !q.isFetching ? q.error : null,
    loadMore,
  };
}

/** Pages asked at most by useApiAll: 100 × 500 rows is far beyond any office's reference data. */
const ALL_PAGES = 100;
const ALL_PAGE_SIZE = 500;

/**
 * Every row of a small list (agencies, bodies, legal bases…), followed page by page to its end:
 * a tree or a lookup needs them all at once. Keyed [method, input, 'all'].
 */
export function useApiAll<M extends ListMethod>(method: M, input: Partial<Input<M>> = {}, options: { enabled?: boolean } = {}): QueryState<Array<Item<M>>> {
  const api = useApi();
  return useQuery(
    [method, input, 'all'],
    async () => {
      const items: Array<Item<M>> = [];
      let cursor: string | null = null;
      for (let i = 0; i < ALL_PAGES; i++) {
        const page = (await api.call(method, { ...input, limit: ALL_PAGE_SIZE, cursor } as Input<M>)) as Page<M>;
        items.push(...page.items);
        cursor = page.nextCursor;
        if (!cursor) break;
      }
      return items;
    },
    options,
  );
}

/**
 * A write. `run` resolves to the output and rejects with the ApiCallError (also kept in
 * `error`, for forms that show it inline). The write refreshes what it changed (see useApi).
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

/**
 * Puts a write's answer where a query of the same record reads it (`settings.get` after
 * `settings.update`), so the screens show it at once, before the refresh the write starts.
 */
export function useCacheAnswer() {
  const queryClient = useQueryClient();
  return useCallback(<M extends MethodName>(method: M, input: Input<M>, value: Output<M>) => void queryClient.setQueryData([method, input], value), [queryClient]);
}
