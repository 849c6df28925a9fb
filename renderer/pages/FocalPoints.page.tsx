import { Alert, Button, Checkbox, Group, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconArrowsExchange, IconCalendarEvent, IconPlus, IconSearch, IconSitemap } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Body, FocalAssignment } from '../../electron/contract';
import { useApiQuery } from '../api';
import { useAll, useHashQuery, useReplaceHashQuery } from '../components/actions/shared';
import { ErrorState } from '../components/ErrorState/ErrorState';
import { AssignModal, EndModal } from '../components/focal/AssignmentForms';
import { BodyTimeline } from '../components/focal/BodyTimeline';
import { FocalMatrix, groupBodies } from '../components/focal/FocalMatrix';
import { ReorgWizard } from '../components/focal/ReorgWizard';
import { MATRIX_FILTER_DEBOUNCE_MS, useFocalMatrix } from '../components/focal/useFocalMatrix';
import { errorMessage } from '../i18n/errors';
import { EmptyList, NoMatch } from '../components/lists/EmptyList';
import { LoadingState } from '../components/LoadingState/LoadingState';
import { PageHeader } from '../components/PageHeader/PageHeader';
import { SampleDataButton } from '../components/SampleDataButton/SampleDataButton';
import { DateField, isIsoDay, useDeleteWithUndo } from '../forms';
import { useLanguage } from '../i18n/useLanguage';
import type { PageProps } from '../routes';
import { useToday } from '../clock';

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Who answers for which ASEAN body, on a chosen date: a matrix of bodies × roles, a page of
 * bodies at a time, filtered on the server (by code or name, or to the bodies nobody answers
 * for); each body's timeline of assignments with their legal basis, and the tools that change
 * it (assign, end, reorganise) without losing the history.
 */
