// Resolving an item of the conflicts inbox: an ordinary, audited change of the register (a value
// kept, typed or joined; a record restored or kept deleted), written even when the value shown
// does not change, because the change is what tells every laptop that the heads were seen. The
// exchange takes it up like any other change (outbox.ts: its base is every head), and the item
// closes everywhere. Called inside the caller's transaction.
import type { SearchEntity } from '../../common/enums';
import { AppError } from '../errors';
import type { Db } from '../open';
import { appendChange } from '../repo/core/changeLog';
import type { WriteContext } from '../repo/core/repository';
import { statement } from '../repo/core/statements';
import { removeSearchDoc, upsertSearchDoc } from '../repo/search';
import { claimLocally } from './claims';
import { DELETED, modelOf } from './model';

/**
 * Writes `value` to a register of a record: for a field its value, for a pair an object of its two
 * fields, for the tombstone null (restore) or an instant (keep deleted).
 */
export function settleRegister(db: Db, ctx: WriteContext, entity: string, id: string, register: string, value: unknown): void {
  const m = modelOf(entity);
  const fields = m?.fieldsOf.get(register);
  if (!m || !fields) throw new AppError('VALIDATION', { vi: 'Không có trường này để giải quyết.', en: 'There is no such field to resolve.' }, { entity, register });
  const current = m.repo.get(db, id, { includeDeleted: true }) as Record<string, unknown>;
  const after: Record<string, unknown> = {};
  if (fields.length === 1) after[fields[0]!] = value ?? null;
  else for (const f of fields) after[f] = (value as Record<string, unknown> | null)?.[f] ?? null;
  const before: Record<string, unknown> = {};
  for (const f of fields) before[f] = current[f] ?? null;
  const stored = fields.filter((f) => f === DELETED || m.column.has(f));
  const sets = stored.map((f) => `"${f === DELETED ? 'deleted_at' : m.column.get(f)!}" = ?`);
  statement(db, `UPDATE "${m.table}" SET ${[...sets, 'updated_at = ?', 'version = version + 1'].join(', ')} WHERE id = ?`).run(
    ...stored.map((f) => {
      const v = after[f];
      return v === null || v === undefined ? null : m.json.has(f) ? JSON.stringify(v) : v;
    }),
    ctx.now,
    id,
  );
  for (const f of fields) if (f !== DELETED && !m.column.has(f)) m.repo.config.relations?.[f]?.write(db, id, after[f] ?? []);
  // A code kept or typed, a record restored: not into a key another record holds (claims.ts).
  claimLocally(db, m.entity, id, current);
  appendChange(db, ctx, { entity: m.entity, entityId: id, op: 'update', before, after });
  const row = m.repo.get(db, id, { includeDeleted: true }) as Record<string, unknown> & { id: string; deletedAt: string | null };
  if (m.repo.config.search) {
    if (row.deletedAt) removeSearchDoc(db, id);
    else upsertSearchDoc(db, m.entity as SearchEntity, id, m.repo.config.search(db, row as never));
  }
}
