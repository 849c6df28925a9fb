// The one generic repository behind every entity: create, read, list with keyset paging,
// update with optimistic concurrency, and tombstone deletion. Every write appends to the
// change log and refreshes the search index in the caller's transaction. Column names come
// from the drizzle schema, so SQL and schema cannot drift apart; statements are prepared once
// per connection because these are the hot paths of every screen.
import { getTableColumns, getTableName } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { SEARCH_ENTITIES, type EntityName, type SearchEntity } from '../../../common/enums';
import { AppError, notFound, staleVersion, type Messages } from '../../errors';
import { searchTokens, toFtsPrefixQuery as ftsQuery } from '../../../common/fold';
import { newId } from '../../ids';
import type { Db } from '../../open';
import { appendChange } from './changeLog';
import { ftsTable, removeSearchDoc, upsertSearchDoc, type SearchDocInput } from '../search';
import { limitSql, rowReader, statement } from './statements';

export interface WriteContext {
  /** ISO instant of this write. */
  now: string;
  deviceId: string;
}

export type Row = Record<string, unknown> & { id: string; version: number; createdAt: string; updatedAt: string; deletedAt: string | null };

export interface FilterSql {
  sql: string;
  params: unknown[];
  /**
   * The same condition written for a sorted page, where it must not steer the planner away
   * from the sort's index (e.g. `+t.status IN …`: read the due-date index in order and stop at
   * the page, instead of collecting every open item and sorting them). Counts use `sql`.
   */
  listSql?: string;
}

export interface Computed {
  /** An SQL expression over the entity's table aliased `t`. */
  sql: string;
  json?: boolean;
}

export interface Relation {
  /** Replace the related rows of `id` with `value` (in the caller's transaction). */
  write(db: Db, id: string, value: unknown): void;
}

export interface Reference {
  field: string;
  table: SQLiteTable;
  labels: Messages;
}

export interface Dependent {
  table: SQLiteTable;
  column: string;
  labels: Messages;
}

export interface EntityConfig {
  entity: EntityName;
  table: SQLiteTable;
  /** What the user calls one of these, for messages: { vi: 'cuộc họp', en: 'meeting' }. */
  labels: Messages;
  /** Fields the user may set (camelCase, as in the schema), beyond the bookkeeping columns. */
  fields: readonly string[];
  computed?: Record<string, Computed>;
  /**
   * LEFT JOINs to tables the computed fields read from, by their own aliases (one lookup per
   * joined row instead of one subquery per field). Reads only: counts and writes never join.
   */
  joins?: string;
  relations?: Record<string, Relation>;
  /** Fields that refer to other entities: they must point at a live (not deleted) row. */
  references?: readonly Reference[];
  /** Live rows elsewhere that refer to this entity and so block its deletion. */
  dependents?: readonly Dependent[];
  /** Filters of list(): name → SQL over alias `t` (undefined values are skipped). */
  filters?: Record<string, (value: never) => FilterSql>;
  /** Sort keys of list(): name → SQL expression over alias `t`. The id breaks ties. */
  sorts: Record<string, string>;
  defaultSort: { field: string; dir: 'asc' | 'desc' };
  /** The search document of a row, for the entities the global search covers. */
  search?: (db: Db, row: Row) => SearchDocInput;
}

