// The data of the focal-point matrix, a page of bodies at a time: the bodies in the matrix's
// order (pillar, then code) filtered on the server, who answered for each on the date, and how
// many bodies have nobody. A large desk has thousands of bodies and tens of thousands of
// assignments in force; the screen only ever asks for the bodies it shows.
import { useMemo } from 'react';
import type { Input, Output } from '../../../electron/contract';
import { useApi, useApiList, useApiQuery, useQuery } from '../../api';

/** Bodies per page of the matrix ("Load more" adds the next page). */
export const MATRIX_PAGE = 50;
/** The text filter goes to the server once typing pauses. */
export const MATRIX_FILTER_DEBOUNCE_MS = 250;
/** The contract's limit of bodies per focalPoints.asOf call. */
const AS_OF_CHUNK = 200;

export type FocalPoint = Output<'focalPoints.asOf'>[number];

export function matrixBodiesInput(date: string, q: string, onlyGaps: boolean): Input<'bodies.list'> {
  return {
    limit: MATRIX_PAGE,
    sort: { field: 'pillar', dir: 'asc' },
    ...(q ? { q } : {}),
    ...(onlyGaps ? { filter: { withoutFocalPointOn: date } } : {}),
  };
}

export function useFocalMatrix(date: string, q: string, onlyGaps: boolean) {
  const api = useApi();
  const input = useMemo(() => matrixBodiesInput(date, q, onlyGaps), [date, q, onlyGaps]);
  const bodies = useApiList('bodies.list', input);
  const ids = useMemo(() => (bodies.data ?? []).map((b) => b.id), [bodies.data]);
  // The assignments of the loaded bodies, with the date and bodies they answer for: rows are
  // shown once their cells are known, and the caption names the date the cells are for.
  const points = useQuery(
    ['focalPoints.asOf', { date, bodyIds: ids }],
    async () => {
      const chunks: string[][] = [];
      for (let i = 0; i < ids.length; i += AS_OF_CHUNK) chunks.push(ids.slice(i, i + AS_OF_CHUNK));
      const answers = await Promise.all(chunks.map((bodyIds) => api.call('focalPoints.asOf', { date, bodyIds })));
      return { date, ids: new Set(ids), points: answers.flat() };
    },
    { enabled: bodies.data !== undefined },
  );
  const coverage = useApiQuery('focalPoints.coverage', { date, ...(q ? { q } : {}) });
  const rows = useMemo(() => (bodies.data ?? []).filter((b) => points.data?.ids.has(b.id)), [bodies.data, points.data]);
  return { bodies, points, coverage, rows };
}
