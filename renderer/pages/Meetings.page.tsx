import { ActionIcon, Anchor, Box, Button, Group, Loader, MultiSelect, SegmentedControl, Select, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconCalendarMonth, IconCalendarOff, IconChevronDown, IconChevronRight, IconFilterOff, IconList, IconPlus, IconSearch } from '@tabler/icons-react';
import { useMemo, useState, type MouseEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { MEETING_STATUSES, type Input, type Meeting, type MeetingStatus } from '../../electron/contract';
import { useApiList } from '../api';
import { ErrorState } from '../components/ErrorState/ErrorState';
import { EmptyList, NoMatch } from '../components/lists/EmptyList';
import { ListFooter } from '../components/lists/ListFooter';
import { LoadingState } from '../components/LoadingState/LoadingState';
import { MeetingStatusBadge } from '../components/MeetingStatusBadge/MeetingStatusBadge';
import { AnnualReportButton, ExportButton } from '../components/exports';
import { PageHeader } from '../components/PageHeader/PageHeader';
import { SampleDataButton } from '../components/SampleDataButton/SampleDataButton';
import { MeetingCalendar } from '../components/meetings/MeetingCalendar';
import { bodyLabel } from '../components/meetings/MeetingFields';
import { NewMeetingModal } from '../components/meetings/NewMeetingModal';
import { formatDateRange } from '../format';
import { EntitySelect } from '../forms';
import { useLanguage } from '../i18n/useLanguage';
import { hrefOf, navigate } from '../router/useHashRoute';
import { useToday } from '../clock';
import { yearOf } from '../../common/clock';

export const PAGE_SIZE = 50;
/** Typing pauses this long before the list is asked again. */
export const SEARCH_DEBOUNCE_MS = 200;
const COLUMNS = 5;

/**
 * The input of the list. Browsing shows the top-level meetings, each with its related meetings
 * (the partner meetings held alongside ASOEN) one click away; a search looks through all of
 * them, so "AJDEC" finds the dialogue itself.
 */
export function meetingsListInput(q: string, statuses: MeetingStatus[], more: { bodyId?: string | null; year?: number | null } = {}): Input<'meetings.list'> {
  // A body's meetings may be side meetings of another body's (SOME beside ASOEN): show them all.
  const flat = q !== '' || Boolean(more.bodyId);
  return {
    limit: PAGE_SIZE,
    sort: { field: 'startDate', dir: 'desc' },
    ...(q ? { q } : {}),
    filter: {
      ...(flat ? {} : { parentId: null }),
      ...(more.bodyId ? { bodyId: more.bodyId } : {}),
      ...(more.year ? { year: more.year } : {}),
      ...(statuses.length > 0 ? { status: statuses as [MeetingStatus, ...MeetingStatus[]] } : {}),
    },
  };
}

/** The years offered by the year filter: from ASOEN Vietnam's first records to next year. */
function yearOptions(today: string): string[] {
  const last = yearOf(today) + 2;
  return Array.from({ length: last - 2015 + 1 }, (_, i) => String(last - i));
}

type View = 'list' | 'calendar';

export function MeetingsPage() {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  const today = useToday();
  const [q, setQ] = useState('');
  const [statuses, setStatuses] = useState<MeetingStatus[]>([]);
  const [bodyId, setBodyId] = useState<string | null>(null);
  const [year, setYear] = useState<string | null>(null);
  const [view, setView] = useState<View>('list');
  const [creating, setCreating] = useState(false);
  const [debouncedQ] = useDebouncedValue(q.trim(), SEARCH_DEBOUNCE_MS);
  const input = useMemo(() => meetingsListInput(debouncedQ, statuses, { bodyId, year: year ? Number(year) : null }), [debouncedQ, statuses, bodyId, year]);
  const list = useApiList('meetings.list', input);
  const filtering = debouncedQ !== '' || statuses.length > 0 || bodyId !== null || year !== null;
  // Exports take the filters but not "main meetings only": related meetings are their own events.
  const exportFilter = useMemo(() => {
    const { parentId: _mainOnly, ...rest } = input.filter ?? {};
    return rest;
  }, [input]);

  const clearFilters = () => {
    setQ('');
    setStatuses([]);
    setBodyId(null);
    setYear(null);
  };

  let body: ReactNode;
  if (list.error) {
    body = <ErrorState error={list.error} onRetry={list.refetch} />;
  } else if (list.isLoading || !list.data) {
    body = <LoadingState />;
  } else if (list.data.length === 0 && !filtering) {
    body = (
      <EmptyList icon={IconCalendarOff} title={t('meetings.empty.title')} description={t('meetings.empty.description')}>
        <SampleDataButton />
      </EmptyList>
    );
  } else if (list.data.length === 0) {
    body = (
      <NoMatch title={t('meetings.noMatch.title')} description={t('meetings.noMatch.description')} onClear={clearFilters} />
    );
  } else {
    body = (
      <>
        <MeetingsTable meetings={list.data} withRelated={debouncedQ === '' && bodyId === null} busy={list.isFetching} />
        <ListFooter list={list} shown={list.data.length} />
      </>
    );
  }

  if (view === 'calendar') {
    body = <MeetingCalendar q={debouncedQ} statuses={statuses} bodyId={bodyId} year={year ? Number(year) : null} />;
  }

  return (
    <>
      <PageHeader title={t('meetings.title')} description={t('meetings.description')}>
        <Group justify="space-between" mt="sm" gap="sm">
          <SegmentedControl
            aria-label={t('meetingPage.list.view')}
            value={view}
            onChange={(v) => setView(v === 'calendar' ? 'calendar' : 'list')}
            data={[
              {
                value: 'list',
                label: (
                  <Group gap={6} wrap="nowrap">
                    <IconList size={16} aria-hidden />
                    <span>{t('meetingPage.list.viewList')}</span>
                  </Group>
                ),
              },
              {
                value: 'calendar',
                label: (
                  <Group gap={6} wrap="nowrap">
                    <IconCalendarMonth size={16} aria-hidden />
                    <span>{t('meetingPage.list.viewCalendar')}</span>
                  </Group>
                ),
              },
            ]}
          />
          <Group gap="xs">
            <ExportButton kind="calendar" input={{ filter: exportFilter }} variant="default" />
            <ExportButton kind="csv" input={{ list: 'meetings', filter: exportFilter, ...(debouncedQ ? { q: debouncedQ } : {}) }} variant="default" />
            <AnnualReportButton />
            <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setCreating(true)}>
              {t('meetingPage.list.newMeeting')}
            </Button>
          </Group>
        </Group>
      </PageHeader>
      <NewMeetingModal opened={creating} onClose={() => setCreating(false)} onCreated={(m) => navigate(`/meetings/${m.id}`, { afterSave: true })} />
      <Group align="flex-end" gap="md" mb="md" wrap="wrap">
        <TextInput
          label={t('meetings.search.label')}
          placeholder={t('meetings.search.placeholder')}
          description={t('meetings.search.hint')}
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
          leftSection={<IconSearch size={16} aria-hidden />}
          rightSection={list.isFetching && list.data ? <Loader size="xs" /> : null}
          type="search"
          w={{ base: '100%', sm: 320 }}
        />
        <MultiSelect
          label={t('meetings.statusFilter.label')}
          placeholder={statuses.length === 0 ? t('meetings.statusFilter.placeholder') : undefined}
          data={MEETING_STATUSES.map((s) => ({ value: s, label: t(`meetings.status.${s}`) }))}
          value={statuses}
          onChange={(values) => setStatuses(values.filter((v): v is MeetingStatus => (MEETING_STATUSES as readonly string[]).includes(v)))}
          clearable
          w={{ base: '100%', sm: 230 }}
        />
        <EntitySelect
          method="bodies"
          label={t('meetingPage.list.bodyFilter')}
          placeholder={t('meetingPage.list.bodyPlaceholder')}
          value={bodyId}
          onChange={(id) => setBodyId(id)}
          getLabel={(b) => bodyLabel(b, lang)}
          w={{ base: '100%', sm: 280 }}
        />
        <Select
          label={t('meetingPage.list.yearFilter')}
          placeholder={t('meetingPage.list.yearPlaceholder')}
          data={yearOptions(today)}
          value={year}
          onChange={setYear}
          clearable
          w={{ base: '100%', sm: 120 }}
        />
        {filtering ? (
          <Button variant="subtle" leftSection={<IconFilterOff size={16} aria-hidden />} onClick={clearFilters}>
            {t('common.clearFilters')}
          </Button>
        ) : null}
      </Group>
      {body}
    </>
  );
}

