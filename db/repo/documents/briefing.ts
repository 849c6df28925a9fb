// The briefing's data: the meeting and its chain, the delegation, previous decisions, open work of
// the bodies, focal points and the issuing office, each list bounded (DOCUMENT_LIMITS).
import { OPEN_STATUSES } from '../../../common/actionStanding';
import type { Db } from '../../open';
import type { FocalPointInForce } from '../focalPoints';
import { statement } from '../core/statements';
import type { ActionItemRow, MeetingRow} from '../exports/lists';
import { actionRowsByIds, meetingRowOf, meetingRowsByIds } from '../exports/lists';
import { previousIdOf } from '../meetings';

/** An agenda item as the briefing annotates it: Viet Nam's position and talking points per item. */
export interface AgendaLine {
  number: number;
  titleVi: string;
  titleEn: string | null;
  leadCode: string | null;
  leadNameVi: string | null;
  leadNameEn: string | null;
  position: string | null;
  positionEn: string | null;
  talkingPoints: string | null;
  talkingPointsEn: string | null;
  /** The live documents it concerns. */
  documents: Array<{ titleVi: string; titleEn: string | null; status: string }>;
}

/** A contact of the meeting: the host's organisers, the ASEAN Secretariat, the embassy. */
export interface MeetingContactLine {
  kind: string;
  name: string;
  organisation: string | null;
  email: string | null;
  phone: string | null;
}

export interface MemberLine {
  role: string;
  fullName: string;
  position: string | null;
  agencyNameVi: string | null;
  agencyNameEn: string | null;
  email: string | null;
  phone: string | null;
  travelFrom: string | null;
  travelTo: string | null;
}

export interface ContactLine {
  fullName: string;
  role: string;
  agencyNameVi: string | null;
  agencyNameEn: string | null;
  email: string | null;
  phone: string | null;
}

export interface Issuer {
  ministryVi: string | null;
  ministryEn: string | null;
  officeVi: string;
  officeEn: string;
}

/**
 * How many rows a document lists at most; the rest are counted and the document says "and N
 * more". A real office never reaches them (a few dozen open items per body); at a hundred times
 * that they keep a briefing a few pages long and its reading a handful of index lookups.
 */
export const DOCUMENT_LIMITS = {
  related: 40,
  previousDecisions: 30,
  openItems: 30,
  focalPoints: 60,
  agenda: 80,
  meetingContacts: 40,
  /** Each list of the annual report (per pillar for the meetings). */
  annualList: 50,
  /** Lead agencies in the backlog table of the annual report. */
  annualAgencies: 40,
  /** Bodies given a paragraph of their own in the annual report, per pillar. */
  annualBodies: 12,
  /** Meetings named in a body's paragraph of the annual report. */
  annualNamed: 6,
} as const;

export interface BriefingData {
  meeting: MeetingRow;
  /** The back-to-back meetings, at most DOCUMENT_LIMITS.related of relatedTotal. */
  related: MeetingRow[];
  relatedTotal: number;
  parent: MeetingRow | null;
  delegation: {
    decisionNumber: string | null;
    decisionDate: string | null;
    decisionSigner: string | null;
    funding: string;
    fundingNote: string | null;
    objectives: string | null;
    positions: string | null;
    objectivesEn: string | null;
    positionsEn: string | null;
    classification: string;
    status: string;
  } | null;
  members: MemberLine[];
  /** The annotated agenda, in order (at most DOCUMENT_LIMITS.agenda of agendaTotal). */
  agenda: AgendaLine[];
  agendaTotal: number;
  meetingContacts: MeetingContactLine[];
  previous: MeetingRow | null;
  /** What the previous meeting decided, at most DOCUMENT_LIMITS.previousDecisions of previousDecisionsTotal, by due date. */
  previousDecisions: ActionItemRow[];
  previousDecisionsTotal: number;
  /** Viet Nam's open items for the body and its direct sub-bodies, the most urgent first, at most DOCUMENT_LIMITS.openItems of openItemsTotal. */
  openItems: ActionItemRow[];
  openItemsTotal: number;
  focalPoints: FocalPointInForce[];
  focalPointsTotal: number;
  contacts: ContactLine[];
  issuer: Issuer;
}

