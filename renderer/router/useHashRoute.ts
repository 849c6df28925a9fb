import { useCallback, useSyncExternalStore } from 'react';

// The app runs from file:// in Electron, where there are no server paths: routes live in the
// hash ('#/meetings', '#/meetings/0193…'). No router dependency: this is all we need.

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const getHash = () => window.location.hash;

/** '#/meetings/abc?tab=x' → '/meetings/abc'. */
export function pathOf(hash: string): string {
  const raw = hash.replace(/^#/, '').split('?')[0] ?? '';
  const path = '/' + raw.split('/').filter(Boolean).map(safeDecode).join('/');
  return path;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** The href of a route, for links: hrefOf('/meetings') → '#/meetings'. */
export function hrefOf(path: string): string {
  return '#' + (path.startsWith('/') ? path : '/' + path);
}

/** Navigates to a route; the hashchange event re-renders every useHashRoute(). */
export function navigate(path: string): void {
  window.location.hash = hrefOf(path);
}

/**
 * Matches a path against a pattern with ':param' segments.
 * matchPath('/meetings/:id', '/meetings/42') → { id: '42' }; no match → null.
 */
export function matchPath(pattern: string, path: string): Record<string, string> | null {
  const want = pattern.split('/').filter(Boolean);
  const have = path.split('/').filter(Boolean);
  if (want.length !== have.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const w = want[i] as string;
    const h = have[i] as string;
    if (w.startsWith(':')) params[w.slice(1)] = h;
    else if (w !== h) return null;
  }
  return params;
}

/** The current route path, kept in sync with the address bar's hash. */
export function useHashRoute(): { path: string; navigate: (path: string) => void } {
  const hash = useSyncExternalStore(subscribe, getHash, () => '');
  return { path: pathOf(hash), navigate: useCallback((p: string) => navigate(p), []) };
}
