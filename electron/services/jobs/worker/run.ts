// A job's task on a job worker, for one database: the job's cancel passed on, the worker's
// progress mapped into the job's, and a file-system error of the worker (which writes only into
// the local temporary folder) told as that folder's.
import type { Db } from '../../../../db/open';
import { classify, localError } from '../../files/fsErrors';
import type { JobControl } from '../jobs';
import { databaseSource } from '../../files/localTemp';
import { WorkerError, type WorkerPool } from './pool';
import type { DbSource, Task } from './protocol';

export interface RunInWorkerOptions {
  control: JobControl;
  /** The share of the job's progress this task covers. */
  from: number;
  to: number;
  /** The local temporary folder the task writes into. */
  localDir: string;
  /** The desk's job workers. */
  workers: WorkerPool;
  nativeBinding?: string | undefined;
  /** The database the task reads, when it is not the live one (a backup's local copy). */
  source?: DbSource;
}

export async function runInWorker<T>(db: Db, task: Task, options: RunInWorkerOptions): Promise<T> {
  const { control, from, to } = options;
  try {
    // Checking a backup file needs no copy of the live database.
    const source = options.source ?? (task.kind === 'inspectBackup' ? { none: true as const } : databaseSource(db));
    return (await options.workers.run(task, source, {
      signal: control.signal,
      onProgress: (stage, fraction) => control.progress(stage, from + (to - from) * fraction),
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    })) as T;
  } catch (err) {
    if (err instanceof WorkerError && err.code && classify(err.code) !== 'unknown') throw localError(options.localDir, err);
    throw err;
  }
}
