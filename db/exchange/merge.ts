// The merge state of the exchange: per record and register, the heads of a multi-value register.
// A write removes the heads its writer had seen (its base) and adds itself; the heads that stay
// with different values are a conflict (the inbox), shown meanwhile with the value of the
// greatest clock. The result depends only on which writes were applied, not on their order
// (causal delivery: a write's base is always applied before it), so every laptop converges.
import type { Db } from '../open';
import { statement } from '../repo/core/statements';
import { DELETED, DISTINCT, isDistinct, modelOf } from './model';

export interface Head {
  hlc: string;
  value: unknown;
}

export interface WriteIn {
  entity: string;
  id: string;
  register: string;
  hlc: string;
  replica: string;
  value: unknown;
  base: readonly string[];
  officerName: string | null;
  deviceName: string | null;
}

export function headsOf(db: Db, id: string, register: string): Head[] {
  return (statement(db, 'SELECT hlc, value FROM exchange_heads WHERE entity_id = ? AND register = ? ORDER BY hlc DESC').all(id, register) as Array<{ hlc: string; value: string }>).map(
    (h) => ({ hlc: h.hlc, value: JSON.parse(h.value) as unknown }),
  );
}

/** Every head of a record, by register (what a delete had seen). */
export function allHeadsOf(db: Db, id: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const h of statement(db, 'SELECT register, hlc FROM exchange_heads WHERE entity_id = ? ORDER BY register, hlc').all(id) as Array<{ register: string; hlc: string }>) {
    (out[h.register] ??= []).push(h.hlc);
  }
  return out;
}

/**
 * What two heads must share to agree: their value; for the tombstone, only whether the record is
 * deleted (two laptops deleting the same record at different moments agree).
 */
export const agreementOf = (register: string, value: unknown): string => (register === DELETED ? (value == null ? 'live' : 'deleted') : JSON.stringify(value ?? null));

const conflictKey = (kind: string, id: string, register: string) => `${kind}:${id}:${register}`;

function openConflict(db: Db, kind: 'field' | 'deleted_edited' | 'duplicate', entity: string, id: string, register: string, detail: unknown): void {
  statement(db, 'INSERT INTO exchange_conflicts (key, kind, entity, entity_id, register, detail) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(key) DO NOTHING').run(
    conflictKey(kind, id, register),
    kind,
    entity,
    id,
    register,
    detail === undefined ? null : JSON.stringify(detail),
  );
}

function closeConflict(db: Db, kind: string, id: string, register: string): void {
  statement(db, 'DELETE FROM exchange_conflicts WHERE key = ?').run(conflictKey(kind, id, register));
}

/** Every head of a record by register, greatest clock first: one read for all the registers of a line. */
export function headsByRegister(db: Db, id: string): Map<string, Head[]> {
  const out = new Map<string, Head[]>();
  for (const h of statement(db, 'SELECT register, hlc, value FROM exchange_heads WHERE entity_id = ? ORDER BY register, hlc DESC').all(id) as Array<{
    register: string;
    hlc: string;
    value: string;
  }>) {
    let list = out.get(h.register);
    if (!list) out.set(h.register, (list = []));
    list.push({ hlc: h.hlc, value: JSON.parse(h.value) as unknown });
  }
  return out;
}

/** A value as it reads back from the heads (JSON text): what a head read from the database holds. */
const asStored = (v: unknown): unknown => (v !== null && typeof v === 'object' ? (JSON.parse(JSON.stringify(v)) as unknown) : (v ?? null));

/**
 * Applies one write to its register; returns the register's heads after it (greatest clock first).
 * `prior`: the register's heads before it, when the caller has just read them (headsByRegister).
 */
