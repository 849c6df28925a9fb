// The app's own local temporary folder (never the share): a job worker writes its file there,
// and the main thread copies it to the export folder. Removed whatever happens.
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Db } from '../../../db/open';
import { localError } from './fsErrors';
import type { DbSource } from '../jobs/worker/protocol';

/** The name of every job's local folder begins with this (so a sweep finds only the app's own). */
export const PREFIX = 'asoen-job-';

/** Runs `fn` with a fresh local folder, and removes the folder and everything in it afterwards. */
export async function withTempDir<T>(tempRoot: string | undefined, fn: (dir: string) => Promise<T>): Promise<T> {
  const root = tempRoot ?? tmpdir();
  let dir: string;
  try {
    // The owner's process id is in the name: a sweep removes only folders whose process is gone.
    dir = await mkdtemp(path.join(root, `${PREFIX}${process.pid}-`));
  } catch (err) {
    throw localError(root, err);
  }
  try {
    return await fn(dir);
  } finally {
    await rm(dir, { recursive: true, force: true, maxRetries: 3 });
  }
}

/**
 * What a job worker opens to read the app's database: its file (the worker opens its own
 * connection), or, for an in-memory database (tests), a copy of its bytes taken now.
 */
export function databaseSource(db: Db): DbSource {
  return db.memory ? { image: db.serialize() } : { file: db.name };
}

/** Whether a process with this id runs on this machine (signal 0 checks without signalling). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it runs, under another user.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the local folders of jobs that never finished: the app was closed or killed while a
 * job ran, so its `finally` never came. A folder is removed only when the process that made it
 * has ended (another copy of the app, or a test, may be running a job in it now): the folder's
 * age is no proof, since the clock may have moved. A folder of an older version, without its
 * owner's id, is removed once older than `olderThanMs`. Called once at start-up; never fails.
 */
export async function sweepStaleTempDirs(
  tempRoot: string = tmpdir(),
  olderThanMs = 24 * 3600_000,
  now = Date.now(),
  alive: (pid: number) => boolean = processAlive,
): Promise<string[]> {
  const removed: string[] = [];
  try {
    for (const name of await readdir(tempRoot)) {
      if (!name.startsWith(PREFIX)) continue;
      const dir = path.join(tempRoot, name);
      try {
        const owner = /^(\d+)-/.exec(name.slice(PREFIX.length));
        const st = await stat(dir);
        if (!st.isDirectory()) continue;
        const stale = owner ? Number(owner[1]) !== process.pid && !alive(Number(owner[1])) : now - st.mtimeMs > olderThanMs;
        if (stale) {
          await rm(dir, { recursive: true, force: true });
          removed.push(dir);
        }
      } catch {
        // Gone meanwhile, or not ours to remove: leave it.
      }
    }
  } catch {
    // No temporary folder to look in.
  }
  return removed;
}
