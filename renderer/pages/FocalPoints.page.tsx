import { Button, EmptyState, Group, Text } from '@mantine/core';
import { IconArrowsExchange, IconCalendarEvent, IconPlus, IconSitemap } from '@tabler/icons-react';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Body, FocalAssignment } from '../../electron/contract';
import { useApiQuery } from '../api';
import { todayIso, useAll, useHashQuery, useReplaceHashQuery } from '../components/actions/shared';
import { ErrorState } from '../components/ErrorState/ErrorState';
import { AssignModal, EndModal } from '../components/focal/AssignmentForms';
import { BodyTimeline } from '../components/focal/BodyTimeline';
import { FocalMatrix, groupBodies } from '../components/focal/FocalMatrix';
import { ReorgWizard } from '../components/focal/ReorgWizard';
import { LoadingState } from '../components/LoadingState/LoadingState';
import { PageHeader } from '../components/PageHeader/PageHeader';
import { SampleDataButton } from '../components/SampleDataButton/SampleDataButton';
import { DateField, useDeleteWithUndo } from '../forms';
import { useLanguage } from '../i18n/useLanguage';
import type { PageProps } from '../routes';

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Who answers for which ASEAN body, on a chosen date: a matrix of bodies × roles, each body's
 * timeline of assignments with their legal basis, and the tools that change it (assign, end,
 * reorganise) without losing the history.
 */
export function FocalPointsPage(_props: PageProps) {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  const today = todayIso();
  const hashQuery = useHashQuery();
  const replaceQuery = useReplaceHashQuery();
  const initialDate = hashQuery.get('date');
  const [date, setDate] = useState<string>(initialDate && ISO.test(initialDate) ? initialDate : today);
  const [writes, setWrites] = useState(0);

  const asOf = useApiQuery('focalPoints.asOf', { date });
  const bodies = useAll('bodies.list');
  const pillars = useAll('pillars.list');
  const agencies = useAll('agencies.list');
  const people = useAll('people.list');
  const legalBases = useAll('legalBases.list');
  const del = useDeleteWithUndo();

  const [timelineBodyId, setTimelineBodyId] = useState<string | null>(hashQuery.get('body'));
  const timelineBody = timelineBodyId ? (bodies.byId.get(timelineBodyId) ?? null) : null;
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

  const changed = useCallback(() => {
    setWrites((n) => n + 1);
    asOf.refetch();
  }, [asOf]);

  const groups = useMemo(() => groupBodies(bodies.items, pillars.items, lang, t('focal.noPillar')), [bodies.items, pillars.items, lang, t]);
  const lookups = useMemo(
    () => ({ agencies: agencies.items, bodies: bodies.items, people: people.items, legalBases: legalBases.items }),
    [agencies.items, bodies.items, people.items, legalBases.items],
  );
  const points = asOf.data ?? [];
  const covered = new Set(points.map((p) => p.bodyId));
  const without = bodies.items.filter((b) => !covered.has(b.id)).length;

  let content;
  const loadError = asOf.error ?? bodies.error ?? pillars.error;
  if (loadError) {
    content = (
      <ErrorState
        error={loadError}
        onRetry={() => {
          asOf.refetch();
          bodies.refetch();
          pillars.refetch();
        }}
      />
    );
  } else if (!asOf.data || bodies.isLoading || pillars.isLoading) {
    content = <LoadingState rows={10} height={44} />;
  } else if (bodies.items.length === 0) {
    content = (
      <EmptyState icon={<IconSitemap size={28} stroke={1.5} />} withIndicatorBackground title={t('focal.noBodies.title')} description={t('focal.noBodies.description')} py="xl">
        <EmptyState.Actions>
          <SampleDataButton onLoaded={() => bodies.refetch()} />
        </EmptyState.Actions>
      </EmptyState>
    );
  } else if (points.length === 0) {
    content = (
      <EmptyState icon={<IconCalendarEvent size={28} stroke={1.5} />} withIndicatorBackground title={t('focal.empty.title')} description={t('focal.empty.description')} py="xl">
        <EmptyState.Actions>
          <Button variant="default" onClick={() => setDate(today)}>
            {t('focal.today')}
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    );
  } else {
    content = (
      <>
        <Text size="sm" c="dimmed" mb="xs" aria-live="polite">
          {t('focal.bodiesWithout', { n: without })}
        </Text>
        <FocalMatrix groups={groups} points={points} date={date} onTimeline={(b: Body) => setTimelineBodyId(b.id)} />
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
            onChange={(v) => v && setDate(v)}
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
      {content}

      <BodyTimeline
        body={timelineBody}
        today={today}
        version={writes}
        agencies={agencies.byId}
        people={people.byId}
        legalBases={legalBases.byId}
        onClose={() => setTimelineBodyId(null)}
        onAssign={(b) => setAssigning({ bodyId: b.id })}
        onEnd={setEnding}
        onDelete={(a) => {
          const agency = agencies.byId.get(a.agencyId);
          del.confirmDelete({
            method: 'focalAssignments',
            id: a.id,
            version: a.version,
            label: `${timelineBody?.code ?? ''} — ${t(`focal.roles.${a.role}`)} — ${agency ? (lang === 'en' ? agency.nameEn : agency.nameVi) : ''}`,
            onDone: changed,
          });
        }}
      />
      <AssignModal
        opened={assigning !== null}
        initial={{ bodyId: assigning?.bodyId ?? null, validFrom: date }}
        lookups={lookups}
        onClose={() => setAssigning(null)}
        onCreated={() => {
          setAssigning(null);
          changed();
        }}
      />
      <EndModal
        assignment={ending}
        title={
          ending
            ? t('focal.timeline.endOf', {
                agency: (() => {
                  const a = agencies.byId.get(ending.agencyId);
                  return a ? (lang === 'en' ? a.nameEn : a.nameVi) : '';
                })(),
                role: t(`focal.roles.${ending.role}`),
              })
            : ''
        }
        defaultDate={date}
        onClose={() => setEnding(null)}
        onEnded={() => {
          setEnding(null);
          changed();
        }}
      />
      <ReorgWizard opened={reorg} lookups={lookups} defaultDate={date} onClose={() => setReorg(false)} onApplied={changed} />
      {del.modal}
    </>
  );
}
