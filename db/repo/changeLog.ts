import type { ChangeOp, EntityName } from '../../common/enums';
import type { Db } from '../open';
import { limitSql, statement } from './statements';

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
}

/** Appends to the change log; callers are inside the transaction of the write it records. */
export function appendChange(db: Db, ctx: { now: string; deviceId: string }, change: ChangeInput): void {
  statement(db, 'INSERT INTO change_log (entity, entity_id, op, before, after, at, device_id) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    change.entity,
    change.entityId,
    change.op,
    change.before === null ? null : JSON.stringify(change.before),
    change.after === null ? null : JSON.stringify(change.after),
    ctx.now,
    ctx.deviceId,
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
  };
}

/** The history of one or more records, newest first. */
export function historyOf(db: Db, entityIds: string[], limit: number): ChangeEntry[] {
  if (entityIds.length === 0) return [];
  const rows = statement(
    db,
    `SELECT * FROM change_log WHERE entity_id IN (SELECT value FROM json_each(?)) ORDER BY seq DESC ${limitSql(limit)}`,
  ).all(JSON.stringify(entityIds)) as RawChange[];
  return rows.map(toChangeEntry);
}

/** The number of the last change, and the kinds of record changed after `seq`. */
export function changedSince(db: Db, seq: number): { seq: number; entities: EntityName[] } {
  const last = (statement(db, 'SELECT coalesce(max(seq), 0) AS seq FROM change_log').get() as { seq: number }).seq;
  if (last <= seq) return { seq: last, entities: [] };
  const entities = statement(db, 'SELECT DISTINCT entity FROM change_log WHERE seq > ? ORDER BY entity').pluck().all(seq) as EntityName[];
  return { seq: last, entities };
}

/** The latest changes of the whole database, newest first. */
export function recentChanges(db: Db, limit: number): ChangeEntry[] {
  return (statement(db, `SELECT * FROM change_log ORDER BY seq DESC ${limitSql(limit)}`).all() as RawChange[]).map(toChangeEntry);
}
