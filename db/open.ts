import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { assertLocalPath } from './paths';

export type Db = Database.Database;

export interface OpenOptions {
  readonly?: boolean;
  /** The file must exist already (default: when read-only). A backup's local copy is changed, never made, here. */
  mustExist?: boolean;
  /**
   * 'wal' (default): the app's own database, switched to WAL when opened for writing. 'keep': a
   * file with a journal of its own (a backup or its local copy, a scratch file), left as it is.
   */
  journal?: 'wal' | 'keep';
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
  // SQL in a file's schema (its triggers, views, defaults, indexes) may call only functions that
  // have no side effects: a backup or a file from elsewhere cannot make the app do anything.
  trusted_schema: 0,
} as const;

let defaultBinding: string | undefined;

/**
 * The addon every later connection of this thread uses unless told otherwise: a job worker is
 * told once by the desk (the Electron build under Electron), and every file it opens (a backup's
 * copy, an increment, the app's database) opens with it.
 */
export function useNativeBinding(nativeBinding: string | undefined): void {
  defaultBinding = nativeBinding;
}

/**
 * THE way to open any database file, in the app and its tools (lint forbids `new Database`
 * elsewhere): the app's own file, a backup being made or checked, a restore's copy, the job
 * workers' connections, the bench. Every connection gets the same PRAGMAS (WAL only for the app's
 * database, where `journal` is 'wal').
 */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  const onDisk = file !== ':memory:' && !options.image;
  const readonly = options.readonly ?? false;
  const mustExist = options.mustExist ?? readonly;
  const nativeBinding = options.nativeBinding ?? defaultBinding;
  if (onDisk && !options.allowNetworkPath) assertLocalPath(file);
  if (onDisk && !readonly && !mustExist) mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const db = new Database(options.image ?? file, {
    readonly,
    fileMustExist: mustExist,
    ...(nativeBinding ? { nativeBinding } : {}),
  });
  try {
    if (!readonly && (options.journal ?? 'wal') === 'wal') db.pragma(`journal_mode = ${PRAGMAS.journal_mode}`);
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