/** The ASEAN Vietnam Office in existence on `date`, and the ministry it belongs to: the issuer of the documents. */
export function issuerOn(db: Db, date: string): Issuer {
  const office = statement(
    db,
    `SELECT id, name_vi AS nameVi, name_en AS nameEn, parent_id AS parentId FROM agencies
      WHERE code LIKE '%-AVO' AND deleted_at IS NULL AND (valid_from IS NULL OR valid_from <= @d) AND (valid_to IS NULL OR valid_to >= @d)
      ORDER BY valid_from DESC LIMIT 1`,
  ).get({ d: date }) as { id: string; nameVi: string; nameEn: string; parentId: string | null } | undefined;
  let ministry: { nameVi: string; nameEn: string } | undefined;
  let parentId = office?.parentId ?? null;
  for (let depth = 0; parentId && depth < 5 && !ministry; depth++) {
    const a = statement(db, `SELECT name_vi AS nameVi, name_en AS nameEn, kind, parent_id AS parentId FROM agencies WHERE id = ?`).get(parentId) as
      | { nameVi: string; nameEn: string; kind: string; parentId: string | null }
      | undefined;
    if (a?.kind === 'ministry') ministry = a;
    parentId = a?.parentId ?? null;
  }
  const short = (s: string) => s.replace(/\s*\(.*\)\s*$/, '');
  return {
    ministryVi: ministry?.nameVi ?? null,
    ministryEn: ministry?.nameEn ?? null,
    officeVi: office ? short(office.nameVi) : 'Văn phòng ASEAN Việt Nam',
    officeEn: office ? short(office.nameEn) : 'ASEAN Vietnam Office',
  };
}

/** The statuses of an item still to be done (common/actionStanding.ts). */
export const OPEN_LIST: readonly string[] = OPEN_STATUSES;

export const ids = (rows: Array<{ id: string }>) => rows.map((r) => r.id);

export const countOf = (row: unknown) => (row as { n: number }).n;

/** Bodies whose action items number fewer than this are read from their own index outright. */
const SMALL_SET = 5000;

/**
 * Viet Nam's open action items of these bodies: how many, and the `limit` most urgent (by due
 * date, overdue first; undated last; ties by id), every step through an index:
 * - the bodies' items are first counted on their own index alone (action_items_body, no row
 *   read), never past SMALL_SET;
 * - a small set is read from that index, its open items counted and sorted;
 * - a large one (ASOEN and its working groups at a hundred times a real office: 400,000 items) is
 *   counted by intersecting the row ids of two covering index ranges (the bodies' items and the
 *   open items) and reading only the matches; its most urgent items come from the open items'
 *   (status, due date) index in due order, stopping after `limit` per status.
 */
export function openItemsOfBodies(db: Db, bodyIds: string[], limit: number, smallSet = SMALL_SET): { total: number; ids: string[] } {
  if (bodyIds.length === 0) return { total: 0, ids: [] };
  const p = { bodies: JSON.stringify(bodyIds), open: JSON.stringify(OPEN_LIST), limit };
  const inBodies = `body_id IN (SELECT value FROM json_each(@bodies))`;
  const isOpen = `status IN (SELECT value FROM json_each(@open))`;
  const ofBodies = countOf(statement(db, `SELECT count(*) AS n FROM (SELECT 1 FROM action_items INDEXED BY action_items_body WHERE ${inBodies} LIMIT @smallSet)`).get({ ...p, smallSet }));
  if (ofBodies < smallSet) {
    const where = `t.deleted_at IS NULL AND t.${isOpen} AND t.${inBodies}`;
    const total = countOf(statement(db, `SELECT count(*) AS n FROM action_items t INDEXED BY action_items_body WHERE ${where}`).get(p));
    const top = statement(db, `SELECT t.id FROM action_items t INDEXED BY action_items_body WHERE ${where} ORDER BY t.due_date IS NULL, t.due_date, t.id LIMIT @limit`).all(p) as Array<{ id: string }>;
    return { total, ids: ids(top) };
  }
  const total = countOf(
    statement(
      db,
      `SELECT count(*) AS n FROM action_items t
        WHERE t.rowid IN (SELECT rowid FROM action_items INDEXED BY action_items_body WHERE ${inBodies}
                          INTERSECT SELECT rowid FROM action_items INDEXED BY action_items_live_status_due WHERE ${isOpen} AND deleted_at IS NULL)
          AND t.deleted_at IS NULL`,
    ).get(p),
  );
  // Per status in due order; the items due on the same day as the last one taken come too, so ties go by id.
  const dated = `t.due_date IS NOT NULL AND t.deleted_at IS NULL AND t.${inBodies}`;
  const candidates = new Map<string, string>();
  for (const status of OPEN_LIST) {
    const rows = statement(db, `SELECT t.id, t.due_date AS due FROM action_items t INDEXED BY action_items_live_status_due WHERE t.status = @status AND ${dated} ORDER BY t.due_date LIMIT @limit`).all({ ...p, status }) as Array<{ id: string; due: string }>;
    for (const r of rows) candidates.set(r.id, r.due);
    const last = rows.at(-1);
    if (rows.length === limit && last) {
      const ties = statement(db, `SELECT t.id, t.due_date AS due FROM action_items t INDEXED BY action_items_live_status_due WHERE t.status = @status AND t.due_date = @due AND ${dated}`).all({ ...p, status, due: last.due }) as Array<{ id: string; due: string }>;
      for (const r of ties) candidates.set(r.id, r.due);
    }
  }
  const top = [...candidates].sort(([ia, da], [ib, db_]) => (da < db_ ? -1 : da > db_ ? 1 : ia < ib ? -1 : ia > ib ? 1 : 0)).slice(0, limit).map(([id]) => id);
  if (top.length < limit) {
    const undated = statement(
      db,
      `SELECT t.id FROM action_items t INDEXED BY action_items_live_status_due WHERE t.${isOpen} AND t.due_date IS NULL AND t.deleted_at IS NULL AND t.${inBodies} ORDER BY t.id LIMIT @rest`,
    ).all({ ...p, rest: limit - top.length }) as Array<{ id: string }>;
    top.push(...ids(undated));
  }
  return { total, ids: top };
}

