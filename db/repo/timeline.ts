// The preparation timeline of meetings as the server reads it: the template of lead times per
// kind of meeting (Settings, kept in this file's app_meta), and each meeting's dated steps with
// the evidence that closes them (common/timeline.ts holds the rule).
import type { BodyKind } from '../../common/enums';
import {
  cleanLeadTimes,
  isTaskOnToday,
  leadTimesFor,
  positionsAgreed,
  returnDayOf,
  TIMELINE_KINDS,
  timelineOf,
  type TimelineEntry,
  type TimelineTemplate,
} from '../../common/timeline';
import { addDays } from '../../common/clock';
import type { Db } from '../open';
import { getMeta, setMeta } from './core/meta';
import { statement } from './core/statements';
import { readinessOfMeetings } from './readiness';

/** Viet Nam's country code: a meeting hosted here is not a trip abroad. */
const HOME = 'VN';
const TEMPLATE_KEY = 'setting.timelineTemplate';

/** Settings' template: per kind of meeting, the lead times that differ from the defaults. */
export function timelineTemplate(db: Db): TimelineTemplate {
  const raw = getMeta(db, TEMPLATE_KEY);
  if (!raw) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return {};
  }
  const out: TimelineTemplate = {};
  for (const kind of TIMELINE_KINDS) {
    const lead = cleanLeadTimes((parsed as Record<string, unknown> | null)?.[kind]);
    if (Object.keys(lead).length) out[kind] = lead;
  }
  return out;
}

export function setTimelineTemplate(db: Db, template: TimelineTemplate): TimelineTemplate {
  const clean: TimelineTemplate = {};
  for (const kind of TIMELINE_KINDS) {
    const lead = cleanLeadTimes(template[kind]);
    if (Object.keys(lead).length) clean[kind] = lead;
  }
  setMeta(db, TEMPLATE_KEY, JSON.stringify(clean));
  return clean;
}

interface MeetingForTimeline {
  id: string;
  startDate: string;
  endDate: string;
  status: string;
  bodyKind: BodyKind | null;
  timelineDays: unknown;
  hostCode: string | null;
}

/**
 * The timelines of many meetings on `today`, in a fixed number of statements whatever their
 * number (readiness: delegations, members, briefings; then the agendas and the returns).
 */
export function timelinesOf(db: Db, list: readonly MeetingForTimeline[], today: string): Map<string, TimelineEntry[]> {
  const out = new Map<string, TimelineEntry[]>();
  if (!list.length) return out;
  const ids = JSON.stringify(list.map((m) => m.id));
  const readiness = readinessOfMeetings(db, list);
  const delegations = new Map(
    (
      statement(
        db,
        `SELECT d.meeting_id AS meetingId, d.status, (SELECT max(m.travel_to) FROM delegation_members m WHERE m.delegation_id = d.id AND m.deleted_at IS NULL) AS lastReturn
           FROM delegations d WHERE d.meeting_id IN (SELECT value FROM json_each(?)) AND d.deleted_at IS NULL`,
      ).all(ids) as Array<{ meetingId: string; status: string; lastReturn: string | null }>
    ).map((d) => [d.meetingId, d]),
  );
  const agendas = new Map<string, Array<{ position: string | null; positionEn: string | null }>>();
  for (const r of statement(
    db,
    `SELECT meeting_id AS meetingId, position, position_en AS positionEn FROM agenda_items WHERE meeting_id IN (SELECT value FROM json_each(?)) AND deleted_at IS NULL`,
  ).all(ids) as Array<{ meetingId: string; position: string | null; positionEn: string | null }>) {
    const l = agendas.get(r.meetingId);
    if (l) l.push(r);
    else agendas.set(r.meetingId, [r]);
  }
  const template = timelineTemplate(db);
  for (const m of list) {
    const r = readiness.get(m.id)!.readiness;
    const d = delegations.get(m.id);
    const evidence = {
      hasDelegation: r.hasDelegation,
      atHome: m.hostCode === HOME,
      decisionRecorded: r.hasDecision,
      passportsChecked: r.passportsOk,
      positionsAgreed: positionsAgreed(agendas.get(m.id) ?? []),
      briefingExported: r.briefingProduced,
      postTripReported: d?.status === 'reported',
    };
    out.set(m.id, timelineOf(m, returnDayOf(m.endDate, [d?.lastReturn]), leadTimesFor(template, m.bodyKind, m.timelineDays), evidence, today));
  }
  return out;
}

const MEETING_COLUMNS = `t.id, t.start_date AS startDate, t.end_date AS endDate, t.status, b.kind AS bodyKind, t.timeline_days AS timelineDays,
  t.title_vi AS titleVi, t.title_en AS titleEn, b.code AS bodyCode, t.sequence, (SELECT c.code FROM countries c WHERE c.id = t.host_country_id) AS hostCode`;

interface MeetingRow extends MeetingForTimeline {
  titleVi: string;
  titleEn: string;
  bodyCode: string;
  sequence: number | null;
}

function parsed(rows: MeetingRow[]): MeetingRow[] {
  return rows.map((r) => ({ ...r, timelineDays: typeof r.timelineDays === 'string' ? (JSON.parse(r.timelineDays) as unknown) : null }));
}

/** One meeting's timeline (the meeting page's Timeline tab). */
export function meetingTimeline(db: Db, meetingId: string, today: string): TimelineEntry[] {
  const rows = parsed(statement(db, `SELECT ${MEETING_COLUMNS} FROM meetings t JOIN bodies b ON b.id = t.body_id WHERE t.id = ?`).all(meetingId) as MeetingRow[]);
  return rows.length ? timelinesOf(db, rows, today).get(meetingId)! : [];
}

/** How many meetings Today reads the timelines of: the nearest, whatever the size of the desk. */
export const TIMELINE_MEETINGS = 100;

/**
 * Today's timeline tasks: the steps overdue or due within `soonDays` of the main meetings
 * around today (ended up to half a year ago, for the post-trip reports, to the horizon), overdue first,
 * then by due day. Bounded: at most TIMELINE_MEETINGS meetings are read, in start order.
 */
export function timelineTasks(db: Db, today: string, horizonDays: number, soonDays: number, limit: number) {
  // A post-trip report still owed months later is still a task: meetings ended up to half a year ago.
  const backDays = 180;
  const rows = parsed(
    statement(
      db,
      `SELECT ${MEETING_COLUMNS} FROM meetings t JOIN bodies b ON b.id = t.body_id
        WHERE t.parent_id IS NULL AND t.end_date >= ? AND t.start_date <= ? AND t.status <> 'cancelled' AND t.deleted_at IS NULL
        ORDER BY t.start_date, t.id LIMIT ${TIMELINE_MEETINGS}`,
    ).all(addDays(today, -backDays), addDays(today, horizonDays)) as MeetingRow[],
  );
  const timelines = timelinesOf(db, rows, today);
  const tasks = rows.flatMap((m) =>
    timelines
      .get(m.id)!
      .filter((e) => isTaskOnToday(e, soonDays))
      .map((e) => ({ ...e, meetingId: m.id, meetingTitleVi: m.titleVi, meetingTitleEn: m.titleEn, bodyCode: m.bodyCode, sequence: m.sequence })),
  );
  tasks.sort((a, b) => (a.state === b.state ? (a.due < b.due ? -1 : a.due > b.due ? 1 : 0) : a.state === 'overdue' ? -1 : 1));
  return { tasks: tasks.slice(0, limit), total: tasks.length };
}
