// Records every statement the app prepares on a connection, with the parameters of each call,
// and explains any of them: the plan tests check what the app itself runs, not a copy of its SQL.
import type { Database, Statement } from 'better-sqlite3';

export interface Captured {
  sql: string;
  params: unknown[];
}

export interface StatementCapture {
  /** The calls since the last clear(), in order. */
  readonly captured: Captured[];
  clear(): void;
  /** EXPLAIN QUERY PLAN of a captured call, one line per step. */
  explain(c: Captured): string[];
}

export function captureStatements(db: Database): StatementCapture {
  const prepare = db.prepare.bind(db);
  const captured: Captured[] = [];
  (db as unknown as { prepare: (sql: string) => Statement }).prepare = (sql: string) => {
    const stmt = prepare(sql);
    const proxy: Statement = new Proxy(stmt, {
      get(target, prop) {
        const value = Reflect.get(target, prop, target) as unknown;
        if (typeof value !== 'function') return value;
        if (prop === 'all' || prop === 'get' || prop === 'iterate') {
          return (...args: unknown[]) => {
            captured.push({ sql, params: args });
            return (value as (...a: unknown[]) => unknown).apply(target, args);
          };
        }
        // raw(), pluck()… return the statement itself: keep recording its calls.
        return (...args: unknown[]) => {
          const out = (value as (...a: unknown[]) => unknown).apply(target, args);
          return out === target ? proxy : out;
        };
      },
    });
    return proxy;
  };
  return {
    captured,
    clear: () => {
      captured.length = 0;
    },
    explain: (c) => (prepare(`EXPLAIN QUERY PLAN ${c.sql}`).all(...(c.params as [])) as Array<{ detail: string }>).map((r) => r.detail),
  };
}
