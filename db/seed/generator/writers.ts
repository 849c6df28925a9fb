// The two ways the generator writes a row (through the repositories, or as SQL), and the bulk-load
// scaffolding of the SQL way (indexes and triggers set aside during the load, then restored).
import { getTableColumns, getTableName } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { SEARCH_ENTITIES } from '../../../common/enums';
import { type Db } from '../../open';
import { appendChange } from '../../repo/core/changeLog';
import type { Repository, Row, WriteContext } from '../../repo/core/repository';
import { FOCAL_COVERAGE_REBUILD } from '../../repo/focalPoints';
import { ftsTable, upsertSearchDoc } from '../../repo/search';
import { statement } from '../../repo/core/statements';

export interface Writer {
  create(r: Repository, ctx: WriteContext, id: string, values: Record<string, unknown>): void;
  /** `current` is the record before the change, as the generator holds it. */
  update(r: Repository, ctx: WriteContext, id: string, version: number, current: Record<string, unknown>, changes: Record<string, unknown>): void;
}

/** The real write path: the repositories of db/repo/ (repositories.ts lists them). */
export function repositoryWriter(db: Db): Writer {
  return {
    create: (r, ctx, id, values) => void r.create(db, ctx, values, { id }),
    update: (r, ctx, id, version, _current, changes) => void r.update(db, ctx, { id, version, changes }),
  };
}

export interface TableInfo {
  insert: string;
  stored: string[];
  json: Set<string>;
  col: (f: string) => string;
}

/** The SQL form of each relation field: the insert of one (record, related record) pair. */
const RELATION_TABLES: Record<string, string> = {
  supportingAgencyIds: 'INSERT INTO action_item_supporters (action_item_id, agency_id) VALUES (?, ?)',
  documentIds: 'INSERT INTO agenda_item_documents (agenda_item_id, document_id) VALUES (?, ?)',
};

/** The 'sql' writer: see the header of this file for exactly how it differs. */
export function sqlWriter(db: Db): Writer {
  const infos = new Map<Repository, TableInfo>();
  const prep = (sql: string) => statement(db, sql);
  const info = (r: Repository): TableInfo => {
    let i = infos.get(r);
    if (i) return i;
    const columns = getTableColumns(r.config.table) as Record<string, SQLiteColumn>;
    const col = (f: string) => columns[f]!.name;
    const stored = r.config.fields.filter((f) => columns[f]);
    const json = new Set(stored.filter((f) => (columns[f] as unknown as { mode?: string }).mode === 'json' || columns[f]!.columnType === 'SQLiteTextJson'));
    const names = ['id', 'created_at', 'updated_at', 'version', ...stored.map(col)];
    const insert = `INSERT INTO "${getTableName(r.config.table)}" (${names.map((n) => `"${n}"`).join(', ')}) VALUES (${names.map(() => '?').join(', ')})`;
    i = { insert, stored, json, col };
    infos.set(r, i);
    return i;
  };
  const param = (i: TableInfo, f: string, v: unknown) => (v === undefined ? null : i.json.has(f) ? JSON.stringify(v) : v);
  /** What the repository reads back for a field (the relation of supporters is sorted, distinct). */
  const readBack = (r: Repository, f: string, v: unknown) => {
    if (r.config.relations?.[f]) return [...new Set((v as string[] | null) ?? [])].sort();
    return v ?? null;
  };
  return {
    create(r, ctx, id, values) {
      const i = info(r);
      for (const f of r.config.fields) if (values[f] === undefined) throw new Error(`generator: ${r.tableName}.${f} left undefined`);
      prep(i.insert).run(id, ctx.now, ctx.now, 1, ...i.stored.map((f) => param(i, f, values[f])));
      for (const f of Object.keys(r.config.relations ?? {})) {
        const table = RELATION_TABLES[f];
        if (!table) throw new Error(`generator: no SQL form for relation ${f}`);
        const ins = prep(table);
        for (const other of new Set((values[f] as string[] | null) ?? [])) ins.run(id, other);
      }
      const after: Record<string, unknown> = {};
      for (const f of r.config.fields) after[f] = readBack(r, f, values[f]);
      appendChange(db, ctx, { entity: r.config.entity, entityId: id, op: 'create', before: null, after });
      if (r.config.search) {
        const row = { ...after, id, createdAt: ctx.now, updatedAt: ctx.now, version: 1, deletedAt: null } as Row;
        upsertSearchDoc(db, r.config.entity as never, id, r.config.search(db, row));
      }
    },
    update(r, ctx, id, version, current, changes) {
      const i = info(r);
      const changed = r.config.fields.filter((f) => changes[f] !== undefined && JSON.stringify(changes[f]) !== JSON.stringify(current[f]));
      if (changed.length === 0) return;
      if (changed.some((f) => !i.stored.includes(f))) throw new Error('generator: relation updates are not generated');
      const sql = `UPDATE "${r.tableName}" SET ${[...changed.map((f) => `"${i.col(f)}" = ?`), 'updated_at = ?', 'version = version + 1'].join(', ')} WHERE id = ? AND version = ?`;
      const res = prep(sql).run(...changed.map((f) => param(i, f, changes[f])), ctx.now, id, version);
      if (res.changes !== 1) throw new Error(`generator: update of ${id} v${version} missed`);
      const before: Record<string, unknown> = {};
      const after: Record<string, unknown> = {};
      for (const f of changed) {
        before[f] = readBack(r, f, current[f]);
        after[f] = readBack(r, f, changes[f]);
      }
      appendChange(db, ctx, { entity: r.config.entity, entityId: id, op: 'update', before, after });
    },
  };
}

