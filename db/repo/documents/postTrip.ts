// The post-trip report's data (báo cáo kết quả chuyến công tác): the meeting and its back-to-back
// meetings, the delegation that went, what was discussed with Viet Nam's position on each agenda
// item, the outcomes recorded, the documents adopted or dealt with there, the action items it
// raised, where the previous meeting's commitments stand, the next meeting of the series, and the
// day the report is due (the timeline's rule, common/timeline.ts). Each list bounded
// (POST_TRIP_LIMITS), its total beside it, so the report costs the same at any size.
import { OPEN_STATUSES } from '../../../common/actionStanding';
import { returnDayOf, type StepState } from '../../../common/timeline';
import type { Db } from '../../open';
import { statement } from '../core/statements';
import type { ActionItemRow, MeetingRow } from '../exports/lists';
import { meetingRowOf, meetingRowsByIds } from '../exports/lists';
import { meetingTimeline } from '../timeline';
import {
  agendaOf,
  countOf,
  decisionsOf,
  delegationOf,
  issuerOn,
  membersOf,
  previousMeetingOf,
  relatedOf,
  type AgendaLine,
  type BriefingData,
  type Issuer,
  type MemberLine,
} from './briefing';

/** How many rows each list of the report holds at most ("… and N more" below it). */
export const POST_TRIP_LIMITS = {
  related: 40,
  agenda: 80,
  documents: 40,
  newItems: 60,
  previousItems: 30,
} as const;

/** An ASEAN document adopted, agreed or dealt with at the meeting (or one of its back-to-back meetings). */
export interface AdoptedDocumentLine {
  titleVi: string;
  titleEn: string | null;
  kind: string;
  status: string;
  /** The meeting it was dealt with at: 'ASOEN 34', 'ACB-GB 25'. */
  meetingCode: string;
  meetingSequence: number | null;
  commentDeadline: string | null;
  approvalLevel: string;
  approvalRef: string | null;
  approvedOn: string | null;
  summary: string | null;
  summaryEn: string | null;
}

/** The report's due day by the timeline's rule, and where it stands on the day the report is drafted. */
export interface ReportDue {
  /** The delegation's return: the latest member's, never before the meeting's last day. */
  returnDay: string;
  /** Days after the return (the meeting's own lead time, its kind's template, or the default 15). */
  days: number;
  due: string;
  state: StepState;
  /** Days from today to the due day (negative: past). */
  daysLeft: number;
}

export interface PostTripData {
  meeting: MeetingRow;
  outcomes: string | null;
  outcomesEn: string | null;
  /** The back-to-back meetings (the chain the delegation attended), at most POST_TRIP_LIMITS.related of relatedTotal. */
  related: MeetingRow[];
  relatedTotal: number;
  parent: MeetingRow | null;
  delegation: BriefingData['delegation'];
  members: MemberLine[];
  /** The agenda with the positions Viet Nam took, in order. */
  agenda: AgendaLine[];
  agendaTotal: number;
  /** Documents whose adopting meeting is this one or a back-to-back one: adopted first. */
  documents: AdoptedDocumentLine[];
  documentsTotal: number;
  /** The action items this meeting (and its back-to-back meetings) raised, by due date. */
  newItems: ActionItemRow[];
  newItemsTotal: number;
  previous: MeetingRow | null;
  /** What the previous meeting of the series asked of Viet Nam, by due date, and how many are still open. */
  previousItems: ActionItemRow[];
  previousItemsTotal: number;
  previousOpenTotal: number;
  /** The next meeting of the series, if it is recorded. */
  next: MeetingRow | null;
  /** Null when there is no delegation (nothing to report) or the step does not apply. */
  due: ReportDue | null;
  issuer: Issuer;
}

/** The documents dealt with at the meeting and its back-to-back meetings (asean_documents_meeting), adopted first. */
function documentsOf(db: Db, meetingId: string, limit: number): { documents: AdoptedDocumentLine[]; total: number } {
  const where = `d.deleted_at IS NULL AND d.meeting_id IN (SELECT @id UNION ALL SELECT id FROM meetings WHERE parent_id = @id)`;
  const total = countOf(statement(db, `SELECT count(*) AS n FROM asean_documents d WHERE ${where}`).get({ id: meetingId }));
  const documents = statement(
    db,
    `SELECT d.title_vi AS titleVi, d.title_en AS titleEn, d.kind, d.status, b.code AS meetingCode, m.sequence AS meetingSequence,
            d.comment_deadline AS commentDeadline, d.approval_level AS approvalLevel, d.approval_ref AS approvalRef, d.approved_on AS approvedOn,
            d.summary, d.summary_en AS summaryEn
       FROM asean_documents d JOIN meetings m ON m.id = d.meeting_id JOIN bodies b ON b.id = m.body_id
      WHERE ${where}
      ORDER BY CASE d.status WHEN 'adopted' THEN 0 WHEN 'agreed_ad_ref' THEN 1 WHEN 'commented' THEN 2 WHEN 'comments_due' THEN 3 ELSE 4 END,
               m.id <> @id, m.start_date, d.title_vi, d.id
      LIMIT @limit`,
  ).all({ id: meetingId, limit }) as AdoptedDocumentLine[];
  return { documents, total };
}

