// A snapshot of the exchanged state, for a laptop that joins with an empty desk: instead of
// applying every batch ever published, it takes one laptop's state (written by that laptop at a
// moment when everything of its own was published, so the state is exactly the batches it covers)
// and then only the batches after it. What a snapshot holds is the merge state itself: for every
// record known to the exchange, the heads of each of its registers (each write with its clock,
// laptop, officer and value) and the inbox items about it. The records' rows are rebuilt from the
// heads as the apply path does (the value of the greatest clock), so a laptop joined from a
// snapshot holds what a laptop that applied the whole history holds: same records, same heads,
// same inbox. What it does not have is the history of changes made before the snapshot (History
// starts at the join). Classified records are never in a snapshot (as they are never in a batch).
import type { SearchEntity } from '../../common/enums';
import type { Db } from '../open';
import { statement } from '../repo/core/statements';
import { removeSearchDoc, upsertSearchDoc } from '../repo/search';
import { nameKey, sameMeeting, samePerson } from '../../common/duplicates';
import { keysOf, settleAllClaims } from './claims';
import { markDuplicate } from './merge';
import { DELETED, isClassified, isDistinct, modelOf, type EntityModel } from './model';

/** One head: clock value, laptop, value, officer, laptop name. */
export type SnapshotHead = [hlc: string, replica: string, value: unknown, officer: string | null, device: string | null];

export interface SnapshotRecord {
  e: string;
  id: string;
  /** created_at and updated_at of the record on the laptop that wrote the snapshot. */
  c: string;
  u: string;
  /** register → heads. */
  h: Record<string, SnapshotHead[]>;
}

/** An inbox item: key, kind, entity, entity id, register, detail (JSON text), closed clock. */
export type SnapshotConflict = [string, string, string, string, string, string | null, string | null];

export interface SnapshotState {
  records: SnapshotRecord[];
  conflicts: SnapshotConflict[];
}

const ENTITY_ORDER = new Map<string, number>();
function orderOf(entity: string): number {
  if (!ENTITY_ORDER.size) {
    // Parents before children (the repositories' order), so the rows go in as the schema expects.
    let i = 0;
    for (const e of ['pillar', 'country', 'body', 'legal_basis', 'agency', 'agency_succession', 'person', 'focal_assignment', 'meeting', 'delegation', 'delegation_member', 'action_item', 'action_update']) {
      ENTITY_ORDER.set(e, i++);
    }
  }
  return ENTITY_ORDER.get(entity) ?? 99;
}

