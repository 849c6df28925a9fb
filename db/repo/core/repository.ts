// The one generic repository behind every entity: create, read, list with keyset paging,
// update with optimistic concurrency, and tombstone deletion. Every write appends to the
// change log and refreshes the search index in the caller's transaction. Column names come
// from the drizzle schema, so SQL and schema cannot drift apart; statements are prepared once
// per connection because these are the hot paths of every screen.
import type { ChangeOrigin } from '../../../common/enums';
import type { InferSelectModel } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { EntityName } from '../../../common/enums';
import type { Messages } from '../../errors';
import type { Db } from '../../open';
import type { SearchDocInput } from '../search';
import { entityShape } from './entityShape';
import { readsOf } from './reads';
import { writesOf } from './writes';

export interface WriteContext {
  /** ISO instant of this write. */
  now: string;
  deviceId: string;
  /** The officer and laptop names this laptop gave in Settings (recorded with each change). */
  officerName?: string | null;
  deviceName?: string | null;
  /** Set by the app's own seeding of reference data: not an officer's change. */
  origin?: ChangeOrigin;
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

export interface Computed<V = unknown> {
  /** An SQL expression over the entity's table aliased `t`. */
  sql: string;
  json?: boolean;
  /** The value's type (never set: it types the rows). */
  readonly __value?: V;
}

/** A computed field of the type `V`: `computed<string | null>('lead.code')`. */
export function computed<V>(sql: string, options: { json?: boolean } = {}): Computed<V> {
  return options.json ? { sql, json: true } : { sql };
}

type Bookkeeping = 'id' | 'createdAt' | 'updatedAt' | 'version' | 'deletedAt';

/**
 * The row of an entity, derived from its drizzle table: the bookkeeping columns and the chosen
 * fields with the column types drizzle infers (enums as unions, JSON columns as their $type),
 * and the computed fields with the types they declare.
 */
export type RowOf<T extends SQLiteTable, F extends string, C extends Record<string, Computed>> = {
  [K in Exclude<Bookkeeping | F, keyof C> & keyof InferSelectModel<T>]: InferSelectModel<T>[K];
} & { [K in keyof C]: C[K] extends Computed<infer V> ? V : never };

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

export interface EntityConfig<T extends SQLiteTable = SQLiteTable, F extends string = string, C extends Record<string, Computed> = Record<string, Computed>> {
  entity: EntityName;
  table: T;
  /** What the user calls one of these, for messages: { vi: 'cuộc họp', en: 'meeting' }. */
  labels: Messages;
  /** Fields the user may set (camelCase, as in the schema), beyond the bookkeeping columns. */
  fields: readonly F[];
  computed?: C;
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
  search?: (db: Db, row: RowOf<T, F, C>) => SearchDocInput;
  /**
   * For a small kind without a search index (the countries, the pillars): the words a row is
   * found by in its list's search box (the pickers), checked in code by common/fold's
   * matchesSearch, the rule the index keeps for the other kinds.
   */
  pickerText?: (row: RowOf<T, F, C>) => string;
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

/** An entity's repository; `R` is its row (RowOf its table), the type every read and write returns. */
export interface Repository<R = Row> {
  readonly config: EntityConfig;
  readonly tableName: string;
  get(db: Db, id: string, options?: { includeDeleted?: boolean }): R;
  find(db: Db, id: string): R | undefined;
  /**
   * A record with more columns from tables joined to it (`t` is the record), in one statement:
   * for a screen that shows the record with its neighbours' names. The record comes back as
   * `row` (as find() returns it), the extra columns as `extra`, named as in `select`.
   */
  findWith<E = Record<string, unknown>>(db: Db, id: string, extra: { select: string; joins: string }): { row: R; extra: E } | undefined;
  list(db: Db, input: ListInput): Page<R>;
  /** The ids of a page of the list, in its order, with its cursor (an export reads its rows its own way). */
  listIds(db: Db, input: ListInput): Page<{ id: string }>;
  /** How many match; with `upTo`, counting stops there (a bounded read on a large desk). */
  count(db: Db, input: Pick<ListInput, 'filter' | 'q' | 'includeDeleted'>, upTo?: number): number;
  create(db: Db, ctx: WriteContext, values: Record<string, unknown>, options?: { id?: string }): R;
  update(db: Db, ctx: WriteContext, input: { id: string; version: number; changes: Record<string, unknown> }, validate?: (merged: Row) => void): R;
  remove(db: Db, ctx: WriteContext, input: { id: string; version: number }): R;
  /** Undoes a deletion (the tombstone is lifted; the log records it as an update of deletedAt). */
  restore(db: Db, ctx: WriteContext, input: { id: string; version: number }): R;
}

export { searchTuning, wordGlob } from './reads';

/** An entity's repository: its shape derived once from the configuration, its reads and its writes. */
export function defineRepository<T extends SQLiteTable, const F extends string, C extends Record<string, Computed> = Record<never, Computed>>(
  config: EntityConfig<T, F, C>,
): Repository<RowOf<T, F, C>> {
  // The machinery reads and writes generic rows; their type is the table's (RowOf), checked
  // against the contract where the handlers are assembled.
  const generic = config as unknown as EntityConfig;
  const shape = entityShape(generic);
  const reads = readsOf(shape);
  return { config: generic, tableName: shape.tableName, ...reads, ...writesOf(shape, reads) } as unknown as Repository<RowOf<T, F, C>>;
}