export function putWrite(db: Db, w: WriteIn, prior?: readonly Head[]): Head[] {
  const before = prior ?? headsOf(db, w.id, w.register);
  const seen = new Set(w.base);
  const gone = before.filter((h) => seen.has(h.hlc));
  if (gone.length === 1) statement(db, 'DELETE FROM exchange_heads WHERE entity_id = ? AND register = ? AND hlc = ?').run(w.id, w.register, gone[0]!.hlc);
  else if (gone.length > 1) {
    statement(db, 'DELETE FROM exchange_heads WHERE entity_id = ? AND register = ? AND hlc IN (SELECT value FROM json_each(?))').run(w.id, w.register, JSON.stringify(gone.map((h) => h.hlc)));
  }
  const heads = gone.length ? before.filter((h) => !seen.has(h.hlc)) : [...before];
  if (!heads.some((h) => h.hlc === w.hlc)) {
    const text = JSON.stringify(w.value ?? null);
    statement(
      db,
      'INSERT OR IGNORE INTO exchange_heads (entity_id, register, hlc, entity, replica, value, officer_name, device_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    ).run(w.id, w.register, w.hlc, w.entity, w.replica, text, w.officerName, w.deviceName);
    heads.push({ hlc: w.hlc, value: asStored(w.value) });
    heads.sort((a, b) => (a.hlc < b.hlc ? 1 : a.hlc > b.hlc ? -1 : 0));
  }
  const distinct = new Set(heads.map((h) => agreementOf(w.register, h.value)));
  if (distinct.size > 1) openConflict(db, 'field', w.entity, w.id, w.register, undefined);
  // An item can be open only if the register had two heads or more (it is closed whenever they come down to one value).
  else if (before.length > 1) closeConflict(db, 'field', w.id, w.register);
  // A delete replaced by a write that had seen it (a restore, or a delete again) no longer stands against the edits.
  if (w.register === DELETED) for (const seen of w.base) closeConflict(db, 'deleted_edited', w.id, seen);
  // "Keep both" of a duplicate: the pair is settled everywhere.
  if (isDistinct(w.register)) closeConflict(db, 'duplicate', w.id, w.register.slice(DISTINCT.length));
  return heads;
}

/** The value shown for a register: the head with the greatest clock. */
export const shown = (heads: readonly Head[]): unknown => heads[0]?.value;

/**
 * A delete met edits its writer had not seen, or an edit met a record deleted meanwhile: one item
 * per delete that still stands (keyed by its clock value), closed when a write that had seen that
 * delete replaces it. Which items are open follows from the heads alone, whatever the order.
 */
export function markDeletedWhileEdited(db: Db, entity: string, id: string, deleteHlc: string, edits: readonly string[]): void {
  statement(db, 'INSERT INTO exchange_conflicts (key, kind, entity, entity_id, register, detail) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(key) DO NOTHING').run(
    conflictKey('deleted_edited', id, deleteHlc),
    'deleted_edited',
    entity,
    id,
    DELETED,
    JSON.stringify({ delete: deleteHlc, edits }),
  );
}

/** Two records the duplicate rule takes for one (the key is the same whichever laptop saw it first). */
export function markDuplicate(db: Db, entity: string, a: string, b: string): void {
  const [x, y] = a < b ? [a, b] : [b, a];
  openConflict(db, 'duplicate', entity, x, y, { other: y });
}

export interface ConflictRow {
  key: string;
  kind: string;
  entity: string;
  entityId: string;
  register: string;
}

/**
 * The open items of the inbox, in a fixed order. A field conflict of a deleted record waits (it
 * shows again if the record is restored); a delete against an edit is shown. A duplicate is settled
 * once either record is deleted (merged or deleted from the inbox, or anywhere else), and shows
 * again if it is restored. Items closed here a moment ago (closed_hlc: the inbox's resolution, not
 * yet taken up by the exchange, which then removes them) are left out.
 */
export function openConflicts(db: Db): ConflictRow[] {
  const rows = statement(db, 'SELECT key, kind, entity, entity_id AS entityId, register FROM exchange_conflicts WHERE closed_hlc IS NULL ORDER BY key').all() as ConflictRow[];
  const deleted = (entity: string, id: string) => {
    const m = modelOf(entity);
    const r = m && (statement(db, `SELECT deleted_at FROM "${m.table}" WHERE id = ?`).get(id) as { deleted_at: string | null } | undefined);
    return !!r?.deleted_at;
  };
  return rows.filter((c) => {
    if (c.kind === 'duplicate') return !deleted(c.entity, c.entityId) && !deleted(c.entity, c.register);
    if (c.kind !== 'field') return true;
    return !deleted(c.entity, c.entityId);
  });
}