export interface ListInput {
  filter?: Record<string, unknown>;
  q?: string;
  sort?: { field: string; dir: 'asc' | 'desc' };
  limit: number;
  cursor?: string | null;
  includeDeleted?: boolean;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

const BOOKKEEPING = ['id', 'createdAt', 'updatedAt', 'version', 'deletedAt'] as const;

export interface Repository {
  readonly config: EntityConfig;
  readonly tableName: string;
  get(db: Db, id: string, options?: { includeDeleted?: boolean }): Row;
  find(db: Db, id: string): Row | undefined;
  /**
   * A record with more columns from tables joined to it (`t` is the record), in one statement:
   * for a screen that shows the record with its neighbours' names. The record comes back as
   * `row` (as find() returns it), the extra columns as `extra`, named as in `select`.
   */
  findWith(db: Db, id: string, extra: { select: string; joins: string }): { row: Row; extra: Record<string, unknown> } | undefined;
  list(db: Db, input: ListInput): Page<Row>;
  /** The ids of a page of the list, in its order, with its cursor (an export reads its rows its own way). */
  listIds(db: Db, input: ListInput): Page<{ id: string }>;
  /** How many match; with `upTo`, counting stops there (a bounded read on a large desk). */
  count(db: Db, input: Pick<ListInput, 'filter' | 'q' | 'includeDeleted'>, upTo?: number): number;
  create(db: Db, ctx: WriteContext, values: Record<string, unknown>, options?: { id?: string }): Row;
  update(db: Db, ctx: WriteContext, input: { id: string; version: number; changes: Record<string, unknown> }, validate?: (merged: Row) => void): Row;
  remove(db: Db, ctx: WriteContext, input: { id: string; version: number }): Row;
  /** Undoes a deletion (the tombstone is lifted; the log records it as an update of deletedAt). */
  restore(db: Db, ctx: WriteContext, input: { id: string; version: number }): Row;
}

/**
 * How a list's search box finds its rows. The words' matches in this kind's search index
 * (migration search_by_kind) are counted up to `denseAt` (FTS5 stops there: under a
 * millisecond). Fewer: the list keeps the records among those matches and sorts them, a read
 * bounded by `denseAt`. More (a common word: 'báo cáo' is in 800,000 action items at scale 100):
 * sorting every match took seconds, so the list reads its own order instead (the sort's index),
 * keeps the rows whose words match, and stops at the page; when the words are common in this
 * kind but rare in the list's order (people named Nguyễn come after A to M by name, a filter
 * keeps few rows), it gives up after `walkBudget` rows and sorts the matches after all.
 */
export const searchTuning = { denseAt: 2000, walkBudget: 4000 };

/** A search box's words: this kind's search index, the FTS5 query, and each word as a GLOB over a search document. */
interface TextQuery {
  fts: string;
  match: string;
  /** `(' ' || folded) GLOB ?` per word: the word starts a word of the document (see wordGlob). */
  globs: string[];
}

/**
 * A word of the query as a GLOB pattern over ' ' + a folded search document: it follows a
 * character that is not an ASCII letter or digit. FTS5's words are letters and digits, so every
 * document FTS5 finds matches too; the only extra (never a missed) match is a word glued to a
 * letter outside ASCII, which folded Vietnamese and English do not have. Words are letters and
 * digits only (searchTokens), so none of GLOB's special characters reach the pattern.
 */
export function wordGlob(word: string): string {
  return `*[^a-z0-9]${word}*`;
}

/** The WHERE clauses of a list or count with their parameters, and the search box's words (see whereOf). */
interface Clauses {
  where: string[];
  params: unknown[];
  text: TextQuery | null;
}

const WALK_EXHAUSTED = Symbol('walk exhausted');

function sameSearchDoc(a: SearchDocInput, b: SearchDocInput): boolean {
  return a.title === b.title && (a.subtitle ?? null) === (b.subtitle ?? null) && a.text === b.text;
}

function encodeCursor(value: unknown, id: string): string {
  return Buffer.from(JSON.stringify([value, id]), 'utf8').toString('base64url');
}

function decodeCursor(cursor: string): [unknown, string] {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(parsed) && parsed.length === 2 && typeof parsed[1] === 'string') return [parsed[0], parsed[1]];
  } catch {
    // fall through to the clear error below
  }
  throw new AppError('VALIDATION', { vi: 'Con trỏ phân trang không hợp lệ; hãy tải lại danh sách.', en: 'The paging cursor is not valid; reload the list.' });
}

