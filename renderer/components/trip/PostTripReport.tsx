// The post-trip report on the meeting page, beside the briefing: its export (only when the meeting
// has a delegation), the day it is due by the timeline's rule and whether it is late, and, once a
// report is exported, the offer to record the delegation as reported (which closes the step).
import { Button, Group, Modal, Stack, Text, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCircleCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingOverview } from '../../../electron/contract';
import { useApi, useApiQuery } from '../../api';
import { useToday } from '../../clock';
import { formatDate } from '../../format';
import { errorMessage } from '../../i18n/errors';
import { useLanguage } from '../../i18n/useLanguage';
import { ExportButton } from '../exports';
import { daysText, StepStateBadge } from './TimelineTab';

export function PostTripReport({ overview }: { overview: MeetingOverview }) {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  const api = useApi();
  const today = useToday();
  const meeting = overview.meeting;
  const delegation = overview.delegation;
  const timeline = useApiQuery('timeline.meeting', { meetingId: meeting.id, date: today });
  const step = timeline.data?.steps.find((s) => s.step === 'post_trip_report');
  const [offering, setOffering] = useState(false);
  const [saving, setSaving] = useState(false);
  const reported = delegation?.status === 'reported';

  const record = async () => {
    if (!delegation) return;
    setSaving(true);
    try {
      await api.call('delegations.update', { id: delegation.id, version: delegation.version, changes: { status: 'reported' } });
      notifications.show({ color: 'teal', autoClose: 4000, message: t('trip.postTrip.recorded') });
      setOffering(false);
    } catch (error) {
      notifications.show({ color: 'red', message: errorMessage(error, lang, t) });
    } finally {
      setSaving(false);
    }
  };

  const button = (
    <ExportButton
      kind="postTripReport"
      input={{ meetingId: meeting.id }}
      size="xs"
      disabled={!delegation}
      onDone={() => {
        if (delegation && !reported) setOffering(true);
      }}
    />
  );
  // The due day matters while the report is owed: shown with its state (late in red), and as done once reported.
  const due = step && step.state !== 'not_applicable' && delegation ? step : null;
  return (
    <Group gap="xs" wrap="wrap" data-testid="post-trip-report">
      {delegation ? (
        button
      ) : (
        <Tooltip label={t('trip.postTrip.noDelegation')} withArrow>
          <span tabIndex={0} aria-label={t('trip.postTrip.noDelegation')}>
            {button}
          </span>
        </Tooltip>
      )}
      {due ? (
        <Group gap={6} wrap="nowrap" data-testid="post-trip-due" data-state={due.state}>
          <Text size="sm" c={due.state === 'overdue' ? 'red.9' : undefined} fw={due.state === 'overdue' ? 600 : undefined} style={{ fontVariantNumeric: 'tabular-nums' }}>
            {t('trip.postTrip.due', { date: formatDate(due.due) })}
            {due.state === 'overdue' || due.state === 'open' ? ` · ${daysText(t, due.daysLeft)}` : ''}
          </Text>
          <StepStateBadge state={due.state} />
        </Group>
      ) : null}
      <Modal opened={offering} onClose={() => setOffering(false)} title={t('trip.postTrip.offerTitle')} centered>
        <Stack gap="md">
          <Text size="sm">{t('trip.postTrip.offerBody')}</Text>
          {due ? <Text size="sm">{t('trip.postTrip.offerDue', { date: formatDate(due.due), when: daysText(t, due.daysLeft) })}</Text> : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setOffering(false)}>
              {t('trip.postTrip.later')}
            </Button>
            <Button leftSection={<IconCircleCheck size={18} aria-hidden />} loading={saving} onClick={() => void record()} data-testid="record-reported">
              {t('trip.postTrip.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Group>
  );
}
