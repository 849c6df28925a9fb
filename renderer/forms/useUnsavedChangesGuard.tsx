import { Button, Group, Modal, Text } from '@mantine/core';
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { blockNavigation } from '../router/useHashRoute';

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
 * While `dirty`, every way of leaving the screen asks first, in the user's language: the
 * router's navigation gate (renderer/router/useHashRoute.ts) holds every navigation (a link, the
 * sidebar, the search, a shortcut, Back, a typed address) and asks this guard; closing the window
 * asks too (the browser's question, or in the desktop app this same modal).
 *
 * `onDiscard` closes the form when the officer leaves it by a navigation: a form in a window
 * (a modal, a drawer) may stay mounted when the navigation stays on the same screen (a search
 * result of the Directory while adding a person), and what the officer chose to throw away
 * must not stay open, with its text, over where they went.
 */
export function useUnsavedChangesGuard(dirty: boolean, onDiscard?: () => void): UnsavedChangesGuard {
  const { t } = useTranslation();
  const [pending, setPending] = useState<(() => void) | null>(null);
  const ask = useCallback((proceed: () => void) => setPending(() => proceed), []);
  const askRef = useRef(ask);
  const discardRef = useRef(onDiscard);
  useEffect(() => {
    discardRef.current = onDiscard;
  }, [onDiscard]);

  useEffect(() => {
    if (!dirty) return;
    return blockNavigation((proceed) =>
      askRef.current(() => {
        discardRef.current?.();
        proceed();
      }),
    );
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
