import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DocumentStatus } from '../../../electron/contract';

const COLORS: Record<DocumentStatus, string> = {
  draft: 'gray',
  comments_due: 'orange',
  commented: 'blue',
  agreed_ad_ref: 'violet',
  adopted: 'teal',
};

/** Where an ASEAN document stands, as a coloured word. */
export function DocumentStatusBadge({ status }: { status: DocumentStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[status]} variant="light" radius="sm" tt="none" fw={600} style={{ flexShrink: 0, overflow: 'visible' }} styles={{ label: { overflow: 'visible' } }}>
      {t(`trip.documents.statuses.${status}`)}
    </Badge>
  );
}
