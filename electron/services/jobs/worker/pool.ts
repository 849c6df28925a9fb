// The main thread's side of the job workers: a small pool of worker threads, each running one
// task at a time on its own connection, so the thread that answers the screens only posts a
// message and later copies a finished local file. A thread and its libraries take about half a
// second to start, so the app starts one as soon as its database is open (`prewarm`), and one
// idle worker is kept for as long as the app runs: the officer's first briefing of the day does
// not wait for it. Further idle workers are kept a little while. Idle workers never keep the
// process alive.
//
// Where the worker's code is: in the Electron build, `jobs-worker.cjs` beside the bundled main
// process (scripts/build-electron.mjs makes both); from source (vitest, `npm run web` under tsx),
// `entry.ts` beside this file, loaded through tsx's loader registered in the new thread.
import { Worker } from 'node:worker_threads';
import { AppError } from '../../../../db/errors';
import { cancelledError } from '../jobs';
import type { DbSource, FromWorker, Task, TaskResult, ToWorker, WireError } from './protocol';

/** How long a cancelled task may take to reach its next step before its thread is stopped. */
const CANCEL_GRACE_MS = 3000;
/** How long an idle worker beyond the first is kept for the next job. */
const IDLE_MS = 60_000;
const MAX_IDLE = 2;

export interface RunOptions {
  /** The Electron build of better-sqlite3's addon (the worker loads its own copy). */
  nativeBinding?: string;
  onProgress?: (stage: string, fraction: number) => void;
  signal?: AbortSignal;
}

/** An error a worker reported that is not one of the app's own (an errno, a bug). */
export class WorkerError extends Error {
  readonly code: string | undefined;
  constructor(message: string, code?: string, stack?: string) {
    super(message);
    this.name = 'WorkerError';
    this.code = code;
    if (stack) this.stack = stack;
  }
}

function fromWire(error: WireError): Error {
  if (error.app) return new AppError(error.code, error.messages, error.details);
  return new WorkerError(error.message, error.code, error.stack);
}

/** The script of a job worker and how to start it. */
export function workerScript(): { script: string | URL; eval: boolean } {
  if (scriptOverride) return { script: scriptOverride, eval: false };
  const here = import.meta.url;
  if (here.endsWith('.cjs')) return { script: new URL('./jobs-worker.cjs', here), eval: false };
  // From source: the new thread registers tsx's loader, then loads the TypeScript entry.
  const entry = new URL('./entry.ts', here).href;
  const tsx = import.meta.resolve('tsx/esm/api');
  return { script: `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`, eval: true };
}

let scriptOverride: URL | null = null;

/**
 * Runs the job workers from a built `jobs-worker.cjs` (scripts/build-electron.mjs) instead of the
 * TypeScript sources: the benchmark measures the jobs on the worker the desktop app ships. Null
 * goes back to the default.
 */
export function useWorkerScript(script: URL | null): void {
  scriptOverride = script;
}

interface Pending {
  id: number;
  resolve: (result: TaskResult) => void;
  reject: (err: Error) => void;
  onProgress?: (stage: string, fraction: number) => void;
  cancelTimer?: NodeJS.Timeout;
}

class PooledWorker {
  readonly worker: Worker;
  pending: Pending | null = null;
  idleTimer: NodeJS.Timeout | null = null;
  dead = false;

  constructor(private readonly pool: WorkerPool) {
    const { script, eval: isEval } = workerScript();
    this.worker = new Worker(script, { eval: isEval, ...(isEval ? { execArgv: [] } : {}) });
    this.worker.on('message', (message: FromWorker) => this.onMessage(message));
    this.worker.on('error', (err) => this.die(new WorkerError(`The job worker failed: ${err.message}`, (err as { code?: string }).code, err.stack)));
    this.worker.on('exit', (code) => this.die(new WorkerError(`The job worker stopped (exit code ${code}).`)));
  }

  post(message: ToWorker): void {
    this.worker.postMessage(message);
  }

  private onMessage(message: FromWorker): void {
    const p = this.pending;
    if (!p || message.id !== p.id) return;
    if (message.type === 'progress') {
      p.onProgress?.(message.stage, message.fraction);
      return;
    }
    this.finish();
    if (message.type === 'done') p.resolve(message.result);
    else p.reject(fromWire(message.error));
  }