/** Focal points in force on the first or the last day of [start, end] for these bodies (the first body first), at most `limit`. */
function focalPointsOfBodies(db: Db, bodyIds: string[], start: string, end: string, limit: number): { total: number; rows: FocalPointInForce[] } {
  const where = `fa.body_id IN (SELECT value FROM json_each(@bodies)) AND fa.deleted_at IS NULL AND fa.valid_from <= @end
     AND ((fa.valid_from <= @start AND (fa.valid_to IS NULL OR fa.valid_to >= @start)) OR (fa.valid_to IS NULL OR fa.valid_to >= @end))`;
  const params = { bodies: JSON.stringify(bodyIds), start, end, main: bodyIds[0] ?? null, limit };
  const total = countOf(statement(db, `SELECT count(*) AS n FROM focal_assignments fa WHERE ${where}`).get(params));
  const rows = statement(
    db,
    `SELECT fa.id AS assignmentId, fa.version AS version, fa.body_id AS bodyId, b.code AS bodyCode, b.name_vi AS bodyNameVi, b.name_en AS bodyNameEn,
            fa.role AS role, fa.agency_id AS agencyId, a.code AS agencyCode, a.name_vi AS agencyNameVi, a.name_en AS agencyNameEn,
            fa.person_id AS personId, p.full_name AS personName,
            fa.legal_basis_id AS legalBasisId, lb.number AS legalBasisNumber, lb.issued_on AS legalBasisIssuedOn,
            fa.valid_from AS validFrom, fa.valid_to AS validTo
       FROM focal_assignments fa
       JOIN bodies b ON b.id = fa.body_id
       JOIN agencies a ON a.id = fa.agency_id
       LEFT JOIN people p ON p.id = fa.person_id
       LEFT JOIN legal_bases lb ON lb.id = fa.legal_basis_id
      WHERE ${where}
      ORDER BY fa.body_id <> @main, b.code, fa.role, a.code, fa.valid_from
      LIMIT @limit`,
  ).all(params) as FocalPointInForce[];
  return { total, rows };
}

/** The meetings held back to back with this one (its children), by date (at most `limit` of relatedTotal). */
export function relatedOf(db: Db, meetingId: string, limit: number): { related: MeetingRow[]; relatedTotal: number } {
  const relatedTotal = countOf(statement(db, `SELECT count(*) AS n FROM meetings WHERE parent_id = ? AND deleted_at IS NULL`).get(meetingId));
  const related = meetingRowsByIds(db, ids(statement(db, `SELECT id FROM meetings WHERE parent_id = ? AND deleted_at IS NULL ORDER BY start_date, id LIMIT ?`).all(meetingId, limit) as Array<{ id: string }>));
  return { related, relatedTotal };
}

