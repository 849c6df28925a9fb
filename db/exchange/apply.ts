// Applying another laptop's lines (read and checked by electron/services/exchange): each register through the merge (merge.ts), then the record
// written once with the values shown (the greatest clock among the heads), its version bumped so
// that a form open on it sees CONFLICT instead of overwriting, its search document refreshed, and
// the change logged with the replica, clock value and officer that made it. The caller holds one
// short transaction per batch; the file was read and checked before it.
import { duplicateMeetings, duplicatePeople } from '../../common/duplicates';
import type { HybridClock } from '../../common/hlc';
import type { SearchEntity } from '../../common/enums';
import type { Db } from '../open';
import { statement } from '../repo/core/statements';
import { removeSearchDoc, upsertSearchDoc } from '../repo/search';
import { keysOf, settleClaimsOf, touchesKey } from './claims';
import { headsByRegister, headsOf, markDeletedWhileEdited, markDuplicate, putWrite, shown } from './merge';
import { DELETED, isDistinct, modelOf, type EntityModel } from './model';
import type { Line } from './outbox';
import type { SnapshotHead } from './snapshot';

function toParam(m: EntityModel, field: string, value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (m.json.has(field)) return JSON.stringify(value);
  if (typeof value === 'boolean') return value ? 1 : 0;
  return value;
}

/** The stored row of a record (its columns as SQLite holds them), or undefined. */
const rowSql = new Map<string, string>();
function rowOf(db: Db, m: EntityModel, id: string): Record<string, unknown> | undefined {
  let sql = rowSql.get(m.table);
  if (!sql) rowSql.set(m.table, (sql = `SELECT * FROM "${m.table}" WHERE id = ?`));
  return statement(db, sql).get(id) as Record<string, unknown> | undefined;
}

/** A stored field's value as the repository reads it (JSON columns parsed). */
function fieldOfRow(m: EntityModel, row: Record<string, unknown>, field: string): unknown {
  if (field === DELETED) return row.deleted_at ?? null;
  const v = row[m.column.get(field)!];
  if (v == null) return null;
  return m.json.has(field) && typeof v === 'string' ? (JSON.parse(v) as unknown) : v;
}

function flagDuplicates(db: Db, m: EntityModel, id: string): void {
  if (m.entity === 'meeting') {
    const me = statement(db, 'SELECT id, body_id AS bodyId, sequence FROM meetings WHERE id = ?').get(id) as { id: string; bodyId: string; sequence: number | null } | undefined;
    if (!me || me.sequence == null) return;
    const rows = statement(db, 'SELECT id, body_id AS bodyId, sequence FROM meetings WHERE body_id = ? AND sequence = ? AND deleted_at IS NULL').all(me.bodyId, me.sequence) as Array<{ id: string; bodyId: string; sequence: number }>;
    for (const r of duplicateMeetings(me, rows)) markDuplicate(db, 'meeting', id, r.id);
  } else if (m.entity === 'person') {
    const me = statement(db, 'SELECT id, full_name AS fullName, email, passport_name AS passportName FROM people WHERE id = ?').get(id) as
      | { id: string; fullName: string; email: string | null; passportName: string | null }
      | undefined;
    if (!me) return;
    // The rule needs the same e-mail or passport name: only those rows can match.
    const rows = statement(
      db,
      `SELECT id, full_name AS fullName, email, passport_name AS passportName FROM people
       WHERE deleted_at IS NULL AND id <> ? AND ((email IS NOT NULL AND lower(trim(email)) = lower(trim(?))) OR passport_name IS NOT NULL)`,
    ).all(me.id, me.email ?? '') as Array<{ id: string; fullName: string; email: string | null; passportName: string | null }>;
    for (const r of duplicatePeople(me, rows)) markDuplicate(db, 'person', id, r.id);
  }
}

export interface ApplyContext {
  replica: string;
  /** Which batch: '<replica>:<seq>' (recorded with each change as its transaction). */
  tx: string;
  clock: HybridClock;
  /** Wall time now (ms), for the clock. */
  now: number;
  /**
   * Records whose search document is to be refreshed once the batch's lines are applied
   * (refreshSearch), instead of after every line: a record changed by many lines of one batch is
   * read and indexed once.
   */
  touched?: Map<string, EntityModel>;
  /**
   * Whether this laptop already holds the write (the same clock value): one sent again, by a laptop
   * restored from a backup or a database copied, that took it up before and published it after.
   * Such a line is skipped: applied again it would bring back a value replaced since.
   */
  known?: (line: Line, batchReplica: string) => boolean;
}

/** Refreshes the search documents of the records a batch touched (in the batch's transaction). */
export function refreshSearch(db: Db, touched: ReadonlyMap<string, EntityModel>): void {
  for (const [id, m] of touched) refreshOne(db, m, id);
}

