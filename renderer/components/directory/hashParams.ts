import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { pathOf } from '../../router/useHashRoute';

// The directory keeps its tab and the record on show in the address ('#/directory?tab=people&id=…'),
// so a search result, a link or Back lands on the right place. The router keys screens by path
// only: changing these parameters does not restart the screen (a typed search stays).

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}
const getHash = () => window.location.hash;

export function queryOf(hash: string): URLSearchParams {
  const i = hash.indexOf('?');
  return new URLSearchParams(i >= 0 ? hash.slice(i + 1) : '');
}

/** The parameters of the current address, and a setter that merges (null removes). */
export function useHashParams(): [URLSearchParams, (changes: Record<string, string | null>) => void] {
  const hash = useSyncExternalStore(subscribe, getHash, () => '');
  const params = useMemo(() => queryOf(hash), [hash]);
  const set = useCallback((changes: Record<string, string | null>) => {
    const current = window.location.hash;
    const next = queryOf(current);
    for (const [k, v] of Object.entries(changes)) {
      if (v === null) next.delete(k);
      else next.set(k, v);
    }
    const query = next.toString();
    const target = '#' + pathOf(current) + (query ? '?' + query : '');
    if (target !== current) window.location.hash = target;
  }, []);
  return [params, set];
}
