import { describe, expect, it } from 'vitest';
import { blockNavigation, shownHash } from '../../renderer/router/useHashRoute';

// The navigation gate against jsdom's own history: a typed address (a new history entry) met
// by unsaved changes, then Back.

/** Sets the address as typing it would (a new history entry) and waits for its hashchange. */
async function typeAddress(hash: string): Promise<void> {
  const changed = new Promise<void>((resolve) => window.addEventListener('hashchange', () => resolve(), { once: true }));
  window.location.hash = hash;
  await changed;
}

/** Lets history traversals (asynchronous in the browser and in jsdom) and their events settle. */
const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 50));

describe('the navigation gate and the history', () => {
  it('after staying on a typed address, the first Back asks to leave the screen, as later ones do', async () => {
    // The app's shell listens from its first render on (registering and dropping a blocker installs the gate).
    blockNavigation(() => undefined)();
    await typeAddress('#/today');
    await typeAddress('#/meetings/m1');
    expect(shownHash()).toBe('#/meetings/m1');
    const asked: string[] = [];
    // The officer stays every time (the blocker never proceeds).
    const unblock = blockNavigation(() => asked.push(window.location.hash));

    window.location.hash = '#/actions';
    await settle();
    expect(asked).toHaveLength(1);
    expect(window.location.hash).toBe('#/meetings/m1');
    expect(shownHash()).toBe('#/meetings/m1');

    // Back: the entry before the meeting is Today; going there asks (it used to land on a copy
    // of the meeting's own entry left by the typed address, and nothing happened).
    window.history.back();
    await settle();
    expect(asked).toHaveLength(2);
    expect(window.location.hash).toBe('#/meetings/m1');

    // Once the form is saved, Back leaves the meeting.
    unblock();
    window.history.back();
    await settle();
    expect(window.location.hash).not.toBe('#/meetings/m1');
    expect(shownHash()).toBe(window.location.hash);
  });
});