function MeetingsTable({ meetings, withRelated, busy }: { meetings: Meeting[]; withRelated: boolean; busy: boolean }) {
  const { t } = useTranslation();
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) =>
    setExpanded((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <Table.ScrollContainer minWidth={900}>
      <Table highlightOnHover verticalSpacing="sm" aria-label={t('meetings.tableCaption')} aria-busy={busy || undefined}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('meetings.columns.title')}</Table.Th>
            <Table.Th w={210}>{t('meetings.columns.dates')}</Table.Th>
            <Table.Th w={150}>{t('meetings.columns.city')}</Table.Th>
            <Table.Th w={130}>{t('meetings.columns.status')}</Table.Th>
            <Table.Th w={110}>{t('meetings.columns.format')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {meetings.map((m) => {
            const open = expanded.has(m.id);
            return [
              <MeetingRow key={m.id} meeting={m} expandable={withRelated && m.relatedCount > 0} reserveToggle={withRelated} expanded={open} onToggle={() => toggle(m.id)} />,
              open && withRelated ? <RelatedRows key={`${m.id}-related`} parent={m} /> : null,
            ];
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function MeetingRow({
  meeting,
  related = false,
  expandable = false,
  reserveToggle = false,
  expanded = false,
  onToggle,
}: {
  meeting: Meeting;
  related?: boolean;
  expandable?: boolean;
  /** Keep the toggle's room when there is none, so titles line up. */
  reserveToggle?: boolean;
  expanded?: boolean;
  onToggle?: () => void;
}) {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  const title = lang === 'en' ? meeting.titleEn : meeting.titleVi;
  // A click anywhere on the row opens the meeting, except on its own controls.
  const open = (e: MouseEvent<HTMLTableRowElement>) => {
    if ((e.target as HTMLElement).closest('a, button, input')) return;
    navigate(`/meetings/${meeting.id}`);
  };
  return (
    <Table.Tr
      data-testid={related ? 'related-meeting-row' : 'meeting-row'}
      data-meeting-id={meeting.id}
      bg={related ? 'var(--mantine-color-gray-0)' : undefined}
      onClick={open}
      style={{ cursor: 'pointer' }}
    >
      <Table.Td>
        <Group gap="xs" wrap="nowrap" pl={related ? 52 : 0}>
          {expandable ? (
            <ActionIcon
              variant="subtle"
              color="gray"
              size="sm"
              onClick={onToggle}
              aria-expanded={expanded}
              aria-label={t(expanded ? 'meetings.related.hide' : 'meetings.related.show', { title })}
            >
              {expanded ? <IconChevronDown size={16} /> : <IconChevronRight size={16} />}
            </ActionIcon>
          ) : reserveToggle ? (
            <Box w={22} style={{ flexShrink: 0 }} aria-hidden />
          ) : null}
          <Anchor href={hrefOf(`/meetings/${meeting.id}`)} size="sm" fw={related ? 400 : 500} lang={lang} c="inherit" underline="hover">
            {title}
          </Anchor>
        </Group>
      </Table.Td>
      <Table.Td>
        <Text size="sm" style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
          {formatDateRange(meeting.startDate, meeting.endDate)}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{meeting.city ?? t('common.none')}</Text>
      </Table.Td>
      <Table.Td>
        <MeetingStatusBadge status={meeting.status} />
      </Table.Td>
      <Table.Td>
        <Text size="sm">{t(`meetings.format.${meeting.format}`)}</Text>
      </Table.Td>
    </Table.Tr>
  );
}

/** The meetings held alongside one (SOME, AJDEC… beside ASOEN), loaded when it is opened. */
function RelatedRows({ parent }: { parent: Meeting }) {
  const { t } = useTranslation();
  const list = useApiList('meetings.list', { limit: 100, sort: { field: 'startDate', dir: 'asc' }, filter: { parentId: parent.id } });
  const note = (content: ReactNode) => (
    <Table.Tr bg="var(--mantine-color-gray-0)">
      <Table.Td colSpan={COLUMNS} pl={62}>
        {content}
      </Table.Td>
    </Table.Tr>
  );
  if (list.error) return note(<ErrorState error={list.error} onRetry={list.refetch} title={t('meetings.related.loadFailed')} />);
  if (!list.data) return note(<Loader size="xs" aria-label={t('common.loading')} />);
  if (list.data.length === 0)
    return note(
      <Text size="sm" c="dimmed">
        {t('meetings.related.none')}
      </Text>,
    );
  return (
    <>
      {list.data.map((m) => (
        <MeetingRow key={m.id} meeting={m} related />
      ))}
    </>
  );
}
