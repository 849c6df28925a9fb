import { Badge, Button, Drawer, Group, Loader, Stack, Text, Timeline } from '@mantine/core';
import { IconCalendarOff, IconCircleCheck, IconClockPause, IconClockPlay, IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Body, FocalAssignment } from '../../../electron/contract';
import { useApiList } from '../../api';
import { formatDate } from '../../format';
import { useLanguage } from '../../i18n/useLanguage';
import { ErrorState } from '../ErrorState/ErrorState';
import { legalBasisLabel } from './AssignmentForms';

export type Phase = 'current' | 'ended' | 'future';

export function phaseOf(a: Pick<FocalAssignment, 'validFrom' | 'validTo'>, today: string): Phase {
  if (a.validFrom > today) return 'future';
  if (a.validTo && a.validTo < today) return 'ended';
  return 'current';
}

const PHASE_LOOK = {
  current: { color: 'teal', icon: IconCircleCheck },
  ended: { color: 'gray', icon: IconClockPause },
  future: { color: 'blue', icon: IconClockPlay },
} as const;

/**
 * Every assignment a body has had, newest first, with its period and legal basis: the history
 * that a reorganisation must keep.
 */
export function BodyTimeline({
  body,
  today,
  onClose,
  onAssign,
  onEnd,
  onDelete,
}: {
  body: Body | null;
  today: string;
  onClose: () => void;
  onAssign: (body: Body) => void;
  onEnd: (a: FocalAssignment) => void;
  onDelete: (a: FocalAssignment) => void;
}) {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  return (
    <Drawer
      opened={body !== null}
      onClose={onClose}
      position="right"
      size="lg"
      title={body ? t('focal.timeline.title', { body: body.code }) : ''}
      closeButtonProps={{ 'aria-label': t('actionItems.drawer.close') }}
      data-testid="timeline-drawer"
    >
      {body ? (
        <Stack gap="md">
          <Text size="sm" c="dimmed" lang={lang}>
            {lang === 'en' ? body.nameEn : body.nameVi}
          </Text>
          <Group>
            <Button variant="light" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => onAssign(body)} data-testid="timeline-assign">
              {t('focal.timeline.assignHere')}
            </Button>
          </Group>
          <Assignments key={body.id} body={body} today={today} onEnd={onEnd} onDelete={onDelete} />
        </Stack>
      ) : null}
    </Drawer>
  );
}

function Assignments({
  body,
  today,
  onEnd,
  onDelete,
}: {
  body: Body;
  today: string;
  onEnd: (a: FocalAssignment) => void;
  onDelete: (a: FocalAssignment) => void;
}) {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  const list = useApiList('focalAssignments.list', { filter: { bodyId: body.id }, sort: { field: 'validFrom', dir: 'desc' }, limit: 200 });
  if (list.error) return <ErrorState error={list.error} onRetry={list.refetch} />;
  if (!list.data) return <Loader size="sm" aria-label={t('common.loading')} />;
  if (list.data.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('focal.timeline.none')}
      </Text>
    );
  return (
    <Timeline bulletSize={24} lineWidth={2} active={-1} data-testid="timeline">
      {list.data.map((a) => {
        const phase = phaseOf(a, today);
        const look = PHASE_LOOK[phase];
        const PhaseIcon = look.icon;
        // The names come with each assignment (from the server), not from a list of every agency.
        const agencyName = (lang === 'en' ? a.agencyNameEn : a.agencyNameVi) ?? a.agencyId;
        const lb = a.legalBasisNumber && a.legalBasisIssuedOn ? { number: a.legalBasisNumber, issuedOn: a.legalBasisIssuedOn } : null;
        const role = t(`focal.roles.${a.role}`);
        return (
          <Timeline.Item
            key={a.id}
            bullet={<PhaseIcon size={14} aria-hidden />}
            color={look.color}
            data-testid="timeline-item"
            data-phase={phase}
            data-agency-code={a.agencyCode ?? undefined}
            title={
              <Group gap="xs" wrap="wrap">
                <Text size="sm" fw={600}>
                  {role}
                </Text>
                <Badge variant="light" color={look.color === 'gray' ? 'dark' : look.color} radius="sm" tt="none" leftSection={<PhaseIcon size={12} aria-hidden />}>
                  {t(`focal.${phase}`)}
                </Badge>
              </Group>
            }
          >
            <Stack gap={2}>
              <Text size="sm" lang={lang}>
                {agencyName}
                {a.agencyCode ? (
                  <Text span size="xs" c="dimmed">
                    {' '}
                    ({a.agencyCode})
                  </Text>
                ) : null}
              </Text>
              {a.personName ? (
                <Text size="sm" c="dimmed">
                  {t('focal.timeline.person', { name: a.personName })}
                </Text>
              ) : null}
              <Text size="sm" style={{ fontVariantNumeric: 'tabular-nums' }} data-testid="timeline-period">
                {a.validTo
                  ? t('focal.period.range', { from: formatDate(a.validFrom), to: formatDate(a.validTo) })
                  : t('focal.period.from', { from: formatDate(a.validFrom) })}
              </Text>
              <Text size="sm" c={lb ? undefined : 'dimmed'} data-testid="timeline-basis">
                {lb ? legalBasisLabel(lb, t) : t('focal.noBasis')}
              </Text>
              {a.notes ? (
                <Text size="xs" c="dimmed" lang="vi">
                  {a.notes}
                </Text>
              ) : null}
              <Group gap="xs" mt={4}>
                {phase !== 'ended' ? (
                  <Button
                    size="compact-sm"
                    variant="default"
                    leftSection={<IconCalendarOff size={14} aria-hidden />}
                    onClick={() => onEnd(a)}
                    aria-label={t('focal.timeline.endOf', { agency: agencyName, role })}
                    data-testid="timeline-end"
                  >
                    {t('focal.timeline.end')}
                  </Button>
                ) : null}
                <Button
                  size="compact-sm"
                  variant="subtle"
                  color="red"
                  leftSection={<IconTrash size={14} aria-hidden />}
                  onClick={() => onDelete(a)}
                >
                  {t('focal.timeline.delete')}
                </Button>
              </Group>
            </Stack>
          </Timeline.Item>
        );
      })}
    </Timeline>
  );
}
