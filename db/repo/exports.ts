// The export log, the read models of the documents (briefing, annual report, tracker, CSV,
// calendar) and the database-level steps of backup and restore. The services in
// electron/services turn these into files; all SQL stays here.
import Database from 'better-sqlite3';
import type { ExportKind, ExportStatus } from '../../common/enums';
import { AppError } from '../errors';
import { appliedMigrations, checkMigrationState, readJournal } from '../migrate';
import type { Db } from '../open';
import { actionItems, delegations, meetings } from './entities';
import type { FocalPointInForce } from './focal';
import { BACKUP_TABLES, dataTables } from './backupLog';
import { statement } from './statements';

// ------------------------------------------------------------------ the export log

export interface ExportRecord {
  id: string;
  kind: ExportKind;
  format: string;
  language: string | null;
  meetingId: string | null;
  year: number | null;
  params: Record<string, unknown> | null;
  folder: string;
  fileName: string | null;
  bytes: number | null;
  sha256: string | null;
  status: ExportStatus;
  error: string | null;
  startedAt: string;
  finishedAt: string | null;
}

const EXPORT_COLUMNS = `id, kind, format, language, meeting_id AS meetingId, year, params, folder, file_name AS fileName, bytes, sha256,
  status, error, started_at AS startedAt, finished_at AS finishedAt`;

function mapExport(raw: Record<string, unknown>): ExportRecord {
  return { ...(raw as unknown as ExportRecord), params: typeof raw.params === 'string' ? (JSON.parse(raw.params) as Record<string, unknown>) : null };
}

/**
 * Records one export. Called in its own short transaction once the file is written (or the
 * attempt failed), never inside the request that started it, so a failure is recorded too.
 */
