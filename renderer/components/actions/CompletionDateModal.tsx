import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconChecks } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useToday } from '../../clock';
import { formatDate } from '../../format';
import { DateField } from '../../forms';

export interface CompletionDateModalProps {
  opened: boolean;
  /** How many items are being closed (1 for one item). */
  count: number;
  /** The date proposed: the item's own, or today. */
  initial?: string | null;
  busy?: boolean;
  onConfirm: (completedOn: string) => void;
  onCancel: () => void;
}

/**
 * Asked whenever items are closed: on what day they were done. Today is proposed, an earlier day
 * may be chosen, a later one is refused, so that an item finished in 2024 but recorded in 2026
 * counts as done in 2024 in every report.
 */
export function CompletionDateModal({ opened, onCancel, ...rest }: CompletionDateModalProps) {
  const { t } = useTranslation();
  // The body mounts each time the modal opens, so it starts again from the proposed date.
  return (
    <Modal opened={opened} onClose={onCancel} title={t('actionItems.completion.title')} centered data-testid="completion-modal">
      {opened ? <CompletionBody {...rest} onCancel={onCancel} /> : null}
    </Modal>
  );
}

function CompletionBody({ count, initial, busy = false, onConfirm, onCancel }: Omit<CompletionDateModalProps, 'opened'>) {
  const { t } = useTranslation();
  const today = useToday();
  const [date, setDate] = useState<string | null>(initial ?? today);
  const [touched, setTouched] = useState(false);
  const error = !date ? t('actionItems.completion.required') : date > today ? t('actionItems.completion.future', { today: formatDate(today) }) : null;
  const confirm = () => {
    setTouched(true);
    if (!error && date) onConfirm(date);
  };
  return (
      <Stack gap="sm">
        <Text size="sm">{count === 1 ? t('actionItems.completion.intro') : t('actionItems.completion.introMany', { n: count })}</Text>
        <DateField
          label={t('actionItems.completion.date')}
          description={t('actionItems.completion.hint')}
          withAsterisk
          clearable={false}
          value={date}
          onChange={(v) => {
            setDate(v);
            setTouched(true);
          }}
          error={touched || (date !== null && date > today) ? error : null}
          data-testid="completion-date"
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('actionItems.completion.cancel')}
          </Button>
          <Button leftSection={<IconChecks size={16} aria-hidden />} loading={busy} onClick={confirm} data-testid="completion-confirm" data-autofocus>
            {t('actionItems.completion.confirm')}
          </Button>
        </Group>
      </Stack>
  );
}
