// THE rule for classified content in files written to a folder (EXCHANGE.md requirement 6: the
// export folder is often a share): what an export or a backup would include of the delegations
// marked Mật or higher, and the marking it then carries. The handlers ask before writing (an answer
// that needs the officer's confirmation, electron/handlers/classifiedExports.ts), and the file
// carries the highest marking it holds: in its name, and inside a Word document.
import { highestClassification, type Classification } from '../../../common/enums';
import type { Db } from '../../open';
import { statement } from '../core/statements';

export type ExportSubject =
  | { kind: 'briefing'; meetingId: string }
  /** The post-trip report holds its meeting's delegation, as the briefing does. */
  | { kind: 'postTripReport'; meetingId: string }
  | { kind: 'annualReport'; year: number }
  /** The tracker's delegations sheet holds every live delegation. */
  | { kind: 'tracker' }
  | { kind: 'csv'; list: 'actionItems' | 'meetings' | 'delegations'; filter?: { meetingId?: string | undefined; status?: string | undefined } | undefined }
  | { kind: 'calendar' }
  /** A backup holds the whole database, removed records included. */
  | { kind: 'backup' };

export interface ClassifiedContent {
  /** The highest marking among what it holds. */
  marking: Exclude<Classification, 'none'>;
  /** How many classified delegations it holds. */
  delegations: number;
}

/** The SQL (over `delegations d`) of the delegations an export holds; null: it holds none. */
function delegationsOf(subject: ExportSubject): { where: string; params: Record<string, unknown> } | null {
  switch (subject.kind) {
    case 'briefing':
    case 'postTripReport':
      return { where: 'd.deleted_at IS NULL AND d.meeting_id = @meetingId', params: { meetingId: subject.meetingId } };
    case 'annualReport':
      // As the report lists them (db/repo/documents/annualReport.ts: delegations sent to meetings of the year).
      return {
        where: `d.deleted_at IS NULL AND d.status <> 'cancelled' AND d.meeting_id IN (SELECT m.id FROM meetings m WHERE m.deleted_at IS NULL AND m.start_date BETWEEN @from AND @to)`,
        params: { from: `${subject.year}-01-01`, to: `${subject.year}-12-31` },
      };
    case 'tracker':
      return { where: 'd.deleted_at IS NULL', params: {} };
    case 'csv':
      if (subject.list !== 'delegations') return null;
      return {
        where: 'd.deleted_at IS NULL AND (@meetingId IS NULL OR d.meeting_id = @meetingId) AND (@status IS NULL OR d.status = @status)',
        params: { meetingId: subject.filter?.meetingId ?? null, status: subject.filter?.status ?? null },
      };
    case 'calendar':
      return null;
    case 'backup':
      return { where: '1 = 1', params: {} };
  }
}

/** What an export or backup would hold of classified delegations (null: nothing classified). */
export function classifiedIn(db: Db, subject: ExportSubject): ClassifiedContent | null {
  const of = delegationsOf(subject);
  if (!of) return null;
  const rows = statement(db, `SELECT d.classification AS c, count(*) AS n FROM delegations d WHERE ${of.where} AND d.classification <> 'none' GROUP BY d.classification`).all(
    of.params,
  ) as Array<{ c: Classification; n: number }>;
  if (!rows.length) return null;
  const marking = highestClassification(rows.map((r) => r.c)) as ClassifiedContent['marking'];
  return { marking, delegations: rows.reduce((s, r) => s + r.n, 0) };
}
