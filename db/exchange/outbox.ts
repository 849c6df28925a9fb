// This laptop's own changes taken up by the exchange ("folded"), in the order it made them: each
// change of the log becomes one line per record with, for each register it wrote, the value and
// the heads its writer had seen. Done lazily, before anything is applied from another laptop and
// before publishing, so the local write path stays as it was (nothing more per keystroke): the
// heads at the moment of folding are exactly what the officer had on screen, since nothing from
// elsewhere was applied in between.
import type { ChangeOp } from '../../common/enums';
import type { HybridClock } from '../../common/hlc';
import type { Db } from '../open';
import { getMeta, setMeta } from '../repo/core/meta';
import { statement } from '../repo/core/statements';
import { keysOf, settleClaimsOf } from './claims';
import { allHeadsOf, headsOf, markDeletedWhileEdited, putWrite } from './merge';
import { holdAllClassified, Holding } from './classified';
import { DELETED, isDistinct, modelOf, type EntityModel } from './model';
import type { SnapshotHead } from './snapshot';

/** One change as the share carries it. */
export interface Line {
  /** Its clock value: the write's identity everywhere. */
  h: string;
  e: string;
  id: string;
  op: ChangeOp;
  at: string;
  /** Officer and laptop names as given in Settings when it was written. */
  o: string | null;
  d: string | null;
  /** register → [value, the heads its writer had seen]. */
  f: Record<string, [unknown, string[]]>;
  /** A delete: every head of the record its writer had seen (an edit it had not seen is a conflict). */
  s?: Record<string, string[]>;
  /**
   * A delegation (or a record hanging off it) sent whole when it is lowered: the heads of its other
   * registers, as a snapshot carries them, for a laptop that never had the record (classified.ts).
   */
  r?: Record<string, SnapshotHead[]>;
}

interface LogRow {
  seq: number;
  entity: string;
  entity_id: string;
  op: ChangeOp;
  before: string | null;
  after: string | null;
  at: string;
  officer_name: string | null;
  device_name: string | null;
}

/** A field's value just before change `seq`: from the register's heads, else from the log. */
function valueBefore(db: Db, m: EntityModel, id: string, field: string, seq: number): unknown {
  const reg = m.registerOf.get(field)!;
  const heads = headsOf(db, id, reg);
  if (heads.length) {
    const v = heads[0]!.value;
    return reg === field ? v : (v as Record<string, unknown> | null)?.[field];
  }
  for (const r of statement(db, 'SELECT after FROM change_log WHERE entity_id = ? AND seq < ? ORDER BY seq DESC').iterate(id, seq) as Iterable<{ after: string | null }>) {
    if (r.after === null) continue;
    const after = JSON.parse(r.after) as Record<string, unknown>;
    if (field in after) return after[field];
  }
  return null;
}

const FOLDED = 'exchange_folded_seq';

/**
 * The number of the last line published (0: none). The lines waiting to be published all come
 * after it: a publish takes every waiting line up to its last one, and a line published or withheld
 * never waits again. So the waiting lines are read from there on, not by reading the whole outbox,
 * which keeps every line this laptop ever made (this is read from its end).
 */
export function lastPublishedLine(db: Db): number {
  return (statement(db, 'SELECT n FROM exchange_outbox WHERE published <> 0 ORDER BY n DESC LIMIT 1').get() as { n: number } | undefined)?.n ?? 0;
}

/** The lines waiting to be published, in order. */
export function waitingLines(db: Db): Array<{ n: number; line: string }> {
  return statement(db, 'SELECT n, line FROM exchange_outbox WHERE n > ? AND published IS NULL ORDER BY n').all(lastPublishedLine(db)) as Array<{ n: number; line: string }>;
}

