import { Button, type ButtonProps } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDatabaseImport } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Live } from '../directory/Live';
import { useApiMutation } from '../../api';
import { errorMessage } from '../../i18n/errors';

/** Loads the sample dataset (idempotent on the server); every screen showing data then reads it again. */
export function SampleDataButton(props: ButtonProps) {
  const { t } = useTranslation();
  const { run, isPending } = useApiMutation('sample.load');

  const load = async () => {
    try {
      const result = await run({});
      notifications.show({
        color: 'teal',
        message: <Live render={(tr) => (result.created > 0 ? tr('sample.loaded', { n: result.created }) : tr('sample.alreadyLoaded'))} />,
      });
    } catch (error) {
      notifications.show({ color: 'red', title: <Live render={(t) => t('sample.failed')} />, message: <Live render={(t, lng) => errorMessage(error, lng, t)} /> });
    }
  };

  return (
    <Button leftSection={<IconDatabaseImport size={18} />} loading={isPending} onClick={() => void load()} {...props}>
      {t('sample.load')}
    </Button>
  );
}
