// Unique keys across laptops (issue #17, ../shared/EXCHANGE.md "Unique keys"): the same body code,
// two delegations to one meeting, one person twice in a delegation or two heads of it, typed on two
// laptops while apart. Each laptop's own writes keep refusing a duplicate as before; when the two
// meet through the exchange, neither blocks the other: the first claim keeps the key, the later
// claimants are kept (nothing is lost, nothing behind them waits), marked, and shown in the
// conflicts inbox as a duplicate to merge, rename (keep both) or delete.
//
// Why a column and not a register: which record is the claimant is not something an officer
// writes, it follows from what every laptop holds. It is derived, on every laptop, from the merge
// state alone: a record's claim is the greatest clock value among the heads of the registers that
// make it hold the key (the key's fields, the condition of a partial key such as role = head, and
// the tombstone, so that a restore claims anew); among the live records of one key the smallest
// claim (then the smallest id) keeps it. The heads converge whatever the order batches arrive in
// (merge.ts), so the marking does too. It is written to `claimant` (db/schema.ts), which the unique
// index takes as its last part: '' for the holder, so a second holder is still refused by SQLite,
// the record's own id for a claimant, which the index then lets stand beside the holder. The index
// keeps its name and its leading columns, so every query that used it still does.
//
// Where it is worked out: for each line applied from another laptop (apply.ts: a record that gains
// or changes a key is written as a claimant first, then its key is settled), for each line of this
// laptop when it is taken up with its clock value (outbox.ts), and for the whole desk when it joins
// from a snapshot (snapshot.ts). A local write (the repository, the inbox's resolutions) goes
// through `claimLocally`: a record cannot join a key another live record holds or claims (refused
// as before), and when the holder leaves (deleted, renamed, no longer head) the earliest claimant
// takes the key at once, which is what the exchange derives on the other laptops.
//
// Records that never leave this laptop (classified delegations and their members, never taken up)
// claim last: the exchanged record keeps the key on every laptop, and the held one is the claimant
// here only.
import type { EntityName } from '../../common/enums';
import { AppError, type Messages } from '../errors';
import type { Db } from '../open';
import { statement } from '../repo/core/statements';

export interface UniqueKey {
  /** The unique index (db/schema.ts). */
  index: string;
  entity: EntityName;
  table: string;
  /** The key's fields and their columns. */
  fields: readonly string[];
  columns: readonly string[];
  /** The column marking a later claimant of this key. */
  claimant: string;
  /** A partial key: only records whose field holds this value hold the key. */
  only?: { field: string; column: string; value: string };
  /** What "keep both" means for this key: a new value for a field of one of them, another role, or not allowed. */
  keepBoth: { rename: string } | { role: string } | null;
}

export const UNIQUE_KEYS: readonly UniqueKey[] = [
  { index: 'pillars_code_live', entity: 'pillar', table: 'pillars', fields: ['code'], columns: ['code'], claimant: 'claimant', keepBoth: { rename: 'code' } },
  { index: 'countries_code_live', entity: 'country', table: 'countries', fields: ['code'], columns: ['code'], claimant: 'claimant', keepBoth: { rename: 'code' } },
  { index: 'bodies_code_live', entity: 'body', table: 'bodies', fields: ['code'], columns: ['code'], claimant: 'claimant', keepBoth: { rename: 'code' } },
  { index: 'agencies_code_live', entity: 'agency', table: 'agencies', fields: ['code'], columns: ['code'], claimant: 'claimant', keepBoth: { rename: 'code' } },
  {
    index: 'legal_bases_identity_live',
    entity: 'legal_basis',
    table: 'legal_bases',
    fields: ['number', 'issuedOn'],
    columns: ['number', 'issued_on'],
    claimant: 'claimant',
    keepBoth: { rename: 'number' },
  },
  // One delegation per meeting, a person once in a delegation: keeping both is not allowed (merge or delete).
  { index: 'delegations_meeting_live', entity: 'delegation', table: 'delegations', fields: ['meetingId'], columns: ['meeting_id'], claimant: 'claimant', keepBoth: null },
  {
    index: 'delegation_members_person_live',
    entity: 'delegation_member',
    table: 'delegation_members',
    fields: ['delegationId', 'personId'],
    columns: ['delegation_id', 'person_id'],
    claimant: 'claimant',
    keepBoth: null,
  },
  {
    index: 'delegation_members_one_head',
    entity: 'delegation_member',
    table: 'delegation_members',
    fields: ['delegationId'],
    columns: ['delegation_id'],
    claimant: 'head_claimant',
    only: { field: 'role', column: 'role', value: 'head' },
    keepBoth: { role: 'member' },
  },
];

