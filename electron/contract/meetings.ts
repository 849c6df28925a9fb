import { z } from 'zod';
import { MEETING_FORMATS, MEETING_STATUSES } from '../../common/enums';
import { crud, def, statusList } from './define';
import { delegationMemberDetailSchema, delegationSchema, readinessSchema } from './delegations';
import { entityOf, id, isoDate, optionalId, optionalText, requiredText, version } from './primitives';
import { ordered } from './records';
import { bodySchema, countrySchema } from './reference';
import { actionItemSchema } from './actionItems';
import { leadTimesSchema } from './timeline';

// Meetings of ASEAN bodies, their back-to-back related meetings, the next number of a body's
// series, and the meeting page's overview (with the delegation and its readiness).

export const meetingFields = z.object({
  bodyId: id,
  sequence: z.number().int().min(1).max(10000).nullable().optional(),
  titleVi: requiredText(500),
  titleEn: requiredText(500),
  startDate: isoDate,
  endDate: isoDate,
  city: optionalText(200),
  hostCountryId: optionalId,
  format: z.enum(MEETING_FORMATS).default('in_person'),
  status: z.enum(MEETING_STATUSES).default('planned'),
  parentId: optionalId,
  notes: optionalText(8000, 'lines'),
  /** The previous meeting of the series (ASOEN 35 → 34); unset: the app proposes one. */
  previousId: optionalId,
  outcomes: optionalText(20000, 'lines'),
  outcomesEn: optionalText(20000, 'lines'),
  /** This meeting's own lead times of the preparation timeline (over its kind's template). */
  timelineDays: leadTimesSchema.partial().strict().nullable().optional(),
});

export const meetingRules = {
  meetings: ordered<z.infer<typeof meetingFields>>('startDate', 'endDate'),
} as const;

/** A meeting, with the number of live back-to-back meetings under it. */
export const meetingSchema = entityOf(meetingFields).extend({ relatedCount: z.number().int().min(0) });

/** The filter of the meetings list, its calendar and its exports. */
export const meetingFilter = z.object({
  bodyId: id.optional(),
  status: statusList(MEETING_STATUSES).optional(),
  parentId: id.nullable().optional(),
  year: z.number().int().min(1967).max(2200).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
});

export const meetingOverviewSchema = z.object({
  meeting: meetingSchema,
  body: bodySchema.pick({ id: true, code: true, nameVi: true, nameEn: true, kind: true }),
  hostCountry: countrySchema.pick({ id: true, code: true, nameVi: true, nameEn: true }).nullable(),
  parent: meetingSchema.nullable(),
  related: z.array(meetingSchema),
  delegation: delegationSchema.nullable(),
  members: z.array(delegationMemberDetailSchema),
  readiness: readinessSchema,
  actionItemCount: z.number().int().min(0),
  /**
   * Series memory: the previous meeting (set, or proposed: same body, number − 1) and the action
   * items it raised, open ones first (at most 50; `actionItemTotal` counts them all).
   */
  previous: z
    .object({ meeting: meetingSchema, proposed: z.boolean(), actionItems: z.array(actionItemSchema), actionItemTotal: z.number().int().min(0) })
    .nullable(),
});

const meetingCrud = crud('meetings', meetingFields, meetingSchema, meetingFilter, ['startDate', 'titleVi'], meetingRules.meetings, { duplicates: true });

export const meetingMethods = {
  ...meetingCrud,
  /**
   * `relatedHeld`: related meetings to mark held in the same transaction, when this update marks
   * the meeting held (each still planned or confirmed, its last day come: common/meetingStatus.ts).
   */
  'meetings.update': def(
    'write',
    meetingCrud['meetings.update'].input.extend({ relatedHeld: z.array(z.object({ id, version }).strict()).max(200).optional() }).strict(),
    meetingSchema,
  ),
  'meetings.nextSequence': def('read', z.object({ bodyId: id }).strict(), z.object({ sequence: z.number().int().min(1).nullable() })),
  'meetings.overview': def('read', z.object({ id }).strict(), meetingOverviewSchema),
};

export type Meeting = z.infer<typeof meetingSchema>;
export type MeetingOverview = z.infer<typeof meetingOverviewSchema>;
