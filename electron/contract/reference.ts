import { z } from 'zod';
import { BODY_KINDS, CADENCES, COUNTRY_KINDS, PILLAR_CODES } from '../../common/enums';
import { crud, def, none } from './define';
import { entityOf, getInput, id, isoDate, listInput, noControlChars, optionalDate, optionalId, optionalText, pageOf, requiredText, updateInput } from './primitives';
import { ordered } from './records';

// Reference data: ASEAN's pillars, the countries (members with their dates, partners) and the
// ASEAN bodies (ASOEN, AMME, the working groups…).

export const pillarFields = z.object({
  code: z.enum(PILLAR_CODES),
  nameVi: requiredText(200),
  nameEn: requiredText(200),
});

export const countryFields = z.object({
  code: z.string().trim().regex(/^[A-Z]{2,3}$/).check(noControlChars()),
  nameVi: requiredText(200),
  nameEn: requiredText(200),
  kind: z.enum(COUNTRY_KINDS),
  memberFrom: optionalDate,
  memberTo: optionalDate,
  notes: optionalText(4000, 'lines'),
});

export const bodyFields = z.object({
  code: z.string().trim().min(1).max(40).regex(/^[A-Za-z0-9.+&_-]+$/).check(noControlChars()),
  nameVi: requiredText(300),
  nameEn: requiredText(300),
  pillarId: optionalId,
  kind: z.enum(BODY_KINDS),
  parentId: optionalId,
  partnerCountryId: optionalId,
  cadence: z.enum(CADENCES).default('annual'),
  formerCodes: z.array(z.string().trim().min(1).max(40).check(noControlChars())).max(20).default([]),
  notes: optionalText(4000, 'lines'),
});

export const referenceRules = {
  countries: ordered<z.infer<typeof countryFields>>('memberFrom', 'memberTo'),
} as const;

export const pillarSchema = entityOf(pillarFields);
export const countrySchema = entityOf(countryFields);
export const bodySchema = entityOf(bodyFields);

export const referenceMethods = {
  // The three pillars are fixed by the ASEAN Charter: their names can be edited, nothing else.
  'pillars.list': def('read', listInput(none, ['code']), pageOf(pillarSchema)),
  'pillars.get': def('read', getInput, pillarSchema),
  'pillars.update': def('write', updateInput(pillarFields.pick({ nameVi: true, nameEn: true })), pillarSchema),
  ...crud('countries', countryFields, countrySchema, z.object({ kind: z.enum(COUNTRY_KINDS).optional() }), ['nameEn', 'code'], referenceRules.countries),
  ...crud(
    'bodies',
    bodyFields,
    bodySchema,
    z.object({ pillarId: id.optional(), kind: z.enum(BODY_KINDS).optional(), parentId: id.nullable().optional(), withoutFocalPointOn: isoDate.optional() }),
    ['code', 'nameVi', 'pillar'],
  ),
};

export type Pillar = z.infer<typeof pillarSchema>;
export type Country = z.infer<typeof countrySchema>;
export type Body = z.infer<typeof bodySchema>;
