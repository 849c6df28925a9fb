import { Button, Group, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconChecklist, IconChevronLeft, IconChevronRight, IconPlus } from '@tabler/icons-react';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionItem, ActionStatus } from '../../electron/contract';
import { useApi, useApiQuery } from '../api';
import { ActionDrawer, type DrawerTarget } from '../components/actions/ActionDrawer';
import { ActionFiltersBar } from '../components/actions/ActionFiltersBar';
import { ActionTable } from '../components/actions/ActionTable';
import { BulkBar } from '../components/actions/BulkBar';
import { ACTION_PAGE_SIZE, activeFilterCount, EMPTY_FILTERS, filterInput, fromQuery, listInputs, toQuery, type ActionFilters, type ActionSort, type SortField } from '../components/actions/filters';
import { useAll, useHashQuery, useReplaceHashQuery } from '../components/actions/shared';
import { ErrorState } from '../components/ErrorState/ErrorState';
import { EmptyList, NoMatch } from '../components/lists/EmptyList';
import { LoadingState } from '../components/LoadingState/LoadingState';
import { ExportButton } from '../components/exports';
import { PageHeader } from '../components/PageHeader/PageHeader';
import { SampleDataButton } from '../components/SampleDataButton/SampleDataButton';
import { errorMessage } from '../i18n/errors';
import { formatCount } from '../format';
import { useLanguage } from '../i18n/useLanguage';
import type { PageProps } from '../routes';
import { useToday } from '../clock';

export { ACTION_PAGE_SIZE };
/** Typing pauses this long before the list is asked again. */
export const ACTION_SEARCH_DEBOUNCE_MS = 250;
/** bulkStatus takes at most this many items per call. */
const BULK_CHUNK = 500;

/**
 * Action items, paged on the server with keyset cursors (fast at 100,000 rows): a stack of the
 * cursors seen gives "Previous"; the count comes from the same filter.
 */
