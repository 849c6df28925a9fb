import { ActionIcon, Anchor, Button, Group, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingStatus } from '../../../electron/contract';
import { useApiQuery } from '../../api';
import { formatDate, formatDateRange } from '../../format';
import { useLanguage } from '../../i18n/useLanguage';
import { hrefOf } from '../../router/useHashRoute';
import { ErrorState } from '../ErrorState/ErrorState';
import { LoadingState } from '../LoadingState/LoadingState';
import { useToday } from '../../clock';
import { monthOf, yearOf } from '../../../common/clock';

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const WEEKDAYS = ['d1', 'd2', 'd3', 'd4', 'd5', 'd6', 'd7'] as const;

/** The weeks (Monday first) covering a month; days outside it are null. */
export function monthWeeks(year: number, month: number): Array<Array<string | null>> {
  const first = new Date(Date.UTC(year, month - 1, 1));
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const lead = (first.getUTCDay() + 6) % 7;
  const cells: Array<string | null> = [...Array.from({ length: lead }, () => null), ...Array.from({ length: days }, (_, i) => iso(year, month, i + 1))];
  while (cells.length % 7) cells.push(null);
  const weeks: Array<Array<string | null>> = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

/** The month of today, or January of the year chosen in the filter. */
function initialMonth(year: number | null, today: string): { year: number; month: number } {
  if (year && year !== yearOf(today)) return { year, month: 1 };
  return { year: yearOf(today), month: monthOf(today) };
}

/**
 * A month grid with the meetings on their days. Every meeting is a link (Tab reaches it,
 * Enter opens it); the month is changed with buttons, and each day is named in full
 * (dd/MM/yyyy) for screen readers.
 */
export function MeetingCalendar({ q, statuses, bodyId, year }: { q: string; statuses: MeetingStatus[]; bodyId: string | null; year: number | null }) {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  const today = useToday();
  const [shown, setShown] = useState(() => initialMonth(year, today));
  const last = new Date(Date.UTC(shown.year, shown.month, 0)).getUTCDate();
  const from = iso(shown.year, shown.month, 1);
  const to = iso(shown.year, shown.month, last);
  const list = useApiQuery('meetings.list', {
    limit: 500,
    sort: { field: 'startDate', dir: 'asc' },
    ...(q ? { q } : {}),
    filter: { from, to, ...(bodyId ? { bodyId } : {}), ...(statuses.length ? { status: statuses as [MeetingStatus, ...MeetingStatus[]] } : {}) },
  });
  const move = (delta: number) =>
    setShown((s) => {
      const m = s.month - 1 + delta;
      return { year: s.year + Math.floor(m / 12), month: (((m % 12) + 12) % 12) + 1 };
    });
  const monthLabel = t('meetingPage.calendar.month', { month: pad(shown.month), year: shown.year });
  const meetings = list.data?.items ?? [];

  return (
    <Stack gap="sm" data-testid="meeting-calendar">
      <Group justify="space-between">
        <Group gap="xs">
          <ActionIcon variant="default" size="lg" onClick={() => move(-1)} aria-label={t('meetingPage.calendar.previous')}>
            <IconChevronLeft size={18} />
          </ActionIcon>
          <Title order={2} size="h4" miw={110} ta="center" aria-live="polite" data-testid="calendar-month">
            {monthLabel}
          </Title>
          <ActionIcon variant="default" size="lg" onClick={() => move(1)} aria-label={t('meetingPage.calendar.next')}>
            <IconChevronRight size={18} />
          </ActionIcon>
          <Button variant="subtle" size="xs" onClick={() => setShown(initialMonth(null, today))}>
            {t('meetingPage.calendar.today')}
          </Button>
        </Group>
        <Text size="sm" c="dimmed">
          {list.data ? (meetings.length ? t('meetingPage.calendar.count', { n: meetings.length }) : t('meetingPage.calendar.empty')) : null}
        </Text>
      </Group>
      {list.error ? (
        <ErrorState error={list.error} onRetry={list.refetch} />
      ) : !list.data ? (
        <LoadingState rows={5} height={80} />
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table withTableBorder withColumnBorders layout="fixed" aria-label={t('meetingPage.calendar.label', { month: monthLabel })}>
            <Table.Thead>
              <Table.Tr>
                {WEEKDAYS.map((d) => (
                  <Table.Th key={d} ta="center" scope="col">
                    <abbr title={t(`meetingPage.calendar.weekdays.${d}`)} style={{ textDecoration: 'none' }}>
                      {t(`meetingPage.calendar.weekdaysShort.${d}`)}
                    </abbr>
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {monthWeeks(shown.year, shown.month).map((week, i) => (
                <Table.Tr key={i}>
                  {week.map((day, j) => {
                    if (!day) return <Table.Td key={j} bg="var(--mantine-color-gray-0)" />;
                    const onDay = meetings.filter((m) => m.startDate <= day && m.endDate >= day);
                    const isToday = day === today;
                    return (
                      <Table.Td key={day} valign="top" h={92} p={6} data-date={day} data-testid="calendar-day">
                        <Text size="xs" fw={isToday ? 700 : 500} mb={4} td={isToday ? 'underline' : undefined}>
                          <span aria-hidden>{Number(day.slice(8))}</span>
                          <VisuallyHidden>{formatDate(day)}</VisuallyHidden>
                        </Text>
                        <Stack gap={3}>
                          {onDay.map((m) => {
                            const title = lang === 'en' ? m.titleEn : m.titleVi;
                            const starts = m.startDate === day;
                            return (
                              <Anchor
                                key={m.id}
                                href={hrefOf(`/meetings/${m.id}`)}
                                size="xs"
                                lineClamp={2}
                                title={`${title} (${formatDateRange(m.startDate, m.endDate)})`}
                                data-testid="calendar-meeting"
                                fw={starts ? 600 : 400}
                                style={{ borderLeft: '3px solid var(--mantine-color-teal-8)', paddingLeft: 4, display: 'block', background: 'var(--mantine-color-teal-0)' }}
                              >
                                {title}
                              </Anchor>
                            );
                          })}
                        </Stack>
                      </Table.Td>
                    );
                  })}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
