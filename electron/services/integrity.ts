// The integrity check of the live database (PRAGMA quick_check): started once the app has
// opened (never in the way of start-up) on a job worker with its own connection, so even a
// minute-long check of a large file leaves the screens answering. Its outcome is kept for the
// running app and shown in Settings; Settings can start it again.
import type { Db } from '../../db/open';
import { AppError } from '../../db/errors';
import { databaseSource } from './files/localTemp';
import type { WorkerPool } from './jobs/worker/pool';
import type { QuickCheckResult } from './jobs/worker/protocol';

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

const COULD_NOT_RUN = {
  vi: 'Không chạy được việc kiểm tra tệp dữ liệu do một lỗi ngoài dự kiến; việc này không nói gì về dữ liệu, và dữ liệu không bị thay đổi. Hãy thử lại.',
  en: 'The check of the data file could not run because of an unexpected error; this says nothing about the data, which has not been changed. Try again.',
};

const NEVER: IntegrityStatus = { state: 'never', startedAt: null, finishedAt: null, ok: null, problems: [], ms: null, error: null };

/** The integrity check of one database in this run of the app, on the desk's job workers. */
export class IntegrityCheck {
  private current: IntegrityStatus = { ...NEVER };
  private done: Promise<IntegrityStatus> | null = null;
  private stopped = false;

  constructor(
    private readonly db: Db,
    private readonly workers: WorkerPool,
    private readonly options: { now: () => Date; nativeBinding?: string | undefined },
  ) {}

  /** The latest check (or 'never'). */
  status(): IntegrityStatus {
    return { ...this.current };
  }

  /** Starts a check unless one is running; answers at once with its status. */
  start(): IntegrityStatus {
    if (this.current.state === 'running') return this.status();
    const { now, nativeBinding } = this.options;
    const status: IntegrityStatus = { ...NEVER, state: 'running', startedAt: now().toISOString() };
    this.current = status;
    this.done = (async () => {
      try {
        const r = await this.workers.run<QuickCheckResult>({ kind: 'quickCheck' }, databaseSource(this.db), nativeBinding ? { nativeBinding } : {});
        Object.assign(status, { state: 'done', ok: r.ok, problems: r.problems, ms: r.ms });
      } catch (err) {
        // A check cut short by the app's stop says nothing, and is not worth a report.
        if (!this.stopped) console.error('The integrity check could not run', err);
        Object.assign(status, { state: 'failed', error: err instanceof AppError ? err.messages : COULD_NOT_RUN });
      }
      status.finishedAt = now().toISOString();
      return { ...status };
    })();
    return this.status();
  }

  /** The desk is stopping: a check still running is abandoned (its worker stops with the pool). */
  stop(): void {
    this.stopped = true;
  }

  /** Resolves when the running check (if any) has ended. */
  async idle(): Promise<IntegrityStatus> {
    if (this.done) await this.done;
    return this.status();
  }
}
