// What the generic repository derives once from an entity's configuration and its drizzle table:
// column names, the select list, the JSON columns, and the caches of the SQL it builds.
import { getTableColumns, getTableName } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { SEARCH_ENTITIES, type SearchEntity } from '../../../common/enums';
import { ftsTable } from '../search';
import type { EntityConfig } from './repository';

const BOOKKEEPING = ['id', 'createdAt', 'updatedAt', 'version', 'deletedAt'] as const;

/** What a list reads of each row: the whole record, or its id only (listIds). */
export interface Columns {
  tag: string;
  select: string;
  count: number;
  shape: { json: Set<string> };
}

export type EntityShape = ReturnType<typeof entityShape>;

export function entityShape(config: EntityConfig) {
  const tableName = getTableName(config.table);
  // This kind's search index, if it has search documents.
  const fts = (SEARCH_ENTITIES as readonly string[]).includes(config.entity) ? ftsTable(config.entity as SearchEntity) : null;
  const columns = getTableColumns(config.table) as Record<string, SQLiteColumn>;
  const col = (field: string): string => {
    const c = columns[field];
    if (!c) throw new Error(`${tableName} has no column for field ${field}`);
    return c.name;
  };
  const jsonFields = new Set(
    Object.entries(columns)
      .filter(([, c]) => (c as unknown as { mode?: string }).mode === 'json' || c.columnType === 'SQLiteTextJson')
      .map(([f]) => f),
  );
  const storedFields = [...BOOKKEEPING, ...config.fields.filter((f) => columns[f])];
  const relationFields = config.fields.filter((f) => !columns[f]);
  for (const f of relationFields) {
    if (!config.relations?.[f] && !config.computed?.[f]) throw new Error(`${tableName}.${f} is neither a column nor a relation`);
  }
  const computedEntries = Object.entries(config.computed ?? {});
  const selectList = [
    ...storedFields.map((f) => `t."${col(f)}" AS "${f}"`),
    ...computedEntries.map(([f, c]) => `(${c.sql}) AS "${f}"`),
  ].join(', ');
  const fromJoined = `FROM "${tableName}" t${config.joins ? ` ${config.joins}` : ''}`;
  const selectFrom = `SELECT ${selectList} ${fromJoined}`;
  const selectCount = storedFields.length + computedEntries.length;
  // Rows are read as arrays and built by a function compiled per statement (statements.ts,
  // rowReader), with the JSON columns parsed.
  const shape = { json: new Set([...jsonFields, ...computedEntries.filter(([, c]) => c.json).map(([f]) => f)]) };
  const FULL: Columns = { tag: 'rows', select: selectList, count: selectCount, shape };
  const IDS: Columns = { tag: 'ids', select: 't.id AS "id"', count: 1, shape: { json: new Set() } };
  // The SQL of the hot statements is built once, not on every call: building it is string work
  // over the whole select list (a kilobyte), and a new string is hashed again to find its
  // prepared statement.
  const findSql = `${selectFrom} WHERE t.id = ?`;
  const findWithSql = new Map<string, string>();
  const listSql = new Map<string, string>();
  const countSql = new Map<string, string>();
  const updateSql = new Map<string, string>();

  return {
    config, tableName, fts, columns, col, jsonFields, storedFields, relationFields, computedEntries, selectList, fromJoined, selectFrom, selectCount, shape, FULL, IDS,
    findSql, findWithSql, listSql, countSql, updateSql,
  };
}