/** The action items a meeting and its back-to-back meetings raised, by due date (at most `limit` of total), through the source meeting's index. */
export function decisionsOf(db: Db, meetingId: string, limit: number): { items: ActionItemRow[]; total: number } {
  const where = `t.deleted_at IS NULL AND t.source_meeting_id IN (SELECT @id UNION ALL SELECT id FROM meetings WHERE parent_id = @id)`;
  const total = countOf(statement(db, `SELECT count(*) AS n FROM action_items t WHERE ${where}`).get({ id: meetingId }));
  const items = actionRowsByIds(db, ids(statement(db, `SELECT t.id FROM action_items t WHERE ${where} ORDER BY t.due_date, t.id LIMIT @limit`).all({ id: meetingId, limit }) as Array<{ id: string }>));
  return { items, total };
}

/** The meeting's delegation (its id beside the fields the documents show), or undefined. */
export function delegationOf(db: Db, meetingId: string): (NonNullable<BriefingData['delegation']> & { id: string }) | undefined {
  return statement(
    db,
    `SELECT id, decision_number AS decisionNumber, decision_date AS decisionDate, decision_signer AS decisionSigner, funding, funding_note AS fundingNote,
            objectives, positions, objectives_en AS objectivesEn, positions_en AS positionsEn, classification, status FROM delegations WHERE meeting_id = ? AND deleted_at IS NULL`,
  ).get(meetingId) as (NonNullable<BriefingData['delegation']> & { id: string }) | undefined;
}

/** The members of a delegation: the head first, then the deputy, the members, the others. */
export function membersOf(db: Db, delegationId: string): MemberLine[] {
  return statement(
    db,
    `SELECT dm.role, p.full_name AS fullName, COALESCE(dm.position, p.position) AS position, a.name_vi AS agencyNameVi, a.name_en AS agencyNameEn,
            p.email, p.phone, dm.travel_from AS travelFrom, dm.travel_to AS travelTo
       FROM delegation_members dm JOIN people p ON p.id = dm.person_id LEFT JOIN agencies a ON a.id = COALESCE(dm.agency_id, p.agency_id)
      WHERE dm.delegation_id = ? AND dm.deleted_at IS NULL
      ORDER BY CASE dm.role WHEN 'head' THEN 0 WHEN 'deputy_head' THEN 1 WHEN 'member' THEN 2 ELSE 3 END, dm.sort_order, p.full_name`,
  ).all(delegationId) as MemberLine[];
}

/**
 * The previous meeting of the series: the one set on the meeting (or proposed: same body, number
 * − 1), else the body's meeting before this one (meetings_body_start).
 */
export function previousMeetingOf(db: Db, row: MeetingRow): MeetingRow | null {
  const series = statement(db, `SELECT sequence, previous_id AS previousId FROM meetings WHERE id = ?`).get(row.id) as { sequence: number | null; previousId: string | null };
  const seriesPrevious = previousIdOf(db, { id: row.id, bodyId: row.bodyId, ...series });
  if (seriesPrevious) return meetingRowsByIds(db, [seriesPrevious])[0] ?? null;
  const p = statement(
    db,
    `SELECT id FROM meetings WHERE body_id = @bodyId AND deleted_at IS NULL AND status <> 'cancelled' AND start_date < @start AND id <> @id
      ORDER BY start_date DESC, id DESC LIMIT 1`,
  ).get({ bodyId: row.bodyId, start: row.startDate, id: row.id }) as { id: string } | undefined;
  return p ? (meetingRowsByIds(db, [p.id])[0] ?? null) : null;
}

/** The meeting's agenda in order, each item with Viet Nam's position and the documents it concerns (at most `limit` of agendaTotal). */
export function agendaOf(db: Db, meetingId: string, limit: number): { agenda: AgendaLine[]; agendaTotal: number } {
  const agendaTotal = countOf(statement(db, `SELECT count(*) AS n FROM agenda_items WHERE meeting_id = ? AND deleted_at IS NULL`).get(meetingId));
  const agenda = (
    statement(
      db,
      `SELECT t.number, t.title_vi AS titleVi, t.title_en AS titleEn, a.code AS leadCode, a.name_vi AS leadNameVi, a.name_en AS leadNameEn,
              t.position, t.position_en AS positionEn, t.talking_points AS talkingPoints, t.talking_points_en AS talkingPointsEn,
              (SELECT json_group_array(json_object('titleVi', d.title_vi, 'titleEn', d.title_en, 'status', d.status))
                 FROM agenda_item_documents x JOIN asean_documents d ON d.id = x.document_id WHERE x.agenda_item_id = t.id AND d.deleted_at IS NULL) AS documents
         FROM agenda_items t LEFT JOIN agencies a ON a.id = t.lead_agency_id
        WHERE t.meeting_id = ? AND t.deleted_at IS NULL ORDER BY t.number, t.id LIMIT ?`,
    ).all(meetingId, limit) as Array<Omit<AgendaLine, 'documents'> & { documents: string }>
  ).map((r) => ({ ...r, documents: JSON.parse(r.documents) as AgendaLine['documents'] }));
  return { agenda, agendaTotal };
}

