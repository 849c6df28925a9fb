import { Alert, Button, Group, Text } from '@mantine/core';
import { IconGitCompare, IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/**
 * A save lost to a newer version. Says so, and offers to load the latest version without
 * touching what was typed (the caller keeps the form's values and takes the new version).
 */
export function ConflictNotice({ onReload, reloading = false }: { onReload: () => void; reloading?: boolean }) {
  const { t } = useTranslation();
  return (
    <Alert color="orange" variant="light" icon={<IconGitCompare size={20} aria-hidden />} title={t('forms.conflict.title')} role="alert" data-testid="conflict-notice">
      <Text size="sm">{t('forms.conflict.message')}</Text>
      <Group mt="sm">
        <Button size="xs" variant="default" leftSection={<IconRefresh size={16} aria-hidden />} onClick={onReload} loading={reloading}>
          {t('forms.conflict.reload')}
        </Button>
      </Group>
    </Alert>
  );
}

/** What a save left to say above its form: a conflict to reload, or a failure of no field. */
export function SaveProblems({ conflict, onReload, reloading, serverError }: { conflict: boolean; onReload: () => void; reloading: boolean; serverError: string | null }) {
  return (
    <>
      {conflict ? <ConflictNotice onReload={onReload} reloading={reloading} /> : null}
      {serverError ? (
        <Text c="red.9" size="sm" role="alert">
          {serverError}
        </Text>
      ) : null}
    </>
  );
}
