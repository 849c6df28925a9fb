import { Alert, Radio, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DAY_ZONES, type DayZone } from '../../../common/clock';
import { useApiMutation, useCacheAnswer } from '../../api';
import { useClock, useToday } from '../../clock';
import { formatDate } from '../../format';
import { errorMessage } from '../../i18n/errors';
import { useLanguage } from '../../i18n/useLanguage';
import { Live } from '../directory/Live';

/** Whose calendar "today" follows on this laptop: the office's (the default) or this computer's. */
export function DayZoneSection() {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  const { zone } = useClock();
  const answer = useCacheAnswer();
  const today = useToday();
  const { run, isPending } = useApiMutation('settings.update');
  const [failure, setFailure] = useState<unknown>(null);

  const choose = async (value: string) => {
    const next = value as DayZone;
    if (next === zone) return;
    setFailure(null);
    try {
      const saved = await run({ dayZone: next });
      answer('settings.get', {}, saved);
      notifications.show({ color: 'teal', message: <Live render={(tr) => tr('settingsPage.day.saved', { zone: tr(`settingsPage.day.${saved.dayZone}`) })} /> });
    } catch (error) {
      setFailure(error);
    }
  };

  return (
    <Stack gap="sm">
      <Radio.Group label={t('settingsPage.day.label')} value={zone} onChange={(v) => void choose(v)}>
        <Stack gap={6} mt={6}>
          {DAY_ZONES.map((z) => (
            <Radio key={z} value={z} label={t(`settingsPage.day.${z}`)} disabled={isPending} />
          ))}
        </Stack>
      </Radio.Group>
      <Text size="sm" data-testid="settings-today">
        {t('settingsPage.day.today', { date: formatDate(today) })}
      </Text>
      {failure ? (
        <Alert color="red" variant="light" role="alert">
          {errorMessage(failure, lang, t)}
        </Alert>
      ) : null}
    </Stack>
  );
}
