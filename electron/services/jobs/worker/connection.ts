// The connection a job worker's task reads through: the app's database file (its own
// connection, read-only but for a checkpoint) or, for an in-memory database (tests), a copy of
// its bytes. Opened as every database of the app is (db/open.ts: the same pragmas, untrusted schema).
import { openDatabase, type Db } from '../../../../db/open';
import type { DbSource } from './protocol';

export function openTaskDatabase(source: DbSource, nativeBinding: string | undefined, write: boolean): Db {
  if ('none' in source) throw new Error('This task was given no database.');
  const binding = nativeBinding ? { nativeBinding } : {};
  // Every task reads, except a checkpoint, which writes the log's pages into the database file.
  if ('file' in source) return openDatabase(source.file, { readonly: !write, ...binding });
  // An in-memory database (tests): its bytes, opened as a database of this thread's own.
  return openDatabase(':memory:', { image: Buffer.from(source.image.buffer, source.image.byteOffset, source.image.byteLength), journal: 'keep', ...binding });
}
