import { z } from 'zod';
import { CLASSIFICATIONS, DELEGATION_STATUSES, FUNDING_SOURCES, MEMBER_ROLES, VISA_STATUSES } from '../../common/enums';
import { crud } from './define';
import { personSchema } from './directory';
import { entityOf, id, isoDate, optionalDate, optionalId, optionalText } from './primitives';
import { ordered } from './records';

// Viet Nam's delegation to a meeting: the sending decision, funding, objectives and positions,
// its members and their trips, and what must be in order before the trip (readiness).

export const delegationFields = z.object({
  meetingId: id,
  decisionNumber: optionalText(80),
  decisionDate: optionalDate,
  decisionSigner: optionalText(200),
  funding: z.enum(FUNDING_SOURCES).default('state_budget'),
  fundingNote: optionalText(2000, 'lines'),
  objectives: optionalText(20000, 'lines'),
  positions: optionalText(20000, 'lines'),
  objectivesEn: optionalText(20000, 'lines'),
  positionsEn: optionalText(20000, 'lines'),
  classification: z.enum(CLASSIFICATIONS).default('none'),
  status: z.enum(DELEGATION_STATUSES).default('draft'),
  notes: optionalText(8000, 'lines'),
});

export const delegationMemberFields = z.object({
  delegationId: id,
  personId: id,
  role: z.enum(MEMBER_ROLES).default('member'),
  agencyId: optionalId,
  position: optionalText(300),
  travelFrom: optionalDate,
  travelTo: optionalDate,
  sortOrder: z.number().int().min(0).max(10000).default(0),
  notes: optionalText(4000, 'lines'),
  /** Logistics of the trip: flights out and back as booked, hotel, visa, per diem basis. */
  flightOut: optionalText(300),
  flightBack: optionalText(300),
  hotel: optionalText(300),
  visaStatus: z.enum(VISA_STATUSES).nullable().optional(),
  perDiemBasis: optionalText(500),
});

export const delegationRules = {
  delegationMembers: ordered<z.infer<typeof delegationMemberFields>>('travelFrom', 'travelTo'),
} as const;

export const delegationSchema = entityOf(delegationFields).extend({ headPersonId: id.nullable() });
export const delegationMemberSchema = entityOf(delegationMemberFields);

export const delegationFilter = z.object({ meetingId: id.optional(), status: z.enum(DELEGATION_STATUSES).optional() });

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

export const delegationMemberDetailSchema = delegationMemberSchema.extend({
  person: personSchema.pick({ id: true, fullName: true, passportName: true, passportExpiry: true, position: true, email: true, phone: true }),
  agencyCode: z.string().nullable(),
  agencyNameVi: z.string().nullable(),
  agencyNameEn: z.string().nullable(),
});

export const delegationMethods = {
  ...crud('delegations', delegationFields, delegationSchema, delegationFilter, ['createdAt']),
  ...crud(
    'delegationMembers',
    delegationMemberFields,
    delegationMemberSchema,
    z.object({ delegationId: id.optional(), personId: id.optional() }),
    ['sortOrder'],
    delegationRules.delegationMembers,
  ),
};

export type Delegation = z.infer<typeof delegationSchema>;
export type DelegationMember = z.infer<typeof delegationMemberSchema>;
export type Readiness = z.infer<typeof readinessSchema>;
