import { Badge, Group, Text } from '@mantine/core';
import { IconArchive } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../format';

/** "Từ 05/08/2002 đến 28/02/2025" and, when the end is past, a "ceased" badge (text, not colour). */
export function validityText(t: TFunction, from: string | null, to: string | null): string {
  if (from && to) return t('directory.validity.range', { from: formatDate(from), to: formatDate(to) });
  if (from) return t('directory.validity.from', { from: formatDate(from) });
  if (to) return t('directory.validity.to', { to: formatDate(to) });
  return t('directory.validity.unknown');
}

export function CeasedBadge() {
  const { t } = useTranslation();
  return (
    <Badge color="gray" variant="outline" size="sm" tt="none" leftSection={<IconArchive size={12} aria-hidden />} data-testid="ceased-badge">
      {t('directory.validity.ceased')}
    </Badge>
  );
}

export function Validity({ from, to, today }: { from: string | null; to: string | null; today: string }) {
  const { t } = useTranslation();
  const ceased = to !== null && to < today;
  return (
    <Group gap="xs" wrap="wrap">
      <Text size="sm" style={{ fontVariantNumeric: 'tabular-nums' }}>
        {validityText(t, from, to)}
      </Text>
      {ceased ? <CeasedBadge /> : null}
    </Group>
  );
}
