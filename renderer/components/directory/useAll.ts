import { useApi, useQuery, type QueryState } from '../../api';
import type { Agency, AgencySuccession, LegalBasis } from '../../../electron/contract';

// The directory's small reference lists, loaded whole: a tree needs every agency at once.
// The API pages by 500; a longer list is followed to its end.

const PAGE = 500;

async function allPages<T>(fetchPage: (cursor: string | null) => Promise<{ items: T[]; nextCursor: string | null }>): Promise<T[]> {
  const out: T[] = [];
  let cursor: string | null = null;
  for (let i = 0; i < 100; i++) {
    const page = await fetchPage(cursor);
    out.push(...page.items);
    if (!page.nextCursor) break;
    cursor = page.nextCursor;
  }
  return out;
}

/** Every agency, ceased ones included. `version` re-fetches after a change. */
export function useAllAgencies(version: number): QueryState<Agency[]> {
  const api = useApi();
  return useQuery(`agencies.all ${version}`, () => allPages((cursor) => api.call('agencies.list', { limit: PAGE, cursor })));
}

export function useAllSuccessions(version: number): QueryState<AgencySuccession[]> {
  const api = useApi();
  return useQuery(`agencySuccessions.all ${version}`, () => allPages((cursor) => api.call('agencySuccessions.list', { limit: PAGE, cursor })));
}

export function useAllLegalBases(version: number): QueryState<LegalBasis[]> {
  const api = useApi();
  return useQuery(`legalBases.all ${version}`, () =>
    allPages((cursor) => api.call('legalBases.list', { limit: PAGE, cursor, sort: { field: 'issuedOn', dir: 'desc' } })),
  );
}
