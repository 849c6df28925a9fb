// The integrity check of the live database (PRAGMA quick_check): started once the app has
// opened (never in the way of start-up) on a job worker with its own connection, so even a
// minute-long check of a large file leaves the screens answering. Its outcome is kept for the
// running app and shown in Settings; Settings can start it again.
import type { Db } from '../../db/open';
import { AppError } from '../../db/errors';
import { databaseSource } from './localTemp';
import { workerPool } from './worker/pool';
import type { QuickCheckResult } from './worker/protocol';

export interface IntegrityStatus {
  state: 'never' | 'running' | 'done' | 'failed';
  startedAt: string | null;
  finishedAt: string | null;
  /** Whether SQLite found the file sound (null until a check has ended). */
  ok: boolean | null;
  /** The first problems SQLite reported, as it wrote them (empty when sound). */
  problems: string[];
  ms: number | null;
  /** Why the check itself could not run (not a verdict on the data). */
  error: { vi: string; en: string } | null;
}

interface Check {
  status: IntegrityStatus;
  done: Promise<IntegrityStatus>;
}

const checks = new WeakMap<Db, Check>();

const COULD_NOT_RUN = {
  vi: 'Không chạy được việc kiểm tra tệp dữ liệu do một lỗi ngoài dự kiến; việc này không nói gì về dữ liệu, và dữ liệu không bị thay đổi. Hãy thử lại.',
  en: 'The check of the data file could not run because of an unexpected error; this says nothing about the data, which has not been changed. Try again.',
};

const NEVER: IntegrityStatus = { state: 'never', startedAt: null, finishedAt: null, ok: null, problems: [], ms: null, error: null };

/** The latest check of this database in this run of the app (or 'never'). */
export function integrityStatus(db: Db): IntegrityStatus {
  return { ...(checks.get(db)?.status ?? NEVER) };
}

/** Starts a check unless one is running; answers at once with its status. */
export function startIntegrityCheck(db: Db, options: { now?: () => Date; nativeBinding?: string | undefined } = {}): IntegrityStatus {
  const running = checks.get(db);
  if (running?.status.state === 'running') return integrityStatus(db);
  const now = options.now ?? (() => new Date());
  const status: IntegrityStatus = { ...NEVER, state: 'running', startedAt: now().toISOString() };
  const done = (async () => {
    try {
      const r = await workerPool().run<QuickCheckResult>({ kind: 'quickCheck' }, databaseSource(db), options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
      Object.assign(status, { state: 'done', ok: r.ok, problems: r.problems, ms: r.ms });
    } catch (err) {
      console.error('The integrity check could not run', err);
      Object.assign(status, { state: 'failed', error: err instanceof AppError ? err.messages : COULD_NOT_RUN });
    }
    status.finishedAt = now().toISOString();
    return { ...status };
  })();
  checks.set(db, { status, done });
  return integrityStatus(db);
}

/** Resolves when the running check (if any) has ended. */
export async function integrityIdle(db: Db): Promise<IntegrityStatus> {
  const c = checks.get(db);
  if (c) await c.done;
  return integrityStatus(db);
}
