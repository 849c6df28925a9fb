import { ordinal } from '../../../common/meetingTitles';
import { meetingFields, recordRules, type Meeting, type MeetingFormat, type MeetingStatus } from '../../../electron/contract';

/** The meeting form's values: text as '' when empty, ids and dates as null. */
export interface MeetingValues extends Record<string, unknown> {
  bodyId: string | null;
  sequence: number | string | null;
  titleVi: string;
  titleEn: string;
  startDate: string | null;
  endDate: string | null;
  city: string;
  hostCountryId: string | null;
  format: MeetingFormat;
  status: MeetingStatus;
  parentId: string | null;
  notes: string;
  /** What the meeting agreed, in Vietnamese and in English (the briefing of the next one carries it). */
  outcomes: string;
  outcomesEn: string;
}

/** The API's own rules, end date not before start date included. */
export const meetingSchema = meetingFields.superRefine(recordRules.meetings);

export function meetingValues(m: Meeting): MeetingValues {
  return {
    bodyId: m.bodyId,
    sequence: m.sequence ?? '',
    titleVi: m.titleVi,
    titleEn: m.titleEn,
    startDate: m.startDate,
    endDate: m.endDate,
    city: m.city ?? '',
    hostCountryId: m.hostCountryId ?? null,
    format: m.format,
    status: m.status,
    parentId: m.parentId ?? null,
    notes: m.notes ?? '',
    outcomes: m.outcomes ?? '',
    outcomesEn: m.outcomesEn ?? '',
  };
}

/**
 * The status a new meeting is proposed with: held once its last day is before the office's
 * today (a related meeting added afterwards under a meeting already held), planned otherwise.
 */
export function proposedStatus(endDate: string | null, today: string | null): MeetingStatus {
  return endDate && today && endDate < today ? 'held' : 'planned';
}

/** A new meeting's values; a related one starts from its main meeting's dates and place. */
export function emptyMeetingValues(parent?: Meeting | null, today: string | null = null): MeetingValues {
  return {
    bodyId: null,
    sequence: '',
    titleVi: '',
    titleEn: '',
    startDate: parent?.startDate ?? null,
    endDate: parent?.endDate ?? null,
    city: parent?.city ?? '',
    hostCountryId: parent?.hostCountryId ?? null,
    format: parent?.format ?? 'in_person',
    status: proposedStatus(parent?.endDate ?? null, today),
    parentId: parent?.id ?? null,
    notes: '',
    outcomes: '',
    outcomesEn: '',
  };
}

/**
 * The previous meeting's title with its number moved on: 'lần thứ 35 (ASOEN 35)' → 'lần thứ
 * 36 (ASOEN 36)', '35th Meeting' → '36th Meeting'. Null when the title does not carry the
 * number (then a title is built from the body's name instead).
 */
export function renumberTitle(title: string, prev: number, next: number): string | null {
  const pattern = new RegExp(`(?<!\\d)${prev}(st|nd|rd|th)?(?!\\d)`, 'g');
  if (!pattern.test(title)) return null;
  return title.replace(pattern, (_m, suffix: string | undefined) => (suffix ? ordinal(next) : String(next)));
}
