// Which records stay off the share (EXCHANGE.md requirement 6), and what happens when a marking
// changes. A delegation marked Mật or higher and everything that hangs off it (its members, with
// their notes and travel, and its meeting's agenda items with Viet Nam's positions) is "held": its
// changes are taken up by nobody. The rule is judged on the record as it is now, and as it was when
// each change was made, at each fold (outbox.ts), so:
// - an edit made while the delegation was unclassified but folded after it was raised stays here;
// - lines already folded but not yet published when the delegation is raised are withheld
//   (published = 0 in exchange_outbox), never written to the share;
// - raising a delegation that other laptops already have sends only its new marking (a line with the
//   single register `classification`, no text): their copy is then marked too, holds its own
//   edits, and shows that it was shared before; what they already had stays with them;
// - lowering a held delegation to unclassified sends it whole as it is now: the delegation and its
//   members, created on the other laptops if they never had them, else the registers that differ
//   from what was shared, each replacing what the others could hold (the heads, and what the
//   withheld lines had replaced), so every laptop's merge state stays the same; with the heads of
//   the other registers, from which a laptop that never had a record shared before (it joined from
//   a snapshot, which leaves classified records out) makes it.
// The held delegations live in app_meta (`exchange_held`): per delegation, which of its records
// never left this laptop (those are created, not updated, when it is lowered).
import type { HybridClock } from '../../common/hlc';
import type { Db } from '../open';
import { getMeta, setMeta } from '../repo/core/meta';
import { statement } from '../repo/core/statements';
import { headsOf, putWrite, shown } from './merge';
import { DELETED, classificationOf, delegationOf, modelOf, recordsOf } from './model';
import { lastPublishedLine, type Line } from './outbox';
import type { SnapshotHead } from './snapshot';

const HELD = 'exchange_held';

/** Held delegation id → the ids of its records (itself, members) that never left this laptop. */
export type Held = Map<string, Set<string>>;

export function loadHeld(db: Db): Held {
  const raw = getMeta(db, HELD);
  const obj = raw ? (JSON.parse(raw) as Record<string, string[]>) : {};
  return new Map(Object.entries(obj).map(([k, v]) => [k, new Set(v)]));
}

function saveHeld(db: Db, held: Held): void {
  setMeta(db, HELD, JSON.stringify(Object.fromEntries([...held].map(([k, v]) => [k, [...v].sort()]))));
}

const hasHeads = (db: Db, id: string) => !!statement(db, 'SELECT 1 FROM exchange_heads WHERE entity_id = ? LIMIT 1').get(id);

/** What the fold does with a change of a delegation or a member: hold it, or leave it (undefined: an ordinary change). */
export class Holding {
  readonly held: Held;
  private readonly before: Set<string>;
  /** Held delegations whose marking an officer set in this fold (an answer to a conflict over it, maybe). */
  private readonly marked = new Set<string>();
  private dirty = false;

  constructor(private readonly db: Db) {
    this.held = loadHeld(db);
    this.before = new Set(this.held.keys());
  }

  /**
   * Whether the change `seq` of this record is kept off the share: its delegation is classified
   * now or was when the change was made (a text written while it was secret never leaves, even if
   * it is lowered before the next exchange), or it is held and sent whole at the end of this fold.
   */
  keeps(entity: string, id: string, seq: number): boolean {
    const d = delegationOf(this.db, entity, id);
    if (!d) return false;
    if (classificationOf(this.db, d) !== 'none' || classifiedAt(this.db, d, seq)) {
      this.hold(d, id);
      if (entity === 'delegation') {
        const after = statement(this.db, 'SELECT after FROM change_log WHERE seq = ?').pluck().get(seq) as string | null | undefined;
        if (after && 'classification' in (JSON.parse(after) as Record<string, unknown>)) this.marked.add(d);
      }
      return true;
    }
    return this.held.has(d);
  }

  private hold(delegation: string, record: string): void {
    let never = this.held.get(delegation);
    if (!never) {
      this.held.set(delegation, (never = new Set()));
      if (!hasHeads(this.db, delegation)) never.add(delegation);
      this.dirty = true;
    }
    if (!never.has(record) && !hasHeads(this.db, record)) {
      never.add(record);
      this.dirty = true;
    }
  }

