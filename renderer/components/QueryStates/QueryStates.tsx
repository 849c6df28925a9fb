import { Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { ErrorState } from '../ErrorState/ErrorState';
import { LoadingState } from '../LoadingState/LoadingState';

/** What a screen's query gives: its answer once there, and why it failed. */
export interface QueryLike {
  data?: unknown;
  error: unknown;
  refetch: () => unknown;
}

/**
 * The states of a list read from the desk, in one place: why it failed (with "Try again"; what
 * was read before stays below), placeholder rows until the first answer, the empty list's
 * sentence, or the list itself.
 */
export function QueryStates({
  query,
  rows = 3,
  height,
  empty,
  children,
}: {
  query: QueryLike;
  rows?: number;
  height?: number;
  /** Shown instead of the children when the answer is there and holds nothing (a sentence, or a node). */
  empty?: ReactNode;
  children?: ReactNode;
}) {
  const ready = query.data !== undefined;
  return (
    <>
      {query.error ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : null}
      {!ready && !query.error ? <LoadingState rows={rows} {...(height !== undefined ? { height } : {})} /> : null}
      {ready ? (empty ? typeof empty === 'string' ? <Text c="dimmed">{empty}</Text> : empty : children) : null}
    </>
  );
}
