// What a change refreshes. The screens read through one query cache, each query keyed by the
// contract method it asks and its input ([method, input]); a write, or a change made behind the
// screens (another window, another laptop's exchange, reported by `changes.since`), names the
// kinds of record it changed, and the queries that show those kinds are asked again.
import type { Query, QueryClient } from '@tanstack/react-query';
import { ENTITIES, type EntityName, type MethodName } from '../../electron/contract';

/** The kinds of record of the change log, and three that live beside it. */
export type RecordKind = EntityName | 'settings' | 'app' | 'export';

export const RECORD_KINDS: readonly RecordKind[] = [...ENTITIES, 'settings', 'app', 'export'];

/** Queries that show every kind of record of the change log: the desk's summary, histories and the conflicts inbox. */
const EVERY_RECORD = ['today.*', 'history.*', 'changes.recent', 'conflicts.*'];

/**
 * THE table: for each kind of record, the query methods that show it ('domain.*' is every method
 * of that domain). Generous on purpose: asking a list again costs little, a stale screen is a bug.
 */
export const SHOWN_BY: Readonly<Record<RecordKind, readonly string[]>> = {
  country: ['countries.*', 'meetings.*'],
  pillar: ['pillars.*', 'bodies.*', 'focalPoints.*'],
  body: ['bodies.*', 'meetings.*', 'actionItems.*', 'focalAssignments.*', 'focalPoints.*', 'search.*'],
  agency: ['agencies.*', 'agencySuccessions.*', 'people.*', 'meetings.overview', 'delegationMembers.*', 'actionItems.*', 'focalAssignments.*', 'focalPoints.*', 'reorg.*', 'search.*'],
  agency_succession: ['agencySuccessions.*', 'agencies.*', 'focalPoints.*', 'reorg.*'],
  person: ['people.*', 'meetings.overview', 'delegationMembers.*', 'actionItems.*', 'focalAssignments.*', 'focalPoints.*', 'search.*'],
  legal_basis: ['legalBases.*', 'agencySuccessions.*', 'focalAssignments.*', 'focalPoints.*', 'reorg.*'],
  focal_assignment: ['focalAssignments.*', 'focalPoints.*', 'bodies.list', 'reorg.*'],
  meeting: ['meetings.*', 'delegations.*', 'actionItems.*', 'aseanDocuments.*', 'timeline.*', 'search.*'],
  delegation: ['delegations.*', 'delegationMembers.*', 'meetings.overview', 'timeline.*'],
  delegation_member: ['delegationMembers.*', 'meetings.overview', 'timeline.*'],
  action_item: ['actionItems.*', 'actionUpdates.*', 'meetings.overview', 'search.*'],
  action_update: ['actionUpdates.*', 'actionItems.*', 'meetings.overview'],
  asean_document: ['aseanDocuments.*', 'agendaItems.*'],
  agenda_item: ['agendaItems.*', 'timeline.*'],
  meeting_contact: ['meetingContacts.*'],
  settings: ['settings.*', 'timeline.*', 'exchange.*'],
  app: ['app.*'],
  // A briefing exported is part of its meeting's readiness (on its page and on Today).
  export: ['exports.list', 'meetings.overview', 'today.summary', 'timeline.*'],
};

/**
 * The kinds of record a write changes, by the prefix of its method ('meetings.create' →
 * 'meetings'). A write method missing here refreshes everything.
 */
export const WRITES: Readonly<Record<string, readonly RecordKind[]>> = {
  countries: ['country'],
  pillars: ['pillar'],
  bodies: ['body'],
  agencies: ['agency'],
  agencySuccessions: ['agency_succession'],
  people: ['person'],
  legalBases: ['legal_basis'],
  focalAssignments: ['focal_assignment'],
  reorg: ['focal_assignment', 'agency_succession', 'agency'],
  meetings: ['meeting'],
  delegations: ['delegation'],
  delegationMembers: ['delegation_member'],
  actionItems: ['action_item', 'action_update'],
  actionUpdates: ['action_update'],
  aseanDocuments: ['asean_document'],
  agendaItems: ['agenda_item'],
  meetingContacts: ['meeting_contact'],
  timeline: ['settings'],
  settings: ['settings'],
  exchange: ['settings'],
  sample: RECORD_KINDS,
  // A resolution writes the record it settles; a merge moves what referred to the other record.
  conflicts: ENTITIES,
};

export function kindsWrittenBy(method: string): readonly RecordKind[] {
  return WRITES[method.slice(0, method.indexOf('.'))] ?? RECORD_KINDS;
}

