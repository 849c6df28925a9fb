import { Badge, Group, List, Loader, Stack, Text, Timeline } from '@mantine/core';
import { IconEdit, IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { actionItemFields, type ActionItem, type Agency, type Body, type Output, type Person } from '../../../electron/contract';
import { useApi, useApiQuery, useQuery } from '../../api';
import { HistoryStart } from '../history/HistoryStart';
import { formatDate, formatInstant } from '../../format';
import { useLanguage } from '../../i18n/useLanguage';
import { ErrorState } from '../ErrorState/ErrorState';
import { useClock } from '../../clock';
import { authorOf, useHistoryNames } from '../history/historyNames';

type Change = Output<'history.get'>[number];

// The fields of an action item, in the order of its form, as the contract declares them.
const FIELD_KEYS = actionItemFields.keyof().options;
type FieldKey = (typeof FIELD_KEYS)[number];
const LABEL_KEY: Record<FieldKey, string> = {
  title: 'title',
  description: 'description',
  sourceMeetingId: 'sourceMeeting',
  sourceRef: 'sourceRef',
  bodyId: 'body',
  leadAgencyId: 'leadAgency',
  supportingAgencyIds: 'supportingAgencies',
  ownerPersonId: 'owner',
  dueDate: 'dueDate',
  status: 'status',
  priority: 'priority',
  completedOn: 'completedOn',
  completionNote: 'completionNote',
};

const OP_ICON = { create: IconPlus, update: IconEdit, delete: IconTrash } as const;

/** Who changed what and when: the change log of the item, newest first. */
export function ActionHistory({
  item,
  agencies,
  bodies,
}: {
  item: ActionItem;
  agencies: ReadonlyMap<string, Agency>;
  bodies: ReadonlyMap<string, Body>;
}) {
  const { t } = useTranslation();
  const { zone } = useClock();
  const [lang] = useLanguage();
  const api = useApi();
  // Asked again after every change of an action item (here or behind the screen).
  const history = useApiQuery('history.get', { ids: [item.id], limit: 200 });
  const names = useHistoryNames(history.data, lang);
  // The owners named in this history only: a directory can hold many thousands of people.
  const ownerIds = [
    ...new Set(
      (history.data ?? []).flatMap((c) => [c.before?.ownerPersonId, c.after?.ownerPersonId]).filter((v): v is string => typeof v === 'string'),
    ),
  ].sort();
  const owners = useQuery(['people.get', { ids: ownerIds, includeDeleted: true }], async () => {
    const found = await Promise.all(ownerIds.map((id) => api.call('people.get', { id, includeDeleted: true }).catch(() => null)));
    return new Map(found.filter((p): p is Person => p !== null).map((p) => [p.id, p]));
  });
  const people: ReadonlyMap<string, Person> = owners.data ?? new Map();

  const show = (field: FieldKey, value: unknown): string => {
    if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return t('actionItems.history.empty');
    if (field === 'status') return t(`actionItems.status.${String(value) as 'open'}`);
    if (field === 'priority') return t(`actionItems.priority.${String(value) as 'low'}`);
    if (field === 'dueDate' || field === 'completedOn') return formatDate(String(value));
    const agencyName = (id: string) => {
      const a = agencies.get(id);
      return a ? (lang === 'en' ? a.nameEn : a.nameVi) : id;
    };
    if (field === 'leadAgencyId') return agencyName(String(value));
    if (field === 'supportingAgencyIds' && Array.isArray(value)) return value.map((v) => agencyName(String(v))).join('; ');
    if (field === 'ownerPersonId') return people.get(String(value))?.fullName ?? String(value);
    if (field === 'bodyId') return bodies.get(String(value))?.code ?? names.get(String(value)) ?? t('actionItems.history.changedValue');
    if (field === 'sourceMeetingId') return names.get(String(value)) ?? t('actionItems.history.changedValue');
    const text = String(value);
    return text.length > 120 ? `${text.slice(0, 119)}…` : text;
  };

  if (history.error) return <ErrorState error={history.error} onRetry={history.refetch} />;
  if (!history.data) return <Loader size="sm" aria-label={t('common.loading')} />;
  if (history.data.length === 0)
    return (
      <>
        <Text size="sm" c="dimmed">
          {t('actionItems.history.none')}
        </Text>
        <HistoryStart history={history.data} id={item.id} />
      </>
    );
  return (
    <>
      <Timeline bulletSize={22} lineWidth={2} active={-1} data-testid="action-history">
        {history.data.map((c: Change) => {
          const OpIcon = OP_ICON[c.op];
          const fields = FIELD_KEYS.filter((f) => (c.op === 'update' ? c.after && f in c.after : false));
          return (
            <Timeline.Item
              key={c.seq}
              bullet={<OpIcon size={12} aria-hidden />}
              title={
                <Group gap="xs">
                  <Badge variant="light" color={c.op === 'delete' ? 'red' : c.op === 'create' ? 'teal' : 'blue'} radius="sm" tt="none">
                    {t(`actionItems.history.op.${c.op}`)}
                  </Badge>
                  <Text size="sm" style={{ fontVariantNumeric: 'tabular-nums' }}>
                    {formatInstant(c.at, zone)}
                  </Text>
                </Group>
              }
            >
              <Stack gap={2}>
                {fields.length > 0 ? (
                  <List size="sm" spacing={2}>
                    {fields.map((f) => (
                      <List.Item key={f}>
                        <Text span size="sm" fw={500}>
                          {t(`actionItems.fields.${LABEL_KEY[f] as 'title'}`)}:
                        </Text>{' '}
                        <Text span size="sm" c="dimmed" td="line-through">
                          {show(f, c.before?.[f])}
                        </Text>{' '}
                        →{' '}
                        <Text span size="sm">
                          {show(f, c.after?.[f])}
                        </Text>
                      </List.Item>
                    ))}
                  </List>
                ) : null}
                <Text size="xs" c="dimmed">
                  {t('actionItems.history.device', { device: authorOf(c, t) })}
                </Text>
              </Stack>
            </Timeline.Item>
          );
        })}
      </Timeline>
      <HistoryStart history={history.data} id={item.id} />
    </>
  );
}
