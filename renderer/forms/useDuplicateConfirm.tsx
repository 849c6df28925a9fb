import { Anchor, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useCallback, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { asDuplicateDetails, type DuplicateDetails } from '../../common/duplicates';
import { ApiCallError } from '../api/client';
import { useLanguage } from '../i18n/useLanguage';
import { hrefOf } from '../router/useHashRoute';

const pathOf = (entity: DuplicateDetails['entity'], id: string) =>
  entity === 'meeting'
    ? `/meetings/${encodeURIComponent(id)}`
    : entity === 'asean_document'
      ? `/documents?id=${encodeURIComponent(id)}`
      : `/directory?tab=people&id=${encodeURIComponent(id)}`;

export interface DuplicateConfirm {
  /**
   * Runs a save; when the server answers DUPLICATE, names and links the existing record(s) and
   * saves again with `intended = true` only if the officer confirms. Declined: the DUPLICATE
   * error is thrown on, so the form says that nothing was saved.
   */
  confirmed: <T>(save: (intended: boolean) => Promise<T>) => Promise<T>;
  modal: ReactNode;
}

/** The confirm of a save the server took for a repeat of an existing meeting or person. */
export function useDuplicateConfirm(): DuplicateConfirm {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  const [pending, setPending] = useState<DuplicateDetails | null>(null);
  const answer = useRef<((ok: boolean) => void) | null>(null);

  const decide = useCallback((ok: boolean) => {
    answer.current?.(ok);
    answer.current = null;
    setPending(null);
  }, []);

  const confirmed = useCallback(async <T,>(save: (intended: boolean) => Promise<T>): Promise<T> => {
    try {
      return await save(false);
    } catch (error) {
      const details = error instanceof ApiCallError && error.code === 'DUPLICATE' ? asDuplicateDetails(error.details) : null;
      if (!details) throw error;
      const ok = await new Promise<boolean>((resolve) => {
        answer.current = resolve;
        setPending(details);
      });
      if (!ok) throw error;
      return save(true);
    }
  }, []);

  const which = pending?.entity === 'meeting' ? 'Meeting' : pending?.entity === 'asean_document' ? 'Document' : 'Person';
  const modal = (
    <Modal
      opened={pending !== null}
      onClose={() => decide(false)}
      title={t(`forms.duplicate.title${which}`)}
      centered
      zIndex={400}
      data-testid="duplicate-confirm"
    >
      {pending ? (
        <Stack gap="sm">
          <Text size="sm">{t(`forms.duplicate.intro${which}`)}</Text>
          <List size="sm" spacing={4}>
            {pending.existing.map((r) => (
              <List.Item key={r.id}>
                <Anchor href={hrefOf(pathOf(pending.entity, r.id))} onClick={() => decide(false)} data-testid="duplicate-existing">
                  {lang === 'en' ? r.labelEn : r.labelVi}
                </Anchor>
              </List.Item>
            ))}
          </List>
          <Text size="sm">{t('forms.duplicate.question')}</Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => decide(false)} data-autofocus>
              {t('forms.duplicate.cancel')}
            </Button>
            <Button color="orange" onClick={() => decide(true)} data-testid="duplicate-save-anyway">
              {t('forms.duplicate.confirm')}
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Modal>
  );
  return { confirmed, modal };
}