export function recordExport(db: Db, record: ExportRecord, now: string): void {
  // A meeting deleted while its briefing was being written must not lose the record.
  const meetingId = record.meetingId && statement(db, 'SELECT 1 FROM meetings WHERE id = ?').get(record.meetingId) ? record.meetingId : null;
  statement(
    db,
    `INSERT INTO exports (id, created_at, updated_at, version, kind, format, language, meeting_id, year, params, folder, file_name, bytes, sha256,
                          status, error, started_at, finished_at)
     VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    record.id,
    now,
    now,
    record.kind,
    record.format,
    record.language,
    meetingId,
    record.year,
    record.params === null ? null : JSON.stringify(record.params),
    record.folder,
    record.fileName,
    record.bytes,
    record.sha256,
    record.status,
    record.error,
    record.startedAt,
    record.finishedAt,
  );
}

export function getExport(db: Db, id: string): ExportRecord | undefined {
  const raw = statement(db, `SELECT ${EXPORT_COLUMNS} FROM exports WHERE id = ? AND deleted_at IS NULL`).get(id) as Record<string, unknown> | undefined;
  return raw ? mapExport(raw) : undefined;
}

/** The newest first, keyset-paged on (started_at, id). */
export function listExports(db: Db, input: { limit: number; cursor?: string | null; kind?: ExportKind; meetingId?: string }): { items: ExportRecord[]; nextCursor: string | null } {
  let after: [string, string] | null = null;
  if (input.cursor) {
    try {
      const parsed = JSON.parse(Buffer.from(input.cursor, 'base64url').toString('utf8')) as unknown;
      if (Array.isArray(parsed) && typeof parsed[0] === 'string' && typeof parsed[1] === 'string') after = [parsed[0], parsed[1]];
    } catch {
      // handled below
    }
    if (!after) throw new AppError('VALIDATION', { vi: 'Con trỏ phân trang không hợp lệ; hãy tải lại danh sách.', en: 'The paging cursor is not valid; reload the list.' });
  }
  const rows = statement(
    db,
    `SELECT ${EXPORT_COLUMNS} FROM exports
      WHERE deleted_at IS NULL
        AND (@kind IS NULL OR kind = @kind) AND (@meetingId IS NULL OR meeting_id = @meetingId)
        AND (@afterAt IS NULL OR started_at < @afterAt OR (started_at = @afterAt AND id < @afterId))
      ORDER BY started_at DESC, id DESC LIMIT @limit`,
  ).all({
    kind: input.kind ?? null,
    meetingId: input.meetingId ?? null,
    afterAt: after?.[0] ?? null,
    afterId: after?.[1] ?? null,
    limit: input.limit + 1,
  }) as Record<string, unknown>[];
  const more = rows.length > input.limit;
  const items = rows.slice(0, input.limit).map(mapExport);
  const last = items.at(-1);
  return { items, nextCursor: more && last ? Buffer.from(JSON.stringify([last.startedAt, last.id])).toString('base64url') : null };
}

// ------------------------------------------------------------------ shared read models

/** Rows per page of the long lists (tracker, CSV, calendar). */
const PAGE = 500;

export interface MeetingRow {
  id: string;
  version: number;
  updatedAt: string;
  parentId: string | null;
  bodyId: string;
  bodyCode: string;
  bodyNameVi: string;
  bodyNameEn: string;
  pillarCode: string | null;
  pillarNameVi: string | null;
  pillarNameEn: string | null;
  sequence: number | null;
  titleVi: string;
  titleEn: string;
  startDate: string;
  endDate: string;
  city: string | null;
  countryNameVi: string | null;
  countryNameEn: string | null;
  format: string;
  status: string;
  notes: string | null;
  parentTitleVi: string | null;
  parentTitleEn: string | null;
}

const MEETING_SELECT = `
  SELECT m.id, m.version, m.updated_at AS updatedAt, m.parent_id AS parentId, m.body_id AS bodyId, b.code AS bodyCode, b.name_vi AS bodyNameVi, b.name_en AS bodyNameEn,
         pl.code AS pillarCode, pl.name_vi AS pillarNameVi, pl.name_en AS pillarNameEn,
         m.sequence, m.title_vi AS titleVi, m.title_en AS titleEn, m.start_date AS startDate, m.end_date AS endDate, m.city,
         c.name_vi AS countryNameVi, c.name_en AS countryNameEn, m.format, m.status, m.notes,
         pm.title_vi AS parentTitleVi, pm.title_en AS parentTitleEn
    FROM meetings m
    JOIN bodies b ON b.id = m.body_id
    LEFT JOIN bodies pb ON pb.id = b.parent_id
    LEFT JOIN pillars pl ON pl.id = COALESCE(b.pillar_id, pb.pillar_id)
    LEFT JOIN countries c ON c.id = m.host_country_id
    LEFT JOIN meetings pm ON pm.id = m.parent_id`;

function meetingRowsByIds(db: Db, ids: string[]): MeetingRow[] {
  if (ids.length === 0) return [];
  const rows = statement(db, `${MEETING_SELECT} WHERE m.id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids)) as MeetingRow[];
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id)).filter((r): r is MeetingRow => !!r);
}

/** One meeting as the documents show it; NOT_FOUND if there is no such (live) meeting. */
export function meetingRowOf(db: Db, id: string): MeetingRow {
  const meeting = meetings.get(db, id);
  return meetingRowsByIds(db, [meeting.id])[0]!;
}

export interface MeetingFilter {
  bodyId?: string;
  status?: string[];
  parentId?: string | null;
  year?: number;
  from?: string;
  to?: string;
}

/**
 * The meetings of the Meetings screen with these filters (the same as meetings.list), oldest
 * first, a page at a time (keyset paging, so a page costs the same at the end of a million
 * rows as at the start). No statement stays open between pages: the caller may await
 * between them (in one read transaction, for a consistent snapshot).
 */
export function* meetingPages(db: Db, filter: MeetingFilter = {}, q?: string | null, pageSize = PAGE): Generator<MeetingRow[]> {
  let cursor: string | null = null;
  do {
    const page = meetings.listIds(db, { filter: filter as Record<string, unknown>, ...(q ? { q } : {}), sort: { field: 'startDate', dir: 'asc' }, limit: pageSize, cursor });
    yield meetingRowsByIds(db, page.items.map((r) => r.id));
    cursor = page.nextCursor;
  } while (cursor);
}

