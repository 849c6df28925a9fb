// The writes of the generic repository: create, update with optimistic concurrency, tombstone
// deletion and its undoing. Each appends to the change log and refreshes the search index in the
// caller's transaction.
import { getTableName } from 'drizzle-orm';
import type { SearchEntity } from '../../../common/enums';
import { claimLocally, keysOf } from '../../exchange/claims';
import { AppError, staleVersion } from '../../errors';
import { newId } from '../../ids';
import type { Db } from '../../open';
import { removeSearchDoc, upsertSearchDoc, type SearchDocInput } from '../search';
import { appendChange } from './changeLog';
import type { EntityShape } from './entityShape';
import type { Reads } from './reads';
import type { Row, WriteContext } from './repository';
import { statement } from './statements';

function sameSearchDoc(a: SearchDocInput, b: SearchDocInput): boolean {
  return a.title === b.title && (a.subtitle ?? null) === (b.subtitle ?? null) && a.text === b.text;
}

export function writesOf(e: EntityShape, reads: Reads) {
  // A record with a unique key (a code, one delegation per meeting…): a duplicate that came from
  // another laptop is kept as a claimant (db/exchange/claims.ts); a write here may not join it.
  const keyed = keysOf(e.config.entity).length > 0;

  function checkReferences(db: Db, values: Record<string, unknown>): void {
    for (const ref of e.config.references ?? []) {
      const v = values[ref.field];
      if (v === undefined || v === null) continue;
      const ids = Array.isArray(v) ? (v as string[]) : [v as string];
      for (const id of ids) {
        const hit = statement(db, `SELECT deleted_at FROM "${getTableName(ref.table)}" WHERE id = ?`).get(id) as { deleted_at: string | null } | undefined;
        if (!hit || hit.deleted_at) {
          throw new AppError(
            'CONSTRAINT',
            { vi: `Không tìm thấy ${ref.labels.vi} được chọn (có thể đã bị xóa).`, en: `The selected ${ref.labels.en} does not exist (it may have been deleted).` },
            { field: ref.field, id },
          );
        }
      }
    }
  }

  function refreshSearch(db: Db, row: Row): void {
    if (!e.config.search) return;
    if (row.deletedAt) removeSearchDoc(db, row.id);
    else upsertSearchDoc(db, e.config.entity as SearchEntity, row.id, e.config.search(db, row));
  }

  function toParam(field: string, value: unknown): unknown {
    if (value === undefined) return null;
    if (e.jsonFields.has(field)) return JSON.stringify(value);
    if (typeof value === 'boolean') return value ? 1 : 0;
    return value;
  }

  function create(db: Db, ctx: WriteContext, values: Record<string, unknown>, options: { id?: string } = {}): Row {
    checkReferences(db, values);
    const id = options.id ?? newId();
    const stored = e.config.fields.filter((f) => e.columns[f] && values[f] !== undefined);
    const names = ['id', 'createdAt', 'updatedAt', 'version', ...stored];
    const sql = `INSERT INTO "${e.tableName}" (${names.map((f) => `"${e.col(f)}"`).join(', ')}) VALUES (${names.map(() => '?').join(', ')})`;
    statement(db, sql).run(id, ctx.now, ctx.now, 1, ...stored.map((f) => toParam(f, values[f])));
    for (const f of e.relationFields) {
      if (values[f] !== undefined) e.config.relations?.[f]?.write(db, id, values[f]);
    }
    if (keyed) claimLocally(db, e.config.entity, id, undefined);
    const row = reads.get(db, id);
    appendChange(db, ctx, { entity: e.config.entity, entityId: id, op: 'create', before: null, after: pickFields(row) });
    refreshSearch(db, row);
    return row;
  }

  function pickFields(row: Row): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const f of e.config.fields) out[f] = row[f];
    return out;
  }

  function update(
    db: Db,
    ctx: WriteContext,
    input: { id: string; version: number; changes: Record<string, unknown> },
    validate?: (merged: Row) => void,
  ): Row {
    const current = reads.get(db, input.id);
    if (current.version !== input.version) throw staleVersion(e.config.labels.vi, e.config.labels.en, current.version);
    const changed = e.config.fields.filter(
      (f) => input.changes[f] !== undefined && JSON.stringify(input.changes[f]) !== JSON.stringify(current[f]),
    );
    if (changed.length === 0) return current;
    const merged = { ...current } as Row;
    for (const f of changed) merged[f] = input.changes[f];
    validate?.(merged);
    const changedValues: Record<string, unknown> = {};
    for (const f of changed) changedValues[f] = input.changes[f];
    checkReferences(db, changedValues);
    const storedChanged = changed.filter((f) => e.columns[f]);
    const setKey = storedChanged.join(',');
    let sql = e.updateSql.get(setKey);
    if (sql === undefined) {
      const sets = storedChanged.map((f) => `"${e.col(f)}" = ?`);
      sql = `UPDATE "${e.tableName}" SET ${[...sets, 'updated_at = ?', 'version = version + 1'].join(', ')} WHERE id = ? AND version = ? AND deleted_at IS NULL`;
      e.updateSql.set(setKey, sql);
    }
    const result = statement(db, sql).run(...storedChanged.map((f) => toParam(f, input.changes[f])), ctx.now, input.id, input.version);
    if (result.changes !== 1) throw staleVersion(e.config.labels.vi, e.config.labels.en, current.version);
    for (const f of changed) if (!e.columns[f]) e.config.relations?.[f]?.write(db, input.id, input.changes[f]);
    if (keyed) claimLocally(db, e.config.entity, input.id, current);
    const row = reads.get(db, input.id);
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    for (const f of changed) {
      before[f] = current[f];
      after[f] = row[f];
    }
    appendChange(db, ctx, { entity: e.config.entity, entityId: input.id, op: 'update', before, after });
    // The search document is written again only if what it is made of changed: a status change
    // leaves it as it was, and folding its text again cost more than the rest of the change.
    if (e.config.search && !sameSearchDoc(e.config.search(db, current), e.config.search(db, row))) refreshSearch(db, row);
    return row;
  }

  function remove(db: Db, ctx: WriteContext, input: { id: string; version: number }): Row {
    const current = reads.get(db, input.id);
    if (current.version !== input.version) throw staleVersion(e.config.labels.vi, e.config.labels.en, current.version);
    for (const dep of e.config.dependents ?? []) {
      const n = (
        statement(db, `SELECT count(*) AS n FROM "${getTableName(dep.table)}" WHERE "${dep.column}" = ? AND deleted_at IS NULL`).get(input.id) as { n: number }
      ).n;
      if (n > 0) {
        throw new AppError(
          'CONSTRAINT',
          {
            vi: `Không thể xóa ${e.config.labels.vi} này vì còn ${n} ${dep.labels.vi} liên quan. Hãy xử lý các mục đó trước.`,
            en: `This ${e.config.labels.en} cannot be deleted: ${n} ${dep.labels.en} still refer to it. Deal with those first.`,
          },
          { dependents: n },
        );
      }
    }
    statement(db, `UPDATE "${e.tableName}" SET deleted_at = ?, updated_at = ?, version = version + 1 WHERE id = ? AND version = ?`).run(
      ctx.now,
      ctx.now,
      input.id,
      input.version,
    );
    if (keyed) claimLocally(db, e.config.entity, input.id, current);
    const row = reads.get(db, input.id, { includeDeleted: true });
    appendChange(db, ctx, { entity: e.config.entity, entityId: input.id, op: 'delete', before: pickFields(current), after: null });
    refreshSearch(db, row);
    return row;
  }

  function restore(db: Db, ctx: WriteContext, input: { id: string; version: number }): Row {
    const current = reads.get(db, input.id, { includeDeleted: true });
    if (current.version !== input.version) throw staleVersion(e.config.labels.vi, e.config.labels.en, current.version);
    if (!current.deletedAt) return current;
    checkReferences(db, pickFields(current));
    statement(db, `UPDATE "${e.tableName}" SET deleted_at = NULL, updated_at = ?, version = version + 1 WHERE id = ? AND version = ?`).run(
      ctx.now,
      input.id,
      input.version,
    );
    if (keyed) claimLocally(db, e.config.entity, input.id, current);
    const row = reads.get(db, input.id);
    appendChange(db, ctx, { entity: e.config.entity, entityId: input.id, op: 'update', before: { deletedAt: current.deletedAt }, after: { deletedAt: null } });
    refreshSearch(db, row);
    return row;
  }

  return { create, update, remove, restore };
}
