import { z } from 'zod';
import { FOCAL_ROLES, SUCCESSION_KINDS } from '../../common/enums';
import { crud, def } from './define';
import { entityOf, id, isoDate, optionalDate, optionalId, optionalText, plainString } from './primitives';
import { ordered } from './records';

// Focal points and reorganisation: which agency or person answers for which ASEAN body, on which
// legal basis, from when to when; who that was on a given date; and moving many assignments at
// once when agencies merge or are renamed, without losing the old ones.

export const focalAssignmentFields = z.object({
  bodyId: id,
  agencyId: id,
  personId: optionalId,
  role: z.enum(FOCAL_ROLES),
  legalBasisId: optionalId,
  validFrom: isoDate,
  validTo: optionalDate,
  notes: optionalText(4000, 'lines'),
});

export const focalRules = {
  focalAssignments: ordered<z.infer<typeof focalAssignmentFields>>('validFrom', 'validTo'),
} as const;

/** A focal-point assignment, with the names its timeline shows. */
export const focalAssignmentSchema = entityOf(focalAssignmentFields).extend({
  agencyCode: z.string().nullable(),
  agencyNameVi: z.string().nullable(),
  agencyNameEn: z.string().nullable(),
  personName: z.string().nullable(),
  legalBasisNumber: z.string().nullable(),
  legalBasisIssuedOn: z.string().nullable(),
});

export const focalPointSchema = z.object({
  assignmentId: id,
  version: z.number().int(),
  bodyId: id,
  bodyCode: z.string(),
  bodyNameVi: z.string(),
  bodyNameEn: z.string(),
  role: z.enum(FOCAL_ROLES),
  agencyId: id,
  agencyCode: z.string(),
  agencyNameVi: z.string(),
  agencyNameEn: z.string(),
  personId: id.nullable(),
  personName: z.string().nullable(),
  legalBasisId: id.nullable(),
  legalBasisNumber: z.string().nullable(),
  legalBasisIssuedOn: isoDate.nullable(),
  validFrom: isoDate,
  validTo: isoDate.nullable(),
});

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

export const focalPointMethods = {
  ...crud(
    'focalAssignments',
    focalAssignmentFields,
    focalAssignmentSchema,
    z.object({ bodyId: id.optional(), agencyId: id.optional(), role: z.enum(FOCAL_ROLES).optional(), activeOn: isoDate.optional() }),
    ['validFrom'],
    focalRules.focalAssignments,
  ),
  // One body, a page of bodies (the matrix shows bodies a page at a time), or every body.
  'focalPoints.asOf': def(
    'read',
    z.object({ date: isoDate, bodyId: id.nullable().optional(), bodyIds: z.array(id).max(200).optional() }).strict(),
    z.array(focalPointSchema),
  ),
  /** How many bodies (matching the text, if any) there are, and how many have nobody in force on the date. */
  'focalPoints.coverage': def(
    'read',
    z.object({ date: isoDate, q: plainString(200).optional() }).strict(),
    z.object({ bodies: z.number().int().min(0), withoutFocalPoint: z.number().int().min(0) }),
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
        notes: optionalText(4000, 'lines'),
      })
      .strict()
      .superRefine((v, ctx) => {
        if (v.predecessorIds.includes(v.successorId)) ctx.addIssue({ code: 'custom', path: ['successorId'], message: 'same_agency', params: { key: 'same_agency' } });
      }),
    z.object({ ended: z.number().int(), created: z.number().int(), successions: z.number().int(), moves: z.array(reorgMoveSchema) }),
  ),
};

export type FocalAssignment = z.infer<typeof focalAssignmentSchema>;
export type FocalPoint = z.infer<typeof focalPointSchema>;
export type ReorgMove = z.infer<typeof reorgMoveSchema>;