function refreshOne(db: Db, m: EntityModel, id: string): void {
  if (!m.repo.config.search) return;
  const row = m.repo.get(db, id, { includeDeleted: true }) as Record<string, unknown> & { id: string; deletedAt: string | null };
  if (row.deletedAt) removeSearchDoc(db, row.id);
  else upsertSearchDoc(db, m.entity as SearchEntity, row.id, m.repo.config.search(db, row as never));
}

/** The registers of a record a line does not write, from its `r`, when together they make all of it (the tombstone aside). */
function wholeRest(m: EntityModel, line: Line): Map<string, SnapshotHead[]> | null {
  if (!line.r) return null;
  const rest = new Map<string, SnapshotHead[]>();
  for (const reg of m.fieldsOf.keys()) {
    if (reg in line.f) continue;
    const hs = line.r[reg];
    if (hs?.length) rest.set(reg, hs);
    else if (reg !== DELETED) return null;
  }
  return rest;
}

/** Applies one line; returns false when its record is unknown here (its creation stayed on its laptop). */
export function applyLine(db: Db, line: Line, ctx: ApplyContext): boolean {
  const m = modelOf(line.e);
  if (!m) return false;
  ctx.clock.receive(line.h, ctx.now);
  if (ctx.known?.(line, ctx.replica)) return false;
  const before = rowOf(db, m, line.id);
  // A record unknown here is made from its creation, or from a line that carries the rest of it
  // (`r`: a delegation lowered that this laptop never had, having joined from a snapshot while it
  // was classified); any other line of it stays with the laptops that have it.
  const rest = !before && line.op !== 'create' ? wholeRest(m, line) : null;
  if (!before && line.op !== 'create' && !rest) return false;
  // Nothing to write on a laptop that has the record: the line was only its rest, for the others.
  if (before && !Object.keys(line.f).length) return true;
  // The heads of the registers the line writes and of the tombstone (every register's for a delete,
  // which must know the edits it had not seen): one read of the record's heads for a line writing
  // many registers, one per register for a line writing a few.
  const regs = Object.keys(line.f);
  const heads = line.op === 'delete' || regs.length > 3 ? headsByRegister(db, line.id) : new Map([...regs, DELETED].map((r) => [r, headsOf(db, line.id, r)]));
  const display = new Map<string, unknown>();
  for (const [reg, [value, base]] of Object.entries(line.f)) {
    if (!m.fieldsOf.has(reg) && !isDistinct(reg)) continue;
    const now = putWrite(
      db,
      { entity: line.e, id: line.id, register: reg, hlc: line.h, replica: ctx.replica, value, base, officerName: line.o, deviceName: line.d },
      heads.get(reg) ?? [],
    );
    heads.set(reg, now);
    display.set(reg, shown(now));
  }
  // The rest of a record made from a lowering: its other registers' heads as the sender has them.
  if (rest) {
    for (const [reg, hs] of rest) {
      for (const h of hs) {
        statement(db, 'INSERT OR IGNORE INTO exchange_heads (entity_id, register, hlc, entity, replica, value, officer_name, device_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(
          line.id,
          reg,
          h[0],
          line.e,
          h[1],
          JSON.stringify(h[2] ?? null),
          h[3],
          h[4],
        );
      }
      const now = headsOf(db, line.id, reg);
      heads.set(reg, now);
      display.set(reg, shown(now));
    }
  }
  // Delete against edit: a delete that had not seen an edit, or an edit of a record that a delete
  // standing now had not seen (an edit that arrives after a delete was never seen by it).
  if (line.op === 'delete' && line.s && display.has(DELETED)) {
    const seen = line.s;
    const standing = (heads.get(DELETED) ?? []).some((h) => h.hlc === line.h);
    const edits: string[] = [];
    for (const reg of [...heads.keys()].sort()) {
      if (reg === DELETED) continue;
      const hlcs = heads.get(reg)!.map((h) => h.hlc).sort();
      for (const hlc of hlcs) if (!(seen[reg] ?? []).includes(hlc)) edits.push(hlc);
    }
    if (standing && edits.length) markDeletedWhileEdited(db, line.e, line.id, line.h, edits);
  } else if (line.op !== 'delete' && !(DELETED in line.f)) {
    for (const d of heads.get(DELETED) ?? []) if (d.value != null) markDeletedWhileEdited(db, line.e, line.id, d.hlc, [line.h]);
  }

  // The values the record now shows.
  const values: Record<string, unknown> = {};
  for (const [reg, v] of display) {
    const fields = m.fieldsOf.get(reg) ?? [reg];
    if (fields.length === 1) values[fields[0]!] = v;
    else for (const f of fields) values[f] = (v as Record<string, unknown> | null)?.[f] ?? null;
  }
  // What the fields held before: the stored row, and the repository's read only for a relation written.
  const related = Object.keys(values).filter((f) => !m.column.has(f) && f !== DELETED);
  const full = before && related.length ? (m.repo.get(db, line.id, { includeDeleted: true }) as Record<string, unknown>) : undefined;
  const priorOf = (f: string): unknown => (!before ? null : m.column.has(f) || f === DELETED ? fieldOfRow(m, before, f) : (full?.[f] ?? null));
  const stored = Object.keys(values).filter((f) => f === DELETED || m.column.has(f));
  // A record that gains or changes a unique key (a code, the meeting of a delegation, a restore…)
  // is written as a claimant of it, which the index lets stand beside the holder; who keeps the key
  // is settled just after (claims.ts), the same on every laptop whatever the order.
  const claims = !before ? keysOf(m.entity) : touchesKey(m.entity, display.keys()) ? keysOf(m.entity) : [];
  const claimCols = [...new Set(claims.map((k) => k.claimant))];
  if (!before) {
    const cols = stored.filter((f) => f !== DELETED);
    const names = ['id', 'created_at', 'updated_at', 'version', ...cols.map((f) => m.column.get(f)!), 'deleted_at', ...claimCols];
    statement(db, `INSERT INTO "${m.table}" (${names.map((n) => `"${n}"`).join(', ')}) VALUES (${names.map(() => '?').join(', ')})`).run(
      line.id,
      line.at,
      line.at,
      1,
      ...cols.map((f) => toParam(m, f, values[f])),
      (values[DELETED] as string | null | undefined) ?? null,
      ...claimCols.map(() => line.id),
    );
  } else {
    const changed = stored.filter((f) => JSON.stringify(priorOf(f) ?? null) !== JSON.stringify(values[f] ?? null));
    const sets = [...changed.map((f) => `"${f === DELETED ? 'deleted_at' : m.column.get(f)!}" = ?`), ...claimCols.map((c) => `"${c}" = ?`)];
    statement(db, `UPDATE "${m.table}" SET ${[...sets, 'updated_at = ?', 'version = version + 1'].join(', ')} WHERE id = ?`).run(
      ...changed.map((f) => (f === DELETED ? ((values[f] as string | null) ?? null) : toParam(m, f, values[f]))),
      ...claimCols.map(() => line.id),
      line.at,
      line.id,
    );
  }
  for (const f of related) m.repo.config.relations?.[f]?.write(db, line.id, values[f] ?? []);
  if (claims.length) settleClaimsOf(db, m.entity, line.id, before);
  if (!before || line.op === 'create') flagDuplicates(db, m, line.id);

  // The search document (now, or once per record at the end of the batch), and the change in the
  // log (History shows which laptop and officer).
  if (ctx.touched) ctx.touched.set(line.id, m);
  else refreshOne(db, m, line.id);
  const beforeLog: Record<string, unknown> = {};
  for (const f of Object.keys(values)) beforeLog[f] = priorOf(f) ?? null;
  statement(
    db,
    `INSERT INTO change_log (entity, entity_id, op, before, after, at, device_id, officer_name, device_name, origin, hlc, replica, tx)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'remote', ?, ?, ?)`,
  ).run(line.e, line.id, line.op, before ? JSON.stringify(beforeLog) : null, JSON.stringify(values), line.at, ctx.replica, line.o, line.d, line.h, ctx.replica, ctx.tx);
  return true;
}

/**
 * The `known` of ApplyContext for one round: one of this database's own writes under an identity
 * it had before (a restore, a copy: exchange_outbox, read once when such a line comes), or a write
 * of another laptop than the batch's (sent again under a new identity) that History already holds
 * (it records the clock value of every change taken in). A laptop's own writes in its own batch are
 * new here, as each batch is taken once: no lookup for them.
 */
export function knownWrites(db: Db, formerReplicas: readonly string[]): (line: Line, batchReplica: string) => boolean {
  const formers = new Set(formerReplicas);
  let own: Set<string> | null = null;
  const taken = statement(db, 'SELECT 1 FROM change_log WHERE entity_id = ? AND hlc = ? LIMIT 1');
  return (line, batchReplica) => {
    const writer = line.h.slice(line.h.indexOf('.', line.h.indexOf('.') + 1) + 1);
    if (formers.has(writer)) {
      own ??= new Set(statement(db, 'SELECT hlc FROM exchange_outbox').pluck().all() as string[]);
      if (own.has(line.h)) return true;
    }
    return writer !== batchReplica && !!taken.get(line.id, line.h);
  };
}
