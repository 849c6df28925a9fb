import { z } from 'zod';
import { ENTITIES, EXCHANGE_CONFLICT_KINDS, type EntityName } from '../../common/enums';
import { actionItemFields, actionUpdateFields } from './actionItems';
import { agendaItemFields, meetingContactFields } from './agenda';
import { aseanDocumentFields } from './aseanDocuments';
import { def, none } from './define';
import { delegationFields, delegationMemberFields } from './delegations';
import { agencyFields, agencySuccessionFields, legalBasisFields, personFields } from './directory';
import { focalAssignmentFields } from './focalPoints';
import { meetingFields } from './meetings';
import { id, instant, plainString } from './primitives';
import { bodyFields, countryFields, pillarFields } from './reference';

// The conflicts inbox of the shared-drive exchange (issue #17): what two laptops changed
// differently, a record deleted on one while edited on another, and records entered twice; and
// their resolutions, each one ordinary change (one transaction, in the change log) that the
// exchange carries, so the item closes on every laptop.

/** The fields each kind of record may be given in a resolution, as its update would check them. */
export const FIELDS_OF: Record<EntityName, z.ZodObject> = {
  country: countryFields,
  pillar: pillarFields,
  body: bodyFields,
  agency: agencyFields,
  agency_succession: agencySuccessionFields,
  person: personFields,
  legal_basis: legalBasisFields,
  focal_assignment: focalAssignmentFields,
  meeting: meetingFields,
  delegation: delegationFields,
  delegation_member: delegationMemberFields,
  action_item: actionItemFields,
  action_update: actionUpdateFields,
  asean_document: aseanDocumentFields,
  agenda_item: agendaItemFields,
  meeting_contact: meetingContactFields,
};

const side = z.object({
  hlc: z.string(),
  value: z.unknown(),
  officerName: z.string().nullable(),
  deviceName: z.string().nullable(),
  /** When it was written, by its laptop's clock. */
  at: instant.nullable(),
  /** Written on this laptop. */
  mine: z.boolean(),
});

const record = z.object({
  id,
  entity: z.enum(ENTITIES),
  vi: z.string(),
  en: z.string(),
  deleted: z.boolean(),
  version: z.number().int().min(0),
  /** The record a link opens (a delegation member opens its meeting). */
  target: z.object({ entity: z.enum(['meeting', 'action_item', 'person', 'agency', 'body']), id }).nullable(),
});

const duplicateSide = record.extend({
  details: z.record(z.string(), z.unknown()),
  links: z.number().int().min(0),
  createdBy: z.object({ officerName: z.string().nullable(), deviceName: z.string().nullable(), at: instant }).nullable(),
});

/** How a value may be typed in the inbox ("type another"); null: only one side can be kept. */
export const CONFLICT_INPUTS = ['text', 'lines', 'date', 'dates', 'number'] as const;

export const conflictItemSchema = z.object({
  key: z.string(),
  kind: z.enum(EXCHANGE_CONFLICT_KINDS),
  record,
  /** A field, two fields that go together ('startDate+endDate'), 'deletedAt', or null (a duplicate). */
  register: z.string().nullable(),
  fields: z.array(z.string()),
  /** The screens' translation key of the register's label ('conflicts.fields.city'); null for a duplicate. */
  labelKey: z.string().nullable(),
  /** The value both sides agreed on (absent: not known on this laptop). */
  base: z.unknown().optional(),
  /** Each side's value, the greatest clock first (the one shown meanwhile). */
  sides: z.array(side),
  input: z.enum(CONFLICT_INPUTS).nullable(),
  /** Texts can be joined. */
  joinable: z.boolean(),
  deletion: side.optional(),
  edits: z.array(z.object({ register: z.string(), fields: z.array(z.string()), side })).optional(),
  duplicates: z.tuple([duplicateSide, duplicateSide]).optional(),
  /**
   * Two records of a unique key that two laptops both claimed (a code, the delegation of a meeting,
   * the head of a delegation): the first claim keeps it, the other is marked; "keep both" is a new
   * value of `field` for one of them ('rename'), the claimant made a member ('member'), or not
   * allowed (null: merge or delete).
   */
  claim: z.object({ keeper: id, claimant: id, keepBoth: z.enum(['rename', 'member']).nullable(), field: z.string().nullable() }).optional(),
  /** Sent back with the resolution: an item that changed meanwhile is not resolved blindly. */
  token: z.string(),
});

const target = { key: plainString(300), token: plainString(20_000) };

export const conflictMethods = {
  'conflicts.open': def('read', none, z.array(conflictItemSchema)),
  'conflicts.count': def('read', none, z.object({ open: z.number().int().min(0) })),
  /** Keep one side's value, type another, or join the texts (in the order shown). */
  'conflicts.resolveField': def(
    'write',
    z.discriminatedUnion('how', [
      z.object({ ...target, how: z.literal('keep'), hlc: plainString(200) }).strict(),
      z.object({ ...target, how: z.literal('type'), value: z.unknown() }).strict(),
      z.object({ ...target, how: z.literal('join') }).strict(),
    ]),
    z.object({ open: z.number().int().min(0) }),
  ),
  /** A record deleted on one laptop while edited on another: restore it, or keep it deleted. */
  'conflicts.resolveDeleted': def(
    'write',
    z.object({ ...target, how: z.enum(['restore', 'keepDeleted']) }).strict(),
    z.object({ open: z.number().int().min(0) }),
  ),
  /**
   * Two records entered for one: merge into `id` (what refers to the other moves to it, the other
   * is deleted), keep both, or delete `id`.
   */
  'conflicts.resolveDuplicate': def(
    'write',
    z.discriminatedUnion('how', [
      z.object({ ...target, how: z.literal('merge'), id }).strict(),
      // Two records of a unique key: `value` is the new code (or number) of `id` (default: the later claimant).
      z.object({ ...target, how: z.literal('keepBoth'), id: id.optional(), value: plainString(200).optional() }).strict(),
      z.object({ ...target, how: z.literal('delete'), id }).strict(),
    ]),
    z.object({ open: z.number().int().min(0) }),
  ),
};

export type ConflictItem = z.infer<typeof conflictItemSchema>;
export type ConflictInput = (typeof CONFLICT_INPUTS)[number];
