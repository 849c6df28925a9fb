import { z } from 'zod';
import { AGENCY_KINDS, LEGAL_BASIS_KINDS, SUCCESSION_KINDS } from '../../common/enums';
import { crud, def } from './define';
import { entityOf, id, isoDate, noControlChars, optionalDate, optionalId, optionalText, requiredText } from './primitives';
import { ordered } from './records';

// The directory: Viet Nam's agencies (with their history of renamings and mergers), the people
// who work in them, and the legal bases (decisions, decrees) that assignments cite.

export const legalBasisFields = z.object({
  number: requiredText(80),
  kind: z.enum(LEGAL_BASIS_KINDS),
  issuedOn: isoDate,
  issuer: requiredText(200),
  titleVi: requiredText(500, 'lines'),
  titleEn: optionalText(500, 'lines'),
  inForceFrom: optionalDate,
  inForceTo: optionalDate,
  notes: optionalText(4000, 'lines'),
});

export const agencyFields = z.object({
  code: z.string().trim().min(1).max(40).regex(/^[A-Za-z0-9._-]+$/).check(noControlChars()),
  nameVi: requiredText(300),
  nameEn: requiredText(300),
  abbreviation: optionalText(40),
  kind: z.enum(AGENCY_KINDS),
  parentId: optionalId,
  validFrom: optionalDate,
  validTo: optionalDate,
  notes: optionalText(4000, 'lines'),
});

export const agencySuccessionFields = z.object({
  predecessorId: id,
  successorId: id,
  effectiveOn: isoDate,
  kind: z.enum(SUCCESSION_KINDS),
  legalBasisId: optionalId,
  notes: optionalText(4000, 'lines'),
});

export const personFields = z.object({
  fullName: requiredText(200),
  passportName: optionalText(200),
  position: optionalText(300),
  agencyId: optionalId,
  email: z.email().max(200).nullable().optional(),
  phone: z.string().trim().max(60).regex(/^[0-9+().\s-]*$/).check(noControlChars()).nullable().optional(),
  passportExpiry: optionalDate,
  notes: optionalText(4000, 'lines'),
});

/** Cross-field rules of whole records, applied on create and to the merged record on update. */
export const directoryRules = {
  legalBases: ordered<z.infer<typeof legalBasisFields>>('inForceFrom', 'inForceTo'),
  agencies: ordered<z.infer<typeof agencyFields>>('validFrom', 'validTo'),
  agencySuccessions: (v: z.infer<typeof agencySuccessionFields>, ctx: z.RefinementCtx) => {
    if (v.predecessorId === v.successorId) ctx.addIssue({ code: 'custom', path: ['successorId'], message: 'same_agency', params: { key: 'same_agency' } });
  },
} as const;

export const legalBasisSchema = entityOf(legalBasisFields);
export const agencySchema = entityOf(agencyFields);
export const agencySuccessionSchema = entityOf(agencySuccessionFields);
export const personSchema = entityOf(personFields);

export const directoryMethods = {
  ...crud('legalBases', legalBasisFields, legalBasisSchema, z.object({ kind: z.enum(LEGAL_BASIS_KINDS).optional() }), ['issuedOn', 'number'], directoryRules.legalBases),
  ...crud(
    'agencies',
    agencyFields,
    agencySchema,
    z.object({ parentId: id.nullable().optional(), kind: z.enum(AGENCY_KINDS).optional(), activeOn: isoDate.optional() }),
    ['code', 'nameVi'],
    directoryRules.agencies,
  ),
  ...crud('agencySuccessions', agencySuccessionFields, agencySuccessionSchema, z.object({ agencyId: id.optional() }), ['effectiveOn'], directoryRules.agencySuccessions),
  ...crud('people', personFields, personSchema, z.object({ agencyId: id.optional() }), ['fullName', 'passportExpiry'], undefined, { duplicates: true }),
  /** The unit a person belonged to on a day (a past trip's), from the desk's history (db/repo/reorg.ts unitOn). */
  'people.unitOn': def('read', z.object({ personId: id, date: isoDate }).strict(), z.object({ agencyId: id.nullable() })),
};

export type LegalBasis = z.infer<typeof legalBasisSchema>;
export type Agency = z.infer<typeof agencySchema>;
export type AgencySuccession = z.infer<typeof agencySuccessionSchema>;
export type Person = z.infer<typeof personSchema>;