export function FocalPointsPage(_props: PageProps) {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  const today = useToday();
  const hashQuery = useHashQuery();
  const replaceQuery = useReplaceHashQuery();
  const initialDate = hashQuery.get('date');
  const [date, setDate] = useState<string>(initialDate && ISO.test(initialDate) ? initialDate : today);

  const [filter, setFilter] = useState('');
  const [q] = useDebouncedValue(filter.trim(), MATRIX_FILTER_DEBOUNCE_MS);
  const [onlyGaps, setOnlyGaps] = useState(false);
  const matrix = useFocalMatrix(date, q, onlyGaps);
  // Pillars are a handful (the matrix's groups); bodies, agencies and people are never all
  // loaded: the matrix pages its bodies, the forms search on the server, assignments carry names.
  const pillars = useAll('pillars.list');
  const del = useDeleteWithUndo();

  const [timelineBodyId, setTimelineBodyId] = useState<string | null>(hashQuery.get('body'));
  // The body of the open timeline: from the page of the matrix, or read by id (a search result,
  // a shared address, a body beyond the loaded pages).
  const inPage = timelineBodyId ? matrix.rows.find((b) => b.id === timelineBodyId) : undefined;
  const fetchedBody = useApiQuery('bodies.get', { id: timelineBodyId ?? '' }, { enabled: Boolean(timelineBodyId) && !inPage });
  const timelineBody = timelineBodyId ? (inPage ?? (fetchedBody.data?.id === timelineBodyId ? fetchedBody.data : null)) : null;
  const [assigning, setAssigning] = useState<{ bodyId: string | null } | null>(null);
  const [ending, setEnding] = useState<FocalAssignment | null>(null);
  const [reorg, setReorg] = useState(false);

  // The address keeps the date and the open body, so the view can be reloaded or shared; a
  // search result ('?body=…') opens that body's timeline.
  const bodyParam = hashQuery.get('body');
  const [seenBodyParam, setSeenBodyParam] = useState(bodyParam);
  if (seenBodyParam !== bodyParam) {
    setSeenBodyParam(bodyParam);
    if (bodyParam && bodyParam !== timelineBodyId) setTimelineBodyId(bodyParam);
  }
  useEffect(() => {
    const p = new URLSearchParams(window.location.hash.split('?')[1] ?? '');
    if (date !== today) p.set('date', date);
    else p.delete('date');
    if (timelineBodyId) p.set('body', timelineBodyId);
    else p.delete('body');
    replaceQuery(p);
  }, [date, today, timelineBodyId, replaceQuery]);

  const { bodies: pageOfBodies, points: matrixPoints, coverage, rows } = matrix;

  const groups = useMemo(() => groupBodies(rows, pillars.items, lang, t('focal.noPillar')), [rows, pillars.items, lang, t]);
  const agencyNameOf = (a: FocalAssignment) => (lang === 'en' ? a.agencyNameEn : a.agencyNameVi) ?? '';
  const points = matrixPoints.data?.points ?? [];
  const filtered = q !== '' || onlyGaps;
  const clearFilters = () => {
    setFilter('');
    setOnlyGaps(false);
  };

  let content;
  const loadError = pageOfBodies.error ?? matrixPoints.error ?? coverage.error ?? pillars.error;
  if (loadError) {
    content = (
      <ErrorState
        error={loadError}
        onRetry={() => {
          pageOfBodies.refetch();
          matrixPoints.refetch();
          coverage.refetch();
          pillars.refetch();
        }}
      />
    );
  } else if (!pageOfBodies.data || !matrixPoints.data || !coverage.data || pillars.isLoading) {
    content = <LoadingState rows={10} height={44} />;
  } else if (pageOfBodies.data.length === 0 && filtered) {
    content = (
      <NoMatch
        title={onlyGaps && q === '' ? t('focal.noGaps.title') : t('focal.noMatch.title')}
        description={onlyGaps && q === '' ? t('focal.noGaps.description') : t('focal.noMatch.description')}
        onClear={clearFilters}
      />
    );
  } else if (pageOfBodies.data.length === 0) {
    content = (
      <EmptyList icon={IconSitemap} title={t('focal.noBodies.title')} description={t('focal.noBodies.description')}>
        <SampleDataButton />
      </EmptyList>
    );
  } else if (!filtered && coverage.data.withoutFocalPoint === coverage.data.bodies) {
    content = (
      <EmptyList icon={IconCalendarEvent} title={t('focal.empty.title')} description={t('focal.empty.description')}>
        <Button variant="default" onClick={() => setDate(today)}>
          {t('focal.today')}
        </Button>
      </EmptyList>
    );
  } else {
    const total = onlyGaps ? coverage.data.withoutFocalPoint : coverage.data.bodies;
    content = (
      <>
        <Group justify="space-between" gap="xs" mb="xs" wrap="wrap">
          <Text size="sm" c="dimmed" aria-live="polite" data-testid="focal-gaps">
            {t('focal.bodiesWithout', { n: coverage.data.withoutFocalPoint })}
          </Text>
          <Text size="sm" c="dimmed" data-testid="focal-shown">
            {t('focal.shown', { shown: rows.length, total })}
          </Text>
        </Group>
        <FocalMatrix groups={groups} points={points} date={matrixPoints.data.date} onTimeline={(b: Body) => setTimelineBodyId(b.id)} />
        {pageOfBodies.loadMoreError ? (
          <Alert color="red" variant="light" role="alert" mt="sm" title={t('focal.loadMoreFailed')}>
            {errorMessage(pageOfBodies.loadMoreError, lang, t)}
          </Alert>
        ) : null}
        {pageOfBodies.hasMore || rows.length < pageOfBodies.data.length ? (
          <Group justify="center" mt="sm">
            <Button
              variant="default"
              onClick={pageOfBodies.loadMore}
              loading={pageOfBodies.isLoadingMore || rows.length < pageOfBodies.data.length}
              disabled={!pageOfBodies.hasMore}
              data-testid="focal-load-more"
            >
              {t('focal.loadMore')}
            </Button>
          </Group>
        ) : null}
      </>
    );
  }

  return (
    <>
      <PageHeader title={t('focal.title')} description={t('focal.description')} />
      <Group align="flex-end" justify="space-between" gap="md" mb="md" wrap="wrap">
        <Group align="flex-end" gap="sm" wrap="wrap">
          <DateField
            label={t('focal.asOf')}
            description={t('focal.asOfHint')}
            value={date}
            onChange={(v) => isIsoDay(v) && setDate(v)}
            clearable={false}
            w={320}
            data-testid="focal-date"
          />
          <Button variant="default" onClick={() => setDate(today)} disabled={date === today}>
            {t('focal.today')}
          </Button>
        </Group>
        <Group gap="sm">
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setAssigning({ bodyId: null })} data-testid="focal-assign">
            {t('focal.assign')}
          </Button>
          <Button variant="default" leftSection={<IconArrowsExchange size={16} aria-hidden />} onClick={() => setReorg(true)} data-testid="focal-reorg">
            {t('focal.reorg')}
          </Button>
        </Group>
      </Group>
      <Group align="flex-end" gap="md" mb="md" wrap="wrap">
        <TextInput
          label={t('focal.filter')}
          placeholder={t('focal.filterPlaceholder')}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={filter}
          onChange={(e) => setFilter(e.currentTarget.value)}
          w={260}
          data-testid="focal-filter"
        />
        <Checkbox
          label={t('focal.onlyGaps')}
          checked={onlyGaps}
          onChange={(e) => setOnlyGaps(e.currentTarget.checked)}
          mb={8}
          data-testid="focal-only-gaps"
        />
      </Group>
      {content}

      <BodyTimeline
        body={timelineBody}
        today={today}
        onClose={() => setTimelineBodyId(null)}
        onAssign={(b) => setAssigning({ bodyId: b.id })}
        onEnd={setEnding}
        onDelete={(a) => {
          del.confirmDelete({
            method: 'focalAssignments',
            id: a.id,
            version: a.version,
            label: `${timelineBody?.code ?? ''} — ${t(`focal.roles.${a.role}`)} — ${agencyNameOf(a)}`,
          });
        }}
      />
      <AssignModal
        opened={assigning !== null}
        initial={{ bodyId: assigning?.bodyId ?? null, validFrom: date }}
        onClose={() => setAssigning(null)}
        onCreated={() => setAssigning(null)}
      />
      <EndModal
        assignment={ending}
        title={
          ending
            ? t('focal.timeline.endOf', {
                agency: agencyNameOf(ending),
                role: t(`focal.roles.${ending.role}`),
              })
            : ''
        }
        defaultDate={date}
        onClose={() => setEnding(null)}
        onEnded={() => setEnding(null)}
      />
      <ReorgWizard opened={reorg} defaultDate={date} onClose={() => setReorg(false)} />
      {del.modal}
    </>
  );
}
