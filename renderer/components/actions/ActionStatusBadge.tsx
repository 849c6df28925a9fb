import { Badge } from '@mantine/core';
import { IconBan, IconCircle, IconCircleCheck, IconHandStop, IconProgress, type Icon } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ActionStatus } from '../../../electron/contract';

// Each status has its own icon as well as its colour: colour alone says nothing to some readers.
export const STATUS_LOOK: Record<ActionStatus, { color: string; icon: Icon }> = {
  open: { color: 'gray', icon: IconCircle },
  in_progress: { color: 'blue', icon: IconProgress },
  done: { color: 'teal', icon: IconCircleCheck },
  blocked: { color: 'orange', icon: IconHandStop },
  cancelled: { color: 'dark', icon: IconBan },
};

export function ActionStatusBadge({ status }: { status: ActionStatus }) {
  const { t } = useTranslation();
  const { color, icon: StatusIcon } = STATUS_LOOK[status];
  return (
    <Badge color={color} variant="light" radius="sm" tt="none" fw={600} leftSection={<StatusIcon size={14} aria-hidden />} data-status={status}>
      {t(`actionItems.status.${status}`)}
    </Badge>
  );
}