  /**
   * At the end of a fold: withholds the lines not yet published of delegations classified now,
   * sends the marking of a delegation that others have and that was just raised, and sends whole
   * every held delegation that is no longer classified (lowered here or on another laptop).
   * Returns the number of lines added to the outbox.
   */
  finish(replica: string, clock: HybridClock): number {
    const { db } = this;
    // The lines waiting to be published (after the last one published, outbox.ts).
    const pending = statement(
      db,
      `SELECT n, line FROM exchange_outbox WHERE n > ? AND published IS NULL AND json_extract(line, '$.e') IN ('delegation', 'delegation_member', 'agenda_item') ORDER BY n`,
    ).all(lastPublishedLine(db)) as Array<{ n: number; line: string }>;
    for (const p of pending) {
      const line = JSON.parse(p.line) as Line;
      const d = delegationOf(db, line.e, line.id);
      if (!d || classificationOf(db, d) === 'none') continue;
      if (isMarkingOnly(line)) continue;
      statement(db, 'UPDATE exchange_outbox SET published = 0 WHERE n = ?').run(p.n);
      this.hold(d, line.id);
      if (line.op === 'create') this.held.get(d)!.add(line.id);
      this.dirty = true;
    }
    let added = 0;
    // Read once, and only for a held delegation that needs it (it reads every line withheld).
    let withheldRead: Map<string, Set<string>> | undefined;
    const withheld = () => (withheldRead ??= withheldBases(db));
    for (const [d, never] of this.held) {
      const marking = classificationOf(db, d);
      if (marking !== 'none') {
        // Newly held, and the other laptops have it: they are told its marking, nothing else.
        const heads = headsOf(db, d, 'classification');
        const told = () => JSON.stringify(shown(heads) ?? null) === JSON.stringify(marking) && !withheld().has(`${d}|classification`);
        // An officer here set its marking since, to another than the others have (Mật to Tối mật,
        // say), or two laptops marked it apart and this is the answer: sent (only the marking) so
        // that it supersedes what they hold, here and on the others.
        const answers = this.marked.has(d) && (heads.length > 1 || JSON.stringify(shown(heads) ?? null) !== JSON.stringify(marking));
        if (!never.has(d) && ((!this.before.has(d) && !told()) || answers)) {
          added += emit(db, replica, clock, 'delegation', d, 'update', ['classification'], withheld());
        }
        continue;
      }
      // Lowered: sent whole, the delegation first, then its members.
      const records: Array<[string, string]> = [['delegation', d], ...recordsOf(db, d)];
      for (const [entity, id] of records) {
        const m = modelOf(entity)!;
        const row = m.repo.get(db, id, { includeDeleted: true }) as Record<string, unknown> & { deletedAt: string | null };
        if (never.has(id)) {
          if (row.deletedAt) continue; // made and removed while held: nothing to tell
          added += emit(db, replica, clock, entity, id, 'create', [...m.fieldsOf.keys()].filter((r) => r !== DELETED), withheld());
          continue;
        }
        const regs = [...m.fieldsOf.keys()].filter((reg) => {
          if (withheld().has(`${id}|${reg}`)) return true;
          const heads = headsOf(db, id, reg);
          const value = registerValue(m.fieldsOf.get(reg)!, row);
          // A tombstone never written stands for "not deleted" everywhere.
          if (!heads.length) return reg !== DELETED || value !== null;
          return JSON.stringify(shown(heads) ?? null) !== JSON.stringify(value);
        });
        // The line also carries the heads of its other registers (`r`): a laptop that never had the
        // record (it joined from a snapshot while the delegation was classified, which left it out)
        // makes it from them with the same merge state; the others leave them be. Sent even when
        // nothing differs, for that laptop.
        added += emit(db, replica, clock, entity, id, 'update', regs, withheld(), true);
      }
      this.held.delete(d);
      this.dirty = true;
    }
    if (this.dirty) saveHeld(db, this.held);
    return added;
  }
}

/** Whether the delegation was marked Mật or higher just after change `seq` (from the log). */
function classifiedAt(db: Db, delegationId: string, seq: number): boolean {
  for (const raw of statement(db, 'SELECT after FROM change_log WHERE entity_id = ? AND seq <= ? ORDER BY seq DESC').pluck().iterate(delegationId, seq) as Iterable<string | null>) {
    if (raw === null) continue;
    const after = JSON.parse(raw) as Record<string, unknown>;
    if ('classification' in after) return after.classification !== 'none';
  }
  return false;
}

/** A line that carries only a delegation's marking (no text): what a raise sends to the laptops that have it. */
export const isMarkingOnly = (line: Line) => line.e === 'delegation' && Object.keys(line.f).length === 1 && 'classification' in line.f;

