// The change log: every write appends what it changed (entity, id, operation, the fields before and
// after, when, which device) in the same transaction.
import type { ChangeOp, ChangeOrigin, EntityName } from '../../../common/enums';
import type { Db } from '../../open';
import { statement } from './statements';

export interface ChangeInput {
  entity: EntityName;
  entityId: string;
  op: ChangeOp;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

export interface ChangeEntry extends ChangeInput {
  seq: number;
  at: string;
  deviceId: string;
  /** Who made it, as their laptop was named in Settings at the time (null: not named). */
  officerName: string | null;
  deviceName: string | null;
  /** Null: this laptop's officer; 'remote': another laptop's; 'sample': the training sample; 'reference': the app's seeding. */
  origin: ChangeOrigin | null;
}

/** Appends to the change log; callers are inside the transaction of the write it records. */
export function appendChange(
  db: Db,
  ctx: { now: string; deviceId: string; officerName?: string | null; deviceName?: string | null; origin?: ChangeOrigin },
  change: ChangeInput,
): void {
  statement(db, 'INSERT INTO change_log (entity, entity_id, op, before, after, at, device_id, officer_name, device_name, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
    change.entity,
    change.entityId,
    change.op,
    change.before === null ? null : JSON.stringify(change.before),
    change.after === null ? null : JSON.stringify(change.after),
    ctx.now,
    ctx.deviceId,
    ctx.officerName ?? null,
    ctx.deviceName ?? null,
    ctx.origin ?? null,
  );
}

export interface RawChange {
  seq: number;
  entity: EntityName;
  entity_id: string;
  op: ChangeOp;
  before: string | null;
  after: string | null;
  at: string;
  device_id: string;
  officer_name: string | null;
  device_name: string | null;
  origin: ChangeOrigin | null;
}

export function toChangeEntry(r: RawChange): ChangeEntry {
  return {
    seq: r.seq,
    entity: r.entity,
    entityId: r.entity_id,
    op: r.op,
    before: r.before === null ? null : (JSON.parse(r.before) as Record<string, unknown>),
    after: r.after === null ? null : (JSON.parse(r.after) as Record<string, unknown>),
    at: r.at,
    deviceId: r.device_id,
    officerName: r.officer_name ?? null,
    deviceName: r.device_name ?? null,
    origin: r.origin ?? null,
  };
}