/**
 * The next meeting of the series: the one that names this one as its previous, else the next
 * number of the same body, else the body's next meeting (each live and not cancelled).
 */
function nextMeetingOf(db: Db, row: MeetingRow): MeetingRow | null {
  const found = statement(
    db,
    `SELECT COALESCE(
       (SELECT n.id FROM meetings n WHERE n.previous_id = @id AND n.deleted_at IS NULL AND n.status <> 'cancelled' ORDER BY n.start_date, n.id LIMIT 1),
       (SELECT n.id FROM meetings n WHERE @sequence IS NOT NULL AND n.body_id = @bodyId AND n.sequence = @sequence + 1 AND n.deleted_at IS NULL AND n.status <> 'cancelled'
         ORDER BY n.start_date, n.id LIMIT 1),
       (SELECT n.id FROM meetings n WHERE n.body_id = @bodyId AND n.start_date > @start AND n.deleted_at IS NULL AND n.status <> 'cancelled' AND n.parent_id IS NULL
         ORDER BY n.start_date, n.id LIMIT 1)) AS id`,
  ).get({ id: row.id, bodyId: row.bodyId, sequence: row.sequence, start: row.startDate }) as { id: string | null };
  return found.id ? (meetingRowsByIds(db, [found.id])[0] ?? null) : null;
}

/** How many of these action items (a meeting's and its back-to-back meetings') are still to be done. */
function openCountOf(db: Db, meetingId: string): number {
  return countOf(
    statement(
      db,
      `SELECT count(*) AS n FROM action_items t
        WHERE t.deleted_at IS NULL AND t.source_meeting_id IN (SELECT @id UNION ALL SELECT id FROM meetings WHERE parent_id = @id)
          AND t.status IN (SELECT value FROM json_each(@open))`,
    ).get({ id: meetingId, open: JSON.stringify(OPEN_STATUSES) }),
  );
}

/** The post-trip report of a meeting, as drafted on `today`. */
export function postTripData(db: Db, meetingId: string, today: string): PostTripData {
  const row = meetingRowOf(db, meetingId);
  const texts = statement(db, `SELECT outcomes, outcomes_en AS outcomesEn FROM meetings WHERE id = ?`).get(meetingId) as { outcomes: string | null; outcomesEn: string | null };
  const { related, relatedTotal } = relatedOf(db, meetingId, POST_TRIP_LIMITS.related);
  const parent = row.parentId ? (meetingRowsByIds(db, [row.parentId])[0] ?? null) : null;
  const delegation = delegationOf(db, meetingId);
  const members = delegation ? membersOf(db, delegation.id) : [];
  const { agenda, agendaTotal } = agendaOf(db, meetingId, POST_TRIP_LIMITS.agenda);
  const { documents, total: documentsTotal } = documentsOf(db, meetingId, POST_TRIP_LIMITS.documents);
  const { items: newItems, total: newItemsTotal } = decisionsOf(db, meetingId, POST_TRIP_LIMITS.newItems);
  const previous = previousMeetingOf(db, row);
  const { items: previousItems, total: previousItemsTotal } = previous ? decisionsOf(db, previous.id, POST_TRIP_LIMITS.previousItems) : { items: [], total: 0 };
  const previousOpenTotal = previous ? openCountOf(db, previous.id) : 0;
  // The report's day is the timeline's: its step, with the lead time that applies to this meeting.
  const step = delegation ? meetingTimeline(db, meetingId, today).find((s) => s.step === 'post_trip_report') : undefined;
  const due: ReportDue | null =
    step && step.state !== 'not_applicable'
      ? { returnDay: returnDayOf(row.endDate, members.map((m) => m.travelTo)), days: step.days, due: step.due, state: step.state, daysLeft: step.daysLeft }
      : null;
  const { id: _id, ...delegationFields } = delegation ?? { id: '' };
  return {
    meeting: row,
    outcomes: texts.outcomes,
    outcomesEn: texts.outcomesEn,
    related,
    relatedTotal,
    parent,
    delegation: delegation ? (delegationFields as BriefingData['delegation']) : null,
    members,
    agenda,
    agendaTotal,
    documents,
    documentsTotal,
    newItems,
    newItemsTotal,
    previous,
    previousItems,
    previousItemsTotal,
    previousOpenTotal,
    next: nextMeetingOf(db, row),
    due,
    issuer: issuerOn(db, today),
  };
}
