import type { Statement } from 'better-sqlite3';
import type { Db } from '../open';

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
