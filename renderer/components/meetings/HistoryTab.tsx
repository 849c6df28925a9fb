import { List, Text, Timeline } from '@mantine/core';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingOverview } from '../../../electron/contract';
import { useApi, useApiQuery, useQuery } from '../../api';
import { formatInstant } from '../../format';
import { vi as fieldNames } from '../../i18n/sections/meetingPage';
import { QueryStates } from '../QueryStates/QueryStates';
import { Panel } from './OverviewTab';
import { useClock } from '../../clock';
import { useLanguage } from '../../i18n/useLanguage';
import { authorOf, useHistoryNames } from '../history/historyNames';
import { formatValue } from '../history/historyValues';
import type { Language } from '../../i18n';

const MAX_FIELDS = 8;
const KNOWN_FIELDS = new Set(Object.keys(fieldNames.fields));

/** A stored value as a reader would write it (components/history/historyValues.ts). */
function shown(field: string, value: unknown, entity: string, t: TFunction, names: ReadonlyMap<string, string>, lang: Language): string {
  return formatValue(entity, field, value, {
    lang,
    names,
    empty: t('meetingPage.history.none'),
    unknownRecord: t('meetingPage.history.changed'),
    yes: t('meetingPage.history.yes'),
    no: t('meetingPage.history.no'),
    classifications: t('meetingPage.delegation.classificationValues', { returnObjects: true }) as Record<string, string>,
  });
}

/**
 * The History tab: every recorded change of the meeting, its delegation and its members, as a
 * readable timeline (when, on which device, what, the fields before → after).
 */
export function HistoryTab({ overview }: { overview: MeetingOverview }) {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  const { zone } = useClock();
  const api = useApi();
  const delegationId = overview.delegation?.id ?? null;
  // Members removed from the delegation are no longer in the overview; their joining and their
  // removal are still part of this meeting's history.
  const membersInput = { filter: { delegationId: delegationId ?? '' }, includeDeleted: true, limit: 200 } as const;
  const everyMember = useQuery(
    ['delegationMembers.list', membersInput, 'removed'],
    async () => {
      if (!delegationId) return [];
      const page = await api.call('delegationMembers.list', membersInput);
      const removed = page.items.filter((m) => m.deletedAt !== null);
      const people = await Promise.all(removed.map((m) => api.call('people.get', { id: m.personId, includeDeleted: true }).catch(() => null)));
      return removed.map((m, i) => ({ id: m.id, name: people[i]?.fullName ?? m.position ?? '' }));
    },
    { reads: ['people.get'] },
  );
  const removed = useMemo(() => everyMember.data ?? [], [everyMember.data]);
  const ids = useMemo(
    () => [overview.meeting.id, ...(overview.delegation ? [overview.delegation.id] : []), ...overview.members.map((m) => m.id), ...removed.map((m) => m.id)].slice(0, 200),
    [overview, removed],
  );
  const history = useApiQuery('history.get', { ids, limit: 200 }, { enabled: everyMember.data !== undefined || Boolean(everyMember.error) });
  const names = useHistoryNames(history.data, lang);
  const memberNames = new Map([...overview.members.map((m) => [m.id, m.person.fullName] as const), ...removed.map((m) => [m.id, m.name] as const)]);

  let body;
  if (history.data && history.data.length > 0) {
    const entries = [...history.data].sort((a, b) => b.seq - a.seq);
    body = (
      <Timeline bulletSize={26} lineWidth={2} data-testid="history-timeline">
        {entries.map((e) => {
          const Icon = e.op === 'create' ? IconPlus : e.op === 'delete' ? IconTrash : IconPencil;
          const fields =
            e.op === 'update' && e.before && e.after
              ? Object.keys(e.after).filter((k) => !k.startsWith('distinct:') && JSON.stringify(e.before?.[k]) !== JSON.stringify(e.after?.[k]))
              : [];
          const who = e.entity === 'delegation_member' ? (memberNames.get(e.entityId) ?? (e.after?.position as string | undefined) ?? '') : '';
          return (
            <Timeline.Item
              key={e.seq}
              bullet={<Icon size={14} aria-hidden />}
              data-testid="history-entry"
              title={
                <Text size="sm" fw={600}>
                  {t('meetingPage.history.entry', { op: t(`today.ops.${e.op}`), entity: t(`today.entities.${e.entity}`) })}
                  {who ? `: ${who}` : ''}
                </Text>
              }
            >
              <Text size="xs" c="dimmed" style={{ fontVariantNumeric: 'tabular-nums' }}>
                {formatInstant(e.at, zone)} · {authorOf(e, t)}
              </Text>
              {fields.length > 0 ? (
                <List size="sm" spacing={2} mt={4}>
                  {fields.slice(0, MAX_FIELDS).map((f) => (
                    <List.Item key={f}>
                      <Text span size="sm" fw={500}>
                        {KNOWN_FIELDS.has(f) ? t(`meetingPage.fields.${f}` as never) : f}
                      </Text>
                      {': '}
                      {shown(f, e.before?.[f], e.entity, t, names, lang)} → {shown(f, e.after?.[f], e.entity, t, names, lang)}
                    </List.Item>
                  ))}
                  {fields.length > MAX_FIELDS ? <List.Item>{t('meetingPage.history.more', { n: fields.length - MAX_FIELDS })}</List.Item> : null}
                </List>
              ) : null}
            </Timeline.Item>
          );
        })}
      </Timeline>
    );
  }
  return (
    <Panel title={t('meetingPage.history.title')} testId="meeting-history">
      <QueryStates query={history} rows={4} empty={history.data?.length === 0 && <Text size="sm">{t('meetingPage.history.empty')}</Text>}>
        {body}
      </QueryStates>
    </Panel>
  );
}
