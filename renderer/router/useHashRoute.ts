import { useCallback, useSyncExternalStore } from 'react';

// The desktop app serves one page (app://desk/index.html), with no server routes: routes live
// in the hash ('#/meetings', '#/meetings/0193…'). No router dependency: this is all we need.
//
// THE navigation gate. Every way of leaving a screen ends here: a link or the sidebar (the
// browser changes the hash), navigate() (the search, buttons, shortcuts), a typed address and
// Back/Forward. The screens render the hash this module has let through (`shown`), never the
// address bar's directly, so a screen never changes before the gate has decided: while a form
// has unsaved changes (a blocker is registered), a changed address is put back at once and the
// blocker asks; only if the officer leaves does the new hash become `shown`.

/** Asks the officer; calls `proceed` if they choose to leave. */
export type NavigationBlocker = (proceed: () => void) => void;

const blockers: NavigationBlocker[] = [];
const listeners = new Set<() => void>();
/** The hash on show; follows the address bar whenever nothing blocks. */
let shown: string | null = null;
let installed = false;

function notify(): void {
  for (const listener of [...listeners]) listener();
}

/** The address bar's URL with another hash, the rest kept. */
function withHash(hash: string): string {
  const url = new URL(window.location.href);
  url.hash = hash;
  return url.href;
}

// Every history entry the app has seen carries this mark in its state, so the gate can tell a
// new entry (a typed address, a link: the browser pushed it, unmarked) from one it returns to
// (Back/Forward).
const SEEN = 'deskSeen';

/** The entry's state with the mark added (whatever else it holds is kept). */
function marked(state: unknown): Record<string, unknown> {
  const base = state !== null && typeof state === 'object' ? (state as Record<string, unknown>) : {};
  return { ...base, [SEEN]: true };
}

function isMarked(state: unknown): boolean {
  return state !== null && typeof state === 'object' && (state as Record<string, unknown>)[SEEN] === true;
}

/** Marks the current entry as seen. */
function markCurrent(): void {
  if (!isMarked(window.history.state)) window.history.replaceState(marked(window.history.state), '');
}

/** Shows `hash`: the address bar says it, then the screens follow. */
function commit(hash: string, how: 'push' | 'replace'): void {
  if (hash !== window.location.hash) {
    if (how === 'push') window.history.pushState(marked(window.history.state), '', withHash(hash));
    else window.history.replaceState(marked(window.history.state), '', withHash(hash));
  }
  shown = hash;
  notify();
}

/** While the gate's own step back is under way: what to do once it has landed (leaving, if chosen meanwhile). */
let steppingBack: { then: (() => void) | null } | null = null;

function onHashChange(): void {
  const blocker = blockers[blockers.length - 1];
  const next = window.location.hash;
  const fresh = !isMarked(window.history.state);
  if (!blocker) {
    if (fresh) markCurrent();
    shown = next;
    notify();
    return;
  }
  const from = shown ?? next;
  if (next === from) {
    if (fresh) markCurrent();
    const landed = steppingBack;
    steppingBack = null;
    landed?.then?.();
    return;
  }
  if (fresh) {
    // A typed address or a link pushed a new entry: step back to the screen's own entry (so no
    // copy of it is left behind for Back to land on), then ask; leaving pushes the entry again.
    const step: { then: (() => void) | null } = { then: null };
    steppingBack = step;
    window.history.back();
    blocker(() => {
      if (steppingBack === step) step.then = () => commit(next, 'push');
      else commit(next, 'push');
    });
    return;
  }
  // Back/Forward to an entry of the app: put the address back before anything renders
  // (replaceState fires no hashchange), then ask. The entry keeps the screen's address: Back
  // again asks again.
  window.history.replaceState(window.history.state, '', withHash(from));
  blocker(() => commit(next, 'replace'));
}

function onBeforeUnload(event: BeforeUnloadEvent): void {
  if (blockers.length === 0) return;
  // The browser shows its own (untranslatable) question.
  event.preventDefault();
  event.returnValue = '';
}

function install(): void {
  if (installed) return;
  installed = true;
  markCurrent();
  window.addEventListener('hashchange', onHashChange);
  window.addEventListener('beforeunload', onBeforeUnload);
}

function subscribe(onChange: () => void): () => void {
  install();
  listeners.add(onChange);
  return () => listeners.delete(onChange);
}

/** The hash the screens show: the address bar's, once the gate has let it through. */
export function shownHash(): string {
  if (shown === null || blockers.length === 0) shown = window.location.hash;
  return shown;
}

/**
 * While a form has unsaved changes: every navigation asks `blocker` first (the last registered
 * asks: one question is enough). Returns the unregister function.
 */
export function blockNavigation(blocker: NavigationBlocker): () => void {
  install();
  shownHash();
  blockers.push(blocker);
  return () => {
    const i = blockers.indexOf(blocker);
    if (i >= 0) blockers.splice(i, 1);
  };
}

/** Asks the blocker, if any, before `proceed`; runs it at once when nothing is unsaved. */
export function confirmLeaving(proceed: () => void): void {
  const blocker = blockers[blockers.length - 1];
  if (blocker) blocker(proceed);
  else proceed();
}

/** What the desktop window's close is answered with (electron/main/closeGuard.ts). */
export type CloseAnswer = 'asking' | 'close' | 'stay';

/**
 * Closing the desktop window: 'close' at once when nothing is unsaved; otherwise 'asking', the
 * question on screen, and 'close' if the officer leaves (staying needs no answer).
 */
export function answerWindowClose(answer: (a: CloseAnswer) => void): void {
  const blocker = blockers[blockers.length - 1];
  if (!blocker) {
    answer('close');
    return;
  }
  answer('asking');
  blocker(() => answer('close'));
}

/** In the desktop app, the preload passes the window's close request here. */
export function listenForWindowClose(bridge: { onCloseRequest?: (ask: (answer: (a: CloseAnswer) => void) => void) => void } | undefined): void {
  bridge?.onCloseRequest?.(answerWindowClose);
}

/**
 * Changes the hash as the screen's own state (a tab, the record on show), not a way of leaving:
 * it passes the gate without asking.
 */
export function setHashWithinScreen(hash: string): void {
  install();
  if (hash === shownHash() && hash === window.location.hash) return;
  commit(hash, 'push');
}

/**
 * Rewrites the query of the screen on show in place (filters), with no history entry and no
 * re-render: the screen keeps its own state; the gate knows the address it would put back.
 */
export function replaceHashQuietly(hash: string): void {
  if (hash !== window.location.hash) window.history.replaceState(window.history.state, '', withHash(hash));
  shown = hash;
}

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

/**
 * Navigates to a route, through the gate: asks first while a form has unsaved changes.
 * `afterSave`: the screen moves on by itself once its work is saved (a meeting created, a
 * record deleted); the form that asked is done, even if React has not yet re-rendered it.
 */
export function navigate(path: string, options: { afterSave?: boolean } = {}): void {
  const target = hrefOf(path);
  install();
  if (target === shownHash()) return;
  if (options.afterSave) commit(target, 'push');
  else confirmLeaving(() => commit(target, 'push'));
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

/** The hash the screens show, as React state (re-renders when the gate lets a change through). */
export function useShownHash(): string {
  return useSyncExternalStore(subscribe, shownHash, () => '');
}

/** The current route path, kept in sync with the address bar's hash (through the gate). */
export function useHashRoute(): { path: string; navigate: (path: string) => void } {
  const hash = useSyncExternalStore(subscribe, shownHash, () => '');
  return { path: pathOf(hash), navigate: useCallback((p: string) => navigate(p), []) };
}
