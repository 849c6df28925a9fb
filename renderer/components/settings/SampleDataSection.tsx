import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Live } from '../directory/Live';
import { useApiMutation } from '../../api';
import { errorMessage } from '../../i18n/errors';
import { useLanguage } from '../../i18n/useLanguage';
import { SampleDataButton } from '../SampleDataButton/SampleDataButton';

/** Load the sample desk, or remove it (real data untouched; refused when real data uses it). */
export function SampleDataSection({ sampleVersion }: { sampleVersion: number | null | undefined }) {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const { run, isPending } = useApiMutation('sample.remove');

  const remove = async () => {
    setFailure(null);
    try {
      const result = await run({});
      setConfirming(false);
      notifications.show({
        color: 'teal',
        message: <Live render={(tr) => (result.removed > 0 ? tr('settingsPage.sample.removed', { n: result.removed }) : tr('settingsPage.sample.nothingToRemove'))} />,
      });
    } catch (error) {
      setConfirming(false);
      setFailure(error);
    }
  };

  return (
    <Stack gap="sm">
      {sampleVersion !== undefined ? (
        <Text size="sm" data-testid="sample-state">
          {sampleVersion !== null ? t('settingsPage.sample.loadedVersion', { version: sampleVersion }) : t('settingsPage.sample.notLoaded')}
        </Text>
      ) : null}
      <Group gap="sm">
        <SampleDataButton variant="light" />
        <Button variant="default" color="red" leftSection={<IconTrash size={18} aria-hidden />} onClick={() => setConfirming(true)}>
          {t('settingsPage.sample.remove')}
        </Button>
      </Group>
      {failure ? (
        <Alert color="red" variant="light" icon={<IconAlertTriangle size={20} aria-hidden />} title={t('settingsPage.sample.removeFailed')} role="alert" data-testid="sample-remove-error" withCloseButton closeButtonLabel={t('directory.actions.close')} onClose={() => setFailure(null)}>
          {errorMessage(failure, lang, t)}
        </Alert>
      ) : null}
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t('settingsPage.sample.removeTitle')} centered data-testid="sample-remove-modal">
        <Text size="sm">{t('settingsPage.sample.removeMessage')}</Text>
        <Group justify="flex-end" mt="lg">
          <Button variant="default" onClick={() => setConfirming(false)} data-autofocus>
            {t('settingsPage.sample.removeCancel')}
          </Button>
          <Button color="red" onClick={() => void remove()} loading={isPending}>
            {t('settingsPage.sample.removeConfirm')}
          </Button>
        </Group>
      </Modal>
    </Stack>
  );
}
