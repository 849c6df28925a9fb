// The annual report's data for a year: meetings by pillar, delegations, action items raised and
// completed, the backlog by agency, focal-point changes; totals counted in SQL.
import type { Db } from '../../open';
import { ACTION_SQL, OWNER_WITHOUT_UNIT } from '../../../common/actionStanding';
import { HOME_COUNTRY, YEAR_SQL } from '../../../common/yearStanding';
import { statement } from '../core/statements';
import type { Issuer} from './briefing';
import { DOCUMENT_LIMITS, OPEN_LIST, countOf, ids, issuerOn } from './briefing';
import type { ActionItemRow, DelegationRow, MeetingRow} from '../exports/lists';
import { DELEGATION_SELECT, actionRowsByIds, meetingRowsByIds } from '../exports/lists';

export interface FocalChange {
  bodyCode: string;
  bodyNameVi: string;
  bodyNameEn: string;
  role: string;
  agencyNameVi: string;
  agencyNameEn: string;
  personName: string | null;
  legalBasisNumber: string | null;
  validFrom: string;
  validTo: string | null;
  change: 'started' | 'ended' | 'both';
}

export interface AgencyBacklog {
  /** False only for the items with neither a lead agency nor an owner (common/actionStanding.ts, OWNER_WITHOUT_UNIT). */
  assigned: boolean;
  agencyCode: string | null;
  agencyNameVi: string | null;
  agencyNameEn: string | null;
  open: number;
  overdue: number;
}

/** A meeting of the year as the narrative and the annex name it: whether Viet Nam attended or hosted it, and what it agreed. */
export interface YearMeeting extends MeetingRow {
  hosted: boolean;
  attended: boolean;
  outcomes: string | null;
  outcomesEn: string | null;
}

/** One body's year (common/yearStanding.ts and actionStanding.ts say what each figure counts). */
export interface BodyYear {
  bodyId: string;
  bodyCode: string;
  bodyNameVi: string;
  bodyNameEn: string;
  pillarCode: string | null;
  /** Meetings of the year (held), attended, hosted. */
  held: number;
  attended: number;
  hosted: number;
  /** The first attended meetings (at most DOCUMENT_LIMITS.annualNamed), with their outcomes. */
  named: YearMeeting[];
  commented: number;
  adopted: number;
  commentMissed: number;
  /** Action items raised in the year, and of those: done by, open on and overdue on the count day; cancelled. */
  raised: number;
  raisedDone: number;
  raisedOpen: number;
  raisedOverdue: number;
  raisedCancelled: number;
  focalChanges: number;
}

export interface PillarYear {
  pillarCode: string | null;
  pillarNameVi: string | null;
  pillarNameEn: string | null;
  held: number;
  attended: number;
  hosted: number;
  /** The bodies with something in the year, the most meetings first (at most DOCUMENT_LIMITS.annualBodies). */
  bodies: BodyYear[];
  bodiesTotal: number;
}

/** An ASEAN document as the report lists it. */
export interface DocumentRow {
  id: string;
  kind: string;
  titleVi: string;
  titleEn: string | null;
  bodyCode: string | null;
  status: string;
  commentDeadline: string | null;
  approvalRef: string | null;
  approvedOn: string | null;
  meetingTitleVi: string | null;
  meetingTitleEn: string | null;
  meetingStart: string | null;
  /** The adopting meeting's body code and number: 'ASOEN 37'. */
  meetingBodyCode: string | null;
  meetingSequence: number | null;
}

export interface Listed<T> {
  total: number;
  rows: T[];
}

export interface PillarMeetings {
  pillarCode: string | null;
  pillarNameVi: string | null;
  pillarNameEn: string | null;
  /** Meetings of the pillar attended in the year; `meetings` lists at most DOCUMENT_LIMITS.annualList of them (by body, then date). */
  total: number;
  meetings: MeetingRow[];
}

/**
 * The annual report's figures and lists. Every figure is counted in SQL (GROUP BY) over the
 * whole year; every list holds at most DOCUMENT_LIMITS.annualList rows, its total beside it.
 */
export interface AnnualReportData {
  year: number;
  /** The day the open/overdue figures are counted on: 31 December, or today for the current year. */
  asOf: string;
  /** In the Charter's order (APSC, AEC, ASCC, then meetings of bodies without a pillar). */
  pillars: PillarMeetings[];
  attendedTotal: number;
  delegations: DelegationRow[];
  delegationsTotal: number;
  raised: ActionItemRow[];
  raisedTotal: number;
  completed: ActionItemRow[];
  completedTotal: number;
  /** Lead agencies with open items on asOf, the most open first (at most DOCUMENT_LIMITS.annualAgencies). */
  backlog: AgencyBacklog[];
  /** How many lead agencies had open items (the table may list fewer), and the totals over all of them. */
  backlogAgencies: number;
  openTotal: number;
  overdueTotal: number;
  /** The open items on asOf, the most urgent first. */
  openItems: ActionItemRow[];
  focalChanges: FocalChange[];
  focalChangesTotal: number;
  planned: MeetingRow[];
  plannedTotal: number;
  issuer: Issuer;
  /** The narrative's figures (common/yearStanding.ts). */
  heldTotal: number;
  hostedTotal: number;
  /** Attended or hosted, counted as the annex marks each meeting. */
  attendedOrHostedTotal: number;
  /** By pillar and body, in the Charter's order. */
  pillarYears: PillarYear[];
  /** Each listed meeting of `pillars` (the annex), whether attended and hosted. */
  attendance: Record<string, { attended: boolean; hosted: boolean }>;
  notAttended: Listed<MeetingRow>;
  commented: Listed<DocumentRow>;
  adopted: Listed<DocumentRow>;
  commentMissed: Listed<DocumentRow>;
  /** Delegations of the year with no sending decision recorded. */
  undecided: Listed<DelegationRow>;
  /** The current year: meetings still to come after the count day. */
  remaining: Listed<MeetingRow>;
  remainingHosted: number;
  plannedHosted: number;
  /** Open on the count day and due in the next year. */
  dueNext: Listed<ActionItemRow>;
  adoptNext: Listed<DocumentRow>;
}

