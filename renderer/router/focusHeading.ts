// After a change of screen, the keyboard and the screen reader go to the new screen's heading
// (its h1, tabIndex -1), as a new page would put them at its top: focus does not stay on the
// sidebar link or in the search box. A screen whose heading appears only once its data has come
// (the meeting page) takes the focus then, unless the officer has begun to work in it meanwhile.

export const MAIN_ID = 'main-content';

let pending = false;

function main(): HTMLElement | null {
  return document.getElementById(MAIN_ID);
}

/** Moves the focus to the screen's h1 (or to the main region while it has none). True if on the h1. */
export function focusMainHeading(): boolean {
  const region = main();
  const h1 = region?.querySelector<HTMLElement>('h1') ?? null;
  const target = h1 ?? region;
  target?.focus({ preventScroll: true });
  return h1 !== null;
}

/** A new screen was entered: its heading takes the focus now, or when it appears. */
export function focusAfterNavigation(): void {
  pending = !focusMainHeading();
}

/** A screen's heading appeared (PageHeader): takes the focus if a change of screen is waiting for it. */
export function headingAppeared(h1: HTMLElement): void {
  if (!pending) return;
  pending = false;
  const region = main();
  const active = document.activeElement;
  // The officer has already started on the new screen (a field of it has the focus): leave it.
  if (region && active && active !== region && active !== document.body && region.contains(active)) return;
  h1.focus({ preventScroll: true });
}
