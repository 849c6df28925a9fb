import { Alert, Button, Group, Text } from '@mantine/core';
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { errorMessage, errorTitle } from '../../i18n/errors';
import { useLanguage } from '../../i18n/useLanguage';

/** A failed load: what went wrong, in the user's language, and a way to try again. */
export function ErrorState({ error, onRetry, title }: { error: unknown; onRetry?: () => void; title?: string }) {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  return (
    <Alert color="red" variant="light" icon={<IconAlertTriangle size={20} />} title={title ?? errorTitle(error, t)} role="alert">
      <Text size="sm">{errorMessage(error, lang, t)}</Text>
      {onRetry ? (
        <Group mt="sm">
          <Button size="xs" variant="default" leftSection={<IconRefresh size={16} />} onClick={onRetry}>
            {t('common.retry')}
          </Button>
        </Group>
      ) : null}
    </Alert>
  );
}
