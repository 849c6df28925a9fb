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

/**
 * The latest changes of the whole database made by officers, on this laptop or another (through
 * the exchange), newest first: the reference data the app seeds itself (origin 'reference') and
 * the training sample (origin 'sample') stay in the log but are nobody's change.
 */
export function recentChanges(db: Db, limit: number): ChangeEntry[] {
  return (statement(db, `SELECT * FROM change_log WHERE (origin IS NULL OR origin = 'remote') ORDER BY seq DESC ${limitSql(limit)}`).all() as RawChange[]).map(toChangeEntry);
}

/**
 * The names of the records with these ids, as a history shows the ids a change holds: meetings,
 * people, units, bodies and action items by their search titles (the English one where there
 * is one), countries and pillars by their names, legal bases by their numbers. Deleted records
 * too: their old changes still name them.
 */
export function namesOf(db: Db, ids: readonly string[]): Array<{ id: string; vi: string; en: string }> {
  if (ids.length === 0) return [];
  return statement(
    db,
    `WITH wanted(id) AS (SELECT DISTINCT value FROM json_each(?))
     SELECT d.entity_id AS id, d.title AS vi,
            CASE WHEN d.entity IN ('meeting', 'agency', 'body') THEN coalesce(d.subtitle, d.title) ELSE d.title END AS en
       FROM wanted w JOIN search_docs d ON d.entity_id = w.id
     UNION ALL SELECT c.id, c.name_vi, c.name_en FROM wanted w JOIN countries c ON c.id = w.id
     UNION ALL SELECT p.id, p.name_vi, p.name_en FROM wanted w JOIN pillars p ON p.id = w.id
     UNION ALL SELECT l.id, l.number, l.number FROM wanted w JOIN legal_bases l ON l.id = w.id`,
  ).all(JSON.stringify(ids)) as Array<{ id: string; vi: string; en: string }>;
}
