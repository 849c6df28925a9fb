import { useEffect } from 'react';
import { useApiQuery, type QueryState } from '../../api';
import type { ExchangeStatus } from '../../../electron/contract';

/** How often the status is asked while a round runs, and otherwise. */
export const RUNNING_POLL_MS = 1000;
export const IDLE_POLL_MS = 15_000;

/**
 * The exchange's status (Settings › Exchange and the header): asked every second while a round
 * runs, every 15 s otherwise (the automatic rounds run without the screens asking). The records a
 * round takes in refresh the open screens through `changes.since` like any change made elsewhere.
 */
export function useExchangeStatus(options: { idleMs?: number; runningMs?: number } = {}): QueryState<ExchangeStatus> {
  const status = useApiQuery('exchange.status', {});
  const running = status.data?.state === 'running';
  const { refetch } = status;
  const every = running ? (options.runningMs ?? RUNNING_POLL_MS) : (options.idleMs ?? IDLE_POLL_MS);
  useEffect(() => {
    const timer = setInterval(refetch, every);
    return () => clearInterval(timer);
  }, [every, refetch]);
  return status;
}