/**
 * The briefing of a meeting. Every list is read through an index and bounded (DOCUMENT_LIMITS),
 * with its total beside it, so the briefing costs the same at a hundred times a real office.
 */
export function briefingData(db: Db, meetingId: string, today: string): BriefingData {
  const row = meetingRowOf(db, meetingId);
  const { related, relatedTotal } = relatedOf(db, meetingId, DOCUMENT_LIMITS.related);
  const parent = row.parentId ? (meetingRowsByIds(db, [row.parentId])[0] ?? null) : null;
  const delegation = delegationOf(db, meetingId);
  const members = delegation ? membersOf(db, delegation.id) : [];
  const previous = previousMeetingOf(db, row);
  // What the previous meeting of the series (and its back-to-back meetings) decided.
  const { items: previousDecisions, total: previousDecisionsTotal } = previous ? decisionsOf(db, previous.id, DOCUMENT_LIMITS.previousDecisions) : { items: [], total: 0 };
  // The bodies of this meeting: its own, its direct sub-bodies (working groups under ASOEN) and those of the related meetings.
  const relatedBodies = statement(db, `SELECT DISTINCT body_id AS id FROM meetings WHERE parent_id = ? AND deleted_at IS NULL`).all(meetingId) as Array<{ id: string }>;
  const subBodies = statement(db, `SELECT id FROM bodies WHERE parent_id = ? AND deleted_at IS NULL`).all(row.bodyId) as Array<{ id: string }>;
  const bodyIds = [...new Set([row.bodyId, ...ids(relatedBodies), ...ids(subBodies)])];
  const open = openItemsOfBodies(db, bodyIds, DOCUMENT_LIMITS.openItems);
  const openItems = actionRowsByIds(db, open.ids);
  // In force on the meeting's dates: on its first or its last day (a change mid-meeting shows both).
  const focal = focalPointsOfBodies(db, [...new Set([row.bodyId, ...ids(relatedBodies)])], row.startDate, row.endDate, DOCUMENT_LIMITS.focalPoints);
  const focalPoints = focal.rows;
  const contacts: ContactLine[] = [];
  const seen = new Set<string>();
  for (const m of members) {
    if (seen.has(m.fullName)) continue;
    seen.add(m.fullName);
    contacts.push({ fullName: m.fullName, role: m.role, agencyNameVi: m.agencyNameVi, agencyNameEn: m.agencyNameEn, email: m.email, phone: m.phone });
  }
  for (const f of focalPoints) {
    if (!f.personId || !f.personName || seen.has(f.personName)) continue;
    seen.add(f.personName);
    const p = statement(db, `SELECT email, phone FROM people WHERE id = ?`).get(f.personId) as { email: string | null; phone: string | null } | undefined;
    contacts.push({ fullName: f.personName, role: f.role, agencyNameVi: f.agencyNameVi, agencyNameEn: f.agencyNameEn, email: p?.email ?? null, phone: p?.phone ?? null });
  }
  const { agenda, agendaTotal } = agendaOf(db, meetingId, DOCUMENT_LIMITS.agenda);
  const meetingContacts = statement(
    db,
    `SELECT kind, name, organisation, email, phone FROM meeting_contacts WHERE meeting_id = ? AND deleted_at IS NULL ORDER BY sort_order, id LIMIT ?`,
  ).all(meetingId, DOCUMENT_LIMITS.meetingContacts) as MeetingContactLine[];
  const { id: _delegationId, ...delegationFields } = delegation ?? { id: '' };
  return {
    meeting: row,
    related,
    relatedTotal,
    parent,
    delegation: delegation ? (delegationFields as BriefingData['delegation']) : null,
    members,
    agenda,
    agendaTotal,
    meetingContacts,
    previous,
    previousDecisions,
    previousDecisionsTotal,
    openItems,
    openItemsTotal: open.total,
    focalPoints,
    focalPointsTotal: focal.total,
    contacts,
    issuer: issuerOn(db, today),
  };
}

// ------------------------------------------------------------------ the annual report
