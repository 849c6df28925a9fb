import { Anchor, Badge, Button, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { authorOf } from '../components/history/historyNames';
import { IconAlertTriangle, IconArrowRight, IconClock } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TodaySummary } from '../../electron/contract';
import { useApiQuery } from '../api';
import { ErrorState } from '../components/ErrorState/ErrorState';
import { LoadingState } from '../components/LoadingState/LoadingState';
import { MeetingStatusBadge } from '../components/MeetingStatusBadge/MeetingStatusBadge';
import { readinessDone, ReadinessList, READINESS_ITEMS } from '../components/meetings/ReadinessList';
import { PageHeader } from '../components/PageHeader/PageHeader';
import { addDays, daysBetween } from '../../common/clock';
import { compareNames, formatCount, formatDate, formatDateRange, formatInstant } from '../format';
import { useLanguage } from '../i18n/useLanguage';
import type { PageProps } from '../routes';
import { hrefOf } from '../router/useHashRoute';
import { useClock } from '../clock';
import { daysText, StepStateBadge } from '../components/trip/TimelineTab';

export const HORIZON_DAYS = 90;
/**
 * A total of Today as the language writes numbers (1.000, 1,000); above the server's cap,
 * "1.000+" (the list the link opens has the exact count).
 */
const formatTotal = (n: number, cap: number, lang: string) => (n > cap ? `${formatCount(cap, lang)}+` : formatCount(n, lang));
export const DUE_SOON_DAYS = 30;

function Section({ id, title, description, action, children }: { id: string; title: string; description?: string; action?: ReactNode; children: ReactNode }) {
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby={id} data-testid={id}>
      <Group justify="space-between" align="flex-start" mb="sm" gap="sm">
        <div>
          <Title order={2} size="h4" id={id}>
            {title}
          </Title>
          {description ? (
            <Text size="sm" c="dimmed" mt={2}>
              {description}
            </Text>
          ) : null}
        </div>
        {action}
      </Group>
      {children}
    </Paper>
  );
}

/** The start screen: what needs attention now. */
export function TodayPage(_props: PageProps) {
  const { t } = useTranslation();
  const summary = useApiQuery('today.summary', { horizonDays: HORIZON_DAYS, dueSoonDays: DUE_SOON_DAYS });
  const data = summary.data;

  let body: ReactNode;
  if (summary.error && !data) body = <ErrorState error={summary.error} onRetry={summary.refetch} />;
  else if (!data) body = <LoadingState rows={8} />;
  else
    body = (
      <Stack gap="lg">
        <ConflictsCard />
        <UpcomingMeetings summary={data} />
        <PreparationSteps summary={data} />
        <ActionItemsDue summary={data} />
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
          <BodiesWithoutFocalPoint summary={data} />
          <RecentChanges summary={data} />
        </SimpleGrid>
      </Stack>
    );

  return (
    <>
      <PageHeader title={t('today.title')} description={data ? t('today.description', { date: formatDate(data.date) }) : undefined} />
      {body}
    </>
  );
}

