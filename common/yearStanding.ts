// What the annual summary report counts for a year, beside the action items' own definitions
// (actionStanding.ts): THE definitions of the meetings and ASEAN documents of year Y, so that the
// report's overview, its paragraphs by pillar and body, its difficulties and its annexes count the
// same records. Every figure of the report is one of these (or of actionStanding.ts), counted once.
//
// Meetings
// - A meeting of year Y: held (status 'held'), starting within Y (01/01/Y to 31/12/Y).
// - Attended: a meeting of the year to which Viet Nam sent a delegation (a live delegation not
//   cancelled), to it or to the main meeting it is held back to back with (the delegation to
//   ASOEN 35 attends the dialogues held under it), or that Viet Nam hosted.
// - Hosted: a meeting of the year whose host country is Viet Nam.
// - Not attended: a meeting of the year neither attended nor hosted.
// - Still to come in Y (the report of the current year): planned or confirmed, starting after the
//   count day and within Y.
// - Of year Y+1 (next year's plan): planned, confirmed or held, starting within Y+1.
//
// ASEAN documents (asean_documents)
// - Commented on in Y: its comment deadline falls within Y and its status shows that Viet Nam
//   commented (commented, or a later stage: agreed ad referendum, adopted). The desk records no
//   day of the comment itself: the deadline it answered dates it (a change-log date would be the
//   day an officer typed it, often later, and not the same on every laptop of the exchange).
// - Comment missed on D: its comment deadline is within Y and before D (the count day), and its
//   status is still draft or comments due.
// - Adopted in Y: status 'adopted' and the meeting that adopted it starts within Y; a document
//   with no adopting meeting recorded (an agreement Viet Nam approves by a Government resolution,
//   276/NQ-CP) is dated by its domestic approval (approved_on) instead. Adopted with neither
//   recorded: adopted in no year.
// - Due for adoption in Y+1: not adopted, and its adopting meeting starts within Y+1.
// - A document's body: its own body, else its adopting meeting's.
//
// Action items (with actionStanding.ts)
// - Raised on day R: the start of its source meeting; without a source meeting, its due date (the
//   desk records no other day an item arose). Raised by D: R on or before D (an undated item
//   without a meeting is raised by any day).
// - Raised in Y: R within Y and by the count day (31/12/Y, or today for the current year), so
//   that every item raised is done, open or cancelled on that day, and its body's figures add up
//   to the year's. Open on the count day (the backlog): open on it and raised by it.
// - An item's body: its own body, else its source meeting's.
import type { DocumentStatus } from './enums';

/** The host country code of Viet Nam (countries.code). */
export const HOME_COUNTRY = 'VN';

/** The statuses that show Viet Nam commented on a document. */
export const COMMENTED_STATUSES = ['commented', 'agreed_ad_ref', 'adopted'] as const satisfies readonly DocumentStatus[];
/** The statuses of a document still waiting for Viet Nam's comments. */
export const AWAITING_COMMENT_STATUSES = ['draft', 'comments_due'] as const satisfies readonly DocumentStatus[];

export const yearRange = (year: number) => ({ from: `${year}-01-01`, to: `${year}-12-31` });
const inYear = (day: string | null | undefined, year: number) => !!day && day >= `${year}-01-01` && day <= `${year}-12-31`;

export interface MeetingFacts {
  status: string;
  startDate: string;
  /** Viet Nam hosted it. */
  hosted: boolean;
  /** A live, not cancelled delegation to it or to the main meeting it hangs under. */
  delegated: boolean;
}

export function isMeetingOfYear(m: MeetingFacts, year: number): boolean {
  return m.status === 'held' && inYear(m.startDate, year);
}
export function isAttended(m: MeetingFacts, year: number): boolean {
  return isMeetingOfYear(m, year) && (m.delegated || m.hosted);
}
export function isHosted(m: MeetingFacts, year: number): boolean {
  return isMeetingOfYear(m, year) && m.hosted;
}

export interface DocumentFacts {
  status: string;
  commentDeadline: string | null;
  approvedOn: string | null;
  /** The adopting meeting, if one is recorded, and its start. */
  meetingId: string | null;
  meetingStart: string | null;
}

export function isCommentedInYear(d: DocumentFacts, year: number): boolean {
  return inYear(d.commentDeadline, year) && (COMMENTED_STATUSES as readonly string[]).includes(d.status);
}
export function isCommentMissed(d: DocumentFacts, year: number, day: string): boolean {
  return inYear(d.commentDeadline, year) && d.commentDeadline! < day && (AWAITING_COMMENT_STATUSES as readonly string[]).includes(d.status);
}
export function isAdoptedInYear(d: DocumentFacts, year: number): boolean {
  return d.status === 'adopted' && inYear(d.meetingId ? d.meetingStart : d.approvedOn, year);
}
export function isDueForAdoptionInYear(d: DocumentFacts, year: number): boolean {
  return d.status !== 'adopted' && inYear(d.meetingStart, year);
}

/**
 * The same in SQL. Meetings aliased `m` (with `@vn`, the id of Viet Nam's country row), documents
 * `doc` with their adopting meeting `dm` (LEFT JOIN); `@from`, `@to`, `@asOf` bound by the caller.
 */
export const YEAR_SQL = {
  meetingOfYear: `m.deleted_at IS NULL AND m.status = 'held' AND m.start_date BETWEEN @from AND @to`,
  hosted: `(m.host_country_id IS NOT NULL AND m.host_country_id = @vn)`,
  delegated: `(EXISTS (SELECT 1 FROM delegations d WHERE d.meeting_id = m.id AND d.deleted_at IS NULL AND d.status <> 'cancelled')
               OR (m.parent_id IS NOT NULL AND EXISTS (SELECT 1 FROM delegations d WHERE d.meeting_id = m.parent_id AND d.deleted_at IS NULL AND d.status <> 'cancelled')))`,
  commented: `(doc.comment_deadline BETWEEN @from AND @to AND doc.status IN (${COMMENTED_STATUSES.map((s) => `'${s}'`).join(', ')}))`,
  commentMissed: `(doc.comment_deadline BETWEEN @from AND @to AND doc.comment_deadline < @asOf AND doc.status IN (${AWAITING_COMMENT_STATUSES.map((s) => `'${s}'`).join(', ')}))`,
  /** With dm the adopting meeting (LEFT JOIN): adopted at it, or without one approved at home, within the year. */
  adopted: `(doc.status = 'adopted' AND COALESCE(dm.start_date, CASE WHEN doc.meeting_id IS NULL THEN doc.approved_on END) BETWEEN @from AND @to)`,
} as const;

export interface RaisedFacts {
  sourceMeetingId: string | null;
  /** The start of the source meeting. */
  sourceMeetingStart: string | null;
  dueDate: string | null;
}

const raisedOn = (t: RaisedFacts) => (t.sourceMeetingId ? t.sourceMeetingStart : t.dueDate);

/** Raised on or before `day`. */
export function isRaisedBy(t: RaisedFacts, day: string): boolean {
  const r = raisedOn(t);
  return r === null || r <= day;
}

/** Raised in the year, counted on `asOf` (31/12, or today for the current year). */
export function isRaisedInYear(t: RaisedFacts, year: number, asOf: string): boolean {
  const r = raisedOn(t);
  return inYear(r, year) && r! <= asOf;
}