const BY_ENTITY = new Map<string, UniqueKey[]>();
for (const k of UNIQUE_KEYS) BY_ENTITY.set(k.entity, [...(BY_ENTITY.get(k.entity) ?? []), k]);
const BY_INDEX = new Map(UNIQUE_KEYS.map((k) => [k.index, k]));

export const keysOf = (entity: string): readonly UniqueKey[] => BY_ENTITY.get(entity) ?? [];
export const keyNamed = (index: string): UniqueKey | undefined => BY_INDEX.get(index);

/** The registers whose writes make a record claim a key anew. */
export function claimRegisters(k: UniqueKey): string[] {
  return [...k.fields, ...(k.only ? [k.only.field] : []), 'deletedAt'];
}

/** Whether a line (or a local change) writing these registers touches a key of its record. */
export function touchesKey(entity: string, registers: Iterable<string>): boolean {
  const keys = keysOf(entity);
  if (!keys.length) return false;
  const regs = new Set(registers);
  return keys.some((k) => claimRegisters(k).some((r) => regs.has(r)));
}

/** A record's values, by field (a repository row) or by column (a stored row). */
type Get = (field: string, column: string) => unknown;
const byColumn = (row: Record<string, unknown>): Get => (_f, c) => row[c];
const byField = (row: Record<string, unknown>): Get => (f) => row[f];

/** The key a record holds or claims (its values as JSON), or null: deleted, or outside a partial key. */
function keyOf(k: UniqueKey, get: Get): string | null {
  if (get('deletedAt', 'deleted_at')) return null;
  if (k.only && get(k.only.field, k.only.column) !== k.only.value) return null;
  const values = k.fields.map((f, i) => get(f, k.columns[i]!) ?? null);
  if (values.some((v) => v === null)) return null;
  return JSON.stringify(values);
}

const rowOf = (db: Db, k: UniqueKey, id: string) => statement(db, `SELECT * FROM "${k.table}" WHERE id = ?`).get(id) as Record<string, unknown> | undefined;

function liveOf(db: Db, k: UniqueKey, key: string): Array<{ id: string; claimant: string }> {
  const values = JSON.parse(key) as unknown[];
  const where = [...k.columns.map((c) => `"${c}" = ?`), 'deleted_at IS NULL', ...(k.only ? [`"${k.only.column}" = '${k.only.value}'`] : [])];
  return statement(db, `SELECT id, "${k.claimant}" AS claimant FROM "${k.table}" WHERE ${where.join(' AND ')} ORDER BY id`).all(...values) as Array<{ id: string; claimant: string }>;
}

/**
 * When a record claimed a key: the latest write of the registers that make it hold it ('' for a
 * record no laptop wrote since it was seeded; '~', after every clock value, for one held here).
 */
function claimOf(db: Db, k: UniqueKey, id: string): string {
  if (heldHere(db, k.entity, id)) return '~';
  const regs = claimRegisters(k);
  const r = statement(db, `SELECT max(hlc) AS hlc FROM exchange_heads WHERE entity_id = ? AND register IN (${regs.map(() => '?').join(', ')})`).get(id, ...regs) as { hlc: string | null };
  return r.hlc ?? '';
}

/**
 * A delegation marked Mật or higher, or a member of one (what model.ts isClassified says of these
 * two; not imported from there: the repository's writes import this module).
 */
function heldHere(db: Db, entity: string, id: string): boolean {
  // (Statements are shared by their text: these are read as rows, never plucked.)
  const sql =
    entity === 'delegation'
      ? 'SELECT classification AS c FROM delegations WHERE id = ?'
      : entity === 'delegation_member'
        ? 'SELECT d.classification AS c FROM delegation_members m JOIN delegations d ON d.id = m.delegation_id WHERE m.id = ?'
        : null;
  const c = sql ? (statement(db, sql).get(id) as { c: string } | undefined)?.c : undefined;
  return !!c && c !== 'none';
}

