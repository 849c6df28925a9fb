import { ACTION_STATUSES, type ActionStatus, type Input } from '../../../electron/contract';

export interface ActionFilters {
  q: string;
  status: ActionStatus[];
  leadAgencyId: string | null;
  ownerPersonId: string | null;
  bodyId: string | null;
  sourceMeetingId: string | null;
  dueFrom: string | null;
  dueTo: string | null;
}

export type SortField = 'dueDate' | 'title';
export interface ActionSort {
  field: SortField;
  dir: 'asc' | 'desc';
}

export const EMPTY_FILTERS: ActionFilters = {
  q: '',
  status: [],
  leadAgencyId: null,
  ownerPersonId: null,
  bodyId: null,
  sourceMeetingId: null,
  dueFrom: null,
  dueTo: null,
};

export const DEFAULT_SORT: ActionSort = { field: 'dueDate', dir: 'asc' };

type ListFilter = NonNullable<Input<'actionItems.list'>['filter']>;

/** The server-side filter of both actionItems.list and actionItems.count. */
export function filterInput(f: ActionFilters): ListFilter {
  return {
    ...(f.status.length > 0 ? { status: f.status as [ActionStatus, ...ActionStatus[]] } : {}),
    ...(f.leadAgencyId ? { leadAgencyId: f.leadAgencyId } : {}),
    ...(f.ownerPersonId ? { ownerPersonId: f.ownerPersonId } : {}),
    ...(f.bodyId ? { bodyId: f.bodyId } : {}),
    ...(f.sourceMeetingId ? { sourceMeetingId: f.sourceMeetingId } : {}),
    ...(f.dueFrom ? { dueFrom: f.dueFrom } : {}),
    ...(f.dueTo ? { dueTo: f.dueTo } : {}),
  };
}

export function activeFilterCount(f: ActionFilters): number {
  return [f.q.trim(), f.status.length > 0, f.leadAgencyId, f.ownerPersonId, f.bodyId, f.sourceMeetingId, f.dueFrom, f.dueTo].filter(Boolean).length;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/** Filters and sort from the address ('#/actions?status=open,in_progress&lead=…'); bad values are ignored. */
export function fromQuery(params: URLSearchParams): { filters: ActionFilters; sort: ActionSort } {
  const id = (key: string) => {
    const v = params.get(key);
    return v && UUID.test(v) ? v : null;
  };
  const date = (key: string) => {
    const v = params.get(key);
    return v && ISO.test(v) ? v : null;
  };
  const status = (params.get('status') ?? '')
    .split(',')
    .filter((s): s is ActionStatus => (ACTION_STATUSES as readonly string[]).includes(s));
  const sortParam = params.get('sort') ?? '';
  const [field, dir] = sortParam.split('.');
  const sort: ActionSort =
    (field === 'dueDate' || field === 'title') && (dir === 'asc' || dir === 'desc') ? { field, dir } : DEFAULT_SORT;
  return {
    filters: {
      q: (params.get('q') ?? '').slice(0, 200),
      status: [...new Set(status)],
      leadAgencyId: id('lead'),
      ownerPersonId: id('owner'),
      bodyId: id('body'),
      sourceMeetingId: id('meeting'),
      dueFrom: date('from'),
      dueTo: date('to'),
    },
    sort,
  };
}

/** The inverse of fromQuery, keeping other parameters (the open item). */
export function toQuery(base: URLSearchParams, f: ActionFilters, sort: ActionSort): URLSearchParams {
  const p = new URLSearchParams(base);
  const set = (key: string, value: string | null) => (value ? p.set(key, value) : p.delete(key));
  set('q', f.q.trim() || null);
  set('status', f.status.length > 0 ? f.status.join(',') : null);
  set('lead', f.leadAgencyId);
  set('owner', f.ownerPersonId);
  set('body', f.bodyId);
  set('meeting', f.sourceMeetingId);
  set('from', f.dueFrom);
  set('to', f.dueTo);
  set('sort', sort.field === DEFAULT_SORT.field && sort.dir === DEFAULT_SORT.dir ? null : `${sort.field}.${sort.dir}`);
  return p;
}

/** One page of the list. */
export const ACTION_PAGE_SIZE = 50;

/**
 * The inputs of the list and of its count for a view of the screen. The screen and the
 * prefetch at navigation build them here, so that both ask exactly the same question.
 */
export function listInputs(
  filter: ListFilter,
  sort: ActionSort,
  q: string,
  cursor: string | null,
): { list: Input<'actionItems.list'>; count: Input<'actionItems.count'> } {
  return {
    list: { limit: ACTION_PAGE_SIZE, filter, sort, ...(q ? { q } : {}), ...(cursor ? { cursor } : {}) },
    count: { filter, ...(q ? { q } : {}) },
  };
}

/** The first page and the count the screen is about to ask for, asked at the navigation. */
export function prefetchActionItems(api: { prefetch: <M extends 'actionItems.list' | 'actionItems.count'>(method: M, input: Input<M>) => void }, query: URLSearchParams): void {
  const { filters, sort } = fromQuery(query);
  const inputs = listInputs(filterInput(filters), sort, filters.q.trim(), null);
  api.prefetch('actionItems.list', inputs.list);
  api.prefetch('actionItems.count', inputs.count);
}