const PILLAR_ORDER = `CASE pl.code WHEN 'APSC' THEN 0 WHEN 'AEC' THEN 1 WHEN 'ASCC' THEN 2 ELSE 3 END`;

const MEETING_PILLAR = `FROM meetings m JOIN bodies b ON b.id = m.body_id LEFT JOIN bodies pb ON pb.id = b.parent_id LEFT JOIN pillars pl ON pl.id = COALESCE(b.pillar_id, pb.pillar_id)`;

const json = <T>(v: unknown): T[] => (typeof v === 'string' ? (JSON.parse(v) as T[]) : []);

/** When an item was raised: its source meeting's first day, or its due date. */
const raisedKey = (r: ActionItemRow) => (r.sourceMeetingId ? r.sourceMeetingStart : r.dueDate);

/** SQLite's order of text (binary), for re-sorting rows in JS. */
const cmp = (a: string | null, b: string | null) => (a === b ? 0 : a === null ? -1 : b === null ? 1 : a < b ? -1 : 1);

export function annualReportData(db: Db, year: number, today: string): AnnualReportData {
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const asOf = today < to ? today : to;
  const limit = DOCUMENT_LIMITS.annualList;
  const p = { from, to, asOf, limit };

  // Meetings attended: held, starting in the year (meetings_start), counted and listed per pillar.
  const heldInYear = `m.deleted_at IS NULL AND m.status = 'held' AND m.start_date >= @from AND m.start_date <= @to`;
  const pillarCounts = statement(
    db,
    `SELECT pl.code AS pillarCode, pl.name_vi AS pillarNameVi, pl.name_en AS pillarNameEn, count(*) AS total, min(${PILLAR_ORDER}) AS ord
       ${MEETING_PILLAR} WHERE ${heldInYear} GROUP BY pl.id ORDER BY ord, pl.code`,
  ).all(p) as Array<Omit<PillarMeetings, 'meetings'> & { ord: number }>;
  const listed = statement(
    db,
    `SELECT id, pillarCode FROM (SELECT m.id, pl.code AS pillarCode, row_number() OVER (PARTITION BY pl.id ORDER BY b.code, m.start_date, m.id) AS rn
       ${MEETING_PILLAR} WHERE ${heldInYear}) WHERE rn <= @limit`,
  ).all(p) as Array<{ id: string; pillarCode: string | null }>;
  const listedRows = new Map(meetingRowsByIds(db, ids(listed)).map((r) => [r.id, r]));
  const pillars: PillarMeetings[] = pillarCounts.map(({ ord: _ord, ...c }) => ({
    ...c,
    meetings: listed
      .filter((l) => l.pillarCode === c.pillarCode)
      .map((l) => listedRows.get(l.id)!)
      .sort((x, y) => x.bodyCode.localeCompare(y.bodyCode) || x.startDate.localeCompare(y.startDate) || x.id.localeCompare(y.id)),
  }));

  // Delegations sent to meetings of the year.
  const sent = `FROM delegations d JOIN meetings m ON m.id = d.meeting_id WHERE d.deleted_at IS NULL AND d.status <> 'cancelled' AND m.deleted_at IS NULL AND m.start_date BETWEEN @from AND @to`;
  const delegationsTotal = countOf(statement(db, `SELECT count(*) AS n ${sent}`).get(p));
  const delegationsSent = statement(
    db,
    `${DELEGATION_SELECT} WHERE d.id IN (SELECT d.id ${sent} ORDER BY m.start_date, m.id LIMIT @limit) ORDER BY m.start_date, m.id`,
  ).all(p) as DelegationRow[];

  // Raised in the year (common/yearStanding.ts), up to the count day: decided at a meeting of that year (meetings_start, then the source meeting's
  // index), or, without a source meeting, first due that year (action_items_live_unsourced_due,
  // which holds only the live items without a source meeting: no lookup of the ones with one).
  // The first rows: the first of each half, merged.
  const raisedFromMeetings = `FROM meetings m INDEXED BY meetings_start JOIN action_items t ON t.source_meeting_id = m.id
                               WHERE m.start_date BETWEEN @from AND @asOf AND t.deleted_at IS NULL`;
  const raisedUnsourced = `FROM action_items t INDEXED BY action_items_live_unsourced_due
                            WHERE t.due_date BETWEEN @from AND @asOf AND t.source_meeting_id IS NULL AND t.deleted_at IS NULL`;
  const raised = statement(
    db,
    // (Counted with the items by body, which reads the same rows: yearNarrative.)
    `SELECT (SELECT json_group_array(id) FROM (
               SELECT id, k FROM (SELECT t.id, m.start_date AS k ${raisedFromMeetings} ORDER BY m.start_date, t.id LIMIT @limit)
               UNION ALL
               SELECT id, k FROM (SELECT t.id, t.due_date AS k ${raisedUnsourced} ORDER BY t.due_date, t.id LIMIT @limit)
               ORDER BY k, id LIMIT @limit)) AS ids`,
  ).get(p) as { ids: string };

  // Completed in the year: one range of action_items_live_status_done (covering), in its order.
  const doneInYear = `FROM action_items t INDEXED BY action_items_live_status_done
                       WHERE t.deleted_at IS NULL AND ${ACTION_SQL.doneBetween()}`;
  const completed = statement(
    db,
    `SELECT (SELECT count(*) ${doneInYear}) AS total,
            (SELECT json_group_array(id) FROM (SELECT t.id ${doneInYear} ORDER BY t.completed_on, t.id LIMIT @limit)) AS ids`,
  ).get(p) as { total: number; ids: string };

  // Still open on the count day: raised by then (not from a meeting that starts after it; without
  // a source meeting, not first due after it) and either open now or done after the count day.
  // Counted per lead agency in two parts, each read from a covering index: the items open now
  // from action_items_live_open_agency, already in agency order (no sort), and those done after
  // the count day from one range of action_items_live_status_done (none when the count day is
  // today). Over these many rows, "raised after" is a probe into the meetings that start after
  // the count day (materialised once; SQLite builds its lookup once per place that uses it).
  const raisedBy = (later: string) => `NOT (CASE WHEN t.source_meeting_id IS NULL THEN COALESCE(t.due_date, '0000') > @asOf ELSE ${later} END)`;
  const backlogPass = statement(
    db,
    `WITH later AS MATERIALIZED (SELECT id FROM meetings INDEXED BY meetings_start WHERE start_date > @asOf),
     doneLater AS MATERIALIZED (
       SELECT t.id, t.due_date AS due, t.lead_agency_id AS agencyId FROM action_items t INDEXED BY action_items_live_status_done
        WHERE t.deleted_at IS NULL AND ${ACTION_SQL.doneAfter('@asOf')} AND ${raisedBy('t.source_meeting_id IN later')}),
     byOwner AS MATERIALIZED (
       SELECT t.due_date AS due, COALESCE(o.agency_id, '${OWNER_WITHOUT_UNIT}') AS agencyId
         FROM action_items t INDEXED BY action_items_live_open_agency JOIN people o ON o.id = t.owner_person_id
        WHERE t.lead_agency_id IS NULL AND t.deleted_at IS NULL AND ${ACTION_SQL.openStatus} AND ${raisedBy('t.source_meeting_id IN later')}
       UNION ALL
       SELECT dl.due, COALESCE(o.agency_id, '${OWNER_WITHOUT_UNIT}') FROM doneLater dl JOIN action_items t ON t.id = dl.id JOIN people o ON o.id = t.owner_person_id
        WHERE dl.agencyId IS NULL),
     byAgency AS MATERIALIZED (
       SELECT agencyId, sum(open) AS open, sum(overdue) AS overdue FROM (
         SELECT t.lead_agency_id AS agencyId, count(*) AS open, sum(${ACTION_SQL.overdueOn('@asOf')}) AS overdue FROM action_items t INDEXED BY action_items_live_open_agency
          WHERE t.deleted_at IS NULL AND ${ACTION_SQL.openStatus} AND ${raisedBy('t.source_meeting_id IN later')}
          GROUP BY t.lead_agency_id
         UNION ALL
         SELECT agencyId, count(*), sum(${ACTION_SQL.overdueOn('@asOf', 'due')}) FROM doneLater GROUP BY agencyId
         -- An item without a lead agency but with an owner is assigned (common/actionStanding.ts): it
         -- moves from the no-agency group to its owner's agency. Only those few rows are read from
         -- the table (a range of the open index, or the done-later rows without an agency).
         UNION ALL
         SELECT NULL, -1, -${ACTION_SQL.overdueOn('@asOf', 'due')} FROM byOwner
         UNION ALL
         SELECT agencyId, 1, ${ACTION_SQL.overdueOn('@asOf', 'due')} FROM byOwner)
       GROUP BY agencyId HAVING sum(open) > 0),
     -- The open count of the last agency the table lists: only those with as many or more are looked up (for their code).
     cut AS (SELECT COALESCE((SELECT open FROM byAgency ORDER BY open DESC LIMIT 1 OFFSET @agencyLimit - 1), 0) AS n)
     SELECT (SELECT count(*) FROM byAgency) AS agencies,
            (SELECT COALESCE(sum(open), 0) FROM byAgency) AS openTotal,
            (SELECT COALESCE(sum(overdue), 0) FROM byAgency) AS overdueTotal,
            (SELECT json_group_array(json_array(agencyId, open, overdue))
               FROM (SELECT g.* FROM byAgency g LEFT JOIN agencies a ON a.id = g.agencyId WHERE g.open >= (SELECT n FROM cut)
                      ORDER BY g.open DESC, a.code IS NULL, a.code LIMIT @agencyLimit)) AS topAgencies,
            (SELECT json_group_array(json_array(id, due)) FROM (SELECT id, due FROM doneLater ORDER BY due IS NULL, due, id LIMIT @limit)) AS doneLaterFirst`,
  ).get({ ...p, agencyLimit: DOCUMENT_LIMITS.annualAgencies }) as { agencies: number; openTotal: number; overdueTotal: number; topAgencies: string; doneLaterFirst: string };
  // The most urgent open items (by due date, the undated last): those done after the count day
  // came with the pass; of those open now, the first of each status in due-date order
  // (action_items_live_status_due, stopping there: "raised after" is a lookup of the few rows
  // read), and the undated only if the dated are too few.
  const raisedLater = `EXISTS (SELECT 1 FROM meetings lm WHERE lm.id = t.source_meeting_id AND lm.start_date > @asOf)`;
  const openNowFirst = (dated: boolean) =>
    statement(
      db,
      `SELECT json_group_array(json_array(id, due)) AS rows FROM (SELECT id, due FROM (
         ${OPEN_LIST.map(
           (s) => `SELECT id, due FROM (SELECT t.id, t.due_date AS due FROM action_items t INDEXED BY action_items_live_status_due
                    WHERE t.deleted_at IS NULL AND t.status = '${s}' AND t.due_date IS ${dated ? 'NOT NULL' : 'NULL'} AND ${raisedBy(raisedLater)}
                    ORDER BY ${dated ? 't.due_date, ' : ''}t.id LIMIT @limit)`,
         ).join(' UNION ALL ')})
       ORDER BY due, id LIMIT @limit)`,
    ).get(p) as { rows: string };
  const byUrgency = (a: [string, string | null], b: [string, string | null]) => Number(a[1] === null) - Number(b[1] === null) || cmp(a[1], b[1]) || cmp(a[0], b[0]);
  let urgent = [...json<[string, string | null]>(backlogPass.doneLaterFirst), ...json<[string, string | null]>(openNowFirst(true).rows)].sort(byUrgency);
  if (urgent.filter(([, due]) => due !== null).length < limit) urgent = [...urgent, ...json<[string, string | null]>(openNowFirst(false).rows)].sort(byUrgency);
  const openIds = urgent.slice(0, limit).map(([id]) => id);
  const agencyName = statement(db, `SELECT code, name_vi AS nameVi, name_en AS nameEn FROM agencies WHERE id = ?`);
  const backlog = json<[string | null, number, number]>(backlogPass.topAgencies)
    .map(([agencyId, open, overdue]) => {
      const a = agencyId && agencyId !== OWNER_WITHOUT_UNIT ? (agencyName.get(agencyId) as { code: string; nameVi: string; nameEn: string } | undefined) : undefined;
      return { assigned: agencyId !== null, agencyCode: a?.code ?? null, agencyNameVi: a?.nameVi ?? null, agencyNameEn: a?.nameEn ?? null, open, overdue };
    })
    // The most open first, then by code (those without an agency last), as the query chose them.
    .sort((a, b) => b.open - a.open || Number(a.agencyCode === null) - Number(b.agencyCode === null) || cmp(a.agencyCode, b.agencyCode));

  // Focal-point changes during the year: started in it (focal_assignments_live_from) or ended in
  // it having started before (focal_assignments_live_to), counted from those two indexes alone.
  // The first rows in the table's order (body code, then date): bodies in code order
  // (bodies_code), each body's live assignments (focal_assignments_body_in_force), sorted body by
  // body, so that it stops after the first few bodies.
  const focalTotal = statement(
    db,
    `SELECT (SELECT count(*) FROM focal_assignments INDEXED BY focal_assignments_live_from WHERE deleted_at IS NULL AND valid_from BETWEEN @from AND @to)
          + (SELECT count(*) FROM focal_assignments INDEXED BY focal_assignments_live_to WHERE deleted_at IS NULL AND valid_to BETWEEN @from AND @to AND valid_from < @from) AS n`,
  ).get(p) as { n: number };
  const focalIds = statement(
    db,
    `SELECT json_group_array(id) AS ids FROM (
       SELECT fa.id FROM bodies b INDEXED BY bodies_code
         JOIN focal_assignments fa INDEXED BY focal_assignments_body_in_force ON fa.body_id = b.id
         JOIN agencies a ON a.id = fa.agency_id
        WHERE fa.deleted_at IS NULL AND (fa.valid_from BETWEEN @from AND @to OR (fa.valid_from < @from AND fa.valid_to BETWEEN @from AND @to))
        ORDER BY b.code, COALESCE(fa.valid_to, fa.valid_from), fa.valid_from, a.code, fa.id LIMIT @limit)`,
  ).get(p) as { ids: string };
  const changes = { total: focalTotal.n, ids: focalIds.ids };
  const focalChangesTotal = changes.total;
  const focalChanges = (
    statement(
      db,
      `SELECT b.code AS bodyCode, b.name_vi AS bodyNameVi, b.name_en AS bodyNameEn, fa.role, a.code AS agencyCode, a.name_vi AS agencyNameVi, a.name_en AS agencyNameEn,
              p.full_name AS personName, lb.number AS legalBasisNumber, fa.valid_from AS validFrom, fa.valid_to AS validTo
         FROM focal_assignments fa JOIN bodies b ON b.id = fa.body_id JOIN agencies a ON a.id = fa.agency_id
         LEFT JOIN people p ON p.id = fa.person_id LEFT JOIN legal_bases lb ON lb.id = fa.legal_basis_id
        WHERE fa.id IN (SELECT value FROM json_each(@ids))
        ORDER BY b.code, COALESCE(fa.valid_to, fa.valid_from), fa.valid_from, a.code, fa.id`,
    ).all({ ids: changes.ids }) as Array<Omit<FocalChange, 'change'> & { agencyCode: string }>
  ).map(({ agencyCode: _code, ...f }) => {
    const started = f.validFrom >= from && f.validFrom <= to;
    const ended = f.validTo !== null && f.validTo >= from && f.validTo <= to;
    return { ...f, change: started && ended ? 'both' : started ? 'started' : 'ended' } as FocalChange;
  });

  // Next year's meetings (meetings_start).
  const nextYear = `FROM meetings m INDEXED BY meetings_start WHERE m.deleted_at IS NULL AND m.status IN ('planned', 'confirmed', 'held') AND m.start_date >= @nextFrom AND m.start_date < @nextTo`;
  const next = { nextFrom: `${year + 1}-01-01`, nextTo: `${year + 2}-01-01`, limit };
  const plannedTotal = countOf(statement(db, `SELECT count(*) AS n ${nextYear}`).get(next));
  const planned = meetingRowsByIds(db, ids(statement(db, `SELECT m.id ${nextYear} ORDER BY m.start_date, m.id LIMIT @limit`).all(next) as Array<{ id: string }>));

  return {
    year,
    asOf,
    pillars,
    attendedTotal: pillars.reduce((sum, x) => sum + x.total, 0),
    delegations: delegationsSent,
    delegationsTotal,
    raised: withMeetingBody(db, actionRowsByIds(db, json<string>(raised.ids))).sort((x, y) => cmp(raisedKey(x), raisedKey(y)) || cmp(x.id, y.id)),
    // json_group_array keeps the order its rows came in; sorted again here so that nothing depends on it.
    completed: actionRowsByIds(db, json<string>(completed.ids)).sort((x, y) => cmp(x.completedOn, y.completedOn) || cmp(x.id, y.id)),
    completedTotal: completed.total,
    backlog,
    backlogAgencies: backlogPass.agencies,
    openTotal: backlogPass.openTotal,
    overdueTotal: backlogPass.overdueTotal,
    openItems: actionRowsByIds(db, openIds).sort((x, y) => Number(x.dueDate === null) - Number(y.dueDate === null) || cmp(x.dueDate, y.dueDate) || cmp(x.id, y.id)),
    focalChanges,
    focalChangesTotal,
    planned,
    plannedTotal,
    issuer: issuerOn(db, today),
    ...yearNarrative(db, year, asOf, pillars),
  };
}