export function defineRepository(config: EntityConfig): Repository {
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
  // What a list reads of each row: the whole record, or its id only (listIds).
  interface Columns {
    tag: string;
    select: string;
    count: number;
    shape: typeof shape;
  }
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

  function find(db: Db, id: string): Row | undefined {
    return rowReader<Row>(db, findSql, shape).get(id);
  }

  function findWith(db: Db, id: string, extra: { select: string; joins: string }): { row: Row; extra: Record<string, unknown> } | undefined {
    const key = `${extra.select}\u0000${extra.joins}`;
    let sql = findWithSql.get(key);
    if (sql === undefined) findWithSql.set(key, (sql = `SELECT ${selectList}, ${extra.select} ${fromJoined} ${extra.joins} WHERE t.id = ?`));
    return rowReader<{ row: Row; extra: Record<string, unknown> }>(db, sql, { ...shape, splitAt: selectCount }).get(id);
  }

  function get(db: Db, id: string, options: { includeDeleted?: boolean } = {}): Row {
    const row = find(db, id);
    if (!row || (row.deletedAt && !options.includeDeleted)) throw notFound(config.labels.vi, config.labels.en, id);
    return row;
  }

  function checkReferences(db: Db, values: Record<string, unknown>): void {
    for (const ref of config.references ?? []) {
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
    if (!config.search) return;
    if (row.deletedAt) removeSearchDoc(db, row.id);
    else upsertSearchDoc(db, config.entity as SearchEntity, row.id, config.search(db, row));
  }

  function toParam(field: string, value: unknown): unknown {
    if (value === undefined) return null;
    if (jsonFields.has(field)) return JSON.stringify(value);
    if (typeof value === 'boolean') return value ? 1 : 0;
    return value;
  }

  function create(db: Db, ctx: WriteContext, values: Record<string, unknown>, options: { id?: string } = {}): Row {
    checkReferences(db, values);
    const id = options.id ?? newId();
    const stored = config.fields.filter((f) => columns[f] && values[f] !== undefined);
    const names = ['id', 'createdAt', 'updatedAt', 'version', ...stored];
    const sql = `INSERT INTO "${tableName}" (${names.map((f) => `"${col(f)}"`).join(', ')}) VALUES (${names.map(() => '?').join(', ')})`;
    statement(db, sql).run(id, ctx.now, ctx.now, 1, ...stored.map((f) => toParam(f, values[f])));
    for (const f of relationFields) {
      if (values[f] !== undefined) config.relations?.[f]?.write(db, id, values[f]);
    }
    const row = get(db, id);
    appendChange(db, ctx, { entity: config.entity, entityId: id, op: 'create', before: null, after: pickFields(row) });
    refreshSearch(db, row);
    return row;
  }

  function pickFields(row: Row): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const f of config.fields) out[f] = row[f];
    return out;
  }

  function update(
    db: Db,
    ctx: WriteContext,
    input: { id: string; version: number; changes: Record<string, unknown> },
    validate?: (merged: Row) => void,
  ): Row {
    const current = get(db, input.id);
    if (current.version !== input.version) throw staleVersion(config.labels.vi, config.labels.en, current.version);
    const changed = config.fields.filter(
      (f) => input.changes[f] !== undefined && JSON.stringify(input.changes[f]) !== JSON.stringify(current[f]),
    );
    if (changed.length === 0) return current;
    const merged = { ...current } as Row;
    for (const f of changed) merged[f] = input.changes[f];
    validate?.(merged);
    const changedValues: Record<string, unknown> = {};
    for (const f of changed) changedValues[f] = input.changes[f];
    checkReferences(db, changedValues);
    const storedChanged = changed.filter((f) => columns[f]);
    const setKey = storedChanged.join(',');
    let sql = updateSql.get(setKey);
    if (sql === undefined) {
      const sets = storedChanged.map((f) => `"${col(f)}" = ?`);
      sql = `UPDATE "${tableName}" SET ${[...sets, 'updated_at = ?', 'version = version + 1'].join(', ')} WHERE id = ? AND version = ? AND deleted_at IS NULL`;
      updateSql.set(setKey, sql);
    }
    const result = statement(db, sql).run(...storedChanged.map((f) => toParam(f, input.changes[f])), ctx.now, input.id, input.version);
    if (result.changes !== 1) throw staleVersion(config.labels.vi, config.labels.en, current.version);
    for (const f of changed) if (!columns[f]) config.relations?.[f]?.write(db, input.id, input.changes[f]);
    const row = get(db, input.id);
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    for (const f of changed) {
      before[f] = current[f];
      after[f] = row[f];
    }
    appendChange(db, ctx, { entity: config.entity, entityId: input.id, op: 'update', before, after });
    // The search document is written again only if what it is made of changed: a status change
    // leaves it as it was, and folding its text again cost more than the rest of the change.
    if (config.search && !sameSearchDoc(config.search(db, current), config.search(db, row))) refreshSearch(db, row);
    return row;
  }

  function remove(db: Db, ctx: WriteContext, input: { id: string; version: number }): Row {
    const current = get(db, input.id);
    if (current.version !== input.version) throw staleVersion(config.labels.vi, config.labels.en, current.version);
    for (const dep of config.dependents ?? []) {
      const n = (
        statement(db, `SELECT count(*) AS n FROM "${getTableName(dep.table)}" WHERE "${dep.column}" = ? AND deleted_at IS NULL`).get(input.id) as { n: number }
      ).n;
      if (n > 0) {
        throw new AppError(
          'CONSTRAINT',
          {
            vi: `Không thể xóa ${config.labels.vi} này vì còn ${n} ${dep.labels.vi} liên quan. Hãy xử lý các mục đó trước.`,
            en: `This ${config.labels.en} cannot be deleted: ${n} ${dep.labels.en} still refer to it. Deal with those first.`,
          },
          { dependents: n },
        );
      }
    }
    statement(db, `UPDATE "${tableName}" SET deleted_at = ?, updated_at = ?, version = version + 1 WHERE id = ? AND version = ?`).run(
      ctx.now,
      ctx.now,
      input.id,
      input.version,
    );
    const row = get(db, input.id, { includeDeleted: true });
    appendChange(db, ctx, { entity: config.entity, entityId: input.id, op: 'delete', before: pickFields(current), after: null });
    refreshSearch(db, row);
    return row;
  }

  function restore(db: Db, ctx: WriteContext, input: { id: string; version: number }): Row {
    const current = get(db, input.id, { includeDeleted: true });
    if (current.version !== input.version) throw staleVersion(config.labels.vi, config.labels.en, current.version);
    if (!current.deletedAt) return current;
    checkReferences(db, pickFields(current));
    statement(db, `UPDATE "${tableName}" SET deleted_at = NULL, updated_at = ?, version = version + 1 WHERE id = ? AND version = ?`).run(
      ctx.now,
      input.id,
      input.version,
    );
    const row = get(db, input.id);
    appendChange(db, ctx, { entity: config.entity, entityId: input.id, op: 'update', before: { deletedAt: current.deletedAt }, after: { deletedAt: null } });
    refreshSearch(db, row);
    return row;
  }

  /**
   * The WHERE clauses of a list or count: tombstones, filters; and apart, the words of the search
   * box (withText makes them a clause). Null: nothing can match.
   */
  function whereOf(input: Pick<ListInput, 'filter' | 'q' | 'includeDeleted'>, forList = false): Clauses | null {
    const where: string[] = [];
    const params: unknown[] = [];
    let text: TextQuery | null = null;
    if (!input.includeDeleted) where.push('t.deleted_at IS NULL');
    for (const [name, value] of Object.entries(input.filter ?? {})) {
      if (value === undefined) continue;
      const make = config.filters?.[name];
      if (!make) throw new AppError('VALIDATION', { vi: `Bộ lọc không hợp lệ: ${name}.`, en: `Unknown filter: ${name}.` });
      const f = make(value as never);
      where.push(forList && f.listSql ? f.listSql : f.sql);
      params.push(...f.params);
    }
    if (input.q !== undefined && input.q.trim() !== '') {
      const match = ftsQuery(input.q);
      // (A kind without search documents has nothing the words can match.)
      if (match === null || fts === null) return null;
      text = { fts, match, globs: searchTokens(input.q).slice(0, 12).map(wordGlob) };
    }
    return { where, params, text };
  }

  /** The clauses with the words among them: the records among this kind's matches. */
  function withText(built: Clauses): Clauses {
    if (!built.text) return built;
    const { fts: index, match } = built.text;
    return {
      where: [...built.where, `t.id IN (SELECT d.entity_id FROM ${index} f CROSS JOIN search_docs d ON d.doc_id = f.rowid WHERE f.${index} MATCH ?)`],
      params: [...built.params, match],
      text: built.text,
    };
  }

  /** Whether the words match at least searchTuning.denseAt records of this kind. */
  function isCommon(db: Db, text: TextQuery): boolean {
    const n = searchTuning.denseAt;
    return (statement(db, `SELECT count(*) AS n FROM (SELECT 1 FROM ${text.fts} WHERE ${text.fts} MATCH ? ${limitSql(n)})`).get(text.match) as { n: number }).n >= n;
  }

  /** Whether a record's search document holds every word (as globs over it, see wordGlob). */
  const textHolds = (globs: readonly string[]) =>
    `EXISTS (SELECT 1 FROM search_docs d WHERE d.entity_id = t.id AND ${globs.map(() => `(' ' || d.folded) GLOB ?`).join(' AND ')})`;

  function count(db: Db, input: Pick<ListInput, 'filter' | 'q' | 'includeDeleted'>, upTo?: number): number {
    // A bounded count of common words reads their matches in this kind's index, keeps the live
    // rows that pass the filters, and stops at upTo: a read as long as upTo when the filters
    // keep most of them. With filters, the filtered rows are read first, each checked for the
    // words, while that finds them often enough (blocked items holding 'báo cáo': 27k blocked
    // among 1.18M items at scale 100, so the words' matches gave one blocked item in 40).
    // Other counts (and an exact one) count the records among the words' matches.
    const clauses = whereOf(input);
    if (!clauses) return 0;
    const { text } = clauses;
    if (upTo !== undefined && text && isCommon(db, text)) {
      const filtered = Object.values(input.filter ?? {}).some((v) => v !== undefined);
      const walked = filtered ? countByWalk(db, clauses, text.globs, upTo) : null;
      if (walked !== null) return walked;
      const sql = `SELECT count(*) AS n FROM (SELECT 1 FROM ${text.fts} f CROSS JOIN search_docs d ON d.doc_id = f.rowid CROSS JOIN "${tableName}" t ON t.id = d.entity_id
         WHERE f.${text.fts} MATCH ?${clauses.where.length ? ` AND ${clauses.where.join(' AND ')}` : ''} ${limitSql(upTo)})`;
      return (statement(db, sql).get(text.match, ...clauses.params) as { n: number }).n;
    }
    const built = withText(clauses);
    const key = `${built.where.join(' AND ')}\u0000${upTo ?? ''}`;
    let sql = countSql.get(key);
    if (sql === undefined) {
      const where = built.where.length ? ` WHERE ${built.where.join(' AND ')}` : '';
      sql = upTo === undefined ? `SELECT count(*) AS n FROM "${tableName}" t${where}` : `SELECT count(*) AS n FROM (SELECT 1 FROM "${tableName}" t${where} ${limitSql(upTo)})`;
      countSql.set(key, sql);
    }
    return (statement(db, sql).get(...built.params) as { n: number }).n;
  }

  /**
   * Counts the filtered rows whose document holds every word, up to `upTo`, reading the rows the
   * filters keep (through their index) and stopping there. Null after searchTuning.walkBudget
   * rows without reaching `upTo`: the words are rare among them, the caller reads the words'
   * matches instead.
   */
  function countByWalk(db: Db, built: { where: string[]; params: unknown[] }, globs: readonly string[], upTo: number): number | null {
    const sql = `SELECT ${textHolds(globs)} FROM "${tableName}" t${built.where.length ? ` WHERE ${built.where.join(' AND ')}` : ''}`;
    let n = 0;
    let read = 0;
    for (const [holds] of statement(db, sql).raw(true).iterate(...globs, ...built.params) as Iterable<[number]>) {
      if (holds && ++n >= upTo) return n;
      if (++read >= searchTuning.walkBudget) return null;
    }
    return n;
  }

  /** A page of the list, each row read as `cols` says (list: the record; listIds: its id). */
  function listAs(db: Db, input: ListInput, cols: Columns): Page<Row> {
    const clauses = whereOf(input, true);
    if (!clauses) return { items: [], nextCursor: null };
    if (clauses.text && isCommon(db, clauses.text)) {
      try {
        return listFrom(db, input, clauses, clauses.text.globs, cols);
      } catch (e) {
        if (e !== WALK_EXHAUSTED) throw e;
      }
    }
    return listFrom(db, input, withText(clauses), null, cols);
  }

  /**
   * A page of the list. With `walkGlobs` (common words, see searchTuning) the list's own order is
   * read, a row's id and whether its document holds every word, until a page of matches; their
   * rows are then read by id. Throws WALK_EXHAUSTED after searchTuning.walkBudget rows.
   */
  function listFrom(db: Db, input: ListInput, built: { where: string[]; params: unknown[] }, walkGlobs: readonly string[] | null, cols: Columns): Page<Row> {
    const sort = input.sort ?? config.defaultSort;
    const expr = config.sorts[sort.field];
    if (!expr) throw new AppError('VALIDATION', { vi: `Không sắp xếp được theo ${sort.field}.`, en: `Cannot sort by ${sort.field}.` });
    const asc = sort.dir === 'asc';
    const dir = asc ? 'ASC' : 'DESC';
    // The page size is written into the SQL (see limitSql): one statement per page size, so the
    // continuation across the NULL boundary reads a whole page and keeps what it needs.
    // Each row comes back as its array (statements.ts, rowReader), the sort key last.
    const walk = (globs: readonly string[], extra: string | null, extraParams: unknown[], limit: number) => {
      const where = extra ? [...built.where, extra] : built.where;
      const key = `walk\u0000${where.join(' AND ')}\u0000${expr}\u0000${dir}\u0000${globs.length}`;
      let sql = listSql.get(key);
      if (sql === undefined) {
        sql = `SELECT t.id, ${textHolds(globs)} FROM "${tableName}" t${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY ${expr} ${dir}, t.id ${dir}`;
        listSql.set(key, sql);
      }
      const ids: string[] = [];
      let read = 0;
      for (const [id, holds] of statement(db, sql).raw(true).iterate(...globs, ...built.params, ...extraParams) as Iterable<[string, number]>) {
        if (holds && ids.push(id) >= limit) break;
        if (++read >= searchTuning.walkBudget) throw WALK_EXHAUSTED;
      }
      if (ids.length === 0) return [];
      const byIdKey = `ids\u0000${cols.tag}\u0000${expr}\u0000${dir}`;
      let byId = listSql.get(byIdKey);
      if (byId === undefined) {
        byId = `SELECT ${cols.select}, (${expr}) AS "__sortKey" ${fromJoined} WHERE t.id IN (SELECT value FROM json_each(?)) ORDER BY ${expr} ${dir}, t.id ${dir}`;
        listSql.set(byIdKey, byId);
      }
      reader = rowReader<Row>(db, byId, cols.shape);
      return reader.stmt.all(JSON.stringify(ids)) as unknown[][];
    };
    const run = (extra: string | null, extraParams: unknown[], limit: number) => {
      if (walkGlobs) return walk(walkGlobs, extra, extraParams, limit);
      const where = extra ? [...built.where, extra] : built.where;
      // The SQL of this shape of list (its conditions, sort and page size), built once.
      const key = `${cols.tag}\u0000${where.join(' AND ')}\u0000${expr}\u0000${dir}\u0000${limit}`;
      let sql = listSql.get(key);
      if (sql === undefined) {
        sql = `SELECT ${cols.select}, (${expr}) AS "__sortKey" ${fromJoined}${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY ${expr} ${dir}, t.id ${dir} ${limitSql(limit)}`;
        listSql.set(key, sql);
      }
      reader = rowReader<Row>(db, sql, cols.shape);
      return reader.stmt.all(...built.params, ...extraParams) as unknown[][];
    };
    let reader: ReturnType<typeof rowReader<Row>> | undefined;
    const want = input.limit + 1;
    let raw: unknown[][];
    if (!input.cursor) {
      raw = run(null, [], want);
    } else {
      // Keyset paging as row values, which the sort's index can seek to. SQLite puts NULL
      // first ascending and last descending; the page continues across that boundary in two
      // steps, each an index range.
      const [value, lastId] = decodeCursor(input.cursor);
      if (value === null && asc) {
        raw = run(`(${expr}) IS NULL AND t.id > ?`, [lastId], want);
        if (raw.length < want) raw = raw.concat(run(`(${expr}) IS NOT NULL`, [], want).slice(0, want - raw.length));
      } else if (value === null) {
        raw = run(`(${expr}) IS NULL AND t.id < ?`, [lastId], want);
      } else if (asc) {
        raw = run(`((${expr}), t.id) > (?, ?)`, [value, lastId], want);
      } else {
        raw = run(`((${expr}), t.id) < (?, ?)`, [value, lastId], want);
        if (raw.length < want) raw = raw.concat(run(`(${expr}) IS NULL`, [], want).slice(0, want - raw.length));
      }
    }
    const more = raw.length > input.limit;
    const page = more ? raw.slice(0, input.limit) : raw;
    // Every statement of one list has the same columns (the select list, then the sort key).
    const items = reader ? page.map(reader.make) : [];
    const lastKey = page.length ? page[page.length - 1]![cols.count] : null;
    const nextCursor = more ? encodeCursor(lastKey, items[items.length - 1]!.id) : null;
    return { items, nextCursor };
  }

  return {
    config,
    tableName,
    get,
    find,
    findWith,
    list: (db, input) => listAs(db, input, FULL),
    listIds: (db, input) => listAs(db, input, IDS) as Page<{ id: string }>,
    count,
    create,
    update,
    remove,
    restore,
  };
}
