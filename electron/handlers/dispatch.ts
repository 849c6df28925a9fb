import { AppError } from '../../db/errors';
import { methods, type ApiError, type Envelope, type MethodName } from '../contract';
import type { HandlerContext, HandlerMap } from './context';
import { validationError } from './errors';
import { handlers as defaultHandlers } from './index';

export type Dispatch = (method: string, input: unknown) => Envelope<unknown>;

export interface DispatcherOptions {
  handlers?: HandlerMap;
  /** Where unexpected errors are reported (the user sees a generic INTERNAL message). */
  log?: (message: string, error: unknown) => void;
}

function fromAppError(err: AppError): ApiError {
  const out: ApiError = { code: err.code, message: err.messages };
  const issues = (err as { issues?: ApiError['issues'] }).issues;
  if (issues) out.issues = issues;
  if (err.details !== undefined) out.details = err.details;
  return out;
}

/** SQLite's own refusals, in words a user can act on. */
function fromSqlite(err: { code?: string; message?: string }): ApiError | null {
  const code = err.code ?? '';
  if (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
    return {
      code: 'CONSTRAINT',
      message: { vi: 'Đã có một bản ghi với cùng mã hoặc cùng nội dung định danh. Hãy dùng mã khác.', en: 'A record with the same code or identity already exists. Use another code.' },
    };
  }
  if (code === 'SQLITE_CONSTRAINT_FOREIGNKEY') {
    return {
      code: 'CONSTRAINT',
      message: { vi: 'Bản ghi tham chiếu tới một mục không tồn tại.', en: 'The record refers to an item that does not exist.' },
    };
  }
  if (code.startsWith('SQLITE_CONSTRAINT')) {
    return {
      code: 'CONSTRAINT',
      message: { vi: 'Dữ liệu vi phạm một ràng buộc của cơ sở dữ liệu và không được lưu.', en: 'The data breaks a rule of the database and was not saved.' },
      details: { sqlite: code },
    };
  }
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') {
    return {
      code: 'INTERNAL',
      message: { vi: 'Cơ sở dữ liệu đang bận. Hãy thử lại sau giây lát; không có gì bị thay đổi.', en: 'The database is busy. Try again in a moment; nothing was changed.' },
    };
  }
  if (code === 'SQLITE_FULL') {
    return {
      code: 'INTERNAL',
      message: { vi: 'Ổ đĩa đã đầy nên không lưu được. Không có gì bị thay đổi; hãy giải phóng dung lượng rồi thử lại.', en: 'The disk is full, so nothing could be saved. Nothing was changed; free some space and try again.' },
    };
  }
  if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') {
    return {
      code: 'INTERNAL',
      message: { vi: 'Tệp dữ liệu bị hỏng. Hãy khôi phục từ bản sao lưu gần nhất.', en: 'The data file is damaged. Restore it from the latest backup.' },
    };
  }
  return null;
}

/** What the user is told when something unexpected fails: nothing changed, try again. */
export const INTERNAL: ApiError = {
  code: 'INTERNAL',
  message: { vi: 'Đã xảy ra lỗi ngoài dự kiến; không có gì bị thay đổi. Hãy thử lại.', en: 'Something unexpected went wrong; nothing was changed. Try again.' },
};

/**
 * The one entry point of every transport: validate the input against the contract, run the
 * handler in one transaction, check the output, and answer with an envelope, never a throw.
 */
export function createDispatcher(ctx: HandlerContext, options: DispatcherOptions = {}): Dispatch {
  const handlers = options.handlers ?? defaultHandlers;
  const log = options.log ?? ((message, error) => console.error(message, error));
  // One transaction wrapper for every call (better-sqlite3 builds four variants per wrapper:
  // made once per connection, not on each call of the screens' hot paths).
  const wrap = (db: HandlerContext['db']) => db.transaction((handler: (c: HandlerContext, i: unknown) => unknown, input: unknown) => handler(ctx, input));
  // A read method runs with the connection read-only (query_only): a handler that would write
  // by mistake fails instead of writing outside the change log's rules.
  // (A flag pragma takes effect when it is prepared, not when a prepared statement runs again:
  // it is executed afresh each time, about a microsecond for the pair.)
  const readOnly = (db: HandlerContext['db']) => {
    return <T>(run: () => T): T => {
      db.exec('PRAGMA query_only = 1');
      try {
        return run();
      } finally {
        db.exec('PRAGMA query_only = 0');
      }
    };
  };
  let boundTo = ctx.db;
  let inTransaction = wrap(boundTo);
  let reading = readOnly(boundTo);
  return (method, rawInput) => {
    if (ctx.db !== boundTo) {
      inTransaction = wrap((boundTo = ctx.db));
      reading = readOnly(boundTo);
    }
    if (typeof method !== 'string' || !Object.hasOwn(methods, method)) {
      return {
        ok: false,
        error: { code: 'NOT_FOUND', message: { vi: `Không có chức năng "${String(method)}".`, en: `There is no method "${String(method)}".` } },
      };
    }
    const name = method as MethodName;
    const def = methods[name];
    const parsed = def.input.safeParse(rawInput === undefined ? {} : rawInput);
    if (!parsed.success) return { ok: false, error: fromAppError(validationError(parsed.error)) };
    try {
      const handler = handlers[name] as (c: HandlerContext, i: unknown) => unknown;
      const value = def.kind === 'write' ? inTransaction.immediate(handler, parsed.data) : reading(() => inTransaction.deferred(handler, parsed.data));
      // The log's pages go into the database file on a worker once the desk is quiet (checkpoints.ts).
      if (def.kind === 'write') ctx.services.checkpoints.noteWrite();
      const checked = def.output.safeParse(value);
      if (!checked.success) {
        log(`Output of ${name} does not match the contract`, checked.error);
        return { ok: false, error: INTERNAL };
      }
      return { ok: true, value: checked.data };
    } catch (err) {
      if (err instanceof AppError) return { ok: false, error: fromAppError(err) };
      const sqlite = fromSqlite(err as { code?: string });
      if (sqlite) return { ok: false, error: sqlite };
      log(`Method ${name} failed`, err);
      return { ok: false, error: INTERNAL };
    }
  };
}
