import { z } from 'zod';
import { CHANGE_OPS, CHANGE_ORIGINS, ENTITIES } from '../../common/enums';
import { def } from './define';
import { id, instant } from './primitives';

// The change log as the screens read it: the history of records, and the desk's recent changes.

export const changeEntrySchema = z.object({
  seq: z.number().int(),
  entity: z.enum(ENTITIES),
  entityId: z.string(),
  op: z.enum(CHANGE_OPS),
  before: z.record(z.string(), z.unknown()).nullable(),
  after: z.record(z.string(), z.unknown()).nullable(),
  at: instant,
  deviceId: z.string(),
  /** The officer and the laptop as named in Settings when the change was made (null: not named). */
  officerName: z.string().nullable(),
  deviceName: z.string().nullable(),
  /** Null: this laptop's officer; 'remote': another laptop's, through the exchange; 'sample': the training sample. */
  origin: z.enum(CHANGE_ORIGINS).nullable(),
});

export const historyMethods = {
  'history.get': def(
    'read',
    z.object({ ids: z.array(id).min(1).max(200), limit: z.number().int().min(1).max(1000).default(200) }).strict(),
    z.array(changeEntrySchema),
  ),
  /** The names of records a history refers to by id (a body, a country, a unit, a person…), in both languages. */
  'history.names': def(
    'read',
    z.object({ ids: z.array(id).max(500) }).strict(),
    z.array(z.object({ id: z.string(), vi: z.string(), en: z.string() })),
  ),
  'changes.recent': def('read', z.object({ limit: z.number().int().min(1).max(200).default(20) }).strict(), z.array(changeEntrySchema)),
  /**
   * What changed after the change `seq` (0: ever): the last change's number and the kinds of
   * record changed since. The screens ask it now and then and refresh what shows those kinds,
   * whoever made the change (this screen, another window, another laptop's exchange).
   */
  'changes.since': def(
    'read',
    z.object({ seq: z.number().int().min(0) }).strict(),
    z.object({ seq: z.number().int().min(0), entities: z.array(z.enum(ENTITIES)) }).strict(),
  ),
};

export type ChangeEntry = z.infer<typeof changeEntrySchema>;
