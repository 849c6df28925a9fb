import { Button, Group, Paper, Select, Text } from '@mantine/core';
import { IconChecks, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CompletionDateModal } from './CompletionDateModal';
import { ACTION_STATUSES, type ActionStatus } from '../../../electron/contract';

/** Shown while rows are ticked: one status for all of them at once; closing them asks on what day they were done. */
export function BulkBar({
  count,
  busy,
  onApply,
  onClear,
}: {
  count: number;
  busy: boolean;
  onApply: (status: ActionStatus, completedOn?: string) => void | Promise<void>;
  onClear: () => void;
}) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<ActionStatus>('done');
  const [asking, setAsking] = useState(false);
  const apply = () => {
    if (status === 'done') setAsking(true);
    else void onApply(status);
  };
  return (
    <Paper withBorder p="sm" mb="md" bg="var(--mantine-color-teal-0)" role="region" aria-label={t('actionItems.bulk.selected', { n: count })} data-testid="bulk-bar">
      <Group gap="md" align="flex-end" wrap="wrap">
        <Text fw={600} size="sm" aria-live="polite" style={{ alignSelf: 'center' }}>
          {t('actionItems.bulk.selected', { n: count })}
        </Text>
        <Select
          label={t('actionItems.bulk.statusLabel')}
          data={ACTION_STATUSES.map((s) => ({ value: s, label: t(`actionItems.status.${s}`) }))}
          value={status}
          onChange={(v) => v && setStatus(v as ActionStatus)}
          allowDeselect={false}
          w={220}
          data-testid="bulk-status"
        />
        <Button leftSection={<IconChecks size={16} aria-hidden />} loading={busy} onClick={apply} data-testid="bulk-apply">
          {t('actionItems.bulk.apply')}
        </Button>
        <Button variant="subtle" color="gray" leftSection={<IconX size={16} aria-hidden />} onClick={onClear}>
          {t('actionItems.bulk.clear')}
        </Button>
      </Group>
      <CompletionDateModal
        opened={asking}
        count={count}
        busy={busy}
        onCancel={() => setAsking(false)}
        onConfirm={(completedOn) => {
          setAsking(false);
          void onApply('done', completedOn);
        }}
      />
    </Paper>
  );
}
