import { Badge, Group, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconClockExclamation } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../format';
import { passportState } from '../../../common/passport';

/** The passport's expiry and whether it is good for a trip: words and an icon, not colour alone. */
export function PassportExpiry({ expiry, today }: { expiry: string | null; today: string }) {
  const { t } = useTranslation();
  const state = passportState(expiry, today);
  if (state === 'none')
    return (
      <Text size="sm" c="gray.7">
        {t('directory.people.passport.none')}
      </Text>
    );
  return (
    <Group gap={4} wrap="wrap" data-testid="passport-expiry" data-state={state}>
      <Text size="sm" style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
        {formatDate(expiry)}
      </Text>
      {state === 'expired' ? (
        <Badge color="red" variant="light" size="sm" tt="none" leftSection={<IconAlertTriangle size={12} aria-hidden />} style={{ flexShrink: 0 }}>
          {t('directory.people.passport.expired')}
        </Badge>
      ) : state === 'soon' ? (
        <Badge color="orange" variant="light" size="sm" tt="none" leftSection={<IconClockExclamation size={12} aria-hidden />} style={{ flexShrink: 0 }}>
          {t('directory.people.passport.soon')}
        </Badge>
      ) : (
        <IconCircleCheck size={16} color="var(--mantine-color-teal-7)" aria-label={t('directory.people.passport.valid')} role="img" />
      )}
    </Group>
  );
}
