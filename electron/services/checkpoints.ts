// Checkpoints of the write-ahead log, off the thread that answers the screens.
//
// In WAL mode every commit appends its pages to the `-wal` file; a checkpoint copies them back
// into the database file and syncs it. SQLite's default runs that checkpoint inside the commit
// that takes the log past 1,000 pages: roughly one save in thirty then waits for it (on a 7.8 GB
// desk, the slowest of fifty saves took 2.5× the time of its hand-written floor). Here the app's
// connection leaves checkpoints to a job worker: after a write, once the desk has been quiet for
// a moment, a worker opens its own connection and runs a PASSIVE checkpoint, which neither
// waits for nor blocks the app's reads and writes. SQLite's own checkpoint stays as a backstop
// at a larger size (`BACKSTOP_PAGES`): should the worker fail, the log still cannot grow without
// bound. A failed checkpoint loses nothing: the pages stay in the log, which is part of the
// database, and the next one copies them.
import type { Db } from '../../db/open';
import type { WorkerPool } from './jobs/worker/pool';
import type { CheckpointResult } from './jobs/worker/protocol';

/** The log size (pages) at which the writing connection checkpoints itself after all (~40 MB). */
export const BACKSTOP_PAGES = 10_000;
/** How long after the last write the worker's checkpoint starts. */
export const QUIET_MS = 1000;

export interface CheckpointStatus {
  /** Checkpoints the workers have run (ended, either way). */
  runs: number;
  failures: number;
  /** The last one's outcome: pages in the log, and how many of them are now in the database file. */
  last: CheckpointResult | null;
  /** Milliseconds each ended checkpoint took on its worker (the newest 200). */
  times: number[];
}

/** The checkpoints of one database (the app's main connection), run by the desk's job workers. */
export class Checkpoints {
  private started = false;
  private readonly counts: CheckpointStatus = { runs: 0, failures: 0, last: null, times: [] };
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  /** A write came while a checkpoint ran: run another once it ends. */
  private again = false;
  private readonly quietMs: number;
  private readonly nativeBinding: string | undefined;

  constructor(
    private readonly db: Db,
    private readonly workers: WorkerPool,
    options: { quietMs?: number; nativeBinding?: string | undefined } = {},
  ) {
    this.quietMs = options.quietMs ?? QUIET_MS;
    this.nativeBinding = options.nativeBinding;
  }

  /**
   * Leaves the checkpoints to the job workers from now on. Does nothing for an in-memory
   * database or one not in WAL mode. Returns whether they were started.
   */
  start(): boolean {
    if (this.started) return true;
    if (this.db.memory || String(this.db.pragma('journal_mode', { simple: true })).toLowerCase() !== 'wal') return false;
    this.db.pragma(`wal_autocheckpoint = ${BACKSTOP_PAGES}`);
    this.started = true;
    return true;
  }

  /** Called after each write: a checkpoint follows once the desk is quiet (none until started). */
  noteWrite(): void {
    if (!this.started) return;
    if (this.running) {
      this.again = true;
      return;
    }
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.run(), this.quietMs);
    // A pending checkpoint never keeps the process alive: closing the connection checkpoints anyway.
    this.timer.unref();
  }

  private run(): void {
    this.timer = null;
    if (!this.db.open) return;
    this.again = false;
    this.running = (async () => {
      try {
        const r = await this.workers.run<CheckpointResult>({ kind: 'checkpoint' }, { file: this.db.name }, this.nativeBinding ? { nativeBinding: this.nativeBinding } : {});
        this.counts.last = r;
        this.counts.times.push(r.ms);
        if (this.counts.times.length > 200) this.counts.times.shift();
      } catch (err) {
        this.counts.failures++;
        console.error('A checkpoint of the data file failed; its pages stay in the log until the next one', err);
      }
      this.counts.runs++;
    })().finally(() => {
      this.running = null;
      if (this.again) this.noteWrite();
    });
  }

  /** What the checkpoints have done (null until started). */
  status(): CheckpointStatus | null {
    return this.started ? { ...this.counts, times: [...this.counts.times] } : null;
  }

  /** Resolves when no checkpoint is pending or running (tests, the bench, an orderly shutdown). */
  async idle(): Promise<void> {
    for (;;) {
      if (this.timer) {
        clearTimeout(this.timer);
        this.run();
      }
      if (!this.running) return;
      await this.running;
    }
  }

  /** Stops scheduling checkpoints (before the database closes). */
  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.started = false;
  }
}
