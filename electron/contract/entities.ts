import { z } from 'zod';
import {
  ACTION_STATUSES,
  AGENCY_KINDS,
  BODY_KINDS,
  CADENCES,
  CLASSIFICATIONS,
  COUNTRY_KINDS,
  DELEGATION_STATUSES,
  FOCAL_ROLES,
  FUNDING_SOURCES,
  LEGAL_BASIS_KINDS,
  MEETING_FORMATS,
  MEETING_STATUSES,
  MEMBER_ROLES,
  PILLAR_CODES,
  PRIORITIES,
  SUCCESSION_KINDS,
} from '../../db/enums';
import { entityOf, id, isoDate, optionalDate, optionalId, optionalText, requiredText } from './primitives';

// The editable fields of each entity, as the forms and the API accept them. The same schemas
// give the renderer its form validation, so a rule is written once.

/** Cross-field rule: `to` is not before `from` (both optional). */
function ordered<T extends Record<string, unknown>>(fromKey: keyof T & string, toKey: keyof T & string) {
  return (value: T, ctx: z.RefinementCtx) => {
    const from = value[fromKey];
    const to = value[toKey];
    if (typeof from === 'string' && typeof to === 'string' && to < from) {
      ctx.addIssue({ code: 'custom', path: [toKey], message: 'date_before_start', params: { key: 'date_before_start' } });
    }
  };
}

export const pillarFields = z.object({
  code: z.enum(PILLAR_CODES),
  nameVi: requiredText(200),
  nameEn: requiredText(200),
});

export const countryFields = z.object({
  code: z.string().trim().regex(/^[A-Z]{2,3}$/),
  nameVi: requiredText(200),
  nameEn: requiredText(200),
  kind: z.enum(COUNTRY_KINDS),
  memberFrom: optionalDate,
  memberTo: optionalDate,
  notes: optionalText(4000),
});

export const legalBasisFields = z.object({
  number: requiredText(80),
  kind: z.enum(LEGAL_BASIS_KINDS),
  issuedOn: isoDate,
  issuer: requiredText(200),
  titleVi: requiredText(500),
  titleEn: optionalText(500),
  inForceFrom: optionalDate,
  inForceTo: optionalDate,
  notes: optionalText(4000),
});

export const agencyFields = z.object({
  code: z.string().trim().min(1).max(40).regex(/^[A-Za-z0-9._-]+$/),
  nameVi: requiredText(300),
  nameEn: requiredText(300),
  abbreviation: optionalText(40),
  kind: z.enum(AGENCY_KINDS),
  parentId: optionalId,
  validFrom: optionalDate,
  validTo: optionalDate,
  notes: optionalText(4000),
});

export const agencySuccessionFields = z.object({
  predecessorId: id,
  successorId: id,
  effectiveOn: isoDate,
  kind: z.enum(SUCCESSION_KINDS),
  legalBasisId: optionalId,
  notes: optionalText(4000),
});

export const bodyFields = z.object({
  code: z.string().trim().min(1).max(40).regex(/^[A-Za-z0-9.+&_-]+$/),
  nameVi: requiredText(300),
  nameEn: requiredText(300),
  pillarId: optionalId,
  kind: z.enum(BODY_KINDS),
  parentId: optionalId,
  partnerCountryId: optionalId,
  cadence: z.enum(CADENCES).default('annual'),
  formerCodes: z.array(z.string().trim().min(1).max(40)).max(20).default([]),
  notes: optionalText(4000),
});

export const personFields = z.object({
  fullName: requiredText(200),
  passportName: optionalText(200),
  position: optionalText(300),
  agencyId: optionalId,
  email: z.email().max(200).nullable().optional(),
  phone: z.string().trim().max(60).regex(/^[0-9+().\s-]*$/).nullable().optional(),
  passportExpiry: optionalDate,
  notes: optionalText(4000),
});

export const focalAssignmentFields = z.object({
  bodyId: id,
  agencyId: id,
  personId: optionalId,
  role: z.enum(FOCAL_ROLES),
  legalBasisId: optionalId,
  validFrom: isoDate,
  validTo: optionalDate,
  notes: optionalText(4000),
});

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
  notes: optionalText(8000),
});

export const delegationFields = z.object({
  meetingId: id,
  decisionNumber: optionalText(80),
  decisionDate: optionalDate,
  decisionSigner: optionalText(200),
  funding: z.enum(FUNDING_SOURCES).default('state_budget'),
  fundingNote: optionalText(2000),
  objectives: optionalText(20000),
  positions: optionalText(20000),
  classification: z.enum(CLASSIFICATIONS).default('none'),
  status: z.enum(DELEGATION_STATUSES).default('draft'),
  notes: optionalText(8000),
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
  notes: optionalText(4000),
});

