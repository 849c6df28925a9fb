import { Button, Group, Modal, Text } from '@mantine/core';
import { useCallback, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

// One listener for all guards on the page: when several forms are dirty, one question is enough.
type Guard = { id: string; ask: (proceed: () => void) => void };
const dirtyGuards: Guard[] = [];
/** Set while a confirmed navigation goes through, so it is not asked about again. */
let passing = false;

function onHashChange(event: HashChangeEvent) {
  if (passing) {
    passing = false;
    return;
  }
  const guard = dirtyGuards[dirtyGuards.length - 1];
  if (!guard) return;
  // Put the old address back before React renders the new screen (the router re-renders from a
  // microtask, after every hashchange listener has run), then ask.
  const target = new URL(event.newURL).hash;
  window.history.replaceState(window.history.state, '', event.oldURL);
  guard.ask(() => {
    passing = true;
    window.location.hash = target;
  });
}

function onBeforeUnload(event: BeforeUnloadEvent) {
  if (dirtyGuards.length === 0) return;
  // The browser shows its own (untranslatable) question; Electron's window can answer it too.
  event.preventDefault();
  event.returnValue = '';
}

function register(guard: Guard) {
  if (dirtyGuards.length === 0) {
    window.addEventListener('hashchange', onHashChange);
    window.addEventListener('beforeunload', onBeforeUnload);
  }
  dirtyGuards.push(guard);
  return () => {
    const i = dirtyGuards.indexOf(guard);
    if (i >= 0) dirtyGuards.splice(i, 1);
    if (dirtyGuards.length === 0) {
      window.removeEventListener('hashchange', onHashChange);
      window.removeEventListener('beforeunload', onBeforeUnload);
    }
  };
}

export interface UnsavedChangesGuard {
  /** The confirm modal: render it once in the page. */
  modal: ReactNode;
  /**
   * For leaving by other means than the address (closing a modal form, Cancel): runs `proceed`
   * at once when nothing is unsaved, otherwise after the user agrees.
   */
  confirmLeave: (proceed: () => void) => void;
}

/**
 * While `dirty`, leaving the screen (a link, the navigation, Back, a typed address) first asks
 * in the user's language; closing or reloading the window asks through the browser.
 */
export function useUnsavedChangesGuard(dirty: boolean): UnsavedChangesGuard {
  const { t } = useTranslation();
  const id = useId();
  const [pending, setPending] = useState<(() => void) | null>(null);
  const ask = useCallback((proceed: () => void) => setPending(() => proceed), []);
  const guardRef = useRef<Guard>({ id, ask });

  useEffect(() => {
    if (!dirty) return;
    return register(guardRef.current);
  }, [dirty]);

  const confirmLeave = useCallback((proceed: () => void) => (dirty ? ask(proceed) : proceed()), [dirty, ask]);

  const stay = () => setPending(null);
  const leave = () => {
    const proceed = pending;
    setPending(null);
    proceed?.();
  };

  const modal = (
    <Modal opened={pending !== null} onClose={stay} title={t('forms.unsaved.title')} centered data-testid="unsaved-changes-modal" closeButtonProps={{ 'aria-label': t('forms.close') }}>
      <Text size="sm">{t('forms.unsaved.message')}</Text>
      <Group justify="flex-end" mt="lg">
        <Button variant="default" onClick={stay} data-autofocus>
          {t('forms.unsaved.stay')}
        </Button>
        <Button color="red" onClick={leave}>
          {t('forms.unsaved.leave')}
        </Button>
      </Group>
    </Modal>
  );

  return { modal, confirmLeave };
}
