import type { Statement } from 'better-sqlite3';
import type { Db } from '../../open';

// Prepared statements cached per connection: preparing is most of the cost of a small query.
const cache = new WeakMap<Db, Map<string, Statement>>();

export function statement(db: Db, sql: string): Statement {
  let perDb = cache.get(db);
  if (!perDb) {
    perDb = new Map();
    cache.set(db, perDb);
  }
  let stmt = perDb.get(sql);
  if (!stmt) {
    stmt = db.prepare(sql);
    perDb.set(sql, stmt);
  }
  return stmt;
}

/**
 * `LIMIT n` written into the SQL. A bound LIMIT (`LIMIT ?`) costs a re-preparation of the
 * statement on every run (SQLite's planner reads the bound value, ~30 µs each time: more than a
 * whole one-row query); n is an integer the contract has already bounded.
 */
export function limitSql(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`not a row count: ${n}`);
  return `LIMIT ${n}`;
}

export interface RowShape {
  /** Columns holding JSON text, parsed into values (a column that is not a string is left as it is). */
  json?: ReadonlySet<string>;
  /**
   * Split each row in two at this column: `{ row: <the columns before>, extra: <the columns from it on> }`
   * (a record and the names of its neighbours, read by one statement).
   */
  splitAt?: number;
}

export interface RowReader<T> {
  /** The statement, in raw mode: each row an array in the order of `columns`. */
  stmt: Statement;
  columns: readonly string[];
  /** The row's object: every column but those named `__…` (kept for the caller in the array). */
  make: (raw: unknown[]) => T;
  get(...params: unknown[]): T | undefined;
  all(...params: unknown[]): T[];
}

const readers = new WeakMap<Db, Map<string, RowReader<unknown>>>();

/**
 * The row objects of a statement, built by a function compiled once for its columns.
 * better-sqlite3 builds a row object column by column through the V8 API (each key looked up
 * by name), which costs more than the query itself on a page of 50 wide rows; an array per row
 * and one object literal per row cost a third of that, and give every row of the statement
 * the same fast shape (which the contract's output check then reads quickly; a row whose
 * property was deleted becomes a slow dictionary object). Same values as `.get()`/`.all()`:
 * a repeated column name keeps its last value, as it does there. One shape per SQL text.
 */
export function rowReader<T = Record<string, unknown>>(db: Db, sql: string, shape: RowShape = {}): RowReader<T> {
  let perDb = readers.get(db);
  if (!perDb) {
    perDb = new Map();
    readers.set(db, perDb);
  }
  let reader = perDb.get(sql) as RowReader<T> | undefined;
  if (!reader) {
    const stmt = db.prepare(sql);
    stmt.raw(true); // (on the prepared object itself: raw() returns the unwrapped statement)
    const columns = stmt.columns().map((c) => c.name);
    const make = compileRow<T>(columns, shape);
    reader = {
      stmt,
      columns,
      make,
      get: (...params) => {
        const raw = stmt.get(...params) as unknown[] | undefined;
        return raw === undefined ? undefined : make(raw);
      },
      all: (...params) => (stmt.all(...params) as unknown[][]).map(make),
    };
    perDb.set(sql, reader as RowReader<unknown>);
  }
  return reader;
}

/** `(r) => ({ "id": r[0], "title": r[1], … })` for these columns (names are JSON-quoted into the source). */
export function compileRow<T>(columns: readonly string[], shape: RowShape = {}): (raw: unknown[]) => T {
  const json = shape.json ?? new Set<string>();
  const value = (i: number) => (json.has(columns[i]!) ? `(typeof r[${i}] === 'string' ? JSON.parse(r[${i}]) : r[${i}])` : `r[${i}]`);
  const object = (from: number, to: number) => {
    const props: string[] = [];
    for (let i = from; i < to; i++) if (!columns[i]!.startsWith('__')) props.push(`${JSON.stringify(columns[i])}: ${value(i)}`);
    return `{ ${props.join(', ')} }`;
  };
  const body = shape.splitAt === undefined ? object(0, columns.length) : `{ row: ${object(0, shape.splitAt)}, extra: ${object(shape.splitAt, columns.length)} }`;
  return new Function('r', `'use strict'; return ${body};`) as (raw: unknown[]) => T;
}
