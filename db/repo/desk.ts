// The desk's read models: what a head of delegation must have in order before a trip, the
// Today summary, the meeting page, and the next sequence number of a body's meetings.
import { addDays } from '../../common/clock';
import { passportLastsFor, passportRequiredUntil } from '../../common/passport';
import type { Db } from '../open';
import { toChangeEntry, type RawChange } from './changeLog';
import { noFocalPointInForce } from './focal';
import { actionItems, delegations, meetings } from './entities';
import { limitSql, rowReader, statement } from './statements';

export type ReadinessWarningKind = 'no_delegation' | 'no_head' | 'no_decision' | 'no_members' | 'passport_missing' | 'passport_expiring';

export interface ReadinessWarning {
  kind: ReadinessWarningKind;
  personId: string | null;
  fullName: string | null;
  passportExpiry: string | null;
  requiredUntil: string | null;
}

export interface Readiness {
  hasDelegation: boolean;
  hasHead: boolean;
  hasDecision: boolean;
  passportsOk: boolean;
  briefingProduced: boolean;
  warnings: ReadinessWarning[];
}

interface MemberRow {
  delegationId: string;
  personId: string;
  fullName: string;
  passportExpiry: string | null;
  role: string;
  travelTo: string | null;
}

const NONE = { personId: null, fullName: null, passportExpiry: null, requiredUntil: null };

/**
 * The preparation state of a meeting from what is recorded about it: a delegation decided, a
 * head named, the sending decision recorded, every member's passport valid more than six
 * months after their return, a briefing produced.
 */
function readinessFrom(
  delegation: { decisionNumber: string | null } | undefined,
  members: readonly MemberRow[],
  endDate: string,
  briefingProduced: boolean,
): Readiness {
  const warnings: ReadinessWarning[] = [];
  if (!delegation) {
    warnings.push({ kind: 'no_delegation', ...NONE });
    return { hasDelegation: false, hasHead: false, hasDecision: false, passportsOk: false, briefingProduced, warnings };
  }
  const hasHead = members.some((m) => m.role === 'head');
  const hasDecision = !!delegation.decisionNumber?.trim();
  if (members.length === 0) warnings.push({ kind: 'no_members', ...NONE });
  if (!hasHead) warnings.push({ kind: 'no_head', ...NONE });
  if (!hasDecision) warnings.push({ kind: 'no_decision', ...NONE });
  let passportsOk = members.length > 0;
  for (const m of members) {
    const requiredUntil = passportRequiredUntil(m.travelTo ?? endDate);
    if (!m.passportExpiry) {
      passportsOk = false;
      warnings.push({ kind: 'passport_missing', personId: m.personId, fullName: m.fullName, passportExpiry: null, requiredUntil });
    } else if (!passportLastsFor(m.passportExpiry, m.travelTo ?? endDate)) {
      passportsOk = false;
      warnings.push({ kind: 'passport_expiring', personId: m.personId, fullName: m.fullName, passportExpiry: m.passportExpiry, requiredUntil });
    }
  }
  return { hasDelegation: true, hasHead, hasDecision, passportsOk, briefingProduced, warnings };
}

/**
 * The readiness of many meetings at once, in at most three statements whatever their number
 * (the delegations, their members, the briefings produced): Today asks for up to 200 meetings, and
 * a query per meeting costs seconds on a large desk.
 */
export function readinessOfMeetings(db: Db, meetingList: ReadonlyArray<{ id: string; endDate: string }>): Map<string, { delegationId: string | null; readiness: Readiness }> {
  const out = new Map<string, { delegationId: string | null; readiness: Readiness }>();
  if (meetingList.length === 0) return out;
  const ids = JSON.stringify(meetingList.map((m) => m.id));
  const delegationRows = statement(
    db,
    `SELECT id, meeting_id AS meetingId, decision_number AS decisionNumber FROM delegations
      WHERE meeting_id IN (SELECT value FROM json_each(?)) AND deleted_at IS NULL`,
  ).all(ids) as Array<{ id: string; meetingId: string; decisionNumber: string | null }>;
  const delegationOf = new Map(delegationRows.map((d) => [d.meetingId, d]));
  const membersOf = new Map<string, MemberRow[]>();
  if (delegationRows.length > 0) {
    const rows = statement(
      db,
      `SELECT m.delegation_id AS delegationId, m.person_id AS personId, p.full_name AS fullName, p.passport_expiry AS passportExpiry, m.role AS role, m.travel_to AS travelTo
         FROM delegation_members m JOIN people p ON p.id = m.person_id
        WHERE m.delegation_id IN (SELECT value FROM json_each(?)) AND m.deleted_at IS NULL
        ORDER BY m.delegation_id, m.sort_order, p.full_name`,
    ).all(JSON.stringify(delegationRows.map((d) => d.id))) as MemberRow[];
    for (const r of rows) {
      const list = membersOf.get(r.delegationId);
      if (list) list.push(r);
      else membersOf.set(r.delegationId, [r]);
    }
  }
  const briefed = new Set(
    (
      statement(
        db,
        `SELECT DISTINCT meeting_id AS meetingId FROM exports
          WHERE meeting_id IN (SELECT value FROM json_each(?)) AND kind = 'briefing' AND status = 'done' AND deleted_at IS NULL`,
      ).all(ids) as Array<{ meetingId: string }>
    ).map((r) => r.meetingId),
  );
  for (const m of meetingList) {
    const delegation = delegationOf.get(m.id);
    out.set(m.id, {
      delegationId: delegation?.id ?? null,
      readiness: readinessFrom(delegation, delegation ? (membersOf.get(delegation.id) ?? []) : [], m.endDate, briefed.has(m.id)),
    });
  }
  return out;
}