/** record|register → the clock values the withheld lines wrote or replaced (other laptops may hold the replaced ones). */
function withheldBases(db: Db): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const raw of statement(db, 'SELECT line FROM exchange_outbox WHERE published = 0').pluck().all() as string[]) {
    const line = JSON.parse(raw) as Line;
    for (const [reg, [, base]] of Object.entries(line.f)) {
      const key = `${line.id}|${reg}`;
      let s = out.get(key);
      if (!s) out.set(key, (s = new Set()));
      s.add(line.h);
      for (const b of base) s.add(b);
    }
  }
  return out;
}

function registerValue(fields: readonly string[], row: Record<string, unknown>): unknown {
  if (fields.length === 1) return fields[0] === DELETED ? (row.deletedAt ?? null) : (row[fields[0]!] ?? null);
  return Object.fromEntries(fields.map((f) => [f, row[f] ?? null]));
}

/** One line of the record as it is now, for the given registers, replacing every head it could meet. */
function emit(
  db: Db,
  replica: string,
  clock: HybridClock,
  entity: string,
  id: string,
  op: 'create' | 'update',
  registers: readonly string[],
  withheld: Map<string, Set<string>>,
  withRest = false,
): number {
  const m = modelOf(entity)!;
  const row = m.repo.get(db, id, { includeDeleted: true }) as Record<string, unknown> & { updatedAt: string; deletedAt: string | null };
  const last = statement(db, 'SELECT seq, officer_name, device_name FROM change_log WHERE entity_id = ? ORDER BY seq DESC LIMIT 1').get(id) as
    | { seq: number; officer_name: string | null; device_name: string | null }
    | undefined;
  const hlc = clock.tick(Date.parse(row.updatedAt));
  const line: Line = { h: hlc, e: entity, id, op, at: row.updatedAt, o: last?.officer_name ?? null, d: last?.device_name ?? null, f: {} };
  for (const reg of registers) {
    const value = registerValue(m.fieldsOf.get(reg)!, row);
    const base = [...new Set([...headsOf(db, id, reg).map((h) => h.hlc), ...(withheld.get(`${id}|${reg}`) ?? [])])].sort();
    line.f[reg] = [value, base];
    putWrite(db, { entity, id, register: reg, hlc, replica, value, base, officerName: line.o, deviceName: line.d });
  }
  if (withRest) {
    const rest = restOf(db, id, registers);
    if (Object.keys(rest).length) line.r = rest;
  }
  statement(db, 'INSERT INTO exchange_outbox (seq, hlc, line) VALUES (?, ?, ?)').run(last?.seq ?? 0, hlc, JSON.stringify(line));
  return 1;
}

/** Marks every delegation classified now as held and never shared (a desk joining with its history taken as shared). */
export function holdAllClassified(db: Db): void {
  const held = loadHeld(db);
  for (const d of statement(db, "SELECT id FROM delegations WHERE classification <> 'none'").pluck().all() as string[]) {
    const never = held.get(d) ?? new Set<string>();
    never.add(d);
    for (const [, id] of recordsOf(db, d)) never.add(id);
    held.set(d, never);
  }
  saveHeld(db, held);
}

/** What the delegation screen says about the exchange: kept on this laptop, and whether others had it before it was marked. */
export function exchangeStanding(db: Db, delegationId: string): { keptLocal: boolean; sharedBefore: boolean } {
  const keptLocal = classificationOf(db, delegationId) !== 'none';
  if (!keptLocal) return { keptLocal, sharedBefore: false };
  const never = loadHeld(db).get(delegationId);
  const folded = hasHeads(db, delegationId);
  return { keptLocal, sharedBefore: folded && !(never?.has(delegationId) ?? false) };
}

/** The heads of a record's registers other than `written`, as a snapshot carries them. */
function restOf(db: Db, id: string, written: readonly string[]): Record<string, SnapshotHead[]> {
  const skip = new Set(written);
  const out: Record<string, SnapshotHead[]> = {};
  for (const h of statement(db, 'SELECT register, hlc, replica, value, officer_name, device_name FROM exchange_heads WHERE entity_id = ? ORDER BY register, hlc').all(id) as Array<{
    register: string;
    hlc: string;
    replica: string;
    value: string;
    officer_name: string | null;
    device_name: string | null;
  }>) {
    if (skip.has(h.register)) continue;
    (out[h.register] ??= []).push([h.hlc, h.replica, JSON.parse(h.value) as unknown, h.officer_name, h.device_name]);
  }
  return out;
}