const matches = (pattern: string, method: string) => (pattern.endsWith('.*') ? method.startsWith(pattern.slice(0, -1)) : method === pattern);

const shownCache = new Map<string, ReadonlySet<RecordKind>>();

/** The kinds of record a query method shows. */
export function kindsShownBy(method: string): ReadonlySet<RecordKind> {
  let kinds = shownCache.get(method);
  if (!kinds) {
    const out = new Set<RecordKind>();
    for (const kind of RECORD_KINDS) {
      const patterns = (ENTITIES as readonly string[]).includes(kind) ? [...SHOWN_BY[kind], ...EVERY_RECORD] : SHOWN_BY[kind];
      if (patterns.some((p) => matches(p, method))) out.add(kind);
    }
    kinds = out;
    shownCache.set(method, kinds);
  }
  return kinds;
}

/** What a query's meta may add: the other methods its function asks (people named in a history…). */
export interface QueryReads {
  reads?: readonly MethodName[];
}

/** Whether a cached query shows any of these kinds: by its key's method and the methods it says it reads. */
export function queryShows(query: Pick<Query, 'queryKey' | 'meta'>, kinds: ReadonlySet<RecordKind>): boolean {
  const [method] = query.queryKey;
  if (typeof method !== 'string') return false;
  const reads = (query.meta as QueryReads | undefined)?.reads ?? [];
  return [method, ...reads].some((m) => [...kindsShownBy(m)].some((k) => kinds.has(k)));
}

export interface ChangesSince {
  seq: number;
  entities: readonly EntityName[];
}

export interface Refresher {
  /** A write of `method` succeeded here: refresh what shows the kinds it changed. */
  afterWrite(method: string): void;
  /** Refresh the queries that show these kinds (all of them: 'all'). */
  invalidate(kinds: Iterable<RecordKind> | 'all'): Promise<void>;
  /**
   * Asks `changes.since` now and then (every `everyMs` while the page is visible, and when the
   * window gets the focus), and refreshes what shows the kinds it reports. Returns the stop.
   */
  watch(options: { everyMs: number }): () => void;
  /** Asks `changes.since` once now (the watch's tick). */
  check(): Promise<void>;
}

/**
 * The refresher of one query cache. `changesSince` asks the application what changed after a
 * change-log number; the first question only learns the current number. While nothing watches,
 * a write refreshes its own kinds; while the watch runs, a write asks `changes.since` first, so
 * that one refresh covers both the write and whatever else changed, and the next tick does not
 * refresh the same queries again.
 */
export function createRefresher(queryClient: QueryClient, changesSince: (seq: number) => Promise<ChangesSince>): Refresher {
  let seq: number | null = null;
  let watchers = 0;
  let running: Promise<void> | null = null;
  let again = false;
  const pending = new Set<RecordKind>();

  const invalidate = (kinds: Iterable<RecordKind> | 'all'): Promise<void> => {
    if (kinds === 'all') return queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'changes.since' });
    const set = new Set(kinds);
    if (set.size === 0) return Promise.resolve();
    return queryClient.invalidateQueries({ predicate: (q) => queryShows(q, set) });
  };

  const once = async () => {
    const kinds = new Set(pending);
    pending.clear();
    let everything = false;
    try {
      // The first question: nothing can have changed after the largest number, so the answer
      // is only the current one (and costs no scan of the log).
      const out = await changesSince(seq ?? Number.MAX_SAFE_INTEGER);
      if (seq !== null) {
        // The log went back (a backup was restored): anything may differ.
        if (out.seq < seq) everything = true;
        for (const kind of out.entities) kinds.add(kind);
      }
      seq = out.seq;
    } catch {
      // Unreachable for now: the next tick asks again; what is known still refreshes.
    }
    void invalidate(everything ? 'all' : kinds);
  };

  const check = (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        await once();
      } while (again);
      running = null;
    })();
    return running;
  };

  return {
    afterWrite(method) {
      const kinds = kindsWrittenBy(method);
      if (watchers === 0) {
        void invalidate(kinds);
        return;
      }
      for (const kind of kinds) pending.add(kind);
      void check();
    },
    invalidate,
    check,
    watch({ everyMs }) {
      watchers += 1;
      const tick = () => {
        if (document.visibilityState !== 'hidden') void check();
      };
      void check();
      const timer = setInterval(tick, everyMs);
      window.addEventListener('focus', tick);
      document.addEventListener('visibilitychange', tick);
      return () => {
        watchers -= 1;
        clearInterval(timer);
        window.removeEventListener('focus', tick);
        document.removeEventListener('visibilitychange', tick);
      };
    },
  };
}