/** Takes up this laptop's changes since the last call; returns how many lines were added. Call inside a transaction. */
export function foldLocal(db: Db, replica: string, clock: HybridClock): number {
  const from = Number(getMeta(db, FOLDED) ?? 0);
  const rows = statement(
    db,
    'SELECT seq, entity, entity_id, op, before, after, at, officer_name, device_name FROM change_log WHERE seq > ? AND origin IS NULL ORDER BY seq',
  ).all(from) as LogRow[];
  // Classified delegations and what hangs off them stay here (classified.ts).
  const holding = new Holding(db);
  const firstN = (statement(db, 'SELECT coalesce(max(n), 0) AS n FROM exchange_outbox').get() as { n: number }).n;
  if (!rows.length) {
    // Nothing of this laptop's since: the mark moves past the changes from other laptops, so the
    // next call does not read them again (a laptop taking in thousands of batches calls this for each).
    // Lines already taken up are still checked against a delegation raised meanwhile (finish).
    const last = (statement(db, 'SELECT max(seq) AS seq FROM change_log').get() as { seq: number | null }).seq ?? 0;
    if (last > from) setMeta(db, FOLDED, String(last));
    const finished = holding.finish(replica, clock);
    if (finished) settleTakenUp(db, firstN);
    return finished;
  }
  let added = 0;
  for (const r of rows) {
    const m = modelOf(r.entity);
    if (!m || holding.keeps(r.entity, r.entity_id, r.seq)) continue;
    const after = r.after === null ? null : (JSON.parse(r.after) as Record<string, unknown>);
    const values = new Map<string, unknown>();
    if (r.op === 'delete') {
      values.set(DELETED, r.at);
    } else if (after) {
      const fields = r.op === 'create' ? [...m.registerOf.keys()].filter((f) => f !== DELETED) : Object.keys(after);
      for (const f of fields) {
        const reg = m.registerOf.get(f) ?? (isDistinct(f) ? f : undefined);
        if (!reg || values.has(reg)) continue;
        const members = m.fieldsOf.get(reg) ?? [reg];
        if (members.length === 1) values.set(reg, after[f] ?? null);
        else {
          const v: Record<string, unknown> = {};
          for (const g of members) v[g] = g in after ? (after[g] ?? null) : r.op === 'create' ? null : valueBefore(db, m, r.entity_id, g, r.seq);
          values.set(reg, v);
        }
      }
    }
    if (!values.size) continue;
    const hlc = clock.tick(Date.parse(r.at));
    const line: Line = { h: hlc, e: r.entity, id: r.entity_id, op: r.op, at: r.at, o: r.officer_name, d: r.device_name, f: {} };
    if (r.op === 'delete') line.s = allHeadsOf(db, r.entity_id);
    for (const [reg, value] of values) {
      const base = headsOf(db, r.entity_id, reg).map((h) => h.hlc);
      line.f[reg] = [value, base];
      putWrite(db, { entity: r.entity, id: r.entity_id, register: reg, hlc, replica, value, base, officerName: r.officer_name, deviceName: r.device_name });
    }
    // An edit while a delete stands (shown live because a restore concurrent with it is the latest): as on the apply path.
    if (r.op !== 'delete' && !values.has(DELETED)) {
      for (const d of headsOf(db, r.entity_id, DELETED)) if (d.value != null) markDeletedWhileEdited(db, r.entity, r.entity_id, d.hlc, [hlc]);
    }
    statement(db, 'INSERT INTO exchange_outbox (seq, hlc, line) VALUES (?, ?, ?)').run(r.seq, hlc, JSON.stringify(line));
    added++;
  }
  if (rows.length) setMeta(db, FOLDED, String(rows[rows.length - 1]!.seq));
  const finished = holding.finish(replica, clock);
  settleTakenUp(db, firstN);
  return added + finished;
}

/**
 * The unique keys of the records whose changes were just taken up (their claims now have a clock
 * value, the one every other laptop will see): settled as the apply path settles them (claims.ts).
 */
function settleTakenUp(db: Db, afterN: number): void {
  const done = new Set<string>();
  for (const r of statement(db, "SELECT json_extract(line, '$.e') AS e, json_extract(line, '$.id') AS id FROM exchange_outbox WHERE n > ? ORDER BY n").all(afterN) as Array<{ e: string; id: string }>) {
    if (!keysOf(r.e).length || done.has(r.id)) continue;
    done.add(r.id);
    settleClaimsOf(db, r.e, r.id);
  }
}

/** Whether this laptop has a change that foldLocal has not taken up yet (one saved since its last call). */
export function hasUnfoldedLocal(db: Db): boolean {
  const from = Number(getMeta(db, FOLDED) ?? 0);
  return statement(db, 'SELECT 1 FROM change_log WHERE seq > ? AND origin IS NULL LIMIT 1').get(from) !== undefined;
}

/** Marks the log as taken up to now without publishing anything (a desk that joins an exchange with its history already shared). */
export function skipLocalHistory(db: Db): void {
  const r = statement(db, 'SELECT max(seq) AS seq FROM change_log').get() as { seq: number | null };
  setMeta(db, FOLDED, String(r.seq ?? 0));
  holdAllClassified(db);
}
