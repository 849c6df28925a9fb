import { Group, Text } from '@mantine/core';
import { IconAlarm, IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ActionItem } from '../../../electron/contract';
import { formatDate } from '../../format';
import { addDays } from '../../../common/clock';

/** Within this many days an open item is "due soon". */
export const DUE_SOON_DAYS = 30;

export type Urgency = 'overdue' | 'soon' | null;

/** Overdue: due before today and neither done nor cancelled. Due soon: within 30 days. */
export function urgencyOf(item: Pick<ActionItem, 'dueDate' | 'status'>, today: string): Urgency {
  if (!item.dueDate || item.status === 'done' || item.status === 'cancelled') return null;
  if (item.dueDate < today) return 'overdue';
  if (item.dueDate <= addDays(today, DUE_SOON_DAYS)) return 'soon';
  return null;
}

/** The due date, and for an urgent item an icon and a word (not colour alone). */
export function DueMarker({ item, today }: { item: Pick<ActionItem, 'dueDate' | 'status'>; today: string }) {
  const { t } = useTranslation();
  const urgency = urgencyOf(item, today);
  if (!item.dueDate) {
    return (
      <Text size="sm" c="dimmed">
        {t('actionItems.due.none')}
      </Text>
    );
  }
  return (
    <div>
      <Text size="sm" style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }} fw={urgency === 'overdue' ? 600 : undefined}>
        {formatDate(item.dueDate)}
      </Text>
      {urgency === 'overdue' ? (
        <Group gap={4} wrap="nowrap" c="red.9" data-urgency="overdue">
          <IconAlertTriangle size={14} aria-hidden />
          <Text size="xs" fw={700} c="red.9">
            {t('actionItems.due.overdue')}
          </Text>
        </Group>
      ) : urgency === 'soon' ? (
        <Group gap={4} wrap="nowrap" data-urgency="soon">
          <IconAlarm size={14} aria-hidden color="var(--mantine-color-orange-8)" />
          <Text size="xs" fw={600}>
            {t('actionItems.due.soon')}
          </Text>
        </Group>
      ) : null}
    </div>
  );
}
