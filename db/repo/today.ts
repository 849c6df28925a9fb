// The Today summary: upcoming meetings with their readiness, overdue and soon-due work, bodies
// without a focal point, recent changes, as of a day.
import { OPEN_STATUSES } from '../../common/actionStanding';
import type { BodyKind } from '../../common/enums';
import { addDays } from '../../common/clock';
import type { Db } from '../open';
import { toChangeEntry, type RawChange } from './core/changeLog';
import { noFocalPointInForce } from './focalPoints';
import { actionItems } from './actionItems';
import { meetings } from './meetings';
import { limitSql, statement } from './core/statements';
import { readinessOfMeetings } from './readiness';
import { timelineTasks } from './timeline';


/** How many of each list Today shows (the rest is counted, and one click away). */
export const TODAY_LIMIT = 12;

/**
 * Today counts what it does not show up to this many, then says "more than": a real office has a
 * few hundred overdue items, and counting the hundred thousand of a stress-sized desk would cost
 * Today more than everything else it shows (scale 100: 12 ms of index reads). The filtered list
 * the link opens counts them all. The count of an Action items search stops here too.
 */
export const COUNT_CAP = 1000;

/**
 * What needs attention on `date`: the nearest upcoming meetings with their readiness, the oldest
 * overdue and the nearest due-soon action items, the bodies without a focal point, each at most
 * `limit` long and with its total (up to COUNT_CAP, then COUNT_CAP + 1); and the latest changes. Every part is a bounded read through an
 * index, so the screen costs the same on a large desk as on a small one (the totals are counts over
 * covering indexes: meetings_upcoming, action_items_live_status_due).
 */
export function todaySummary(db: Db, date: string, horizonDays: number, dueSoonDays: number, limit = TODAY_LIMIT) {
  const horizon = addDays(date, horizonDays);
  /** A list that stops at `limit`: shorter, its length is its total; else it is counted, up to the cap + 1. */
  const totalOf = (shown: number, count: (upTo: number) => number) => (shown < limit ? shown : count(COUNT_CAP + 1));
  const upcomingFilter = { from: date, to: horizon, status: ['planned', 'confirmed'], parentId: null };
  const upcomingRows = meetings.list(db, { filter: upcomingFilter, sort: { field: 'startDate', dir: 'asc' }, limit }).items;
  const upcomingTotal = totalOf(upcomingRows.length, (upTo) => meetings.count(db, { filter: upcomingFilter }, upTo));
  const codes = new Map(
    (
      statement(db, `SELECT id, code FROM bodies WHERE id IN (SELECT value FROM json_each(?))`).all(
        JSON.stringify([...new Set(upcomingRows.map((m) => m.bodyId as string))]),
      ) as Array<{ id: string; code: string }>
    ).map((b) => [b.id, b.code]),
  );
  const readiness = readinessOfMeetings(
    db,
    upcomingRows.map((m) => ({ id: m.id, endDate: m.endDate as string })),
  );
  const upcoming = upcomingRows.map((m) => {
    const r = readiness.get(m.id)!;
    return { meeting: { ...m, bodyCode: codes.get(m.bodyId as string) ?? '' }, delegationId: r.delegationId, readiness: r.readiness };
  });
  const dueList = (filter: Record<string, unknown>) => {
    const items = actionItems.list(db, { filter, sort: { field: 'dueDate', dir: 'asc' }, limit }).items;
    return { items, total: totalOf(items.length, (upTo) => actionItems.count(db, { filter }, upTo)) };
  };
  const overdue = dueList({ status: [...OPEN_STATUSES], dueTo: addDays(date, -1) });
  const dueSoon = dueList({ status: [...OPEN_STATUSES], dueFrom: date, dueTo: addDays(date, dueSoonDays) });
  const without = `FROM bodies b WHERE b.deleted_at IS NULL AND ${noFocalPointInForce('b.id', '@date')}`;
  const bodiesWithoutFocalPoint = statement(
    db,
    `SELECT b.id, b.code, b.name_vi AS nameVi, b.name_en AS nameEn, b.kind ${without} ORDER BY b.code ${limitSql(limit)}`,
  ).all({ date }) as Array<{ id: string; code: string; nameVi: string; nameEn: string; kind: BodyKind }>;
  const bodiesWithoutFocalPointTotal = totalOf(
    bodiesWithoutFocalPoint.length,
    (upTo) => (statement(db, `SELECT count(*) AS n FROM (SELECT 1 ${without} ${limitSql(upTo)})`).get({ date }) as { n: number }).n,
  );
  const timeline = timelineTasks(db, date, horizonDays, Math.min(dueSoonDays, 14), limit);
  return {
    date,
    timelineTasks: timeline.tasks,
    timelineTasksTotal: timeline.total,
    upcoming,
    upcomingTotal,
    overdue: overdue.items,
    overdueTotal: overdue.total,
    dueSoon: dueSoon.items,
    dueSoonTotal: dueSoon.total,
    bodiesWithoutFocalPoint,
    bodiesWithoutFocalPointTotal,
    countCap: COUNT_CAP,
    recentChanges: recentChangesWithTitles(db, 15),
  };
}

/** Records indexed for search with the Vietnamese name as title and the English one as subtitle. */
const BILINGUAL_DOCS = new Set(['meeting', 'agency', 'body']);

/**
 * The latest officers' changes (not the app's seeding of reference data) with a human title
 * each: the search title where there is one, else a field of the record; and its English title
 * where the record has one (a meeting, a unit, a body), for the English screen.
 */
function recentChangesWithTitles(db: Db, limit: number) {
  const rows = statement(
    db,
    `SELECT c.*, d.title AS docTitle, d.subtitle AS docSubtitle FROM (SELECT * FROM change_log WHERE (origin IS NULL OR origin = 'remote') ORDER BY seq DESC ${limitSql(limit)}) c
       LEFT JOIN search_docs d ON d.entity_id = c.entity_id
      ORDER BY c.seq DESC`,
  ).all() as Array<RawChange & { docTitle: string | null; docSubtitle: string | null }>;
  return rows.map((r) => {
    const c = toChangeEntry(r);
    const fields = c.after ?? c.before;
    const docEn = r.docTitle !== null && BILINGUAL_DOCS.has(c.entity) ? r.docSubtitle : null;
    return { ...c, title: r.docTitle ?? fieldTitle(fields), titleEn: docEn ?? fieldTitleEn(fields) };
  });
}

function fieldTitleEn(fields: Record<string, unknown> | null): string | null {
  for (const key of ['titleEn', 'nameEn']) {
    const v = fields?.[key];
    if (typeof v === 'string' && v.trim()) return v;
  }
  return null;
}

function fieldTitle(fields: Record<string, unknown> | null): string | null {
  for (const key of ['title', 'titleVi', 'fullName', 'nameVi', 'number', 'note', 'decisionNumber']) {
    const v = fields?.[key];
    if (typeof v === 'string' && v.trim()) return v;
  }
  return null;
}
