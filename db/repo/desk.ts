// The desk's read models: what a head of delegation must have in order before a trip, the
// Today summary, the meeting page, and the next sequence number of a body's meetings.
import type { Db } from '../open';
import { recentChanges } from './changeLog';
import { actionItems, bodies, countries, delegationMembers, delegations, meetings } from './entities';
import { statement } from './statements';

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

/** 'YYYY-MM-DD' plus n calendar months, clamped to the month's last day (31/08 + 6 → 28/02). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return target.toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  const t = new Date(`${date}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + days);
  return t.toISOString().slice(0, 10);
}

interface MemberRow {
  personId: string;
  fullName: string;
  passportExpiry: string | null;
  role: string;
  travelTo: string | null;
}

/**
 * The preparation state of a meeting: a delegation decided, a head named, the sending decision
 * recorded, every member's passport valid more than six months after their return, a briefing
 * produced.
 */
export function readinessOf(db: Db, meeting: { id: string; endDate: string }): Readiness {
  const delegation = statement(db, `SELECT id, decision_number AS decisionNumber FROM delegations WHERE meeting_id = ? AND deleted_at IS NULL`).get(meeting.id) as
    | { id: string; decisionNumber: string | null }
    | undefined;
  const briefingProduced = !!statement(db, `SELECT 1 FROM exports WHERE meeting_id = ? AND kind = 'briefing' AND status = 'done' AND deleted_at IS NULL LIMIT 1`).get(meeting.id);
  const warnings: ReadinessWarning[] = [];
  const none = { personId: null, fullName: null, passportExpiry: null, requiredUntil: null };
  if (!delegation) {
    warnings.push({ kind: 'no_delegation', ...none });
    return { hasDelegation: false, hasHead: false, hasDecision: false, passportsOk: false, briefingProduced, warnings };
  }
  const members = statement(
    db,
    `SELECT m.person_id AS personId, p.full_name AS fullName, p.passport_expiry AS passportExpiry, m.role AS role, m.travel_to AS travelTo
       FROM delegation_members m JOIN people p ON p.id = m.person_id
      WHERE m.delegation_id = ? AND m.deleted_at IS NULL ORDER BY m.sort_order, p.full_name`,
  ).all(delegation.id) as MemberRow[];
  const hasHead = members.some((m) => m.role === 'head');
  const hasDecision = !!delegation.decisionNumber?.trim();
  if (members.length === 0) warnings.push({ kind: 'no_members', ...none });
  if (!hasHead) warnings.push({ kind: 'no_head', ...none });
  if (!hasDecision) warnings.push({ kind: 'no_decision', ...none });
  let passportsOk = members.length > 0;
  for (const m of members) {
    const requiredUntil = addMonths(m.travelTo ?? meeting.endDate, 6);
    if (!m.passportExpiry) {
      passportsOk = false;
      warnings.push({ kind: 'passport_missing', personId: m.personId, fullName: m.fullName, passportExpiry: null, requiredUntil });
    } else if (m.passportExpiry <= requiredUntil) {
      passportsOk = false;
      warnings.push({ kind: 'passport_expiring', personId: m.personId, fullName: m.fullName, passportExpiry: m.passportExpiry, requiredUntil });
    }
  }
  return { hasDelegation: true, hasHead, hasDecision, passportsOk, briefingProduced, warnings };
}

/** The next sequence number of a body's meetings: ASOEN 36 after 35; null if none is numbered. */
export function nextSequence(db: Db, bodyId: string): number | null {
  const r = statement(db, `SELECT max(sequence) AS s FROM meetings WHERE body_id = ? AND deleted_at IS NULL`).get(bodyId) as { s: number | null };
  return r.s === null ? null : r.s + 1;
}

const OPEN_STATUSES = ['open', 'in_progress', 'blocked'];

