import { Anchor, Button, Group, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingOverview } from '../../../electron/contract';
import { useApi } from '../../api';
import { formatDate } from '../../format';
import { EntitySelect } from '../../forms';
import { useLanguage } from '../../i18n/useLanguage';
import { hrefOf } from '../../router/useHashRoute';
import { ActionStatusBadge } from '../actions/ActionStatusBadge';
import { Panel } from '../meetings/OverviewTab';

/**
 * Series memory: the previous meeting of the series (proposed by the app: same body, the number
 * before; or chosen) and the action items it raised, with where each stands now.
 */
export function SeriesTab({ overview }: { overview: MeetingOverview }) {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  const api = useApi();
  const meeting = overview.meeting;
  const previous = overview.previous;
  const [choice, setChoice] = useState<string | null>(meeting.previousId ?? previous?.meeting.id ?? null);
  const [saving, setSaving] = useState(false);
  const save = async (previousId: string | null) => {
    setSaving(true);
    try {
      await api.call('meetings.update', { id: meeting.id, version: meeting.version, changes: { previousId } });
      notifications.show({ color: 'teal', autoClose: 3000, message: t('trip.series.saved') });
    } finally {
      setSaving(false);
    }
  };
  return (
    <Stack gap="lg">
      <Panel title={t('trip.series.title')} testId="series">
        <Stack gap="sm">
          {previous ? (
            <Text>
              <Anchor href={hrefOf(`/meetings/${previous.meeting.id}`)} fw={600}>
                {lang === 'en' ? previous.meeting.titleEn : previous.meeting.titleVi}
              </Anchor>{' '}
              <Text span size="sm" c="dimmed">
                ({formatDate(previous.meeting.startDate)}) · {previous.proposed ? t('trip.series.proposed') : t('trip.series.chosen')}
              </Text>
            </Text>
          ) : (
            <Text c="dimmed">{t('trip.series.none')}</Text>
          )}
          <Group align="flex-end" gap="sm">
            <EntitySelect
              method="meetings"
              label={t('trip.series.field')}
              value={choice}
              onChange={(id) => setChoice(id)}
              getLabel={(m) => (lang === 'en' ? m.titleEn : m.titleVi)}
              filter={{ bodyId: meeting.bodyId }}
              clearable
              style={{ flex: 1, minWidth: 280 }}
            />
            <Button onClick={() => void save(choice)} loading={saving} disabled={choice === meeting.id}>
              {t('trip.series.save')}
            </Button>
            {meeting.previousId ? (
              <Button variant="default" onClick={() => void save(null)} loading={saving}>
                {t('trip.series.useProposed')}
              </Button>
            ) : null}
          </Group>
        </Stack>
      </Panel>
      {previous ? (
        <Panel title={t('trip.series.actions', { n: previous.actionItemTotal })} testId="series-actions">
          {previous.actionItems.length === 0 ? (
            <Text c="dimmed">{t('trip.series.noActions')}</Text>
          ) : (
            <Table verticalSpacing="xs" striped>
              <Table.Tbody>
                {previous.actionItems.map((a) => (
                  <Table.Tr key={a.id}>
                    <Table.Td>
                      <Text size="sm">{a.title}</Text>
                      {a.leadAgencyCode ? (
                        <Text size="xs" c="dimmed">
                          {a.leadAgencyCode}
                        </Text>
                      ) : null}
                    </Table.Td>
                    <Table.Td w={160}>
                      <ActionStatusBadge status={a.status} />
                    </Table.Td>
                    <Table.Td w={150} style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
                      {t('trip.series.due')}: {formatDate(a.dueDate) || t('common.none')}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          {previous.actionItemTotal > previous.actionItems.length ? (
            <Text size="sm" c="dimmed" mt="xs">
              {t('trip.series.more', { n: previous.actionItemTotal - previous.actionItems.length })}
            </Text>
          ) : null}
        </Panel>
      ) : null}
    </Stack>
  );
}
