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
import { workerPool } from './worker/pool';
import type { CheckpointResult } from './worker/protocol';

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

interface Checkpointer {
  status: CheckpointStatus;
  timer: NodeJS.Timeout | null;
  running: Promise<void> | null;
  /** A write came while a checkpoint ran: run another once it ends. */
  again: boolean;
  quietMs: number;
  nativeBinding: string | undefined;
}

const checkpointers = new WeakMap<Db, Checkpointer>();

/**
 * Leaves the checkpoints of `db` (a database file in WAL mode, the app's main connection) to the
 * job workers. Does nothing for an in-memory database or one not in WAL mode.
 */
export function startCheckpoints(db: Db, options: { quietMs?: number; nativeBinding?: string | undefined } = {}): void {
  if (db.memory || checkpointers.has(db)) return;
  if (String(db.pragma('journal_mode', { simple: true })).toLowerCase() !== 'wal') return;
  db.pragma(`wal_autocheckpoint = ${BACKSTOP_PAGES}`);
  checkpointers.set(db, {
    status: { runs: 0, failures: 0, last: null, times: [] },
    timer: null,
    running: null,
    again: false,
    quietMs: options.quietMs ?? QUIET_MS,
    nativeBinding: options.nativeBinding,
  });
}

/** Called after each write to `db`: a checkpoint follows once the desk is quiet (none if checkpoints were not started). */
export function noteWrite(db: Db): void {
  const c = checkpointers.get(db);
  if (!c) return;
  if (c.running) {
    c.again = true;
    return;
  }
  if (c.timer) clearTimeout(c.timer);
  c.timer = setTimeout(() => run(db, c), c.quietMs);
  // A pending checkpoint never keeps the process alive: closing the connection checkpoints anyway.
  c.timer.unref();
}

function run(db: Db, c: Checkpointer): void {
  c.timer = null;
  if (!db.open) return;
  c.again = false;
  c.running = (async () => {
    try {
      const r = await workerPool().run<CheckpointResult>({ kind: 'checkpoint' }, { file: db.name }, c.nativeBinding ? { nativeBinding: c.nativeBinding } : {});
      c.status.last = r;
      c.status.times.push(r.ms);
      if (c.status.times.length > 200) c.status.times.shift();
    } catch (err) {
      c.status.failures++;
      console.error('A checkpoint of the data file failed; its pages stay in the log until the next one', err);
    }
    c.status.runs++;
  })().finally(() => {
    c.running = null;
    if (c.again) noteWrite(db);
  });
}

export function checkpointStatus(db: Db): CheckpointStatus | null {
  const c = checkpointers.get(db);
  return c ? { ...c.status, times: [...c.status.times] } : null;
}

/** Resolves when no checkpoint is pending or running (tests, the bench, an orderly shutdown). */
export async function checkpointsIdle(db: Db): Promise<void> {
  const c = checkpointers.get(db);
  if (!c) return;
  for (;;) {
    if (c.timer) {
      clearTimeout(c.timer);
      run(db, c);
    }
    if (!c.running) return;
    await c.running;
  }
}

/** Stops scheduling checkpoints for `db` (before it closes). */
export function stopCheckpoints(db: Db): void {
  const c = checkpointers.get(db);
  if (c?.timer) clearTimeout(c.timer);
  checkpointers.delete(db);
}