export const actionItemFields = z.object({
  title: requiredText(500),
  description: optionalText(20000),
  sourceMeetingId: optionalId,
  sourceRef: optionalText(300),
  bodyId: optionalId,
  leadAgencyId: optionalId,
  supportingAgencyIds: z.array(id).max(50).default([]),
  ownerPersonId: optionalId,
  dueDate: optionalDate,
  status: z.enum(ACTION_STATUSES).default('open'),
  priority: z.enum(PRIORITIES).default('normal'),
  completedOn: optionalDate,
  completionNote: optionalText(4000),
});

export const actionUpdateFields = z.object({
  actionItemId: id,
  date: isoDate,
  note: requiredText(8000),
  statusAfter: z.enum(ACTION_STATUSES).nullable().optional(),
  authorPersonId: optionalId,
});

/** Cross-field rules of whole records, applied on create and to the merged record on update. */
export const recordRules = {
  countries: ordered<z.infer<typeof countryFields>>('memberFrom', 'memberTo'),
  legalBases: ordered<z.infer<typeof legalBasisFields>>('inForceFrom', 'inForceTo'),
  agencies: ordered<z.infer<typeof agencyFields>>('validFrom', 'validTo'),
  focalAssignments: ordered<z.infer<typeof focalAssignmentFields>>('validFrom', 'validTo'),
  meetings: ordered<z.infer<typeof meetingFields>>('startDate', 'endDate'),
  delegationMembers: ordered<z.infer<typeof delegationMemberFields>>('travelFrom', 'travelTo'),
  agencySuccessions: (v: z.infer<typeof agencySuccessionFields>, ctx: z.RefinementCtx) => {
    if (v.predecessorId === v.successorId) ctx.addIssue({ code: 'custom', path: ['successorId'], message: 'same_agency', params: { key: 'same_agency' } });
  },
} as const;

export const pillarSchema = entityOf(pillarFields);
export const countrySchema = entityOf(countryFields);
export const legalBasisSchema = entityOf(legalBasisFields);
export const agencySchema = entityOf(agencyFields);
export const agencySuccessionSchema = entityOf(agencySuccessionFields);
export const bodySchema = entityOf(bodyFields);
export const personSchema = entityOf(personFields);
/** A focal-point assignment, with the names its timeline shows. */
export const focalAssignmentSchema = entityOf(focalAssignmentFields).extend({
  agencyCode: z.string().nullable(),
  agencyNameVi: z.string().nullable(),
  agencyNameEn: z.string().nullable(),
  personName: z.string().nullable(),
  legalBasisNumber: z.string().nullable(),
  legalBasisIssuedOn: z.string().nullable(),
});
/** A meeting, with the number of live back-to-back meetings under it. */
export const meetingSchema = entityOf(meetingFields).extend({ relatedCount: z.number().int().min(0) });
export const delegationSchema = entityOf(delegationFields).extend({ headPersonId: id.nullable() });
export const delegationMemberSchema = entityOf(delegationMemberFields);
/** An action item, with the names a list shows beside it. */
export const actionItemSchema = entityOf(actionItemFields).extend({
  leadAgencyCode: z.string().nullable(),
  leadAgencyNameVi: z.string().nullable(),
  leadAgencyNameEn: z.string().nullable(),
  ownerName: z.string().nullable(),
  bodyCode: z.string().nullable(),
});
export const actionUpdateSchema = entityOf(actionUpdateFields);

export type Pillar = z.infer<typeof pillarSchema>;
export type Country = z.infer<typeof countrySchema>;
export type LegalBasis = z.infer<typeof legalBasisSchema>;
export type Agency = z.infer<typeof agencySchema>;
export type AgencySuccession = z.infer<typeof agencySuccessionSchema>;
export type Body = z.infer<typeof bodySchema>;
export type Person = z.infer<typeof personSchema>;
export type FocalAssignment = z.infer<typeof focalAssignmentSchema>;
export type Meeting = z.infer<typeof meetingSchema>;
export type Delegation = z.infer<typeof delegationSchema>;
export type DelegationMember = z.infer<typeof delegationMemberSchema>;
export type ActionItem = z.infer<typeof actionItemSchema>;
export type ActionUpdate = z.infer<typeof actionUpdateSchema>;