/** An item's body (common/yearStanding.ts): its own, else its source meeting's. */
function withMeetingBody(db: Db, rows: ActionItemRow[]): ActionItemRow[] {
  const missing = rows.filter((r) => !r.bodyCode && r.sourceMeetingId).map((r) => r.sourceMeetingId!);
  if (!missing.length) return rows;
  const codes = new Map(
    (statement(db, `SELECT m.id, b.code FROM meetings m JOIN bodies b ON b.id = m.body_id WHERE m.id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(missing)) as Array<{ id: string; code: string }>).map((r) => [r.id, r.code]),
  );
  return rows.map((r) => (!r.bodyCode && r.sourceMeetingId ? { ...r, bodyCode: codes.get(r.sourceMeetingId) ?? null } : r));
}

const DOCUMENT_SELECT = `
  SELECT doc.id, doc.kind, doc.title_vi AS titleVi, doc.title_en AS titleEn, COALESCE(b.code, mb.code) AS bodyCode, doc.status, doc.comment_deadline AS commentDeadline,
         doc.approval_ref AS approvalRef, doc.approved_on AS approvedOn, dm.title_vi AS meetingTitleVi, dm.title_en AS meetingTitleEn, dm.start_date AS meetingStart,
         mb.code AS meetingBodyCode, dm.sequence AS meetingSequence
    FROM asean_documents doc
    LEFT JOIN meetings dm ON dm.id = doc.meeting_id
    LEFT JOIN bodies b ON b.id = doc.body_id
    LEFT JOIN bodies mb ON mb.id = dm.body_id`;

function documentRowsByIds(db: Db, idList: string[]): DocumentRow[] {
  if (!idList.length) return [];
  const rows = statement(db, `${DOCUMENT_SELECT} WHERE doc.id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(idList)) as DocumentRow[];
  const byId = new Map(rows.map((r) => [r.id, r]));
  return idList.map((id) => byId.get(id)).filter((r): r is DocumentRow => !!r);
}

const bool = (v: unknown) => v === 1 || v === true;

/**
 * The narrative's figures: by pillar and body, the documents, the difficulties and next year's
 * plan, each by its definition in common/yearStanding.ts (meetings, documents) or
 * common/actionStanding.ts (items), counted in SQL over the year and read through indexes; each
 * list bounded, its total beside it.
 */
function yearNarrative(db: Db, year: number, asOf: string, pillars: PillarMeetings[]) {
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const limit = DOCUMENT_LIMITS.annualList;
  const vn = (statement(db, `SELECT id FROM countries WHERE code = ? AND deleted_at IS NULL`).get(HOME_COUNTRY) as { id: string } | undefined)?.id ?? null;
  const p = { from, to, asOf, vn, limit };
  const ofYear = `FROM meetings m INDEXED BY meetings_start WHERE m.start_date BETWEEN @from AND @to AND ${YEAR_SQL.meetingOfYear}`;

  // One pass over the meetings of the year (meetings_start, in its order): each one's body, and
  // whether Viet Nam hosted it or sent a delegation (to it or to its main meeting).
  const yearRows = statement(db, `SELECT m.id, m.body_id AS bodyId, ${YEAR_SQL.hosted} AS hosted, ${YEAR_SQL.delegated} AS delegated ${ofYear} ORDER BY m.start_date, m.id`).all(p) as Array<{
    id: string;
    bodyId: string;
    hosted: number;
    delegated: number;
  }>;
  const attendance: AnnualReportData['attendance'] = {};
  for (const r of yearRows) attendance[r.id] = { attended: bool(r.hosted) || bool(r.delegated), hosted: bool(r.hosted) };

  // One pass over the documents whose comment deadline is in the year (asean_documents_deadline):
  // commented on, comment missed; one over those adopted in the year (at a meeting of the year,
  // or approved at home without one). Each document under its body, else its meeting's.
  const byDeadline = statement(
    db,
    `SELECT doc.id, COALESCE(doc.body_id, dm.body_id) AS bodyId, ${YEAR_SQL.commented} AS commented, ${YEAR_SQL.commentMissed} AS missed
       FROM asean_documents doc INDEXED BY asean_documents_deadline LEFT JOIN meetings dm ON dm.id = doc.meeting_id
      WHERE doc.comment_deadline BETWEEN @from AND @to AND doc.deleted_at IS NULL ORDER BY doc.comment_deadline, doc.id`,
  ).all(p) as Array<{ id: string; bodyId: string | null; commented: number; missed: number }>;
  const adoptedIn = `SELECT doc.id, COALESCE(doc.body_id, dm.body_id) AS bodyId, dm.start_date AS k FROM meetings dm INDEXED BY meetings_start JOIN asean_documents doc ON doc.meeting_id = dm.id
                      WHERE dm.start_date BETWEEN @from AND @to AND doc.deleted_at IS NULL AND ${YEAR_SQL.adopted}
                     UNION ALL
                     SELECT doc.id, doc.body_id, doc.approved_on FROM asean_documents doc INDEXED BY asean_documents_meeting LEFT JOIN meetings dm ON dm.id = doc.meeting_id
                      WHERE doc.meeting_id IS NULL AND doc.deleted_at IS NULL AND ${YEAR_SQL.adopted}`;
  const adoptedRows = statement(db, `SELECT id, bodyId FROM (${adoptedIn}) ORDER BY k, id`).all(p) as Array<{ id: string; bodyId: string | null }>;

  // Action items raised in the year by body (the item's body, else its source meeting's), and how they stood on the count day.
  const standing = (t = 't') => `count(*) AS raised, sum(${ACTION_SQL.doneBy('@asOf')}) AS done,
       sum(${ACTION_SQL.openStatus} OR ${ACTION_SQL.doneAfter('@asOf')}) AS open,
       sum((${ACTION_SQL.openStatus} OR ${ACTION_SQL.doneAfter('@asOf')}) AND ${t}.due_date < @asOf) AS overdue,
       sum(${t}.status = 'cancelled') AS cancelled`;
  const itemsByBody = statement(
    db,
    `SELECT bodyId, sum(raised) AS raised, sum(done) AS done, sum(open) AS open, sum(overdue) AS overdue, sum(cancelled) AS cancelled FROM (
       SELECT COALESCE(t.body_id, m.body_id) AS bodyId, ${standing()} FROM meetings m INDEXED BY meetings_start JOIN action_items t ON t.source_meeting_id = m.id
        WHERE m.start_date BETWEEN @from AND @asOf AND t.deleted_at IS NULL GROUP BY 1
       UNION ALL
       SELECT t.body_id, ${standing()} FROM action_items t INDEXED BY action_items_live_unsourced_due
        WHERE t.due_date BETWEEN @from AND @asOf AND t.source_meeting_id IS NULL AND t.deleted_at IS NULL GROUP BY 1)
     GROUP BY bodyId`,
  ).all(p) as Array<{ bodyId: string | null; raised: number; done: number; open: number; overdue: number; cancelled: number }>;

  // The bodies with meetings, documents or items in the year, with their pillar (their own, else their parent's).
  type Acc = Omit<BodyYear, 'bodyCode' | 'bodyNameVi' | 'bodyNameEn' | 'pillarCode' | 'named'>;
  const acc = new Map<string, Acc>();
  const at = (id: string): Acc => {
    let a = acc.get(id);
    if (!a) acc.set(id, (a = { bodyId: id, held: 0, attended: 0, hosted: 0, commented: 0, adopted: 0, commentMissed: 0, raised: 0, raisedDone: 0, raisedOpen: 0, raisedOverdue: 0, raisedCancelled: 0, focalChanges: 0 }));
    return a;
  };
  for (const r of yearRows) {
    const a = at(r.bodyId);
    a.held++;
    if (attendance[r.id]!.attended) a.attended++;
    if (attendance[r.id]!.hosted) a.hosted++;
  }
  for (const r of byDeadline) {
    if (!r.bodyId || !(r.commented || r.missed)) continue;
    const a = at(r.bodyId);
    a.commented += r.commented;
    a.commentMissed += r.missed;
  }
  for (const r of adoptedRows) if (r.bodyId) at(r.bodyId).adopted++;
  for (const r of itemsByBody) if (r.bodyId) Object.assign(at(r.bodyId), { raised: r.raised, raisedDone: r.done, raisedOpen: r.open, raisedOverdue: r.overdue, raisedCancelled: r.cancelled });
  const bodyInfo = statement(
    db,
    `SELECT b.id, b.code, b.name_vi AS nameVi, b.name_en AS nameEn, pl.code AS pillarCode, pl.name_vi AS pillarNameVi, pl.name_en AS pillarNameEn, ${PILLAR_ORDER} AS ord
       FROM bodies b LEFT JOIN bodies pb ON pb.id = b.parent_id LEFT JOIN pillars pl ON pl.id = COALESCE(b.pillar_id, pb.pillar_id)
      WHERE b.id IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify([...acc.keys()])) as Array<{ id: string; code: string; nameVi: string; nameEn: string; pillarCode: string | null; pillarNameVi: string | null; pillarNameEn: string | null; ord: number }>;
  const byPillar = new Map<string | null, { info: (typeof bodyInfo)[number]; bodies: Array<Omit<BodyYear, 'named'>> }>();
  for (const b of bodyInfo) {
    const g = byPillar.get(b.pillarCode) ?? { info: b, bodies: [] };
    byPillar.set(b.pillarCode, g);
    g.bodies.push({ ...acc.get(b.id)!, bodyCode: b.code, bodyNameVi: b.nameVi, bodyNameEn: b.nameEn, pillarCode: b.pillarCode });
  }
  // The most meetings first, then the most items raised, then by code.
  const activity = (x: Acc) => x.held * 1000 + x.raised;
  const groups = [...byPillar.values()].sort((a, b) => a.info.ord - b.info.ord || cmp(a.info.pillarCode, b.info.pillarCode));
  const listedBodies = groups.map((g) => g.bodies.sort((x, y) => activity(y) - activity(x) || cmp(x.bodyCode, y.bodyCode)).slice(0, DOCUMENT_LIMITS.annualBodies));

  // The focal-point changes of the bodies given a paragraph (as the annex counts them), each a few
  // entries of focal_assignments_body_in_force.
  const listedIds = listedBodies.flat().map((b) => b.bodyId);
  const focalByBody = new Map(
    (
      statement(
        db,
        `SELECT fa.body_id AS bodyId, count(*) AS n FROM focal_assignments fa INDEXED BY focal_assignments_body_in_force
          WHERE fa.body_id IN (SELECT value FROM json_each(@bodies)) AND fa.deleted_at IS NULL
            AND (fa.valid_from BETWEEN @from AND @to OR (fa.valid_from < @from AND fa.valid_to BETWEEN @from AND @to))
          GROUP BY fa.body_id`,
      ).all({ ...p, bodies: JSON.stringify(listedIds) }) as Array<{ bodyId: string; n: number }>
    ).map((r) => [r.bodyId, r.n]),
  );

  // The attended meetings each listed body's paragraph names (the first of the year), with their outcomes.
  const namedIds: string[] = [];
  const perBody = new Map<string, number>();
  const listedSet = new Set(listedIds);
  for (const r of yearRows) {
    if (!listedSet.has(r.bodyId) || !attendance[r.id]!.attended) continue;
    const k = perBody.get(r.bodyId) ?? 0;
    if (k < DOCUMENT_LIMITS.annualNamed) namedIds.push(r.id);
    perBody.set(r.bodyId, k + 1);
  }
  const outcomes = new Map(
    (statement(db, `SELECT id, outcomes, outcomes_en AS outcomesEn FROM meetings WHERE id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(namedIds)) as Array<{
      id: string;
      outcomes: string | null;
      outcomesEn: string | null;
    }>).map((o) => [o.id, o]),
  );
  const namedRows: YearMeeting[] = meetingRowsByIds(db, namedIds).map((m) => ({
    ...m,
    hosted: attendance[m.id]!.hosted,
    attended: true,
    outcomes: outcomes.get(m.id)?.outcomes ?? null,
    outcomesEn: outcomes.get(m.id)?.outcomesEn ?? null,
  }));
  const pillarYears: PillarYear[] = groups.map((g, i) => ({
    pillarCode: g.info.pillarCode,
    pillarNameVi: g.info.pillarNameVi,
    pillarNameEn: g.info.pillarNameEn,
    held: g.bodies.reduce((sum, b) => sum + b.held, 0),
    attended: g.bodies.reduce((sum, b) => sum + b.attended, 0),
    hosted: g.bodies.reduce((sum, b) => sum + b.hosted, 0),
    bodiesTotal: g.bodies.length,
    bodies: listedBodies[i]!.map((b) => ({ ...b, focalChanges: focalByBody.get(b.bodyId) ?? 0, named: namedRows.filter((m) => m.bodyId === b.bodyId) })),
  }));

  // Not attended: meetings of the year neither delegated to nor hosted.
  const notAttendedIds = yearRows.filter((r) => !attendance[r.id]!.attended).map((r) => r.id);
  const notAttended = { total: notAttendedIds.length, rows: meetingRowsByIds(db, notAttendedIds.slice(0, limit)) };

  // Documents: commented on, comment missed (by deadline), adopted.
  const listedDocs = (idList: string[]): Listed<DocumentRow> => ({ total: idList.length, rows: documentRowsByIds(db, idList.slice(0, limit)) });
  const commented = listedDocs(byDeadline.filter((r) => r.commented).map((r) => r.id));
  const commentMissed = listedDocs(byDeadline.filter((r) => r.missed).map((r) => r.id));
  const adopted = listedDocs(ids(adoptedRows));

  // Delegations of the year without a sending decision.
  const undecidedWhere = `FROM delegations d JOIN meetings m ON m.id = d.meeting_id WHERE d.deleted_at IS NULL AND d.status <> 'cancelled' AND m.deleted_at IS NULL AND m.start_date BETWEEN @from AND @to AND COALESCE(d.decision_number, '') = ''`;
  const undecided = {
    total: countOf(statement(db, `SELECT count(*) AS n ${undecidedWhere}`).get(p)),
    rows: statement(db, `${DELEGATION_SELECT} WHERE d.id IN (SELECT d.id ${undecidedWhere} ORDER BY m.start_date, m.id LIMIT @limit) ORDER BY m.start_date, m.id`).all(p) as DelegationRow[],
  };

  // The rest of the current year, and next year: meetings (and those Viet Nam hosts), items due, documents to adopt.
  const upcoming = (statuses: string) => `FROM meetings m INDEXED BY meetings_start WHERE m.start_date > @a AND m.start_date <= @b AND m.deleted_at IS NULL AND m.status IN (${statuses})`;
  const rest = { ...p, a: asOf, b: to };
  const remainingWhere = upcoming(`'planned', 'confirmed'`);
  const remaining = {
    total: countOf(statement(db, `SELECT count(*) AS n ${remainingWhere}`).get(rest)),
    rows: meetingRowsByIds(db, ids(statement(db, `SELECT m.id ${remainingWhere} ORDER BY m.start_date, m.id LIMIT @limit`).all(rest) as Array<{ id: string }>)),
  };
  const remainingHosted = countOf(statement(db, `SELECT count(*) AS n ${remainingWhere} AND ${YEAR_SQL.hosted}`).get(rest));
  const next = { ...p, a: `${year}-12-31`, b: `${year + 1}-12-31`, nextFrom: `${year + 1}-01-01`, nextTo: `${year + 1}-12-31` };
  const plannedHosted = countOf(statement(db, `SELECT count(*) AS n ${upcoming(`'planned', 'confirmed', 'held'`)} AND ${YEAR_SQL.hosted}`).get(next));
  // Open on the count day and due next year: counted on the (status, due) index; the first ones
  // taken per status in due order (and those done after the count day), then merged.
  const dueOpen = `FROM action_items t INDEXED BY action_items_live_status_due WHERE t.deleted_at IS NULL AND t.due_date BETWEEN @nextFrom AND @nextTo`;
  const dueDoneLater = `FROM action_items t INDEXED BY action_items_live_status_done WHERE t.deleted_at IS NULL AND ${ACTION_SQL.doneAfter('@asOf')} AND t.due_date BETWEEN @nextFrom AND @nextTo`;
  const dueTotal = countOf(statement(db, `SELECT (SELECT count(*) ${dueOpen} AND ${ACTION_SQL.openStatus}) + (SELECT count(*) ${dueDoneLater}) AS n`).get(next));
  const dueFirst = [
    ...OPEN_LIST.flatMap((status) => statement(db, `SELECT t.id, t.due_date AS due ${dueOpen} AND t.status = @status ORDER BY t.due_date, t.id LIMIT @limit`).all({ ...next, status }) as Array<{ id: string; due: string }>),
    ...(statement(db, `SELECT t.id, t.due_date AS due ${dueDoneLater} ORDER BY t.due_date, t.id LIMIT @limit`).all(next) as Array<{ id: string; due: string }>),
  ]
    .sort((a, b) => cmp(a.due, b.due) || cmp(a.id, b.id))
    .slice(0, limit);
  const dueNext = { total: dueTotal, rows: actionRowsByIds(db, ids(dueFirst)) };
  const adoptNextWhere = `FROM meetings dm INDEXED BY meetings_start JOIN asean_documents doc ON doc.meeting_id = dm.id WHERE dm.start_date BETWEEN @nextFrom AND @nextTo AND dm.deleted_at IS NULL AND doc.deleted_at IS NULL AND doc.status <> 'adopted'`;
  const adoptNext = {
    total: countOf(statement(db, `SELECT count(*) AS n ${adoptNextWhere}`).get(next)),
    rows: documentRowsByIds(db, ids(statement(db, `SELECT doc.id ${adoptNextWhere} ORDER BY dm.start_date, doc.id LIMIT @limit`).all(next) as Array<{ id: string }>)),
  };

  const listedAttendance = Object.fromEntries(pillars.flatMap((x) => x.meetings.map((m) => [m.id, attendance[m.id] ?? { attended: false, hosted: false }])));
  return {
    raisedTotal: itemsByBody.reduce((sum, r) => sum + r.raised, 0),
    heldTotal: yearRows.length,
    hostedTotal: yearRows.filter((r) => attendance[r.id]!.hosted).length,
    attendedOrHostedTotal: yearRows.filter((r) => attendance[r.id]!.attended).length,
    pillarYears,
    attendance: listedAttendance,
    notAttended,
    commented,
    adopted,
    commentMissed,
    undecided,
    remaining,
    remainingHosted,
    plannedHosted,
    dueNext,
    adoptNext,
  };
}

// ------------------------------------------------------------------ backup and restore