  /** The task has ended: the worker is free again. */
  private finish(): void {
    const p = this.pending;
    if (p?.cancelTimer) clearTimeout(p.cancelTimer);
    this.pending = null;
    this.pool.release(this);
  }

  die(err: Error): void {
    if (this.dead) return;
    this.dead = true;
    const p = this.pending;
    this.pending = null;
    if (p?.cancelTimer) clearTimeout(p.cancelTimer);
    this.pool.forget(this);
    p?.reject(err);
  }

  /** Stops the thread now: the cancel did not reach the task in time (a long step of SQLite). */
  stop(reason: Error): void {
    this.die(reason);
    void this.worker.terminate();
  }
}

export class WorkerPool {
  private readonly idle: PooledWorker[] = [];
  private readonly all = new Set<PooledWorker>();
  private seq = 0;

  /** Runs `task` on a worker; resolves with its result, rejects with its error (an AppError stays one). */
  run<T extends TaskResult>(task: Task, source: DbSource, options: RunOptions = {}): Promise<T> {
    if (options.signal?.aborted) return Promise.reject(cancelledError());
    const w = this.take();
    const id = ++this.seq;
    return new Promise<T>((resolve, reject) => {
      const pending: Pending = { id, resolve: resolve as (r: TaskResult) => void, reject, ...(options.onProgress ? { onProgress: options.onProgress } : {}) };
      w.pending = pending;
      const onAbort = () => {
        if (w.pending !== pending) return;
        w.post({ type: 'cancel', id });
        pending.cancelTimer = setTimeout(() => {
          if (w.pending === pending) w.stop(cancelledError());
        }, CANCEL_GRACE_MS);
      };
      options.signal?.addEventListener('abort', onAbort, { once: true });
      const done = () => options.signal?.removeEventListener('abort', onAbort);
      pending.resolve = (r) => {
        done();
        resolve(r as T);
      };
      pending.reject = (e) => {
        done();
        reject(e);
      };
      w.post({ type: 'run', id, task, source, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) });
    });
  }

  /**
   * Starts a worker now, unless one is idle, so that the next job does not wait for a thread and
   * its libraries. Called once the app's database is open.
   */
  prewarm(): void {
    if (this.idle.length > 0) return;
    const w = new PooledWorker(this);
    this.all.add(w);
    w.post({ type: 'warm' });
    this.release(w);
  }

  private take(): PooledWorker {
    const w = this.idle.pop() ?? new PooledWorker(this);
    if (w.idleTimer) clearTimeout(w.idleTimer);
    w.idleTimer = null;
    this.all.add(w);
    // A running task keeps the process alive (an orderly shutdown waits for it); an idle worker does not.
    w.worker.ref();
    return w;
  }

  release(w: PooledWorker): void {
    if (w.dead) return;
    w.worker.unref();
    if (this.idle.length >= MAX_IDLE) {
      this.forget(w);
      void w.worker.terminate();
      return;
    }
    this.idle.push(w);
    // The first idle worker stays for the next job; the others go after a while.
    if (this.idle.length === 1) return;
    w.idleTimer = setTimeout(() => {
      this.forget(w);
      void w.worker.terminate();
    }, IDLE_MS);
    w.idleTimer.unref();
  }

  forget(w: PooledWorker): void {
    w.dead = true;
    this.all.delete(w);
    const i = this.idle.indexOf(w);
    if (i >= 0) this.idle.splice(i, 1);
    if (w.idleTimer) clearTimeout(w.idleTimer);
    // The first idle worker is the one kept: if it was this one, the next in line stays instead.
    const first = this.idle[0];
    if (first?.idleTimer) {
      clearTimeout(first.idleTimer);
      first.idleTimer = null;
    }
  }

  /** Workers alive now (running or idle). */
  get size(): number {
    return this.all.size;
  }

  /** Stops every worker (running tasks fail). */
  async close(): Promise<void> {
    const workers = [...this.all];
    for (const w of workers) w.die(new WorkerError('The job workers were stopped.'));
    await Promise.all(workers.map((w) => w.worker.terminate()));
  }
}


