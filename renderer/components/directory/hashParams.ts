import { useCallback, useMemo } from 'react';
import { pathOf, setHashWithinScreen, shownHash, useShownHash } from '../../router/useHashRoute';

// The directory keeps its tab and the record on show in the address ('#/directory?tab=people&id=…'),
// so a search result, a link or Back lands on the right place. The router keys screens by path
// only: changing these parameters does not restart the screen (a typed search stays).

export function queryOf(hash: string): URLSearchParams {
  const i = hash.indexOf('?');
  return new URLSearchParams(i >= 0 ? hash.slice(i + 1) : '');
}

/** The parameters of the current address, and a setter that merges (null removes). */
export function useHashParams(): [URLSearchParams, (changes: Record<string, string | null>) => void] {
  const hash = useShownHash();
  const params = useMemo(() => queryOf(hash), [hash]);
  const set = useCallback((changes: Record<string, string | null>) => {
    const current = shownHash();
    const next = queryOf(current);
    for (const [k, v] of Object.entries(changes)) {
      if (v === null) next.delete(k);
      else next.set(k, v);
    }
    const query = next.toString();
    const target = '#' + pathOf(current) + (query ? '?' + query : '');
    // The screen's own state, not a way of leaving it: passes the navigation gate.
    if (target !== current) setHashWithinScreen(target);
  }, []);
  return [params, set];
}