export function ActionItemsPage(_props: PageProps) {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  const api = useApi();
  const hashQuery = useHashQuery();
  const replaceQuery = useReplaceHashQuery();
  const initial = useMemo(() => fromQuery(new URLSearchParams(window.location.hash.split('?')[1] ?? '')), []);

  const [view, setView] = useState<{ filters: ActionFilters; sort: ActionSort; cursors: Array<string | null> }>({
    filters: initial.filters,
    sort: initial.sort,
    cursors: [null],
  });
  const { filters, sort, cursors } = view;
  const [debouncedQ] = useDebouncedValue(filters.q.trim(), ACTION_SEARCH_DEBOUNCE_MS);
  const [selected, setSelected] = useState<ReadonlyMap<string, number>>(new Map());
  const [bulkBusy, setBulkBusy] = useState(false);
  const today = useToday();

  const serverFilter = useMemo(() => filterInput(filters), [filters]);
  const cursor = cursors[cursors.length - 1] ?? null;
  const listInput = useMemo(() => listInputs(serverFilter, sort, debouncedQ, cursor).list, [serverFilter, sort, debouncedQ, cursor]);
  const countInput = useMemo(() => listInputs(serverFilter, sort, debouncedQ, null).count, [serverFilter, sort, debouncedQ]);
  const list = useApiQuery('actionItems.list', listInput);
  const count = useApiQuery('actionItems.count', countInput);


  // The address follows the filters, so a filtered view can be reloaded or shared.
  useEffect(() => {
    replaceQuery(toQuery(new URLSearchParams(window.location.hash.split('?')[1] ?? ''), filters, sort));
  }, [filters, sort, replaceQuery]);

  // A typed search starts again from the first page once it is sent.
  const lastQ = useRef(debouncedQ);
  useEffect(() => {
    if (lastQ.current === debouncedQ) return;
    lastQ.current = debouncedQ;
    setView((v) => ({ ...v, cursors: [null] }));
    setSelected(new Map());
  }, [debouncedQ]);

  // Stable callbacks: the filter bar and the table are memoised, so a change elsewhere on the
  // page (a count arriving, a fetch starting) does not render fifty rows again.
  const changeFilters = useCallback((patch: Partial<ActionFilters>) => {
    const onlyText = Object.keys(patch).length === 1 && 'q' in patch;
    setView((v) => ({ ...v, filters: { ...v.filters, ...patch }, cursors: onlyText ? v.cursors : [null] }));
    if (!onlyText) setSelected(new Map());
  }, []);
  const clearFilters = useCallback(() => {
    setView((v) => ({ ...v, filters: EMPTY_FILTERS, cursors: [null] }));
    setSelected(new Map());
  }, []);
  const changeSort = useCallback(
    (field: SortField) =>
      setView((v) => ({
        ...v,
        sort: v.sort.field === field ? { field, dir: v.sort.dir === 'asc' ? 'desc' : 'asc' } : { field, dir: 'asc' },
        cursors: [null],
      })),
    [],
  );

  // ---- the drawer: '?item=<id>' in the address, or a new item ----
  const itemParam = hashQuery.get('item');
  const [target, setTarget] = useState<DrawerTarget>(itemParam ? { kind: 'item', id: itemParam } : null);
  // The drawer's pickers and history name agencies and bodies: they are fetched the first time
  // the drawer opens, not with the list (the first page must not wait behind them).
  const [lookupsWanted, setLookupsWanted] = useState(target !== null);
  if (target !== null && !lookupsWanted) setLookupsWanted(true);
  const agencies = useAll('agencies.list', {}, { enabled: lookupsWanted });
  const bodies = useAll('bodies.list', {}, { enabled: lookupsWanted });
  const leaveDrawer = useRef<(proceed: () => void) => void>((proceed) => proceed());
  const setGuard = useCallback((confirm: (proceed: () => void) => void) => {
    leaveDrawer.current = confirm;
  }, []);
  const writeItem = useCallback(
    (id: string | null) => {
      const p = new URLSearchParams(window.location.hash.split('?')[1] ?? '');
      if (id) p.set('item', id);
      else p.delete('item');
      replaceQuery(p);
    },
    [replaceQuery],
  );
  // Arriving from the global search while on this screen: open what it found. Only a change of
  // the address opens something; the drawer's own moves write the address too.
  const [seenItemParam, setSeenItemParam] = useState(itemParam);
  if (seenItemParam !== itemParam) {
    setSeenItemParam(itemParam);
    if (itemParam && (target?.kind !== 'item' || target.id !== itemParam)) setTarget({ kind: 'item', id: itemParam });
  }

  const openItem = useCallback(
    (id: string) =>
      leaveDrawer.current(() => {
        setTarget({ kind: 'item', id });
        writeItem(id);
      }),
    [writeItem],
  );
  // After a create: the form is clean now, nothing to ask.
  const showItem = useCallback(
    (id: string) => {
      setTarget({ kind: 'item', id });
      writeItem(id);
    },
    [writeItem],
  );
  const openNew = () =>
    leaveDrawer.current(() => {
      setTarget({ kind: 'new' });
      writeItem(null);
    });
  const closeDrawer = useCallback(() => {
    setTarget(null);
    writeItem(null);
  }, [writeItem]);

  // ---- selection and the bulk status change ----
  const items = useMemo(() => list.data?.items ?? [], [list.data]);
  const toggle = useCallback(
    (item: ActionItem) =>
      setSelected((prev) => {
        const next = new Map(prev);
        if (next.has(item.id)) next.delete(item.id);
        else next.set(item.id, item.version);
        return next;
      }),
    [],
  );
  const toggleAll = useCallback(
    (checked: boolean) =>
      setSelected((prev) => {
        const next = new Map(prev);
        for (const i of items) {
          if (checked) next.set(i.id, i.version);
          else next.delete(i.id);
        }
        return next;
      }),
    [items],
  );
  const openRow = useCallback((i: ActionItem) => openItem(i.id), [openItem]);

  const applyBulk = async (status: ActionStatus, completedOn?: string) => {
    const all = [...selected].map(([id, version]) => ({ id, version }));
    setBulkBusy(true);
    let changed = 0;
    try {
      for (let i = 0; i < all.length; i += BULK_CHUNK) {
        const chunk = all.slice(i, i + BULK_CHUNK) as [{ id: string; version: number }, ...Array<{ id: string; version: number }>];
        const out = await api.call('actionItems.bulkStatus', { items: chunk, status, ...(completedOn ? { completedOn } : {}) });
        changed += out.items.length;
      }
      notifications.show({ color: 'teal', message: t('actionItems.bulk.done', { n: changed }) });
      setSelected(new Map());
    } catch (error) {
      notifications.show({ color: 'red', title: t('actionItems.bulk.failed'), message: errorMessage(error, lang, t) });
    } finally {
      setBulkBusy(false);
    }
  };

  // ---- what the list area shows ----
  const filtering = activeFilterCount(filters) > 0;
  const page = cursors.length;
  const from = (page - 1) * ACTION_PAGE_SIZE + 1;
  const shownItems = list.data ? items : [];
  let body: ReactNode;
  if (list.error) {
    body = <ErrorState error={list.error} onRetry={list.refetch} />;
  } else if (!list.data) {
    body = <LoadingState rows={10} />;
  } else if (shownItems.length === 0 && !filtering && page === 1) {
    body = (
      <EmptyList icon={IconChecklist} title={t('actionItems.empty.title')} description={t('actionItems.empty.description')}>
        <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={openNew}>
          {t('actionItems.newItem')}
        </Button>
        <SampleDataButton variant="default" />
      </EmptyList>
    );
  } else if (shownItems.length === 0) {
    body = (
      <NoMatch title={t('actionItems.noMatch.title')} description={t('actionItems.noMatch.description')} onClear={clearFilters} />
    );
  } else {
    body = (
      <>
        <ActionTable
          items={shownItems}
          today={today}
          sort={sort}
          onSort={changeSort}
          selected={selected}
          onToggle={toggle}
          onToggleAll={toggleAll}
          onOpen={openRow}
          busy={list.isFetching}
          openId={target?.kind === 'item' ? target.id : null}
        />
      </>
    );
  }

  const total = count.data?.count;
  return (
    <>
      <PageHeader title={t('actionItems.title')} description={t('actionItems.description')}>
        <Group mt="xs">
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={openNew} data-testid="action-new">
            {t('actionItems.newItem')}
          </Button>
          {/* The exports take the screen's current filters. */}
          <ExportButton kind="tracker" input={countInput} variant="default" />
          <ExportButton kind="csv" input={{ list: 'actionItems', ...countInput }} variant="default" />
        </Group>
      </PageHeader>
      <ActionFiltersBar filters={filters} onChange={changeFilters} onClear={clearFilters} busy={list.isFetching && Boolean(list.data)} />
      {selected.size > 0 ? <BulkBar count={selected.size} busy={bulkBusy} onApply={(s, on) => applyBulk(s, on)} onClear={() => setSelected(new Map())} /> : null}
      <Group justify="space-between" mb="sm" wrap="wrap" gap="xs">
        <Text size="sm" aria-live="polite" data-testid="action-total">
          {total === undefined
            ? count.error
              ? ''
              : t('actionItems.totalUnknown')
            : t(count.data?.more ? 'actionItems.totalMore' : 'actionItems.total', { n: formatCount(total, lang) })}
        </Text>
      </Group>
      {body}
      {list.data && (page > 1 || list.data.nextCursor) ? (
        <Group justify="space-between" mt="md" wrap="wrap">
          <Text size="sm" c="dimmed">
            {t('actionItems.pageOf', { page })} · {t('actionItems.range', { from: formatCount(from, lang), to: formatCount(from + shownItems.length - 1, lang) })}
          </Text>
          <Group gap="xs">
            <Button
              variant="default"
              leftSection={<IconChevronLeft size={16} aria-hidden />}
              disabled={page === 1}
              onClick={() => setView((v) => ({ ...v, cursors: v.cursors.slice(0, -1) }))}
              data-testid="page-previous"
            >
              {t('actionItems.previous')}
            </Button>
            <Button
              variant="default"
              rightSection={<IconChevronRight size={16} aria-hidden />}
              disabled={!list.data.nextCursor || list.isFetching}
              onClick={() => {
                const next = list.data?.nextCursor;
                if (next) setView((v) => ({ ...v, cursors: [...v.cursors, next] }));
              }}
              data-testid="page-next"
            >
              {t('actionItems.next')}
            </Button>
          </Group>
        </Group>
      ) : null}
      <ActionDrawer
        target={target}
        onClose={closeDrawer}
        onOpenItem={showItem}
        agencies={agencies}
        bodies={bodies.byId}
        guardRef={setGuard}
      />
    </>
  );
}