// ------------------------------------------------------------------ bulk-load scaffolding (sql mode)

export const BIG_TABLES = [
  'action_items', 'action_updates', 'action_item_supporters', 'change_log', 'search_docs', 'meetings', 'delegations',
  'delegation_members', 'people', 'focal_assignments', 'agencies', 'agenda_items', 'agenda_item_documents', 'asean_documents', 'meeting_contacts',
];

/** Needed while loading: upsertSearchDoc's ON CONFLICT(entity_id) and agencies' live-code uniqueness. */
export const KEEP_INDEXES = new Set(['search_docs_entity_id_unique']);

export interface Saved {
  indexes: Array<{ name: string; sql: string }>;
  triggers: Array<{ name: string; sql: string }>;
}

export function beginBulk(db: Db): Saved {
  db.pragma('journal_mode = OFF');
  db.pragma('synchronous = OFF');
  const list = (sql: string) => db.prepare(sql).all() as Array<{ name: string; sql: string }>;
  const indexes = list(
    `SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (${BIG_TABLES.map((t) => `'${t}'`).join(', ')}) ORDER BY name`,
  ).filter((i) => !KEEP_INDEXES.has(i.name));
  // The FTS triggers (the index is rebuilt at the end), those keeping focal_coverage (one
  // body's coverage recomputed per write, through the indexes dropped here: rebuilt at the end),
  // and those logging changed rows for backups (a new file has no backup to add to).
  const triggers = list(
    `SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND (tbl_name = 'search_docs' OR name LIKE 'focal_coverage_%' OR name LIKE 'backup_log_%') ORDER BY name`,
  );
  for (const i of indexes) db.exec(`DROP INDEX "${i.name}"`);
  for (const t of triggers) db.exec(`DROP TRIGGER "${t.name}"`);
  return { indexes, triggers };
}

export function endBulk(db: Db, saved: Saved, progress: (m: string) => void): void {
  let t = performance.now();
  for (const i of saved.indexes) db.exec(i.sql);
  progress(`  indexes re-created (${saved.indexes.length}) in ${Math.round(performance.now() - t)} ms`);
  t = performance.now();
  for (const kind of SEARCH_ENTITIES) db.exec(`INSERT INTO ${ftsTable(kind)}(${ftsTable(kind)}) VALUES ('rebuild')`);
  progress(`  search index rebuilt in ${Math.round(performance.now() - t)} ms`);
  t = performance.now();
  db.exec(FOCAL_COVERAGE_REBUILD);
  for (const tr of saved.triggers) db.exec(tr.sql);
  progress(`  focal-point coverage rebuilt in ${Math.round(performance.now() - t)} ms`);
  db.pragma('synchronous = FULL');
  db.pragma('journal_mode = WAL');
}

// ------------------------------------------------------------------ the model being generated
