// What the exchange knows of the data model: which entities it carries, the registers of each
// (a field, or a pair of fields that must be valid together and so merge as one), how a register
// is read from and written to a row, and which records stay off the share (classified).
import { getTableColumns, getTableName } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { EntityName } from '../../common/enums';
import type { Db } from '../open';
import type { Repository } from '../repo/core/repository';
import { statement } from '../repo/core/statements';
import { repositories } from '../repo/repositories';

/** Fields merged as one register: a row built from the merge always passes their CHECK. */
export const PAIRS: Partial<Record<EntityName, ReadonlyArray<readonly [string, string]>>> = {
  country: [['memberFrom', 'memberTo']],
  agency: [['validFrom', 'validTo']],
  legal_basis: [['inForceFrom', 'inForceTo']],
  focal_assignment: [['validFrom', 'validTo']],
  meeting: [['startDate', 'endDate']],
  delegation_member: [['travelFrom', 'travelTo']],
};

/** The tombstone is a register of its own: deleting is writing it, restoring is writing null. */
export const DELETED = 'deletedAt';

/**
 * "Keep both" of a duplicate (the conflicts inbox): a register of the record with the smaller id,
 * named after the other one ('distinct:<other id>'), written true. It is exchanged like a field, and
 * its write closes the duplicate item everywhere (merge.ts); it holds no column.
 */
export const DISTINCT = 'distinct:';
export const isDistinct = (register: string): boolean => register.startsWith(DISTINCT);

export interface EntityModel {
  entity: EntityName;
  repo: Repository;
  table: string;
  /** field → column name, for the stored fields. */
  column: Map<string, string>;
  json: Set<string>;
  /** field → register name ('startDate+endDate' for a pair, else the field). */
  registerOf: Map<string, string>;
  /** register → its fields (one, or a pair). */
  fieldsOf: Map<string, readonly string[]>;
}

let models: Map<EntityName, EntityModel> | undefined;

export function modelOf(entity: string): EntityModel | undefined {
  if (!models) {
    models = new Map();
    for (const repo of Object.values(repositories) as Repository[]) {
      const cfg = repo.config;
      const cols = getTableColumns(cfg.table) as Record<string, SQLiteColumn>;
      const column = new Map<string, string>();
      const json = new Set<string>();
      for (const f of cfg.fields) {
        const c = cols[f];
        if (!c) continue;
        column.set(f, c.name);
        if ((c as unknown as { mode?: string }).mode === 'json' || c.columnType === 'SQLiteTextJson') json.add(f);
      }
      const registerOf = new Map<string, string>();
      const fieldsOf = new Map<string, readonly string[]>();
      const paired = new Set<string>();
      for (const pair of PAIRS[cfg.entity] ?? []) {
        const name = pair.join('+');
        for (const f of pair) {
          registerOf.set(f, name);
          paired.add(f);
        }
        fieldsOf.set(name, pair);
      }
      for (const f of cfg.fields) {
        if (paired.has(f) || (!column.has(f) && !cfg.relations?.[f])) continue;
        registerOf.set(f, f);
        fieldsOf.set(f, [f]);
      }
      registerOf.set(DELETED, DELETED);
      fieldsOf.set(DELETED, [DELETED]);
      models.set(cfg.entity, { entity: cfg.entity, repo, table: getTableName(cfg.table), column, json, registerOf, fieldsOf });
    }
  }
  return models.get(entity as EntityName);
}

/**
 * The delegation a record hangs off (itself for a delegation, its delegation for a member, the live
 * delegation of its meeting for an agenda item), or null.
 */
export function delegationOf(db: Db, entity: string, id: string): string | null {
  if (entity === 'delegation') return id;
  if (entity === 'delegation_member') {
    const r = statement(db, 'SELECT delegation_id FROM delegation_members WHERE id = ?').get(id) as { delegation_id: string } | undefined;
    return r?.delegation_id ?? null;
  }
  if (entity === 'agenda_item') {
    // A meeting can have two live delegations for a while (one a later claimant from another laptop,
    // db/exchange/claims.ts): the classified one, if any, decides, so that Viet Nam's positions stay here.
    const r = statement(
      db,
      "SELECT d.id FROM agenda_items a JOIN delegations d ON d.meeting_id = a.meeting_id AND d.deleted_at IS NULL WHERE a.id = ? ORDER BY d.classification = 'none', d.id LIMIT 1",
    ).get(id) as { id: string } | undefined;
    return r?.id ?? null;
  }
  return null;
}

/** What hangs off a delegation, in the order a receiver can create it: its members, then its meeting's agenda items. */
export function recordsOf(db: Db, delegationId: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const id of statement(db, 'SELECT id FROM delegation_members WHERE delegation_id = ? ORDER BY sort_order, id').pluck().all(delegationId) as string[]) out.push(['delegation_member', id]);
  for (const id of statement(db, 'SELECT a.id FROM agenda_items a JOIN delegations d ON d.meeting_id = a.meeting_id WHERE d.id = ? ORDER BY a.id').pluck().all(delegationId) as string[]) {
    out.push(['agenda_item', id]);
  }
  return out;
}

/** A delegation's marking now ('none' when it is not there). */
export function classificationOf(db: Db, delegationId: string): string {
  const r = statement(db, 'SELECT classification FROM delegations WHERE id = ?').get(delegationId) as { classification: string } | undefined;
  return r?.classification ?? 'none';
}

/**
 * Whether a record stays off the share: a delegation marked Mật or higher, and everything that
 * hangs off it: its members (with their trip logistics), and the agenda items of its meeting, which
 * carry Viet Nam's positions. Judged on the record as it is now (db/exchange/classified.ts).
 */
export function isClassified(db: Db, entity: string, id: string): boolean {
  const d = delegationOf(db, entity, id);
  return !!d && classificationOf(db, d) !== 'none';
}
