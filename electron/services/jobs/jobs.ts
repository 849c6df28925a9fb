// Long exports run as jobs so that the request that starts one answers at once (the dispatcher
// is synchronous) and the screens keep working: `start` returns a job id, `status` polls its
// stage and progress, `cancel` aborts it between steps (the temporary file is removed; the old
// file is untouched). One registry per database connection, i.e. per running app.
import type { BackupFullReason } from '../../../common/enums';
import { AppError } from '../../../db/errors';

export const JOB_STATES = ['running', 'done', 'failed', 'cancelled'] as const;
export type JobState = (typeof JOB_STATES)[number];

export interface JobResult {
  file: string;
  fileName: string;
  folder: string;
  bytes: number;
  sha256: string | null;
  exportId: string;
  /** The target was held open, so the file went under a versioned name ('… (2).xlsx'). */
  versioned: boolean;
  /** A backup: full (and why), or only the changes since the folder's last backup. */
  backup?: {
    mode: 'full' | 'changes';
    reason: BackupFullReason | null;
    rows?: number;
    keys?: number;
    base?: string;
  };
}

export interface JobError {
  code: AppError['code'];
  message: { vi: string; en: string };
  details?: unknown;
}

export interface JobView {
  jobId: string;
  exportId: string;
  kind: string;
  state: JobState;
  stage: string;
  /** 0…1. */
  progress: number;
  startedAt: string;
  finishedAt: string | null;
  result: JobResult | null;
  error: JobError | null;
}

export interface JobControl {
  signal: AbortSignal;
  progress(stage: string, fraction: number): void;
  /** Throws the cancellation error if the user cancelled. */
  checkpoint(): void;
}

interface Job {
  view: JobView;
  controller: AbortController;
  done: Promise<JobView>;
}

const MAX_KEPT = 50;

export function cancelledError(): AppError {
  return new AppError('CONFLICT', { vi: 'Đã hủy theo yêu cầu; không có tệp nào được ghi.', en: 'Cancelled as requested; no file was written.' }, { kind: 'cancelled' });
}

export function isCancelled(err: unknown): boolean {
  return err instanceof AppError && (err.details as { kind?: string } | undefined)?.kind === 'cancelled';
}

export function toJobError(err: unknown): JobError {
  if (err instanceof AppError) return { code: err.code, message: err.messages, ...(err.details !== undefined ? { details: err.details } : {}) };
  return { code: 'INTERNAL', message: { vi: 'Đã xảy ra lỗi ngoài dự kiến khi xuất tệp; dữ liệu không bị thay đổi. Hãy thử lại.', en: 'Something unexpected went wrong while exporting; the data has not been changed. Try again.' } };
}

export class JobRegistry {
  private readonly jobs = new Map<string, Job>();
  private seq = 0;

  constructor(private readonly now: () => Date = () => new Date()) {}

  /**
   * Starts `work` on a later turn of the event loop (never inside the caller's transaction) and
   * calls `settle` with the outcome once it ends, whatever it was.
   */
  start(kind: string, exportId: string, work: (c: JobControl) => Promise<JobResult>, settle: (view: JobView) => void): JobView {
    const jobId = `job-${Date.now().toString(36)}-${(++this.seq).toString(36)}`;
    const controller = new AbortController();
    const view: JobView = { jobId, exportId, kind, state: 'running', stage: 'queued', progress: 0, startedAt: this.now().toISOString(), finishedAt: null, result: null, error: null };
    const control: JobControl = {
      signal: controller.signal,
      progress(stage, fraction) {
        view.stage = stage;
        view.progress = Math.max(view.progress, Math.min(1, fraction));
      },
      checkpoint() {
        if (controller.signal.aborted) throw cancelledError();
      },
    };
    const done = (async () => {
      await new Promise<void>((resolve) => setImmediate(resolve));
      try {
        control.checkpoint();
        view.result = await work(control);
        view.state = 'done';
        view.stage = 'done';
        view.progress = 1;
      } catch (err) {
        // What the user is told is in the view; an unexpected failure is also kept for whoever looks into it.
        if (!(err instanceof AppError)) console.error(`The ${kind} job failed unexpectedly`, err);
        view.state = isCancelled(err) ? 'cancelled' : 'failed';
        view.stage = view.state;
        view.error = toJobError(err);
      }
      view.finishedAt = this.now().toISOString();
      try {
        settle(view);
      } catch (err) {
        console.error('Recording the export failed', err);
      }
      return view;
    })();
    this.jobs.set(jobId, { view, controller, done });
    this.prune();
    return { ...view };
  }

  get(jobId: string): JobView {
    const job = this.jobs.get(jobId);
    if (!job) throw new AppError('NOT_FOUND', { vi: 'Không tìm thấy tác vụ xuất tệp (có thể ứng dụng đã khởi động lại).', en: 'The export job was not found (the application may have restarted).' }, { jobId });
    return { ...job.view };
  }

  cancel(jobId: string): JobView {
    const job = this.jobs.get(jobId);
    if (!job) return this.get(jobId);
    if (job.view.state === 'running') job.controller.abort();
    return { ...job.view };
  }

  list(): JobView[] {
    return [...this.jobs.values()].map((j) => ({ ...j.view })).reverse();
  }

  /** Resolves when the job has ended and been recorded. */
  async wait(jobId: string): Promise<JobView> {
    const job = this.jobs.get(jobId);
    if (!job) return this.get(jobId);
    await job.done;
    return { ...job.view };
  }

  /** Asks every running job to stop (an app that quits); `idle()` then waits for them to end. */
  cancelAll(): void {
    for (const job of this.jobs.values()) if (job.view.state === 'running') job.controller.abort();
  }

  /** Resolves when every running job has ended (for an orderly shutdown). */
  async idle(): Promise<void> {
    await Promise.all([...this.jobs.values()].map((j) => j.done));
  }

  private prune(): void {
    const ended = [...this.jobs.entries()].filter(([, j]) => j.view.state !== 'running');
    for (const [id] of ended.slice(0, Math.max(0, this.jobs.size - MAX_KEPT))) this.jobs.delete(id);
  }
}