export interface ActionItemRow {
  id: string;
  title: string;
  description: string | null;
  status: string;
  priority: string;
  dueDate: string | null;
  completedOn: string | null;
  completionNote: string | null;
  sourceRef: string | null;
  bodyCode: string | null;
  leadAgencyCode: string | null;
  leadAgencyNameVi: string | null;
  leadAgencyNameEn: string | null;
  supportingAgencyCodes: string | null;
  ownerName: string | null;
  sourceMeetingId: string | null;
  sourceMeetingTitleVi: string | null;
  sourceMeetingTitleEn: string | null;
  sourceMeetingStart: string | null;
  lastUpdate: string | null;
}

const ACTION_SELECT = `
  SELECT t.id, t.title, t.description, t.status, t.priority, t.due_date AS dueDate, t.completed_on AS completedOn, t.completion_note AS completionNote,
         t.source_ref AS sourceRef, b.code AS bodyCode, a.code AS leadAgencyCode, a.name_vi AS leadAgencyNameVi, a.name_en AS leadAgencyNameEn,
         (SELECT group_concat(code, ', ') FROM (SELECT sa.code FROM action_item_supporters s JOIN agencies sa ON sa.id = s.agency_id WHERE s.action_item_id = t.id ORDER BY sa.code)) AS supportingAgencyCodes,
         p.full_name AS ownerName, t.source_meeting_id AS sourceMeetingId, m.title_vi AS sourceMeetingTitleVi, m.title_en AS sourceMeetingTitleEn, m.start_date AS sourceMeetingStart,
         (SELECT u.date || ': ' || u.note FROM action_updates u WHERE u.action_item_id = t.id AND u.deleted_at IS NULL ORDER BY u.date DESC, u.id DESC LIMIT 1) AS lastUpdate
    FROM action_items t
    LEFT JOIN bodies b ON b.id = t.body_id
    LEFT JOIN agencies a ON a.id = t.lead_agency_id
    LEFT JOIN people p ON p.id = t.owner_person_id
    LEFT JOIN meetings m ON m.id = t.source_meeting_id`;

