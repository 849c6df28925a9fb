import { z } from 'zod';
import { ACTION_STATUSES, AGENCY_KINDS, BODY_KINDS, CHANGE_OPS, COUNTRY_KINDS, DELEGATION_STATUSES, ENTITIES, FOCAL_ROLES, LEGAL_BASIS_KINDS, MEETING_STATUSES, SEARCH_ENTITIES } from '../../db/enums';
import * as e from './entities';
import { crud, def, none, statusList } from './define';
import { getInput, id, instant, isoDate, listInput, pageOf, updateInput } from './primitives';

// The core of the contract: every entity's list/get/create/update/delete/restore, focal points
// as of a date, history, search, app info and the sample desk.

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

export const changeEntrySchema = z.object({
  seq: z.number().int(),
  entity: z.enum(ENTITIES),
  entityId: z.string(),
  op: z.enum(CHANGE_OPS),
  before: z.record(z.string(), z.unknown()).nullable(),
  after: z.record(z.string(), z.unknown()).nullable(),
  at: instant,
  deviceId: z.string(),
});

export const searchHitSchema = z.object({
  entity: z.enum(SEARCH_ENTITIES),
  id,
  title: z.string(),
  subtitle: z.string().nullable(),
});

export const appInfoSchema = z.object({
  appVersion: z.string(),
  schemaVersion: z.number().int(),
  dataFile: z.string(),
  deviceId: z.string(),
  referenceVersion: z.number().int().nullable(),
  sampleVersion: z.number().int().nullable(),
});

export const coreMethods = {
  // The three pillars are fixed by the ASEAN Charter: their names can be edited, nothing else.
  'pillars.list': def('read', listInput(none, ['code']), pageOf(e.pillarSchema)),
  'pillars.get': def('read', getInput, e.pillarSchema),
  'pillars.update': def('write', updateInput(e.pillarFields.pick({ nameVi: true, nameEn: true })), e.pillarSchema),
  ...crud('countries', e.countryFields, e.countrySchema, z.object({ kind: z.enum(COUNTRY_KINDS).optional() }), ['nameEn', 'code'], e.recordRules.countries),
  ...crud('legalBases', e.legalBasisFields, e.legalBasisSchema, z.object({ kind: z.enum(LEGAL_BASIS_KINDS).optional() }), ['issuedOn', 'number'], e.recordRules.legalBases),
  ...crud(
    'agencies',
    e.agencyFields,
    e.agencySchema,
    z.object({ parentId: id.nullable().optional(), kind: z.enum(AGENCY_KINDS).optional(), activeOn: isoDate.optional() }),
    ['code', 'nameVi'],
    e.recordRules.agencies,
  ),
  ...crud('agencySuccessions', e.agencySuccessionFields, e.agencySuccessionSchema, z.object({ agencyId: id.optional() }), ['effectiveOn'], e.recordRules.agencySuccessions),
  ...crud(
    'bodies',
    e.bodyFields,
    e.bodySchema,
    z.object({ pillarId: id.optional(), kind: z.enum(BODY_KINDS).optional(), parentId: id.nullable().optional(), withoutFocalPointOn: isoDate.optional() }),
    ['code', 'nameVi', 'pillar'],
  ),
  ...crud('people', e.personFields, e.personSchema, z.object({ agencyId: id.optional() }), ['fullName', 'passportExpiry']),
  ...crud(
    'focalAssignments',
    e.focalAssignmentFields,
    e.focalAssignmentSchema,
    z.object({ bodyId: id.optional(), agencyId: id.optional(), role: z.enum(FOCAL_ROLES).optional(), activeOn: isoDate.optional() }),
    ['validFrom'],
    e.recordRules.focalAssignments,
  ),
  ...crud(
    'meetings',
    e.meetingFields,
    e.meetingSchema,
    z.object({
      bodyId: id.optional(),
      status: statusList(MEETING_STATUSES).optional(),
      parentId: id.nullable().optional(),
      year: z.number().int().min(1967).max(2200).optional(),
      from: isoDate.optional(),
      to: isoDate.optional(),
    }),
    ['startDate', 'titleVi'],
    e.recordRules.meetings,
  ),
  ...crud('delegations', e.delegationFields, e.delegationSchema, z.object({ meetingId: id.optional(), status: z.enum(DELEGATION_STATUSES).optional() }), ['createdAt']),
  ...crud(
    'delegationMembers',
    e.delegationMemberFields,
    e.delegationMemberSchema,
    z.object({ delegationId: id.optional(), personId: id.optional() }),
    ['sortOrder'],
    e.recordRules.delegationMembers,
  ),
  ...crud(
    'actionItems',
    e.actionItemFields,
    e.actionItemSchema,
    z.object({
      status: statusList(ACTION_STATUSES).optional(),
      leadAgencyId: id.optional(),
      ownerPersonId: id.optional(),
      bodyId: id.optional(),
      sourceMeetingId: id.optional(),
      dueFrom: isoDate.optional(),
      dueTo: isoDate.optional(),
    }),
    ['dueDate', 'title', 'createdAt'],
  ),
  ...crud('actionUpdates', e.actionUpdateFields, e.actionUpdateSchema, z.object({ actionItemId: id.optional() }), ['date']),

  // One body, a page of bodies (the matrix shows bodies a page at a time), or every body.
  'focalPoints.asOf': def(
    'read',
    z.object({ date: isoDate, bodyId: id.nullable().optional(), bodyIds: z.array(id).max(200).optional() }).strict(),
    z.array(focalPointSchema),
  ),
  /** How many bodies (matching the text, if any) there are, and how many have nobody in force on the date. */
  'focalPoints.coverage': def(
    'read',
    z.object({ date: isoDate, q: z.string().max(200).optional() }).strict(),
    z.object({ bodies: z.number().int().min(0), withoutFocalPoint: z.number().int().min(0) }),
  ),
  'history.get': def(
    'read',
    z.object({ ids: z.array(id).min(1).max(200), limit: z.number().int().min(1).max(1000).default(200) }).strict(),
    z.array(changeEntrySchema),
  ),
  'changes.recent': def('read', z.object({ limit: z.number().int().min(1).max(200).default(20) }).strict(), z.array(changeEntrySchema)),
  'search.global': def(
    'read',
    z
      .object({
        q: z.string().max(200),
        limit: z.number().int().min(1).max(100).default(20),
        entities: z.array(z.enum(SEARCH_ENTITIES)).max(SEARCH_ENTITIES.length).optional(),
      })
      .strict(),
    z.array(searchHitSchema),
  ),
  'app.info': def('read', none.strict(), appInfoSchema),
  'sample.load': def('write', none.strict(), z.object({ created: z.number().int(), version: z.number().int() })),
};