/** The preparation state of one meeting (the meeting page). */
export function readinessOf(db: Db, meeting: { id: string; endDate: string }): Readiness {
  return readinessOfMeetings(db, [meeting]).get(meeting.id)!.readiness;
}

/** The next sequence number of a body's meetings: ASOEN 36 after 35; null if none is numbered. */
export function nextSequence(db: Db, bodyId: string): number | null {
  const r = statement(db, `SELECT max(sequence) AS s FROM meetings WHERE body_id = ? AND deleted_at IS NULL`).get(bodyId) as { s: number | null };
  return r.s === null ? null : r.s + 1;
}

const OPEN_STATUSES = ['open', 'in_progress', 'blocked'];

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
  const overdue = dueList({ status: OPEN_STATUSES, dueTo: addDays(date, -1) });
  const dueSoon = dueList({ status: OPEN_STATUSES, dueFrom: date, dueTo: addDays(date, dueSoonDays) });
  const without = `FROM bodies b WHERE b.deleted_at IS NULL AND ${noFocalPointInForce('b.id', '@date')}`;
  const bodiesWithoutFocalPoint = statement(
    db,
    `SELECT b.id, b.code, b.name_vi AS nameVi, b.name_en AS nameEn, b.kind ${without} ORDER BY b.code ${limitSql(limit)}`,
  ).all({ date }) as Array<{ id: string; code: string; nameVi: string; nameEn: string; kind: string }>;
  const bodiesWithoutFocalPointTotal = totalOf(
    bodiesWithoutFocalPoint.length,
    (upTo) => (statement(db, `SELECT count(*) AS n FROM (SELECT 1 ${without} ${limitSql(upTo)})`).get({ date }) as { n: number }).n,
  );
  return {
    date,
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

/** The latest changes with a human title each: the search title where there is one, else a field of the record. */
function recentChangesWithTitles(db: Db, limit: number) {
  const rows = statement(
    db,
    `SELECT c.*, d.title AS docTitle FROM (SELECT * FROM change_log ORDER BY seq DESC ${limitSql(limit)}) c
       LEFT JOIN search_docs d ON d.entity_id = c.entity_id
      ORDER BY c.seq DESC`,
  ).all() as Array<RawChange & { docTitle: string | null }>;
  return rows.map((r) => {
    const c = toChangeEntry(r);
    return { ...c, title: r.docTitle ?? fieldTitle(c.after ?? c.before) };
  });
}

function fieldTitle(fields: Record<string, unknown> | null): string | null {
  for (const key of ['title', 'titleVi', 'fullName', 'nameVi', 'number', 'note', 'decisionNumber']) {
    const v = fields?.[key];
    if (typeof v === 'string' && v.trim()) return v;
  }
  return null;
}

export function meetingOverview(db: Db, id: string) {
  // The meeting with its body and host country in one statement.
  const joined = meetings.findWith(db, id, {
    select: `b.code AS "bodyCode", b.name_vi AS "bodyNameVi", b.name_en AS "bodyNameEn", b.kind AS "bodyKind",
             c.code AS "hostCode", c.name_vi AS "hostNameVi", c.name_en AS "hostNameEn"`,
    joins: 'JOIN bodies b ON b.id = t.body_id LEFT JOIN countries c ON c.id = t.host_country_id',
  });
  if (!joined || joined.row.deletedAt) return meetings.get(db, id) as never; // throws NOT_FOUND, in the repository's words
  const { row: meeting, extra } = joined;
  const body = { id: meeting.bodyId, code: extra.bodyCode, nameVi: extra.bodyNameVi, nameEn: extra.bodyNameEn, kind: extra.bodyKind };
  const host = meeting.hostCountryId && extra.hostCode ? { id: meeting.hostCountryId, code: extra.hostCode, nameVi: extra.hostNameVi, nameEn: extra.hostNameEn } : undefined;
  const parent = meeting.parentId ? (meetings.find(db, meeting.parentId as string) ?? null) : null;
  const related = meetings.list(db, { filter: { parentId: id }, sort: { field: 'startDate', dir: 'asc' }, limit: 200 }).items;
  const delegationRow = delegations.list(db, { filter: { meetingId: id }, limit: 1 }).items[0] ?? null;
  // The members with their person and agency in one statement (not three per member).
  const memberRows = delegationRow
    ? rowReader<MemberDetailRow>(
        db,
        `SELECT m.id, m.created_at AS createdAt, m.updated_at AS updatedAt, m.version, m.deleted_at AS deletedAt, m.delegation_id AS delegationId,
                m.person_id AS personId, m.role, m.agency_id AS agencyId, m.position, m.travel_from AS travelFrom, m.travel_to AS travelTo,
                m.sort_order AS sortOrder, m.notes,
                p.id AS pId, p.full_name AS pFullName, p.passport_name AS pPassportName, p.passport_expiry AS pPassportExpiry,
                p.position AS pPosition, p.email AS pEmail, p.phone AS pPhone,
                a.code AS agencyCode, a.name_vi AS agencyNameVi, a.name_en AS agencyNameEn
           FROM delegation_members m JOIN people p ON p.id = m.person_id LEFT JOIN agencies a ON a.id = m.agency_id
          WHERE m.delegation_id = ? AND m.deleted_at IS NULL ORDER BY m.sort_order, p.full_name`,
      ).all(delegationRow.id)
    : [];
  // Each member built field by field (an object rest copy, `{ pId, …, ...row }`, costs ten
  // times as much on rows this wide).
  const members = memberRows.map((r) => ({
    id: r.id,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    version: r.version,
    deletedAt: r.deletedAt,
    delegationId: r.delegationId,
    personId: r.personId,
    role: r.role,
    agencyId: r.agencyId,
    position: r.position,
    travelFrom: r.travelFrom,
    travelTo: r.travelTo,
    sortOrder: r.sortOrder,
    notes: r.notes,
    agencyCode: r.agencyCode,
    agencyNameVi: r.agencyNameVi,
    agencyNameEn: r.agencyNameEn,
    person: { id: r.pId, fullName: r.pFullName, passportName: r.pPassportName, passportExpiry: r.pPassportExpiry, position: r.pPosition, email: r.pEmail, phone: r.pPhone },
  }));
  const briefingProduced = !!statement(db, `SELECT 1 FROM exports WHERE meeting_id = ? AND kind = 'briefing' AND status = 'done' AND deleted_at IS NULL LIMIT 1`).get(id);
  const readiness = readinessFrom(
    delegationRow ? { decisionNumber: delegationRow.decisionNumber as string | null } : undefined,
    members.map((m) => ({ delegationId: m.delegationId, personId: m.personId, fullName: m.person.fullName, passportExpiry: m.person.passportExpiry, role: m.role, travelTo: m.travelTo })),
    meeting.endDate as string,
    briefingProduced,
  );
  const actionItemCount = actionItems.count(db, { filter: { sourceMeetingId: id } });
  return {
    meeting,
    body: { id: body.id, code: body.code, nameVi: body.nameVi, nameEn: body.nameEn, kind: body.kind },
    hostCountry: host ? { id: host.id, code: host.code, nameVi: host.nameVi, nameEn: host.nameEn } : null,
    parent: parent && !parent.deletedAt ? parent : null,
    related,
    delegation: delegationRow,
    members,
    readiness,
    actionItemCount,
  };
}

interface MemberDetailRow {
  id: string;
  createdAt: string;
  updatedAt: string;
  version: number;
  deletedAt: string | null;
  delegationId: string;
  personId: string;
  role: string;
  agencyId: string | null;
  position: string | null;
  travelFrom: string | null;
  travelTo: string | null;
  sortOrder: number;
  notes: string | null;
  pId: string;
  pFullName: string;
  pPassportName: string | null;
  pPassportExpiry: string | null;
  pPosition: string | null;
  pEmail: string | null;
  pPhone: string | null;
  agencyCode: string | null;
  agencyNameVi: string | null;
  agencyNameEn: string | null;
}
