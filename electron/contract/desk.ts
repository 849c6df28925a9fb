import { z } from 'zod';
import { DAY_ZONES } from '../../common/clock';
import { ACTION_STATUSES, FOCAL_ROLES, SUCCESSION_KINDS } from '../../db/enums';
import { changeEntrySchema } from './core';
import { def, none } from './define';
import { actionItemSchema, bodySchema, countrySchema, delegationMemberSchema, delegationSchema, meetingSchema, personSchema } from './entities';
import { id, isoDate, optionalText, version } from './primitives';

// The desk's own use cases: the Today summary, the meeting page, bulk changes, the
// reorganisation wizard, settings and the sample desk's removal.

/** What a head of delegation must have in order before a trip. */
export const READINESS_WARNINGS = ['no_delegation', 'no_head', 'no_decision', 'no_members', 'passport_missing', 'passport_expiring'] as const;

export const readinessSchema = z.object({
  hasDelegation: z.boolean(),
  hasHead: z.boolean(),
  hasDecision: z.boolean(),
  /** Every member's passport valid more than six months after their return (or the meeting's end). */
  passportsOk: z.boolean(),
  briefingProduced: z.boolean(),
  warnings: z.array(
    z.object({
      kind: z.enum(READINESS_WARNINGS),
      personId: id.nullable(),
      fullName: z.string().nullable(),
      passportExpiry: isoDate.nullable(),
      /** The date the passport must outlast: return date + six months. */
      requiredUntil: isoDate.nullable(),
    }),
  ),
});

const meetingBrief = meetingSchema.extend({ bodyCode: z.string() });
const count = z.number().int().min(0);

export const todaySummarySchema = z.object({
  date: isoDate,
  /** The nearest upcoming meetings (at most `limit`), and how many there are in the horizon. */
  upcoming: z.array(z.object({ meeting: meetingBrief, delegationId: id.nullable(), readiness: readinessSchema })),
  upcomingTotal: count,
  /** The longest overdue first (at most `limit`), and how many are overdue. */
  overdue: z.array(actionItemSchema),
  overdueTotal: count,
  dueSoon: z.array(actionItemSchema),
  dueSoonTotal: count,
  bodiesWithoutFocalPoint: z.array(bodySchema.pick({ id: true, code: true, nameVi: true, nameEn: true, kind: true })),
  bodiesWithoutFocalPointTotal: count,
  /** The totals are counted up to this; a total of countCap + 1 means "more than countCap". */
  countCap: count,
  recentChanges: z.array(changeEntrySchema.extend({ title: z.string().nullable() })),
});

export const delegationMemberDetailSchema = delegationMemberSchema.extend({
  person: personSchema.pick({ id: true, fullName: true, passportName: true, passportExpiry: true, position: true, email: true, phone: true }),
  agencyCode: z.string().nullable(),
  agencyNameVi: z.string().nullable(),
  agencyNameEn: z.string().nullable(),
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
});

const actionFilter = z
  .object({
    status: z.array(z.enum(ACTION_STATUSES)).min(1).max(ACTION_STATUSES.length).optional(),
    leadAgencyId: id.optional(),
    ownerPersonId: id.optional(),
    bodyId: id.optional(),
    sourceMeetingId: id.optional(),
    dueFrom: isoDate.optional(),
    dueTo: isoDate.optional(),
  })
  .strict();

export const reorgInput = z
  .object({
    /** The agencies that cease ("A and B…"). */
    predecessorIds: z.array(id).min(1).max(20),
    /** The agency that takes over ("…became C"). */
    successorId: id,
    /** The first day of the new agency ("on date D"). */
    effectiveOn: isoDate,
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.predecessorIds.includes(v.successorId)) ctx.addIssue({ code: 'custom', path: ['successorId'], message: 'same_agency', params: { key: 'same_agency' } });
  });

export const reorgMoveSchema = z.object({
  assignmentId: id,
  bodyId: id,
  bodyCode: z.string(),
  bodyNameVi: z.string(),
  bodyNameEn: z.string(),
  role: z.enum(FOCAL_ROLES),
  fromAgencyId: id,
  fromAgencyCode: z.string(),
  personName: z.string().nullable(),
  legalBasisNumber: z.string().nullable(),
  validFrom: isoDate,
  validTo: isoDate.nullable(),
});

export const settingsSchema = z.object({
  /** Where exports go unless chosen otherwise (a shared drive, typically). */
  exportFolder: z.string().max(1000).nullable(),
  /** Whose calendar "today" follows: the office's in Viet Nam (the default) or this computer's. */
  dayZone: z.enum(DAY_ZONES),
});

export const deskMethods = {
  'today.summary': def(
    'read',
    z
      .object({
        /** Defaults to today in Viet Nam. */
        date: isoDate.optional(),
        horizonDays: z.number().int().min(1).max(366).default(90),
        dueSoonDays: z.number().int().min(1).max(366).default(30),
        /** How many of each list (meetings, overdue, due soon, bodies); the rest is counted. */
        limit: z.number().int().min(1).max(200).default(12),
      })
      .strict(),
    todaySummarySchema,
  ),
  'meetings.nextSequence': def('read', z.object({ bodyId: id }).strict(), z.object({ sequence: z.number().int().min(1).nullable() })),
  'meetings.overview': def('read', z.object({ id }).strict(), meetingOverviewSchema),
  /**
   * How many items the list shows. With a search, counted up to COUNT_CAP (db/repo/desk.ts): `more` says
   * there are more than `count` (a common word is in most of a large desk's items, and counting
   * them all took seconds).
   */
  'actionItems.count': def(
    'read',
    z.object({ filter: actionFilter.optional(), q: z.string().max(200).optional() }).strict(),
    z.object({ count: z.number().int().min(0), more: z.boolean() }).strict(),
  ),
  'actionItems.bulkStatus': def(
    'write',
    z
      .object({
        items: z.array(z.object({ id, version }).strict()).min(1).max(500),
        status: z.enum(ACTION_STATUSES),
        /** For 'done': the completion date; today when left out. */
        completedOn: isoDate.optional(),
        note: optionalText(4000),
      })
      .strict(),
    z.object({ items: z.array(actionItemSchema) }),
  ),
  'reorg.preview': def('read', reorgInput, z.object({ moves: z.array(reorgMoveSchema) })),
  'reorg.apply': def(
    'write',
    z
      .object({
        predecessorIds: z.array(id).min(1).max(20),
        successorId: id,
        effectiveOn: isoDate,
        kind: z.enum(SUCCESSION_KINDS).default('merged'),
        legalBasisId: id.nullable().optional(),
        notes: optionalText(4000),
      })
      .strict()
      .superRefine((v, ctx) => {
        if (v.predecessorIds.includes(v.successorId)) ctx.addIssue({ code: 'custom', path: ['successorId'], message: 'same_agency', params: { key: 'same_agency' } });
      }),
    z.object({ ended: z.number().int(), created: z.number().int(), successions: z.number().int(), moves: z.array(reorgMoveSchema) }),
  ),
  'settings.get': def('read', none.strict(), settingsSchema),
  'settings.update': def('write', settingsSchema.partial().strict(), settingsSchema),
  'sample.remove': def('write', none.strict(), z.object({ removed: z.number().int() })),
};

export type TodaySummary = z.infer<typeof todaySummarySchema>;
export type MeetingOverview = z.infer<typeof meetingOverviewSchema>;
export type Readiness = z.infer<typeof readinessSchema>;
export type ReorgMove = z.infer<typeof reorgMoveSchema>;
export type Settings = z.infer<typeof settingsSchema>;