/** The preparation steps of the trips around today that are overdue or due soon (common/timeline.ts), overdue first. */
function PreparationSteps({ summary }: { summary: TodaySummary }) {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  const tasks = summary.timelineTasks;
  return (
    <Section id="today-timeline" title={t('trip.timeline.todayTitle')} description={tasks.length ? t('trip.timeline.todayTotal', { n: summary.timelineTasksTotal }) : undefined}>
      {tasks.length === 0 ? (
        <Text c="dimmed">{t('trip.timeline.todayEmpty')}</Text>
      ) : (
        <Table verticalSpacing="xs" striped>
          <Table.Tbody>
            {tasks.map((task) => (
              <Table.Tr key={`${task.meetingId}-${task.step}`} data-testid="today-step" data-state={task.state}>
                <Table.Td>
                  <Text size="sm" fw={task.state === 'overdue' ? 700 : 500}>
                    {t(`trip.timeline.steps.${task.step}`)}
                  </Text>
                  <Anchor href={hrefOf(`/meetings/${task.meetingId}`)} size="xs">
                    {task.bodyCode}
                    {task.sequence ? ` ${task.sequence}` : ''} — {lang === 'en' ? task.meetingTitleEn : task.meetingTitleVi}
                  </Anchor>
                </Table.Td>
                <Table.Td w={230} style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
                  <Text size="sm" c={task.state === 'overdue' ? 'red.9' : undefined}>
                    {formatDate(task.due)} ({daysText(t, task.daysLeft)})
                  </Text>
                </Table.Td>
                <Table.Td w={150}>
                  <StepStateBadge state={task.state} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Section>
  );
}

/** The conflicts inbox's count, shown only while something waits there. */
function ConflictsCard() {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  const count = useApiQuery('conflicts.count', {}).data?.open ?? 0;
  if (count === 0) return null;
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="today-conflicts" data-testid="today-conflicts" style={{ borderColor: 'var(--mantine-color-orange-5)' }}>
      <Group justify="space-between" align="center" gap="sm">
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <IconAlertTriangle size={22} color="var(--mantine-color-orange-8)" aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
          <div>
            <Title order={2} size="h4" id="today-conflicts">
              {t('conflicts.today.title')}{' '}
              <Badge color="red.9" variant="filled" size="lg" radius="sm" style={{ verticalAlign: 'middle' }}>
                {formatCount(count, lang)}
              </Badge>
            </Title>
            <Text size="sm" mt={2}>
              {t('conflicts.today.text', { n: formatCount(count, lang) })}
            </Text>
          </div>
        </Group>
        <Button component="a" href={hrefOf('/conflicts')} size="xs" rightSection={<IconArrowRight size={14} aria-hidden />}>
          {t('conflicts.today.open')}
        </Button>
      </Group>
    </Paper>
  );
}

function UpcomingMeetings({ summary }: { summary: TodaySummary }) {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  return (
    <Section
      id="today-upcoming"
      title={t('today.upcoming.title', { days: HORIZON_DAYS })}
      description={
        summary.upcomingTotal > summary.upcoming.length ? t('today.upcoming.shown', { shown: summary.upcoming.length, total: formatTotal(summary.upcomingTotal, summary.countCap, lang) }) : undefined
      }
      action={
        <Button component="a" href={hrefOf('/meetings')} variant="default" size="xs" rightSection={<IconArrowRight size={14} aria-hidden />}>
          {t('today.upcoming.openMeetings')}
        </Button>
      }
    >
      {summary.upcoming.length === 0 ? (
        <Text size="sm">{t('today.upcoming.empty', { days: HORIZON_DAYS })}</Text>
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }} spacing="md">
          {summary.upcoming.map(({ meeting, readiness }) => {
            const title = lang === 'en' ? meeting.titleEn : meeting.titleVi;
            const done = readinessDone(readiness);
            return (
              <Paper key={meeting.id} withBorder p="md" radius="sm" component="article" data-testid="upcoming-meeting" aria-label={title}>
                <Stack gap="xs">
                  <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
                    <Badge variant="outline" color="gray" radius="sm" tt="none">
                      {meeting.bodyCode}
                    </Badge>
                    <MeetingStatusBadge status={meeting.status} />
                  </Group>
                  <Anchor href={hrefOf(`/meetings/${meeting.id}`)} fw={600} size="sm" lang={lang}>
                    {title}
                  </Anchor>
                  <Text size="sm" style={{ fontVariantNumeric: 'tabular-nums' }}>
                    {formatDateRange(meeting.startDate, meeting.endDate)}
                    {meeting.city ? ` · ${meeting.city}` : ''}
                  </Text>
                  <Text size="xs" fw={600} c="dimmed">
                    {t('today.upcoming.readyCount', { done, total: READINESS_ITEMS.length })}
                  </Text>
                  <ReadinessList readiness={readiness} compact />
                </Stack>
              </Paper>
            );
          })}
        </SimpleGrid>
      )}
    </Section>
  );
}

type DueItem = TodaySummary['overdue'][number] & { overdue: boolean };

function ActionItemsDue({ summary }: { summary: TodaySummary }) {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  const items: DueItem[] = [...summary.overdue.map((a) => ({ ...a, overdue: true })), ...summary.dueSoon.map((a) => ({ ...a, overdue: false }))];
  const groups = new Map<string, { key: string; name: string; code: string | null; items: DueItem[] }>();
  for (const item of items) {
    const key = item.leadAgencyId ?? '';
    const name = item.leadAgencyId ? ((lang === 'en' ? item.leadAgencyNameEn : item.leadAgencyNameVi) ?? item.leadAgencyCode ?? '') : t('today.actions.noLead');
    const group = groups.get(key) ?? { key, name, code: item.leadAgencyCode, items: [] };
    group.items.push(item);
    groups.set(key, group);
  }
  // A reorganised agency and its successor often share a name: their codes tell them apart.
  const named = new Map<string, number>();
  for (const g of groups.values()) named.set(g.name, (named.get(g.name) ?? 0) + 1);
  for (const g of groups.values()) if ((named.get(g.name) ?? 0) > 1 && g.code) g.name = `${g.name} (${g.code})`;
  // Agencies with overdue work first, then by name; inside a group, the earliest due first.
  const sorted = [...groups.values()].sort((a, b) => {
    const ao = a.items.some((i) => i.overdue) ? 0 : 1;
    const bo = b.items.some((i) => i.overdue) ? 0 : 1;
    return ao - bo || compareNames(a.name, b.name);
  });
  for (const g of sorted) g.items.sort((a, b) => (a.dueDate ?? '').localeCompare(b.dueDate ?? ''));

  return (
    <Section
      id="today-actions"
      title={t('today.actions.title', { days: DUE_SOON_DAYS })}
      description={t('today.actions.counts', { overdue: formatTotal(summary.overdueTotal, summary.countCap, lang), soon: formatTotal(summary.dueSoonTotal, summary.countCap, lang) })}
      action={
        <Button component="a" href={hrefOf('/actions')} variant="default" size="xs" rightSection={<IconArrowRight size={14} aria-hidden />}>
          {t('today.actions.openAll')}
        </Button>
      }
    >
      {items.length === 0 ? (
        <Text size="sm">{t('today.actions.empty', { days: DUE_SOON_DAYS })}</Text>
      ) : (
        <Stack gap="md">
          {sorted.map((group) => (
            <div key={group.key} data-testid="action-group">
              <Title order={3} size="h6" mb={4}>
                {group.name}
              </Title>
              <Table verticalSpacing={6} aria-label={t('today.actions.groupLabel', { name: group.name })}>
                <Table.Tbody>
                  {group.items.map((item) => {
                    const days = item.dueDate ? daysBetween(summary.date, item.dueDate) : 0;
                    return (
                      <Table.Tr key={item.id} data-testid={item.overdue ? 'overdue-item' : 'due-soon-item'}>
                        <Table.Td>
                          <Anchor href={hrefOf('/actions')} size="sm" fw={item.overdue ? 600 : 400}>
                            {item.title}
                          </Anchor>
                        </Table.Td>
                        <Table.Td w={130} style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
                          <Text size="sm">{t('today.actions.due', { date: formatDate(item.dueDate) })}</Text>
                        </Table.Td>
                        <Table.Td w={215}>
                          {item.overdue ? (
                            <Badge color="red" variant="filled" radius="sm" tt="none" leftSection={<IconAlertTriangle size={12} aria-hidden />}>
                              {t('today.actions.overdue', { days: formatCount(-days, lang) })}
                            </Badge>
                          ) : (
                            <Badge color="gray" variant="light" radius="sm" tt="none" leftSection={<IconClock size={12} aria-hidden />}>
                              {days === 0 ? t('today.actions.dueToday') : t('today.actions.dueIn', { days })}
                            </Badge>
                          )}
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </div>
          ))}
          <MoreLinks summary={summary} />
        </Stack>
      )}
    </Section>
  );
}

const OPEN = 'open,in_progress,blocked';

/** Where the lists of Today stop short: how many are shown, and a link to the filtered list with all of them. */
function MoreLinks({ summary }: { summary: TodaySummary }) {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  const more = (key: 'overdue' | 'dueSoon', shown: number, total: number, href: string) =>
    total > shown ? (
      <Text key={key} size="sm" data-testid={`more-${key}`}>
        {t(`today.actions.${key}Shown`, { shown })}{' '}
        <Anchor href={hrefOf(href)} size="sm">
          {t(`today.actions.${key}All`, { total: formatTotal(total, summary.countCap, lang) })}
        </Anchor>
      </Text>
    ) : null;
  const lines = [
    more('overdue', summary.overdue.length, summary.overdueTotal, `/actions?status=${OPEN}&to=${addDays(summary.date, -1)}`),
    more('dueSoon', summary.dueSoon.length, summary.dueSoonTotal, `/actions?status=${OPEN}&from=${summary.date}&to=${addDays(summary.date, DUE_SOON_DAYS)}`),
  ].filter(Boolean);
  return lines.length ? <Stack gap={4}>{lines}</Stack> : null;
}

function BodiesWithoutFocalPoint({ summary }: { summary: TodaySummary }) {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  const bodies = summary.bodiesWithoutFocalPoint;
  return (
    <Section
      id="today-focal"
      title={t('today.focal.title')}
      description={
        bodies.length === 0
          ? undefined
          : summary.bodiesWithoutFocalPointTotal > bodies.length
            ? t('today.focal.descriptionShown', { shown: bodies.length, total: formatTotal(summary.bodiesWithoutFocalPointTotal, summary.countCap, lang) })
            : t('today.focal.description')
      }
      action={
        <Button component="a" href={hrefOf('/focal-points')} variant="default" size="xs" rightSection={<IconArrowRight size={14} aria-hidden />}>
          {t('today.focal.open')}
        </Button>
      }
    >
      {bodies.length === 0 ? (
        <Text size="sm">{t('today.focal.empty')}</Text>
      ) : (
        <Stack gap={6} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {bodies.map((b) => (
            <li key={b.id} data-testid="body-without-focal">
              <Anchor href={hrefOf('/focal-points')} size="sm">
                <Text span fw={600} size="sm">
                  {b.code}
                </Text>
                {' — '}
                {lang === 'en' ? b.nameEn : b.nameVi}
              </Anchor>
            </li>
          ))}
        </Stack>
      )}
    </Section>
  );
}

function RecentChanges({ summary }: { summary: TodaySummary }) {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  const titleOf = (c: TodaySummary['recentChanges'][number]) => (lang === 'en' && c.titleEn ? c.titleEn : c.title);
  const { zone } = useClock();
  const changes = summary.recentChanges;
  return (
    <Section id="today-changes" title={t('today.changes.title')}>
      {changes.length === 0 ? (
        <Text size="sm">{t('today.changes.empty')}</Text>
      ) : (
        <Stack gap="xs" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {changes.map((c) => (
            <li key={c.seq} data-testid="recent-change">
              <Text size="sm">
                <Text span fw={600} size="sm">
                  {t('today.changes.line', { op: t(`today.ops.${c.op}`), entity: t(`today.entities.${c.entity}`) })}
                </Text>
                {titleOf(c) ? `: ${titleOf(c)}` : ''}
              </Text>
              <Text size="xs" c="dimmed" style={{ fontVariantNumeric: 'tabular-nums' }}>
                {formatInstant(c.at, zone)} · {authorOf(c, t)}
              </Text>
            </li>
          ))}
        </Stack>
      )}
    </Section>
  );
}
