// The app's own local temporary folder (never the share): a job worker writes its file there,
// and the main thread copies it to the export folder. Removed whatever happens.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Db } from '../../db/open';
import { localError } from './fsErrors';
import type { DbSource } from './worker/protocol';

/** Runs `fn` with a fresh local folder, and removes the folder and everything in it afterwards. */
export async function withTempDir<T>(tempRoot: string | undefined, fn: (dir: string) => Promise<T>): Promise<T> {
  const root = tempRoot ?? tmpdir();
  let dir: string;
  try {
    dir = await mkdtemp(path.join(root, 'asoen-'));
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
