import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { methods } from '../../electron/contract';
import { ApiCallError, type ApiClient } from './client';
import { createRefresher, type Refresher } from './refresh';

const ApiContext = createContext<{ api: ApiClient; refresher: Refresher } | null>(null);

/**
 * The query cache of the screens. Nothing is retried on its own (the screens offer Retry), and
 * nothing waits for a network: the application answers locally, online or not. A query is asked
 * again when a screen mounts it, and whenever a change it shows is reported (see refresh.ts),
 * not on every focus of the window.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, networkMode: 'always', staleTime: 0, refetchOnWindowFocus: false, refetchOnReconnect: false },
      mutations: { retry: false, networkMode: 'always' },
    },
  });
}

/**
 * The API client and the query cache the screens read through. A successful write through
 * `useApi().call` (or one refused because the record moved on) refreshes the queries that show
 * what it changed. `queryClient` defaults to a
 * cache of this provider's own.
 */
export function ApiProvider({ client, queryClient, children }: { client: ApiClient; queryClient?: QueryClient; children: ReactNode }) {
  const [ownCache] = useState(() => (queryClient ? null : createQueryClient()));
  const cache = queryClient ?? ownCache!;
  const value = useMemo(() => {
    const refresher = createRefresher(cache, (seq) => client.call('changes.since', { seq }));
    const api: ApiClient = {
      prefetch: (method, input) => client.prefetch(method, input),
      async call(method, input) {
        const write = methods[method]?.kind === 'write';
        try {
          const out = await client.call(method, input);
          if (write) refresher.afterWrite(method);
          return out;
        } catch (error) {
          // Refused because the record moved on: show where it is now.
          if (write && error instanceof ApiCallError && error.code === 'CONFLICT') refresher.afterWrite(method);
          throw error;
        }
      },
    };
    return { api, refresher };
  }, [client, cache]);
  return (
    <QueryClientProvider client={cache}>
      <ApiContext.Provider value={value}>{children}</ApiContext.Provider>
    </QueryClientProvider>
  );
}

function useApiContext() {
  const value = useContext(ApiContext);
  if (!value) throw new Error('useApi() needs an <ApiProvider> above it');
  return value;
}

export function useApi(): ApiClient {
  return useApiContext().api;
}

/** Refreshes what shows some kinds of record (a job that wrote the export log…). */
export function useRefresher(): Refresher {
  return useApiContext().refresher;
}

/** Keeps the screens current with changes made behind them: see Refresher.watch. */
export function WatchChanges({ everyMs }: { everyMs: number }) {
  const refresher = useRefresher();
  useEffect(() => refresher.watch({ everyMs }), [refresher, everyMs]);
  return null;
}
