// The preparation timeline of a trip: THE rule, shared by the server (the meeting's timeline,
// Today) and the screens (Settings' template). Pure functions over office-day strings.
//
// - Each step is due a number of days (its lead time) before the meeting's first day, or, for
//   the post-trip report, after the delegation's return (the latest member's return, else the
//   meeting's last day).
// - The lead times come from a template per kind of meeting (the kind of its body: a working
//   group, the senior officials, a ministerial…), set in Settings, over the defaults below, and
//   a meeting may set its own.
// - A step is done when its evidence exists, never by ticking it: the sending decision recorded,
//   every member's passport checked (valid six months past the return), a position on every
//   agenda item, a briefing exported, the post-trip report recorded (delegation "reported").
// - Not done: overdue after its day; a step before the trip that was not done by the meeting's
//   end is "missed" (history, no longer a task); without a delegation there is nothing to report,
//   and a meeting Viet Nam hosts at home has no trip steps (passports, sending decision, report).
import { addDays, daysBetween } from './clock';
import { BODY_KINDS, type BodyKind } from './enums';

export const TIMELINE_STEPS = ['passports_checked', 'sending_decision', 'positions_agreed', 'briefing', 'post_trip_report'] as const;
export type TimelineStep = (typeof TIMELINE_STEPS)[number];

/** What a step's lead time counts from. */
export const STEP_ANCHOR: Record<TimelineStep, 'before_start' | 'after_return'> = {
  passports_checked: 'before_start',
  sending_decision: 'before_start',
  positions_agreed: 'before_start',
  briefing: 'before_start',
  post_trip_report: 'after_return',
};

/** Days before the meeting (after the return for the post-trip report). */
export type LeadTimes = Record<TimelineStep, number>;

export const DEFAULT_LEAD_TIMES: LeadTimes = {
  passports_checked: 60,
  sending_decision: 21,
  positions_agreed: 7,
  briefing: 5,
  post_trip_report: 15,
};

/** The longest lead time the desk accepts (a year). */
export const MAX_LEAD_DAYS = 365;

/** The kinds of meeting a template is kept for: the kinds of ASEAN body. */
export const TIMELINE_KINDS = BODY_KINDS;
/** Settings' template: per kind of meeting, the lead times that differ from the defaults. */
export type TimelineTemplate = Partial<Record<BodyKind, Partial<LeadTimes>>>;

/** The lead times of `value` that are valid (whole days 0…365 of a known step); the rest is dropped. */
export function cleanLeadTimes(value: unknown): Partial<LeadTimes> {
  const out: Partial<LeadTimes> = {};
  if (!value || typeof value !== 'object' || Array.isArray(value)) return out;
  for (const step of TIMELINE_STEPS) {
    const v = (value as Record<string, unknown>)[step];
    if (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= MAX_LEAD_DAYS) out[step] = v;
  }
  return out;
}

/** A meeting's lead times: the defaults, then its kind's template, then its own. */
export function leadTimesFor(template: TimelineTemplate, kind: BodyKind | null, own?: unknown): LeadTimes {
  return { ...DEFAULT_LEAD_TIMES, ...cleanLeadTimes(kind ? template[kind] : undefined), ...cleanLeadTimes(own) };
}

/** The day the delegation is back: the latest member's return, never before the meeting's last day. */
export function returnDayOf(endDate: string, travelTos: ReadonlyArray<string | null | undefined>): string {
  let day = endDate;
  for (const t of travelTos) if (t && t > day) day = t;
  return day;
}

/** The day a step is due. */
export function stepDue(step: TimelineStep, days: number, startDate: string, returnDay: string): string {
  return STEP_ANCHOR[step] === 'after_return' ? addDays(returnDay, days) : addDays(startDate, -days);
}

/** What is recorded about a meeting's preparation: the evidence of each step. */
export interface TimelineEvidence {
  hasDelegation: boolean;
  /** Viet Nam hosts the meeting at home: no trip abroad, so no passports, sending decision or post-trip report. */
  atHome: boolean;
  /** The sending decision's number is recorded. */
  decisionRecorded: boolean;
  /** The delegation has members and every one's passport outlasts the trip by six months. */
  passportsChecked: boolean;
  /** The agenda has items and each has Viet Nam's position. */
  positionsAgreed: boolean;
  briefingExported: boolean;
  /** The delegation is marked "reported" (post-trip report recorded). */
  postTripReported: boolean;
}

const EVIDENCE_OF: Record<TimelineStep, keyof TimelineEvidence> = {
  passports_checked: 'passportsChecked',
  sending_decision: 'decisionRecorded',
  positions_agreed: 'positionsAgreed',
  briefing: 'briefingExported',
  post_trip_report: 'postTripReported',
};

/** The steps of a trip abroad (not of a meeting Viet Nam hosts at home). */
const TRIP_STEPS: ReadonlySet<TimelineStep> = new Set(['passports_checked', 'sending_decision', 'post_trip_report']);

export const STEP_STATES = ['done', 'open', 'overdue', 'missed', 'not_applicable'] as const;
export type StepState = (typeof STEP_STATES)[number];

export interface TimelineEntry {
  step: TimelineStep;
  /** Lead time in days. */
  days: number;
  due: string;
  state: StepState;
  /** Days from today to the due day (negative: past). */
  daysLeft: number;
}

/** Whether every agenda item has a position (Vietnamese or English), and there is an agenda. */
export function positionsAgreed(items: ReadonlyArray<{ position?: string | null; positionEn?: string | null }>): boolean {
  return items.length > 0 && items.every((i) => !!i.position?.trim() || !!i.positionEn?.trim());
}

/** The state of one step on `today`. */
export function stepState(
  step: TimelineStep,
  due: string,
  meeting: { endDate: string; status: string },
  evidence: TimelineEvidence,
  today: string,
): StepState {
  if (meeting.status === 'cancelled') return 'not_applicable';
  if (evidence[EVIDENCE_OF[step]]) return 'done';
  if (evidence.atHome && TRIP_STEPS.has(step)) return 'not_applicable';
  if (step === 'post_trip_report' && !evidence.hasDelegation) return 'not_applicable';
  if (STEP_ANCHOR[step] === 'before_start' && today > meeting.endDate) return 'missed';
  return today > due ? 'overdue' : 'open';
}

/** A meeting's timeline on `today`, in the order of the due days. */
export function timelineOf(
  meeting: { startDate: string; endDate: string; status: string },
  returnDay: string,
  lead: LeadTimes,
  evidence: TimelineEvidence,
  today: string,
): TimelineEntry[] {
  return TIMELINE_STEPS.map((step) => {
    const due = stepDue(step, lead[step], meeting.startDate, returnDay);
    return { step, days: lead[step], due, state: stepState(step, due, meeting, evidence, today), daysLeft: daysBetween(today, due) };
  }).sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : TIMELINE_STEPS.indexOf(a.step) - TIMELINE_STEPS.indexOf(b.step)));
}

/** Whether a step is a task on Today: overdue, or open and due within `soonDays`. */
export function isTaskOnToday(entry: TimelineEntry, soonDays: number): boolean {
  return entry.state === 'overdue' || (entry.state === 'open' && entry.daysLeft <= soonDays);
}
