// The read models of the list exports (tracker, CSV, calendar): a list's rows a page at a time, in
// the list's own order and filter, and their counts.
import type { Db } from '../../open';
import { actionItems } from '../actionItems';
import { delegations } from '../delegations';
import { meetings } from '../meetings';
import { statement } from '../core/statements';

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

export function meetingRowsByIds(db: Db, ids: string[]): MeetingRow[] {
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
  /** The owner's agency: the responsible unit of an item without a lead agency (common/actionStanding.ts). */
  ownerAgencyNameVi?: string | null;
  ownerAgencyNameEn?: string | null;
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
         p.full_name AS ownerName, oa.name_vi AS ownerAgencyNameVi, oa.name_en AS ownerAgencyNameEn, t.source_meeting_id AS sourceMeetingId, m.title_vi AS sourceMeetingTitleVi, m.title_en AS sourceMeetingTitleEn, m.start_date AS sourceMeetingStart,
         (SELECT u.date || ': ' || u.note FROM action_updates u WHERE u.action_item_id = t.id AND u.deleted_at IS NULL ORDER BY u.date DESC, u.id DESC LIMIT 1) AS lastUpdate
    FROM action_items t
    LEFT JOIN bodies b ON b.id = t.body_id
    LEFT JOIN agencies a ON a.id = t.lead_agency_id
    LEFT JOIN people p ON p.id = t.owner_person_id
    LEFT JOIN agencies oa ON oa.id = p.agency_id
    LEFT JOIN meetings m ON m.id = t.source_meeting_id`;

export function actionRowsByIds(db: Db, ids: string[]): ActionItemRow[] {
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

export const DELEGATION_SELECT = `
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
