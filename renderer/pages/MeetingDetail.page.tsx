import { Anchor, Badge, Group, Tabs, Text } from '@mantine/core';
import { IconAddressBook, IconArrowLeft, IconCalendarTime, IconChecklist, IconFileText, IconHistory, IconInfoCircle, IconListNumbers, IconTimeline, IconUsersGroup } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiCallError, useApiQuery } from '../api';
import { ErrorState } from '../components/ErrorState/ErrorState';
import { LoadingState } from '../components/LoadingState/LoadingState';
import { MeetingStatusBadge } from '../components/MeetingStatusBadge/MeetingStatusBadge';
import { ActionItemsTab } from '../components/meetings/ActionItemsTab';
import { DelegationTab } from '../components/meetings/DelegationTab';
import { HistoryTab } from '../components/meetings/HistoryTab';
import { OverviewTab } from '../components/meetings/OverviewTab';
import { ExportButton } from '../components/exports';
import { PageHeader } from '../components/PageHeader/PageHeader';
import { AgendaTab, useAgenda } from '../components/trip/AgendaTab';
import { ContactsTab } from '../components/trip/ContactsTab';
import { MeetingDocumentsTab } from '../components/trip/MeetingDocumentsTab';
import { PostTripReport } from '../components/trip/PostTripReport';
import { SeriesTab } from '../components/trip/SeriesTab';
import { TimelineTab } from '../components/trip/TimelineTab';
import { formatDateRange } from '../format';
import { useLanguage } from '../i18n/useLanguage';
import type { PageProps } from '../routes';
import { hrefOf } from '../router/useHashRoute';

type Tab = 'overview' | 'delegation' | 'agenda' | 'documents' | 'contacts' | 'series' | 'timeline' | 'actions' | 'history';

/**
 * One meeting: particulars, delegation, agenda with Viet Nam's positions, documents, contacts, the
 * previous meeting of its series, the preparation timeline, the action items raised there, history.
 */
export function MeetingDetailPage({ params }: PageProps) {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  const id = params.id ?? '';
  const overview = useApiQuery('meetings.overview', { id });
  const [tab, setTab] = useState<Tab>('overview');
  const data = overview.data;
  const agenda = useAgenda(id);

  const back = (
    <Anchor href={hrefOf('/meetings')} size="sm" mb="xs" display="inline-flex" style={{ alignItems: 'center', gap: 4 }}>
      <IconArrowLeft size={14} aria-hidden />
      {t('meetingPage.page.back')}
    </Anchor>
  );

  if (!data) {
    if (overview.error) {
      const notFound = overview.error instanceof ApiCallError && overview.error.code === 'NOT_FOUND';
      return (
        <>
          {back}
          <PageHeader title={t('nav.meetings')} />
          {notFound ? <Text>{t('meetingPage.page.notFound')}</Text> : <ErrorState error={overview.error} onRetry={overview.refetch} />}
        </>
      );
    }
    return (
      <>
        {back}
        <LoadingState rows={8} />
      </>
    );
  }

  const m = data.meeting;
  const title = lang === 'en' ? m.titleEn : m.titleVi;
  return (
    <>
      {back}
      <PageHeader title={title}>
        <Group gap="sm" mt={4}>
          <Badge variant="outline" color="gray" radius="sm" tt="none">
            {data.body.code}
            {m.sequence ? ` ${m.sequence}` : ''}
          </Badge>
          <MeetingStatusBadge status={m.status} />
          <Text size="sm" style={{ fontVariantNumeric: 'tabular-nums' }}>
            {formatDateRange(m.startDate, m.endDate)}
            {m.city ? ` · ${m.city}` : ''}
            {data.hostCountry ? `, ${lang === 'en' ? data.hostCountry.nameEn : data.hostCountry.nameVi}` : ''}
          </Text>
          <ExportButton kind="briefing" input={{ meetingId: m.id }} size="xs" />
          <PostTripReport overview={data} />
        </Group>
      </PageHeader>
      {overview.error ? <ErrorState error={overview.error} onRetry={overview.refetch} /> : null}
      <Tabs value={tab} onChange={(v) => v && setTab(v as Tab)} keepMounted>
        <Tabs.List aria-label={t('meetingPage.page.tabs')} mb="lg">
          <Tabs.Tab value="overview" leftSection={<IconInfoCircle size={16} aria-hidden />}>
            {t('meetingPage.page.overview')}
          </Tabs.Tab>
          <Tabs.Tab value="delegation" leftSection={<IconUsersGroup size={16} aria-hidden />}>
            {t('meetingPage.page.delegation')}
          </Tabs.Tab>
          <Tabs.Tab value="agenda" leftSection={<IconListNumbers size={16} aria-hidden />}>
            {t('trip.tabs.agenda', { n: agenda.data?.items.length ?? 0 })}
          </Tabs.Tab>
          <Tabs.Tab value="documents" leftSection={<IconFileText size={16} aria-hidden />}>
            {t('trip.tabs.documents')}
          </Tabs.Tab>
          <Tabs.Tab value="contacts" leftSection={<IconAddressBook size={16} aria-hidden />}>
            {t('trip.tabs.contacts')}
          </Tabs.Tab>
          <Tabs.Tab value="series" leftSection={<IconCalendarTime size={16} aria-hidden />}>
            {t('trip.tabs.series')}
          </Tabs.Tab>
          <Tabs.Tab value="timeline" leftSection={<IconTimeline size={16} aria-hidden />}>
            {t('trip.tabs.timeline')}
          </Tabs.Tab>
          <Tabs.Tab value="actions" leftSection={<IconChecklist size={16} aria-hidden />}>
            {t('meetingPage.page.actionsCount', { n: data.actionItemCount })}
          </Tabs.Tab>
          <Tabs.Tab value="history" leftSection={<IconHistory size={16} aria-hidden />}>
            {t('meetingPage.page.history')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="overview">
          <OverviewTab overview={data} />
        </Tabs.Panel>
        <Tabs.Panel value="delegation">
          <DelegationTab overview={data} />
        </Tabs.Panel>
        <Tabs.Panel value="agenda">
          <AgendaTab overview={data} />
        </Tabs.Panel>
        <Tabs.Panel value="documents">{tab === 'documents' ? <MeetingDocumentsTab overview={data} /> : null}</Tabs.Panel>
        <Tabs.Panel value="contacts">{tab === 'contacts' ? <ContactsTab overview={data} /> : null}</Tabs.Panel>
        <Tabs.Panel value="series">{tab === 'series' ? <SeriesTab key={data.meeting.version} overview={data} /> : null}</Tabs.Panel>
        <Tabs.Panel value="timeline">{tab === 'timeline' ? <TimelineTab key={data.meeting.version} overview={data} /> : null}</Tabs.Panel>
        <Tabs.Panel value="actions">
          <ActionItemsTab overview={data} />
        </Tabs.Panel>
        <Tabs.Panel value="history">{tab === 'history' ? <HistoryTab overview={data} /> : null}</Tabs.Panel>
      </Tabs>
    </>
  );
}
