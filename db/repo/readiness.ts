// What a head of delegation must have in order before a trip: a delegation with its head, the
// sending decision, members whose passports outlast the trip by six months, the briefing.
import { passportLastsFor, passportRequiredUntil } from '../../common/passport';
import type { Db } from '../open';
import { statement } from './core/statements';

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
export function readinessFrom(
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
