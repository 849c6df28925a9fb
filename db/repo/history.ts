// The change log as the screens read it: a record's history, the desk's recent changes, and what
// kinds of record changed after a change number (so open screens refresh).
import type { EntityName } from '../../common/enums';
import type { Db } from '../open';
import { limitSql, statement } from './core/statements';
import type { ChangeEntry, RawChange} from './core/changeLog';
import { toChangeEntry } from './core/changeLog';

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
