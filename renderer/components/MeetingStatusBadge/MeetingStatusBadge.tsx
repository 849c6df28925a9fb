import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MeetingStatus } from '../../../electron/contract';

const COLORS: Record<MeetingStatus, string> = {
  planned: 'gray',
  confirmed: 'blue',
  held: 'teal',
  cancelled: 'red',
};

export function MeetingStatusBadge({ status }: { status: MeetingStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[status]} variant="light" radius="sm" tt="none" fw={600}>
      {t(`meetings.status.${status}`)}
    </Badge>
  );
}