export function todaySummary(db: Db, date: string, horizonDays: number, dueSoonDays: number) {
  const horizon = addDays(date, horizonDays);
  const upcomingRows = meetings.list(db, { filter: { from: date, to: horizon, status: ['planned', 'confirmed'], parentId: null }, sort: { field: 'startDate', dir: 'asc' }, limit: 200 }).items;
  const upcoming = upcomingRows.map((m) => {
    const body = bodies.find(db, m.bodyId as string);
    const delegation = statement(db, `SELECT id FROM delegations WHERE meeting_id = ? AND deleted_at IS NULL`).get(m.id) as { id: string } | undefined;
    return {
      meeting: { ...m, bodyCode: (body?.code as string | undefined) ?? '' },
      delegationId: delegation?.id ?? null,
      readiness: readinessOf(db, { id: m.id, endDate: m.endDate as string }),
    };
  });
  const overdue = actionItems
    .list(db, { filter: { status: OPEN_STATUSES, dueTo: addDays(date, -1) }, sort: { field: 'dueDate', dir: 'asc' }, limit: 200 })
    .items;
  const dueSoon = actionItems
    .list(db, { filter: { status: OPEN_STATUSES, dueFrom: date, dueTo: addDays(date, dueSoonDays) }, sort: { field: 'dueDate', dir: 'asc' }, limit: 200 })
    .items;
  const bodiesWithoutFocalPoint = statement(
    db,
    `SELECT b.id, b.code, b.name_vi AS nameVi, b.name_en AS nameEn, b.kind
       FROM bodies b
      WHERE b.deleted_at IS NULL
        AND NOT EXISTS (SELECT 1 FROM focal_assignments f
                         WHERE f.body_id = b.id AND f.deleted_at IS NULL AND f.valid_from <= @date AND (f.valid_to IS NULL OR f.valid_to >= @date))
      ORDER BY b.code`,
  ).all({ date }) as Array<{ id: string; code: string; nameVi: string; nameEn: string; kind: string }>;
  const recent = recentChanges(db, 15).map((c) => ({ ...c, title: titleOf(db, c.entity, c.entityId, c.after ?? c.before) }));
  return { date, upcoming, overdue, dueSoon, bodiesWithoutFocalPoint, recentChanges: recent };
}

/** A human title for a change-log entry: the search title where there is one, else a field of the record. */
function titleOf(db: Db, _entity: string, entityId: string, fields: Record<string, unknown> | null): string | null {
  const doc = statement(db, `SELECT title FROM search_docs WHERE entity_id = ?`).get(entityId) as { title: string } | undefined;
  if (doc) return doc.title;
  for (const key of ['title', 'titleVi', 'fullName', 'nameVi', 'number', 'note', 'decisionNumber']) {
    const v = fields?.[key];
    if (typeof v === 'string' && v.trim()) return v;
  }
  return null;
}

export function meetingOverview(db: Db, id: string) {
  const meeting = meetings.get(db, id);
  const body = bodies.get(db, meeting.bodyId as string, { includeDeleted: true });
  const host = meeting.hostCountryId ? countries.find(db, meeting.hostCountryId as string) : undefined;
  const parent = meeting.parentId ? (meetings.find(db, meeting.parentId as string) ?? null) : null;
  const related = meetings.list(db, { filter: { parentId: id }, sort: { field: 'startDate', dir: 'asc' }, limit: 200 }).items;
  const delegationRow = delegations.list(db, { filter: { meetingId: id }, limit: 1 }).items[0] ?? null;
  const members = delegationRow
    ? (statement(
        db,
        `SELECT m.id FROM delegation_members m JOIN people p ON p.id = m.person_id
          WHERE m.delegation_id = ? AND m.deleted_at IS NULL ORDER BY m.sort_order, p.full_name`,
      ).all(delegationRow.id) as Array<{ id: string }>).map(({ id: memberId }) => memberDetail(db, memberId))
    : [];
  const actionItemCount = actionItems.count(db, { filter: { sourceMeetingId: id } });
  return {
    meeting,
    body: { id: body.id, code: body.code, nameVi: body.nameVi, nameEn: body.nameEn, kind: body.kind },
    hostCountry: host ? { id: host.id, code: host.code, nameVi: host.nameVi, nameEn: host.nameEn } : null,
    parent: parent && !parent.deletedAt ? parent : null,
    related,
    delegation: delegationRow,
    members,
    readiness: readinessOf(db, { id, endDate: meeting.endDate as string }),
    actionItemCount,
  };
}

function memberDetail(db: Db, memberId: string) {
  const row = delegationMembers.get(db, memberId);
  const person = statement(
    db,
    `SELECT id, full_name AS fullName, passport_name AS passportName, passport_expiry AS passportExpiry, position, email, phone FROM people WHERE id = ?`,
  ).get(row.personId) as Record<string, unknown>;
  const agency = row.agencyId
    ? (statement(db, `SELECT code, name_vi AS nameVi, name_en AS nameEn FROM agencies WHERE id = ?`).get(row.agencyId) as { code: string; nameVi: string; nameEn: string } | undefined)
    : undefined;
  return { ...row, person, agencyCode: agency?.code ?? null, agencyNameVi: agency?.nameVi ?? null, agencyNameEn: agency?.nameEn ?? null };
}
