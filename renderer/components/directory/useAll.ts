import { useApiAll, type QueryState } from '../../api';
import type { Agency, AgencySuccession, LegalBasis } from '../../../electron/contract';

// The directory's small reference lists, loaded whole: a tree needs every agency at once. A
// change of them (here or behind the screen) asks them again through the query cache.

/** Every agency, ceased ones included. */
export function useAllAgencies(): QueryState<Agency[]> {
  return useApiAll('agencies.list');
}

export function useAllSuccessions(): QueryState<AgencySuccession[]> {
  return useApiAll('agencySuccessions.list');
}

const NEWEST_FIRST = { sort: { field: 'issuedOn', dir: 'desc' } } as const;

export function useAllLegalBases(): QueryState<LegalBasis[]> {
  return useApiAll('legalBases.list', NEWEST_FIRST);
}
