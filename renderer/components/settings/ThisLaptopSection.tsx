import { Alert, Button, Group, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { Settings } from '../../../electron/contract';
import { useTranslation } from 'react-i18next';
import { useApiMutation, useApiQuery, useCacheAnswer } from '../../api';
import { useUnsavedChangesGuard } from '../../forms';
import { errorMessage } from '../../i18n/errors';
import { useLanguage } from '../../i18n/useLanguage';
import { ErrorState } from '../ErrorState/ErrorState';
import { LoadingState } from '../LoadingState/LoadingState';
import { Live } from '../directory/Live';

/**
 * Settings › This laptop: who uses it and its name. Kept on this laptop (its own database);
 * every change made here records both names (change_log), which History shows instead of a
 * device id and the shared-drive exchange will carry with each change.
 */
export function ThisLaptopSection() {
  const settings = useApiQuery('settings.get', {});
  const saved = settings.data;
  if (settings.error) return <ErrorState error={settings.error} onRetry={settings.refetch} />;
  if (!saved) return <LoadingState rows={2} height={32} />;
  // Made again from the saved names whenever they change (a save, another window).
  return <LaptopForm key={`${saved.officerName ?? ''}\u0000${saved.laptopName ?? ''}`} saved={saved} />;
}

function LaptopForm({ saved }: { saved: Settings }) {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  const answer = useCacheAnswer();
  const { run, isPending } = useApiMutation('settings.update');
  const [officer, setOfficer] = useState(saved.officerName ?? '');
  const [laptop, setLaptop] = useState(saved.laptopName ?? '');
  const [failure, setFailure] = useState<unknown>(null);
  const dirty = officer.trim() !== (saved.officerName ?? '') || laptop.trim() !== (saved.laptopName ?? '');
  const guard = useUnsavedChangesGuard(dirty);

  const save = async () => {
    setFailure(null);
    try {
      const next = await run({ officerName: officer.trim() || null, laptopName: laptop.trim() || null });
      answer('settings.get', {}, next);
      const name = next.officerName;
      notifications.show({
        color: 'teal',
        message: <Live render={(tr) => (name ? tr('settingsPage.laptop.saved', { officer: name }) : tr('settingsPage.laptop.savedNoOfficer'))} />,
      });
    } catch (error) {
      setFailure(error);
    }
  };

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      data-testid="this-laptop-form"
    >
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label={t('settingsPage.laptop.officerName')}
            placeholder={t('settingsPage.laptop.officerPlaceholder')}
            value={officer}
            maxLength={120}
            lang="vi"
            onChange={(e) => setOfficer(e.currentTarget.value)}
          />
          <TextInput
            label={t('settingsPage.laptop.laptopName')}
            placeholder={t('settingsPage.laptop.laptopPlaceholder')}
            value={laptop}
            maxLength={120}
            onChange={(e) => setLaptop(e.currentTarget.value)}
          />
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={isPending} disabled={!dirty}>
            {t('settingsPage.laptop.save')}
          </Button>
        </Group>
        {failure ? (
          <Alert color="red" variant="light" role="alert">
            {errorMessage(failure, lang, t)}
          </Alert>
        ) : null}
      </Stack>
      {guard.modal}
    </form>
  );
}
