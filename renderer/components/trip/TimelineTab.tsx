import { Badge, Button, Group, NumberInput, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { STEP_ANCHOR, TIMELINE_STEPS, type StepState, type TimelineStep } from '../../../common/timeline';
import type { MeetingOverview } from '../../../electron/contract';
import { useApi, useApiQuery } from '../../api';
import { useToday } from '../../clock';
import { formatDate } from '../../format';
import { QueryStates } from '../QueryStates/QueryStates';
import { Panel } from '../meetings/OverviewTab';

const STATE_COLORS: Record<StepState, string> = { done: 'teal', open: 'blue', overdue: 'red', missed: 'gray', not_applicable: 'gray' };

export function StepStateBadge({ state }: { state: StepState }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATE_COLORS[state]} variant={state === 'overdue' ? 'filled' : 'light'} radius="sm" tt="none" fw={600} data-state={state} style={{ flexShrink: 0, overflow: 'visible' }} styles={{ label: { overflow: 'visible' } }}>
      {t(`trip.timeline.states.${state}`)}
    </Badge>
  );
}

/** "còn 10 ngày" / "trễ 4 ngày" / "hôm nay". */
export function daysText(t: TFunction, daysLeft: number): string {
  return daysLeft === 0 ? t('trip.timeline.today') : daysLeft > 0 ? t('trip.timeline.left', { n: daysLeft }) : t('trip.timeline.late', { n: -daysLeft });
}

/**
 * The preparation timeline of a meeting: each step with its day (counted back from the first day,
 * the report from the return) and where it stands, done by its evidence; overdue ones stand out.
 * Below: this meeting's own lead times over the template of its kind.
 */
export function TimelineTab({ overview }: { overview: MeetingOverview }) {
  const { t } = useTranslation();
  const today = useToday();
  const api = useApi();
  const meeting = overview.meeting;
  const timeline = useApiQuery('timeline.meeting', { meetingId: meeting.id, date: today });
  const own = (meeting.timelineDays ?? {}) as Partial<Record<TimelineStep, number>>;
  const [days, setDays] = useState<Partial<Record<TimelineStep, number | ''>>>(own);
  const [saving, setSaving] = useState(false);
  const save = async () => {
    const clean: Partial<Record<TimelineStep, number>> = {};
    for (const s of TIMELINE_STEPS) if (typeof days[s] === 'number') clean[s] = days[s];
    setSaving(true);
    try {
      await api.call('meetings.update', { id: meeting.id, version: meeting.version, changes: { timelineDays: Object.keys(clean).length ? clean : null } });
      notifications.show({ color: 'teal', autoClose: 3000, message: t('trip.timeline.savedOwn') });
    } finally {
      setSaving(false);
    }
  };
  const steps = timeline.data?.steps ?? [];
  return (
    <Stack gap="lg">
      <Panel title={t('trip.timeline.title')} testId="timeline">
        <Text size="sm" c="dimmed" mb="sm">
          {t('trip.timeline.description')}
        </Text>
        <QueryStates query={timeline} rows={5}>
          <Table verticalSpacing="xs" striped data-testid="timeline-steps">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('trip.timeline.step')}</Table.Th>
                <Table.Th w={190}>{t('trip.timeline.lead')}</Table.Th>
                <Table.Th w={200}>{t('trip.timeline.due')}</Table.Th>
                <Table.Th w={150}>{t('trip.timeline.state')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {steps.map((s) => (
                <Table.Tr key={s.step} data-testid={`step-${s.step}`} bg={s.state === 'overdue' ? 'red.0' : undefined}>
                  <Table.Td fw={s.state === 'overdue' ? 700 : undefined}>{t(`trip.timeline.steps.${s.step}`)}</Table.Td>
                  <Table.Td>{STEP_ANCHOR[s.step] === 'after_return' ? t('trip.timeline.leadAfter', { n: s.days }) : t('trip.timeline.leadBefore', { n: s.days })}</Table.Td>
                  <Table.Td style={{ fontVariantNumeric: 'tabular-nums' }}>
                    {formatDate(s.due)}
                    {s.state === 'open' || s.state === 'overdue' ? (
                      <Text span size="xs" c={s.state === 'overdue' ? 'red.9' : 'dimmed'} ml={6}>
                        ({daysText(t, s.daysLeft)})
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td>
                    <StepStateBadge state={s.state} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </QueryStates>
      </Panel>
      <Panel title={t('trip.timeline.own')} testId="timeline-own">
        <Text size="sm" c="dimmed" mb="sm">
          {t('trip.timeline.ownHint')}
        </Text>
        <SimpleGrid cols={{ base: 2, sm: 5 }} spacing="sm">
          {TIMELINE_STEPS.map((s) => (
            <NumberInput
              key={s}
              label={t(`trip.timeline.steps.${s}`)}
              min={0}
              max={365}
              allowDecimal={false}
              allowNegative={false}
              value={days[s] ?? ''}
              onChange={(v) => setDays((d) => ({ ...d, [s]: typeof v === 'number' ? v : '' }))}
            />
          ))}
        </SimpleGrid>
        <Group justify="flex-end" mt="sm">
          <Button onClick={() => void save()} loading={saving}>
            {t('trip.timeline.saveOwn')}
          </Button>
        </Group>
      </Panel>
    </Stack>
  );
}