/** The exchanged state of this laptop (call inside a transaction, after its own changes were taken up). */
export function dumpSnapshot(db: Db): SnapshotState {
  const byId = new Map<string, SnapshotRecord>();
  const heads = statement(db, 'SELECT entity_id, register, hlc, entity, replica, value, officer_name, device_name FROM exchange_heads ORDER BY entity_id, register, hlc');
  for (const h of heads.iterate() as Iterable<{
    entity_id: string;
    register: string;
    hlc: string;
    entity: string;
    replica: string;
    value: string;
    officer_name: string | null;
    device_name: string | null;
  }>) {
    let r = byId.get(h.entity_id);
    if (!r) byId.set(h.entity_id, (r = { e: h.entity, id: h.entity_id, c: '', u: '', h: {} }));
    (r.h[h.register] ??= []).push([h.hlc, h.replica, JSON.parse(h.value) as unknown, h.officer_name, h.device_name]);
  }
  const records: SnapshotRecord[] = [];
  for (const r of byId.values()) {
    const m = modelOf(r.e);
    if (!m || isClassified(db, r.e, r.id)) continue;
    const row = statement(db, `SELECT created_at, updated_at FROM "${m.table}" WHERE id = ?`).get(r.id) as { created_at: string; updated_at: string } | undefined;
    if (!row) continue;
    r.c = row.created_at;
    r.u = row.updated_at;
    records.push(r);
  }
  records.sort((a, b) => orderOf(a.e) - orderOf(b.e) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const kept = new Set(records.map((r) => r.id));
  const conflicts = (statement(db, 'SELECT key, kind, entity, entity_id, register, detail, closed_hlc FROM exchange_conflicts ORDER BY key').raw().all() as SnapshotConflict[]).filter(
    (c) => kept.has(c[3]) && (c[1] !== 'duplicate' || kept.has(c[4])),
  );
  return { records, conflicts };
}

const toParam = (m: EntityModel, field: string, value: unknown): unknown => {
  if (value === undefined || value === null) return null;
  if (m.json.has(field)) return JSON.stringify(value);
  if (typeof value === 'boolean') return value ? 1 : 0;
  return value;
};

/**
 * Takes a snapshot's state into this desk (inside the caller's transaction; the desk has no
 * exchanged state of its own yet). Throws on a record or register this version does not know (a
 * snapshot of a newer version): nothing of it stays, the transaction is rolled back.
 * Returns the greatest clock value it holds (the laptop's clock moves past it).
 */
export function importSnapshot(db: Db, state: SnapshotState): string {
  db.pragma('defer_foreign_keys = ON');
  let maxHlc = '';
  const insertHead = statement(
    db,
    'INSERT OR REPLACE INTO exchange_heads (entity_id, register, hlc, entity, replica, value, officer_name, device_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const touched: Array<[EntityModel, string]> = [];
  for (const r of state.records) {
    const m = modelOf(r.e);
    if (!m) throw new Error(`unknown record kind ${r.e}`);
    const values: Record<string, unknown> = {};
    for (const [reg, heads] of Object.entries(r.h)) {
      // A "keep both" register of a duplicate holds no column: its heads only.
      const fields = m.fieldsOf.get(reg) ?? (isDistinct(reg) ? [] : undefined);
      if (!fields) throw new Error(`unknown field ${r.e}.${reg}`);
      let top: SnapshotHead | undefined;
      for (const h of heads) {
        insertHead.run(r.id, reg, h[0], r.e, h[1], JSON.stringify(h[2] ?? null), h[3], h[4]);
        if (!top || h[0] > top[0]) top = h;
        if (h[0] > maxHlc) maxHlc = h[0];
      }
      const v = top?.[2] ?? null;
      if (!fields.length) continue;
      if (fields.length === 1) values[fields[0]!] = v;
      else for (const f of fields) values[f] = (v as Record<string, unknown> | null)?.[f] ?? null;
    }
    const cols = Object.keys(values).filter((f) => f !== DELETED && m.column.has(f));
    // Written as a claimant of its unique keys; who keeps each is settled once all are in (claims.ts).
    const claimCols = [...new Set(keysOf(m.entity).map((k) => k.claimant))];
    const names = ['id', 'created_at', 'updated_at', 'version', ...cols.map((f) => m.column.get(f)!), 'deleted_at', ...claimCols];
    const updates = names.filter((n) => n !== 'id').map((n) => `"${n}" = excluded."${n}"`);
    statement(
      db,
      `INSERT INTO "${m.table}" (${names.map((n) => `"${n}"`).join(', ')}) VALUES (${names.map(() => '?').join(', ')}) ON CONFLICT(id) DO UPDATE SET ${updates.join(', ')}`,
    ).run(r.id, r.c, r.u, 1, ...cols.map((f) => toParam(m, f, values[f])), (values[DELETED] as string | null | undefined) ?? null, ...claimCols.map(() => r.id));
    for (const f of Object.keys(values)) if (f !== DELETED && !m.column.has(f)) m.repo.config.relations?.[f]?.write(db, r.id, values[f] ?? []);
    touched.push([m, r.id]);
  }
  flagDuplicatesOf(db, new Set(touched.map(([, id]) => id)));
  const insertConflict = statement(db, 'INSERT OR REPLACE INTO exchange_conflicts (key, kind, entity, entity_id, register, detail, closed_hlc) VALUES (?, ?, ?, ?, ?, ?, ?)');
  for (const c of state.conflicts) insertConflict.run(...c);
  settleAllClaims(db);
  for (const [m, id] of touched) {
    if (!m.repo.config.search) continue;
    const row = m.repo.get(db, id, { includeDeleted: true }) as Record<string, unknown> & { id: string; deletedAt: string | null };
    if (row.deletedAt) removeSearchDoc(db, id);
    else upsertSearchDoc(db, m.entity as SearchEntity, id, m.repo.config.search(db, row as never));
  }
  return maxHlc;
}

/**
 * The duplicates among the records taken in, as the apply path flags them when a record arrives
 * (common/duplicates.ts): meetings of one body with one number, people of one name sharing an
 * e-mail or a passport name. Grouped once instead of one search per record.
 */
function flagDuplicatesOf(db: Db, imported: ReadonlySet<string>): void {
  const meetings = statement(db, 'SELECT id, body_id AS bodyId, sequence FROM meetings WHERE deleted_at IS NULL AND sequence IS NOT NULL').all() as Array<{ id: string; bodyId: string; sequence: number }>;
  const byNumber = new Map<string, typeof meetings>();
  for (const m of meetings) {
    const k = `${m.bodyId}:${m.sequence}`;
    byNumber.set(k, [...(byNumber.get(k) ?? []), m]);
  }
  for (const group of byNumber.values()) pairs(group, (a, b) => sameMeeting(a, b), 'meeting', imported, db);
  const people = statement(db, 'SELECT id, full_name AS fullName, email, passport_name AS passportName FROM people WHERE deleted_at IS NULL').all() as Array<{
    id: string;
    fullName: string;
    email: string | null;
    passportName: string | null;
  }>;
  const byName = new Map<string, typeof people>();
  for (const p of people) {
    const k = nameKey(p.fullName);
    if (k) byName.set(k, [...(byName.get(k) ?? []), p]);
  }
  for (const group of byName.values()) pairs(group, (a, b) => samePerson(a, b) !== null || samePerson(b, a) !== null, 'person', imported, db);
}

function pairs<T extends { id: string }>(group: readonly T[], same: (a: T, b: T) => boolean, entity: string, imported: ReadonlySet<string>, db: Db): void {
  for (let i = 0; i < group.length; i++) {
    for (let j = i + 1; j < group.length; j++) {
      const a = group[i]!;
      const b = group[j]!;
      if ((imported.has(a.id) || imported.has(b.id)) && same(a, b)) markDuplicate(db, entity, a.id, b.id);
    }
  }
}
