import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { assertLocalPath } from './paths';

export type Db = Database.Database;

export interface OpenOptions {
  readonly?: boolean;
  /** The Electron build of better-sqlite3's addon, so the Node copy keeps serving the tests. */
  nativeBinding?: string;
  /** Allow a database on a network path (tests of the refusal itself pass false). */
  allowNetworkPath?: boolean;
  /** An in-memory database made from this image (serialize()), instead of `file` (test templates). */
  image?: Buffer;
}

/** The connection settings every database of the app runs with; a test asserts each one. */
export const PRAGMAS = {
  journal_mode: 'wal',
  // better-sqlite3 leaves WAL databases at NORMAL, which can lose the last commits on power loss.
  synchronous: 2, // FULL
  foreign_keys: 1,
  busy_timeout: 5000,
  trusted_schema: 0,
} as const;

export function openDatabase(file: string, options: OpenOptions = {}): Db {
  const onDisk = file !== ':memory:' && !options.image;
  if (onDisk && !options.allowNetworkPath) assertLocalPath(file);
  if (onDisk && !options.readonly) mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const db = new Database(options.image ?? file, {
    readonly: options.readonly ?? false,
    fileMustExist: options.readonly ?? false,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  try {
    if (!options.readonly) db.pragma(`journal_mode = ${PRAGMAS.journal_mode}`);
    db.pragma(`synchronous = ${PRAGMAS.synchronous}`);
    db.pragma(`foreign_keys = ${PRAGMAS.foreign_keys ? 'ON' : 'OFF'}`);
    db.pragma(`busy_timeout = ${PRAGMAS.busy_timeout}`);
    db.pragma(`trusted_schema = ${PRAGMAS.trusted_schema ? 'ON' : 'OFF'}`);
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}

/** Read a pragma's single value. */
export function pragmaValue(db: Db, name: string): unknown {
  return db.pragma(name, { simple: true });
}