function setClaimant(db: Db, k: UniqueKey, id: string, value: string): void {
  statement(db, `UPDATE "${k.table}" SET "${k.claimant}" = ? WHERE id = ? AND "${k.claimant}" <> ?`).run(value, id, value);
}

/**
 * Settles one key among the live records that hold or claim it: the earliest claim keeps it, the
 * others are marked (claimants first, so that the index never sees two holders), and the inbox's
 * items follow. Returns the claimants.
 */
function settleGroup(db: Db, k: UniqueKey, key: string, also: readonly string[] = []): string[] {
  const rows = liveOf(db, k, key);
  const ranked = rows.map((r) => ({ ...r, claim: claimOf(db, k, r.id) })).sort((a, b) => (a.claim < b.claim ? -1 : a.claim > b.claim ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const keeper = ranked[0];
  const later = ranked.slice(1);
  for (const r of later) if (r.claimant !== r.id) setClaimant(db, k, r.id, r.id);
  if (keeper && keeper.claimant !== '') setClaimant(db, k, keeper.id, '');
  syncItems(db, k, [...rows.map((r) => r.id), ...also], keeper ? later.map((r) => [keeper.id, r.id] as const) : []);
  return later.map((r) => r.id);
}

interface ItemDetail {
  other: string;
  /** The unique keys the two records share (their indexes), and which of them keeps them. */
  keys?: string[];
  keeper?: string;
}

const itemKey = (a: string, b: string) => (a < b ? `duplicate:${a}:${b}` : `duplicate:${b}:${a}`);

/**
 * The inbox's duplicate items of one key for these records: one per (holder, claimant), the same on
 * every laptop since the marking is; a pair no longer claiming one key loses the item (or the key
 * from its item, when they still share another).
 */
function syncItems(db: Db, k: UniqueKey, ids: readonly string[], pairs: ReadonlyArray<readonly [string, string]>): void {
  if (!ids.length && !pairs.length) return;
  const want = new Map(pairs.map(([keeper, claimant]) => [itemKey(keeper, claimant), { keeper, claimant }]));
  const json = JSON.stringify([...new Set(ids)]);
  const existing = statement(
    db,
    `SELECT key, detail FROM exchange_conflicts WHERE kind = 'duplicate' AND entity = ?
       AND (entity_id IN (SELECT value FROM json_each(?)) OR register IN (SELECT value FROM json_each(?)))`,
  ).all(k.entity, json, json) as Array<{ key: string; detail: string | null }>;
  for (const e of existing) {
    if (want.has(e.key)) continue;
    const detail = (e.detail ? JSON.parse(e.detail) : {}) as ItemDetail;
    if (!detail.keys?.includes(k.index)) continue;
    const keys = detail.keys.filter((x) => x !== k.index);
    if (keys.length) statement(db, 'UPDATE exchange_conflicts SET detail = ? WHERE key = ?').run(JSON.stringify({ ...detail, keys }), e.key);
    else statement(db, 'DELETE FROM exchange_conflicts WHERE key = ?').run(e.key);
  }
  for (const [key, { keeper, claimant }] of want) {
    const [x, y] = keeper < claimant ? [keeper, claimant] : [claimant, keeper];
    const before = statement(db, 'SELECT detail FROM exchange_conflicts WHERE key = ?').get(key) as { detail: string | null } | undefined;
    const detail = (before?.detail ? JSON.parse(before.detail) : {}) as ItemDetail;
    const keys = [...new Set([...(detail.keys ?? []), k.index])].sort();
    const next = JSON.stringify({ other: y, keys, keeper } satisfies ItemDetail);
    if (before?.detail === next) continue;
    statement(
      db,
      `INSERT INTO exchange_conflicts (key, kind, entity, entity_id, register, detail) VALUES (?, 'duplicate', ?, ?, ?, ?)
       ON CONFLICT(key) DO UPDATE SET detail = excluded.detail, closed_hlc = NULL`,
    ).run(key, k.entity, x, y, next);
  }
}

/** The unique keys an inbox item stands for (empty: a likely duplicate of the duplicate rule, meetings and people). */
export function claimOfItem(db: Db, key: string): { keys: UniqueKey[]; keeper: string } | null {
  const r = statement(db, 'SELECT detail FROM exchange_conflicts WHERE key = ?').get(key) as { detail: string | null } | undefined;
  const detail = (r?.detail ? JSON.parse(r.detail) : {}) as ItemDetail;
  const keys = (detail.keys ?? []).map((i) => keyNamed(i)).filter((k): k is UniqueKey => !!k);
  return keys.length && detail.keeper ? { keys, keeper: detail.keeper } : null;
}

/**
 * After the exchange wrote a record (apply.ts; written as a claimant of every key it holds, so the
 * index let it in) or took up a change of it (outbox.ts): settles the key it holds now and, when it
 * changed, the one it held before (`before`: its stored row then).
 */
export function settleClaimsOf(db: Db, entity: string, id: string, before?: Record<string, unknown>): void {
  for (const k of keysOf(entity)) {
    const row = rowOf(db, k, id);
    if (!row) continue;
    const now = keyOf(k, byColumn(row));
    const old = before ? keyOf(k, byColumn(before)) : null;
    // The key it left first (its items there go), then the key it holds or claims now (whose items
    // stand): the other order dropped the item a record gained by moving onto a taken key.
    if (old !== null && old !== now) settleGroup(db, k, old, [id]);
    if (now === null) {
      setClaimant(db, k, id, '');
      syncItems(db, k, [id], []);
    } else settleGroup(db, k, now, [id]);
  }
}

/** Every key of the desk settled again (a desk that joined from a snapshot: its records were written as claimants). */
export function settleAllClaims(db: Db): void {
  for (const k of UNIQUE_KEYS) {
    const cols = k.columns.map((c) => `"${c}"`).join(', ');
    const live = `deleted_at IS NULL${k.only ? ` AND "${k.only.column}" = '${k.only.value}'` : ''}`;
    const claimants = new Set<string>();
    for (const g of statement(db, `SELECT json_array(${cols}) AS key FROM "${k.table}" WHERE ${live} GROUP BY ${cols} HAVING count(*) > 1`).all() as Array<{ key: string }>) {
      for (const id of settleGroup(db, k, g.key)) claimants.add(id);
    }
    for (const { id } of statement(db, `SELECT id FROM "${k.table}" WHERE "${k.claimant}" <> ''`).all() as Array<{ id: string }>) {
      if (!claimants.has(id)) {
        setClaimant(db, k, id, '');
        syncItems(db, k, [id], []);
      }
    }
  }
}

const TAKEN: Messages = {
  vi: 'Đã có một bản ghi với cùng mã hoặc cùng nội dung định danh (có thể vừa đến từ máy khác). Hãy dùng mã khác, hoặc xử lý bản trùng trong mục Xung đột.',
  en: 'A record with the same code or identity already exists (it may have just come from another laptop). Use another code, or deal with the duplicate in Conflicts.',
};

/**
 * A local write of a record (the repository, a resolution of the inbox), after it: the record may
 * not join a key another live record holds or claims (refused, as the unique index refuses it
 * between holders); a record that moves out of a key (deleted, renamed, no longer head) hands it to
 * the earliest claimant at once. `before`: the record as the repository read it before the write
 * (undefined for a creation).
 */
export function claimLocally(db: Db, entity: string, id: string, before: Record<string, unknown> | undefined): void {
  for (const k of keysOf(entity)) {
    const row = rowOf(db, k, id);
    if (!row) continue;
    const now = keyOf(k, byColumn(row));
    const old = before ? keyOf(k, byField(before)) : null;
    if (now !== null && now !== old) {
      if (liveOf(db, k, now).some((r) => r.id !== id)) throw new AppError('CONSTRAINT', TAKEN, { index: k.index });
      setClaimant(db, k, id, '');
    }
    if (now === null && row[k.claimant] !== '') setClaimant(db, k, id, '');
    if (old !== null && old !== now) settleGroup(db, k, old, [id]);
  }
}