function actionRowsByIds(db: Db, ids: string[]): ActionItemRow[] {
  if (ids.length === 0) return [];
  const rows = statement(db, `${ACTION_SELECT} WHERE t.id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids)) as ActionItemRow[];
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id)).filter((r): r is ActionItemRow => !!r);
}

/** The action items of the screen with its filters and search (exactly what actionItems.list shows), by due date, a page at a time (see meetingPages). */
export function* actionItemPages(db: Db, filter: Record<string, unknown> = {}, q?: string | null, pageSize = PAGE): Generator<ActionItemRow[]> {
  let cursor: string | null = null;
  do {
    const page = actionItems.listIds(db, { filter, ...(q ? { q } : {}), sort: { field: 'dueDate', dir: 'asc' }, limit: pageSize, cursor });
    yield actionRowsByIds(db, page.items.map((r) => r.id));
    cursor = page.nextCursor;
  } while (cursor);
}

/** How many rows actionItemPages will give (for the progress of a long export). */
export function actionItemCount(db: Db, filter: Record<string, unknown> = {}, q?: string | null): number {
  return actionItems.count(db, { filter, ...(q ? { q } : {}) });
}

/** How many rows meetingPages will give. */
export function meetingCount(db: Db, filter: MeetingFilter = {}, q?: string | null): number {
  return meetings.count(db, { filter: filter as Record<string, unknown>, ...(q ? { q } : {}) });
}

export interface DelegationRow {
  id: string;
  meetingId: string;
  meetingTitleVi: string;
  meetingTitleEn: string;
  bodyCode: string;
  startDate: string;
  endDate: string;
  city: string | null;
  countryNameVi: string | null;
  countryNameEn: string | null;
  decisionNumber: string | null;
  decisionDate: string | null;
  decisionSigner: string | null;
  funding: string;
  status: string;
  classification: string;
  headName: string | null;
  headPosition: string | null;
  memberCount: number;
  memberNames: string | null;
}

const DELEGATION_SELECT = `
  SELECT d.id, d.meeting_id AS meetingId, m.title_vi AS meetingTitleVi, m.title_en AS meetingTitleEn, b.code AS bodyCode, m.start_date AS startDate, m.end_date AS endDate,
         m.city, c.name_vi AS countryNameVi, c.name_en AS countryNameEn, d.decision_number AS decisionNumber, d.decision_date AS decisionDate, d.decision_signer AS decisionSigner,
         d.funding, d.status, d.classification,
         (SELECT p.full_name FROM delegation_members dm JOIN people p ON p.id = dm.person_id WHERE dm.delegation_id = d.id AND dm.role = 'head' AND dm.deleted_at IS NULL) AS headName,
         (SELECT COALESCE(dm.position, p.position) FROM delegation_members dm JOIN people p ON p.id = dm.person_id WHERE dm.delegation_id = d.id AND dm.role = 'head' AND dm.deleted_at IS NULL) AS headPosition,
         (SELECT count(*) FROM delegation_members dm WHERE dm.delegation_id = d.id AND dm.deleted_at IS NULL) AS memberCount,
         (SELECT group_concat(full_name, '; ') FROM (SELECT p.full_name FROM delegation_members dm JOIN people p ON p.id = dm.person_id
                                                     WHERE dm.delegation_id = d.id AND dm.deleted_at IS NULL ORDER BY dm.sort_order, p.full_name)) AS memberNames
    FROM delegations d
    JOIN meetings m ON m.id = d.meeting_id
    JOIN bodies b ON b.id = m.body_id
    LEFT JOIN countries c ON c.id = m.host_country_id`;

/**
 * The delegations (filters of delegations.list), by the meeting's start date, a page at a time:
 * keyset paging over the meetings' start index, so a million-row database never holds more
 * than a page in memory.
 */
export function* delegationPages(db: Db, filter: { meetingId?: string; status?: string } = {}, pageSize = PAGE): Generator<DelegationRow[]> {
  const sql = `${DELEGATION_SELECT}
    WHERE d.deleted_at IS NULL
      AND (@meetingId IS NULL OR d.meeting_id = @meetingId) AND (@status IS NULL OR d.status = @status)
      AND (@afterStart IS NULL OR m.start_date > @afterStart OR (m.start_date = @afterStart AND m.id > @afterId))
    ORDER BY m.start_date, m.id LIMIT @limit`;
  let after: [string, string] | null = null;
  for (;;) {
    const rows = statement(db, sql).all({
      meetingId: filter.meetingId ?? null,
      status: filter.status ?? null,
      afterStart: after?.[0] ?? null,
      afterId: after?.[1] ?? null,
      limit: pageSize,
    }) as DelegationRow[];
    if (rows.length) yield rows;
    if (rows.length < pageSize) return;
    const last = rows.at(-1)!;
    after = [last.startDate, last.meetingId];
  }
}

/** How many rows delegationPages will give. */
export function delegationCount(db: Db, filter: { meetingId?: string; status?: string } = {}): number {
  return delegations.count(db, { filter });
}

// ------------------------------------------------------------------ the briefing

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
  /** Each list of the annual report (per pillar for the meetings). */
  annualList: 50,
  /** Lead agencies in the backlog table of the annual report. */
  annualAgencies: 40,
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
    classification: string;
    status: string;
  } | null;
  members: MemberLine[];
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

const OPEN_LIST = ['open', 'in_progress', 'blocked'];
const ids = (rows: Array<{ id: string }>) => rows.map((r) => r.id);
const countOf = (row: unknown) => (row as { n: number }).n;

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

/**
 * The briefing of a meeting. Every list is read through an index and bounded (DOCUMENT_LIMITS),
 * with its total beside it, so the briefing costs the same at a hundred times a real office.
 */
export function briefingData(db: Db, meetingId: string, today: string): BriefingData {
  const row = meetingRowOf(db, meetingId);
  const relatedTotal = countOf(statement(db, `SELECT count(*) AS n FROM meetings WHERE parent_id = ? AND deleted_at IS NULL`).get(meetingId));
  const related = meetingRowsByIds(
    db,
    ids(statement(db, `SELECT id FROM meetings WHERE parent_id = ? AND deleted_at IS NULL ORDER BY start_date, id LIMIT ?`).all(meetingId, DOCUMENT_LIMITS.related) as Array<{ id: string }>),
  );
  const parent = row.parentId ? (meetingRowsByIds(db, [row.parentId])[0] ?? null) : null;
  const delegation = statement(
    db,
    `SELECT id, decision_number AS decisionNumber, decision_date AS decisionDate, decision_signer AS decisionSigner, funding, funding_note AS fundingNote,
            objectives, positions, classification, status FROM delegations WHERE meeting_id = ? AND deleted_at IS NULL`,
  ).get(meetingId) as (BriefingData['delegation'] & { id: string }) | undefined;
  const members = delegation
    ? (statement(
        db,
        `SELECT dm.role, p.full_name AS fullName, COALESCE(dm.position, p.position) AS position, a.name_vi AS agencyNameVi, a.name_en AS agencyNameEn,
                p.email, p.phone, dm.travel_from AS travelFrom, dm.travel_to AS travelTo
           FROM delegation_members dm JOIN people p ON p.id = dm.person_id LEFT JOIN agencies a ON a.id = COALESCE(dm.agency_id, p.agency_id)
          WHERE dm.delegation_id = ? AND dm.deleted_at IS NULL
          ORDER BY CASE dm.role WHEN 'head' THEN 0 WHEN 'deputy_head' THEN 1 WHEN 'member' THEN 2 ELSE 3 END, dm.sort_order, p.full_name`,
      ).all(delegation.id) as MemberLine[])
    : [];
  // The previous meeting of the series: the body's meeting before this one (meetings_body_start).
  const previous = (() => {
    const p = statement(
      db,
      `SELECT id FROM meetings WHERE body_id = @bodyId AND deleted_at IS NULL AND status <> 'cancelled' AND start_date < @start AND id <> @id
        ORDER BY start_date DESC, id DESC LIMIT 1`,
    ).get({ bodyId: row.bodyId, start: row.startDate, id: row.id }) as { id: string } | undefined;
    return p ? (meetingRowsByIds(db, [p.id])[0] ?? null) : null;
  })();
  // What the previous meeting of the series (and its back-to-back meetings) decided: by the source meeting's index.
  const decisionsWhere = `t.deleted_at IS NULL AND t.source_meeting_id IN (SELECT @id UNION ALL SELECT id FROM meetings WHERE parent_id = @id)`;
  const previousDecisionsTotal = previous ? countOf(statement(db, `SELECT count(*) AS n FROM action_items t WHERE ${decisionsWhere}`).get({ id: previous.id })) : 0;
  const previousDecisions = previous
    ? actionRowsByIds(
        db,
        ids(statement(db, `SELECT t.id FROM action_items t WHERE ${decisionsWhere} ORDER BY t.due_date, t.id LIMIT @limit`).all({ id: previous.id, limit: DOCUMENT_LIMITS.previousDecisions }) as Array<{ id: string }>),
      )
    : [];
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
  const { id: _delegationId, ...delegationFields } = delegation ?? { id: '' };
  return {
    meeting: row,
    related,
    relatedTotal,
    parent,
    delegation: delegation ? (delegationFields as BriefingData['delegation']) : null,
    members,
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
  agencyCode: string | null;
  agencyNameVi: string | null;
  agencyNameEn: string | null;
  open: number;
  overdue: number;
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

  // Raised in the year: decided at a meeting of that year (meetings_start, then the source meeting's
  // index), or, without a source meeting, first due that year (action_items_live_unsourced_due,
  // which holds only the live items without a source meeting: no lookup of the ones with one).
  // The first rows: the first of each half, merged.
  const raisedFromMeetings = `FROM meetings m INDEXED BY meetings_start JOIN action_items t ON t.source_meeting_id = m.id
                               WHERE m.start_date BETWEEN @from AND @to AND t.deleted_at IS NULL`;
  const raisedUnsourced = `FROM action_items t INDEXED BY action_items_live_unsourced_due
                            WHERE t.due_date BETWEEN @from AND @to AND t.source_meeting_id IS NULL AND t.deleted_at IS NULL`;
  const raised = statement(
    db,
    `SELECT (SELECT count(*) ${raisedFromMeetings}) + (SELECT count(*) ${raisedUnsourced}) AS total,
            (SELECT json_group_array(id) FROM (
               SELECT id, k FROM (SELECT t.id, m.start_date AS k ${raisedFromMeetings} ORDER BY m.start_date, t.id LIMIT @limit)
               UNION ALL
               SELECT id, k FROM (SELECT t.id, t.due_date AS k ${raisedUnsourced} ORDER BY t.due_date, t.id LIMIT @limit)
               ORDER BY k, id LIMIT @limit)) AS ids`,
  ).get(p) as { total: number; ids: string };

  // Completed in the year: one range of action_items_live_status_done (covering), in its order.
  const doneInYear = `FROM action_items t INDEXED BY action_items_live_status_done
                       WHERE t.deleted_at IS NULL AND t.status = 'done' AND t.completed_on BETWEEN @from AND @to`;
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
        WHERE t.deleted_at IS NULL AND t.status = 'done' AND t.completed_on > @asOf AND ${raisedBy('t.source_meeting_id IN later')}),
     byAgency AS MATERIALIZED (
       SELECT agencyId, sum(open) AS open, sum(overdue) AS overdue FROM (
         SELECT t.lead_agency_id AS agencyId, count(*) AS open, sum(t.due_date < @asOf) AS overdue FROM action_items t INDEXED BY action_items_live_open_agency
          WHERE t.deleted_at IS NULL AND t.status IN ('open', 'in_progress', 'blocked') AND ${raisedBy('t.source_meeting_id IN later')}
          GROUP BY t.lead_agency_id
         UNION ALL
         SELECT agencyId, count(*), sum(due < @asOf) FROM doneLater GROUP BY agencyId)
       GROUP BY agencyId),
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
      const a = agencyId ? (agencyName.get(agencyId) as { code: string; nameVi: string; nameEn: string } | undefined) : undefined;
      return { agencyCode: a?.code ?? null, agencyNameVi: a?.nameVi ?? null, agencyNameEn: a?.nameEn ?? null, open, overdue };
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
    raised: actionRowsByIds(db, json<string>(raised.ids)).sort((x, y) => cmp(raisedKey(x), raisedKey(y)) || cmp(x.id, y.id)),
    raisedTotal: raised.total,
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
  };
}

// ------------------------------------------------------------------ backup and restore

/**
 * A consistent copy of the database into `file` through SQLite's online backup API. The whole
 * copy runs in ONE read transaction of this connection: a write by another connection meanwhile
 * (the app keeps working) neither tears the copy nor restarts it, and the copy is the database
 * as it was when the transaction began. It goes in steps, so `onStep` can report progress and
 * stop it (by throwing) between them. Must be called outside any transaction of `db`.
 */
export async function copyDatabaseTo(db: Db, file: string, onStep?: (fraction: number) => void): Promise<void> {
  db.exec('BEGIN');
  try {
    // A read makes the transaction real: from here on this connection sees one snapshot.
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    await db.backup(file, {
      progress({ totalPages, remainingPages }) {
        if (totalPages > 0) onStep?.((totalPages - remainingPages) / totalPages);
        return 4096;
      },
    });
  } finally {
    if (db.inTransaction) db.exec('COMMIT');
  }
}

function openFile(file: string, readonly: boolean): Db {
  return new Database(file, { readonly, fileMustExist: true });
}

function notADatabase(file: string): AppError {
  return new AppError('VALIDATION', {
    vi: `Tệp ${file} không phải là bản sao lưu dữ liệu của ASOEN Desk. Dữ liệu hiện tại không bị thay đổi.`,
    en: `The file ${file} is not an ASOEN Desk backup. The current data has not been changed.`,
  }, { kind: 'not-a-backup' });
}

function damaged(file: string, detail: string): AppError {
  return new AppError('VALIDATION', {
    vi: `Tệp sao lưu ${file} bị hỏng (${detail}). Dữ liệu hiện tại không bị thay đổi; hãy dùng một bản sao lưu khác.`,
    en: `The backup file ${file} is damaged (${detail}). The current data has not been changed; use another backup.`,
  }, { kind: 'damaged', detail });
}

/** Turns a fresh copy into a self-contained file (rollback journal, not WAL). */
export function finishSnapshot(file: string): void {
  const db = openFile(file, false);
  try {
    db.pragma('journal_mode = DELETE');
  } finally {
    db.close();
  }
}

export interface BackupInspection {
  schemaVersion: number;
  /** The migrations the file still needs to reach this app's schema. */
  pending: number;
}

/**
 * Opens `file` read-only and refuses anything that is not a sound ASOEN Desk database of this
 * or an older schema: not a database, damaged, another application's, newer than this app.
 * `label` is the name the user knows the file by (messages name it, not a temporary copy).
 */
export function inspectBackup(file: string, migrationsFolder: string, label = file): BackupInspection {
  let db: Db;
  try {
    db = openFile(file, true);
  } catch {
    throw notADatabase(label);
  }
  try {
    let check: unknown;
    try {
      check = db.pragma('quick_check', { simple: true });
    } catch (err) {
      const code = (err as { code?: string }).code ?? '';
      if (code === 'SQLITE_NOTADB') throw notADatabase(label);
      throw damaged(label, code || 'quick_check');
    }
    if (check !== 'ok') throw damaged(label, String(check));
    const tables = new Set((db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as Array<{ name: string }>).map((t) => t.name));
    for (const required of ['__drizzle_migrations', 'app_meta', 'meetings', 'action_items', 'change_log']) {
      if (!tables.has(required)) throw notADatabase(label);
    }
    const journal = readJournal(migrationsFolder);
    const applied = appliedMigrations(db);
    try {
      checkMigrationState(applied, journal);
    } catch (err) {
      const kind = (err as AppError).details && ((err as AppError).details as { kind?: string }).kind;
      if (kind === 'database-newer') {
        throw new AppError('VALIDATION', {
          vi: `Tệp sao lưu ${label} được tạo bởi phiên bản ASOEN Desk mới hơn phiên bản đang chạy. Hãy cập nhật ứng dụng trước khi khôi phục; dữ liệu hiện tại không bị thay đổi.`,
          en: `The backup ${label} was made by a newer version of ASOEN Desk than the one running. Update the application before restoring; the current data has not been changed.`,
        }, { kind: 'backup-newer' });
      }
      throw new AppError('VALIDATION', {
        vi: `Lịch sử cấu trúc của tệp sao lưu ${label} không khớp với ứng dụng này (có thể là của ứng dụng khác). Dữ liệu hiện tại không bị thay đổi.`,
        en: `The schema history of the backup ${label} does not match this application (it may belong to another application). The current data has not been changed.`,
      }, { kind: 'schema-mismatch' });
    }
    return { schemaVersion: applied.length, pending: journal.length - applied.length };
  } finally {
    db.close();
  }
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Keys of app_meta that describe this laptop, not the data: they survive a restore. */
const LOCAL_META = `key = 'device_id' OR key LIKE 'setting.%'`;

/**
 * Replaces every row of the live database with the rows of `sourceFile` (a checked copy at this
 * app's schema version), in ONE transaction on the open connection: either all of it or none.
 * The connection stays open, so every transport of the running app keeps working. This laptop's
 * device id and settings are kept. Must be called outside any transaction (ATTACH needs that).
 */
export function replaceContentFrom(db: Db, sourceFile: string): { tables: number; rows: number } {
  db.prepare(`ATTACH DATABASE ? AS src`).run(sourceFile);
  try {
    // The backups' bookkeeping describes the data this replaces: emptied below, never copied.
    const own = (t: string) => !(BACKUP_TABLES as readonly string[]).includes(t);
    const tables = dataTables(db, 'main').filter(own);
    const srcTables = new Set(dataTables(db, 'src').filter(own));
    const missing = tables.filter((t) => !srcTables.has(t));
    if (missing.length) throw new AppError('VALIDATION', { vi: 'Tệp sao lưu thiếu bảng dữ liệu; dữ liệu hiện tại không bị thay đổi.', en: 'The backup lacks data tables; the current data has not been changed.' }, { missing });
    let rows = 0;
    db.transaction(() => {
      // Foreign keys are checked once, at commit, over the finished copy.
      db.pragma('defer_foreign_keys = ON');
      // The append-only log's own triggers (and the FTS triggers) would refuse or duplicate the copy: set them aside, put them back before commit.
      const triggers = db.prepare(`SELECT name, sql FROM main.sqlite_master WHERE type = 'trigger' AND sql IS NOT NULL`).all() as Array<{ name: string; sql: string }>;
      for (const t of triggers) db.exec(`DROP TRIGGER main.${quote(t.name)}`);
      const keep = db.prepare(`SELECT key, value FROM main.app_meta WHERE ${LOCAL_META}`).all() as Array<{ key: string; value: string }>;
      for (const table of tables) {
        const cols = (db.prepare(`SELECT name FROM pragma_table_info(?, 'main')`).all(table) as Array<{ name: string }>).map((c) => c.name);
        const srcCols = new Set((db.prepare(`SELECT name FROM pragma_table_info(?, 'src')`).all(table) as Array<{ name: string }>).map((c) => c.name));
        const shared = cols.filter((c) => srcCols.has(c)).map(quote).join(', ');
        db.exec(`DELETE FROM main.${quote(table)}`);
        rows += db.prepare(`INSERT INTO main.${quote(table)} (${shared}) SELECT ${shared} FROM src.${quote(table)}`).run().changes;
      }
      db.prepare(`DELETE FROM main.app_meta WHERE ${LOCAL_META}`).run();
      // Every folder's chain of backups ends with data this restore replaced: the next backup to any folder is a full one.
      for (const t of BACKUP_TABLES) db.exec(`DELETE FROM main.${quote(t)}`);
      const put = db.prepare(`INSERT INTO main.app_meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`);
      for (const k of keep) put.run(k.key, k.value);
      const virtual = db.prepare(`SELECT name FROM main.sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%fts5%'`).all() as Array<{ name: string }>;
      for (const v of virtual) db.prepare(`INSERT INTO main.${quote(v.name)} (${quote(v.name)}) VALUES ('rebuild')`).run();
      for (const t of triggers) db.exec(t.sql);
      const violations = db.pragma('foreign_key_check') as unknown[];
      if (violations.length) throw damaged(sourceFile, 'foreign keys');
    }).immediate();
    return { tables: tables.length, rows };
  } finally {
    db.prepare(`DETACH DATABASE src`).run();
  }
}

/** The schema version of the live database (the number of migrations applied). */
export function schemaVersionOf(db: Db): number {
  return appliedMigrations(db).length;
}

/** Counts the rows this connection has changed since it opened: a write between two readings shows. */
export function changeCounter(db: Db): number {
  return (db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
}

/** Brings a checked copy of an older backup up to this app's schema (on the copy, never the live file). */
export function upgradeCopy(file: string, migrationsFolder: string, migrate: (db: Db, options: { migrationsFolder: string }) => unknown): void {
  const db = openFile(file, false);
  try {
    db.pragma('foreign_keys = ON');
    migrate(db, { migrationsFolder });
    db.pragma('journal_mode = DELETE');
  } finally {
    db.close();
  }
}
