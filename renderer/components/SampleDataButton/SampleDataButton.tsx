import { Button, type ButtonProps } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDatabaseImport } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useApiMutation } from '../../api';
import { errorMessage } from '../../i18n/errors';
import { useLanguage } from '../../i18n/useLanguage';

/** Loads the sample dataset (idempotent on the server), then lets the caller reload. */
export function SampleDataButton({ onLoaded, ...props }: { onLoaded?: () => void } & ButtonProps) {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  const { run, isPending } = useApiMutation('sample.load');

  const load = async () => {
    try {
      const result = await run({});
      notifications.show({
        color: 'teal',
        message: result.created > 0 ? t('sample.loaded', { n: result.created }) : t('sample.alreadyLoaded'),
      });
      onLoaded?.();
    } catch (error) {
      notifications.show({ color: 'red', title: t('sample.failed'), message: errorMessage(error, lang, t) });
    }
  };

  return (
    <Button leftSection={<IconDatabaseImport size={18} />} loading={isPending} onClick={() => void load()} {...props}>
      {t('sample.load')}
    </Button>
  );
}
