import { Button, Group, Modal, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useCallback, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodName } from '../../electron/contract';
import { useApi } from '../api';
import { errorMessage } from '../i18n/errors';
import { useLanguage } from '../i18n/useLanguage';

/** The entities that can be deleted and restored: `<prefix>.delete` and `<prefix>.restore`. */
export type DeletablePrefix = { [M in MethodName]: M extends `${infer P}.restore` ? P : never }[MethodName];

export interface DeleteRequest {
  method: DeletablePrefix;
  id: string;
  version: number;
  /** How the user knows the record ('ASOEN 36', a person's name). */
  label: string;
  /**
   * Runs after the delete, and again after an undo (close what showed the record, go back to a
   * list…). The screens showing the record refresh by themselves through the query cache.
   */
  onDone?: () => void;
}

/** How long the Undo button stays offered. */
export const UNDO_MS = 6000;

export interface DeleteWithUndo {
  confirmDelete: (request: DeleteRequest) => void;
  /** The confirm modal: render it once in the page. */
  modal: ReactNode;
  deleting: boolean;
}

/**
 * Deleting asks first; once done, a notification offers Undo for a few seconds, which restores
 * the record (deletions are tombstones) with the version the delete returned.
 */
export function useDeleteWithUndo(): DeleteWithUndo {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  const api = useApi();
  const [request, setRequest] = useState<DeleteRequest | null>(null);
  const [deleting, setDeleting] = useState(false);

  const confirmDelete = useCallback((r: DeleteRequest) => setRequest(r), []);
  const close = () => setRequest(null);

  const undo = useCallback(
    async (r: DeleteRequest, version: number, notificationId: string) => {
      notifications.hide(notificationId);
      try {
        await api.call(`${r.method}.restore` as 'meetings.restore', { id: r.id, version });
        notifications.show({ color: 'teal', message: t('forms.delete.restored', { label: r.label }) });
        r.onDone?.();
      } catch (error) {
        notifications.show({ color: 'red', title: t('forms.delete.restoreFailed'), message: errorMessage(error, lang, t) });
      }
    },
    [api, t, lang],
  );

  const run = async () => {
    if (!request) return;
    const r = request;
    setDeleting(true);
    try {
      // Every `<prefix>.delete` has the same input ({id, version}) and returns the tombstone.
      const deleted = (await api.call(`${r.method}.delete` as 'meetings.delete', { id: r.id, version: r.version })) as { version: number };
      setRequest(null);
      const notificationId = `deleted-${r.id}-${deleted.version}`;
      notifications.show({
        id: notificationId,
        color: 'gray',
        autoClose: UNDO_MS,
        message: (
          <Group justify="space-between" wrap="nowrap" gap="sm">
            <Text size="sm">{t('forms.delete.done', { label: r.label })}</Text>
            <Button size="xs" variant="default" onClick={() => void undo(r, deleted.version, notificationId)}>
              {t('forms.delete.undo')}
            </Button>
          </Group>
        ),
      });
      r.onDone?.();
    } catch (error) {
      setRequest(null);
      notifications.show({ color: 'red', title: t('forms.delete.failed'), message: errorMessage(error, lang, t) });
    } finally {
      setDeleting(false);
    }
  };

  const modal = (
    <Modal opened={request !== null} onClose={close} title={t('forms.delete.title')} centered data-testid="delete-modal" closeButtonProps={{ 'aria-label': t('forms.close') }}>
      <Text size="sm">{t('forms.delete.message', { label: request?.label ?? '' })}</Text>
      <Group justify="flex-end" mt="lg">
        <Button variant="default" onClick={close} data-autofocus>
          {t('forms.delete.cancel')}
        </Button>
        <Button color="red" onClick={() => void run()} loading={deleting}>
          {t('forms.delete.confirm')}
        </Button>
      </Group>
    </Modal>
  );

  return { confirmDelete, modal, deleting };
}
