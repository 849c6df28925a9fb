// Backups of the live database to a folder (often the shared drive) and restores from them.
//
// Backup: SQLite's online backup API copies the open database page by page into a LOCAL
// temporary file (it steps through the event loop, so the screens keep answering; a write
// meanwhile is picked up), the copy is switched to a self-contained rollback journal and
// quick_checked, hashed, then written to the folder through the same safe writer as every
// export (temporary name, fsync, rename; never over an existing backup), read back and compared,
// with `<name>.sha256` beside it in sha256sum format.
//
// Restore: the file (and its .sha256 if present) is read, the hash verified, the bytes put in a
// local temporary file that is opened read-only and checked (a database? sound? this app's? not
// newer?), an older schema is migrated on the copy, the current database is backed up first,
// and then the copy's rows replace the live rows in one transaction on the open connection, so
// the running app (Electron or browser mode, one connection each) keeps working. Anything that
// fails before that last step leaves the current data untouched; the last step is atomic.
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AppError } from '../../db/errors';
import { migrateDatabase } from '../../db/migrate';
import type { Db } from '../../db/open';
import { backupDatabaseTo, changeCounter, finishSnapshot, inspectBackup, replaceContentFrom, upgradeCopy } from '../../db/repo/exports';
import { atomicWrite, DEFAULT_RETRY, type RetryPolicy, type WrittenFile } from './atomicWrite';
import type { ExportFs } from './fs';
import { errnoOf, readError, writeError } from './fsErrors';
import type { JobControl } from './jobs';

export interface BackupEnv {
  fs: ExportFs;
  retry?: RetryPolicy;
  /** Local folder for the app's own temporary copies (never the share). */
  tempRoot?: string;
}

export const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

/** The sha256sum line for a file: '<hex>  <name>'. */
export const sidecarLine = (hash: string, fileName: string) => `${hash}  ${fileName}\n`;

const quiet: JobControl = { signal: new AbortController().signal, progress: () => undefined, checkpoint: () => undefined };

async function withTempDir<T>(env: BackupEnv, fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(path.join(env.tempRoot ?? tmpdir(), 'asoen-'));
  try {
    return await fn(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function removeQuietly(fs: ExportFs, file: string): Promise<void> {
  for (let i = 0; i < 3; i++) {
    try {
      await fs.unlink(file);
      return;
    } catch (err) {
      if (errnoOf(err) === 'ENOENT') return;
    }
  }
}

function verifyFailed(folder: string): AppError {
  return new AppError('INTERNAL', {
    vi: `Bản sao lưu ghi vào thư mục ${folder} không khớp khi đọc lại nên đã bị xóa. Dữ liệu không bị thay đổi; hãy kiểm tra kết nối rồi thử lại.`,
    en: `The backup written to the folder ${folder} did not match when read back, so it was removed. The data has not been changed; check the connection and try again.`,
  }, { kind: 'verify-failed', folder });
}

export interface BackupOutcome extends WrittenFile {
  sha256: string;
}

/** A checked snapshot of the live database in `dir` (local). */
async function snapshot(db: Db, dir: string, control: JobControl): Promise<Buffer> {
  const file = path.join(dir, `snapshot-${Date.now()}.sqlite`);
  await backupDatabaseTo(db, file, (f) => control.progress('snapshot', 0.05 + 0.35 * f));
  finishSnapshot(file);
  return readFile(file);
}

export async function createBackup(db: Db, folder: string, fileName: string, env: BackupEnv, control: JobControl = quiet): Promise<BackupOutcome> {
  return withTempDir(env, async (dir) => {
    control.progress('snapshot', 0.05);
    const bytes = await snapshot(db, dir, control);
    control.checkpoint();
    const hash = sha256(bytes);
    control.progress('writing', 0.5);
    const written = await atomicWrite(env.fs, folder, fileName, bytes, { overwrite: false, retry: env.retry ?? DEFAULT_RETRY, signal: control.signal });
    try {
      // Once the backup is in place the job finishes: a cancel now would only leave it unchecked.
      await atomicWrite(env.fs, folder, `${written.fileName}.sha256`, Buffer.from(sidecarLine(hash, written.fileName), 'utf8'), { retry: env.retry ?? DEFAULT_RETRY });
      control.progress('verifying', 0.85);
      let back: Buffer;
      try {
        back = await env.fs.readFile(written.file);
      } catch (err) {
        throw writeError(folder, err);
      }
      if (sha256(back) !== hash) throw verifyFailed(folder);
    } catch (err) {
      // A backup that is not checked is not a backup: remove what this call wrote (new names only).
      await removeQuietly(env.fs, written.file);
      await removeQuietly(env.fs, `${written.file}.sha256`);
      throw writeError(folder, err);
    }
    return { ...written, sha256: hash };
  });
}

function checksumMismatch(file: string): AppError {
  return new AppError('VALIDATION', {
    vi: `Mã kiểm tra SHA-256 của tệp ${file} không khớp với tệp .sha256 đi kèm: tệp đã bị thay đổi hoặc chép hỏng. Dữ liệu hiện tại không bị thay đổi.`,
    en: `The SHA-256 of ${file} does not match its .sha256 file: the file was changed or copied badly. The current data has not been changed.`,
  }, { kind: 'checksum-mismatch' });
}

export interface RestoreOutcome {
  safety: BackupOutcome;
  sha256: string;
  bytes: number;
  tables: number;
  rows: number;
}

export interface RestoreOptions {
  file: string;
  migrationsFolder: string;
  /** Where the copy of the current database is kept before it is replaced. */
  safetyFolder: string;
  safetyFileName: string;
}

export async function restoreBackup(db: Db, options: RestoreOptions, env: BackupEnv, control: JobControl = quiet): Promise<RestoreOutcome> {
  const { file } = options;
  control.progress('reading', 0.05);
  let bytes: Buffer;
  try {
    bytes = await env.fs.readFile(file);
  } catch (err) {
    throw readError(file, err);
  }
  let sidecar: string | null = null;
  try {
    sidecar = (await env.fs.readFile(`${file}.sha256`)).toString('utf8');
  } catch (err) {
    if (errnoOf(err) !== 'ENOENT') throw readError(`${file}.sha256`, err);
  }
  const hash = sha256(bytes);
  if (sidecar !== null) {
    const expected = sidecar.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
    if (expected !== hash) throw checksumMismatch(file);
  }
  control.checkpoint();
  return withTempDir(env, async (dir) => {
    const copy = path.join(dir, 'restore.sqlite');
    await writeFile(copy, bytes);
    control.progress('checking', 0.2);
    const inspection = inspectBackup(copy, options.migrationsFolder, file);
    if (inspection.pending > 0) upgradeCopy(copy, options.migrationsFolder, migrateDatabase);
    control.checkpoint();
    control.progress('safety-copy', 0.35);
    try {
      await env.fs.mkdir(options.safetyFolder, { recursive: true });
    } catch (err) {
      throw writeError(options.safetyFolder, err);
    }
    // Keep the current database first. If the app wrote meanwhile, take it again, so the copy
    // holds everything the replacement below removes.
    let safety: BackupOutcome | undefined;
    for (let attempt = 0; attempt < 3; attempt++) {
      const before = changeCounter(db);
      safety = await createBackup(db, options.safetyFolder, options.safetyFileName, env);
      if (changeCounter(db) === before) break;
    }
    control.checkpoint();
    control.progress('replacing', 0.8);
    const { tables, rows } = replaceContentFrom(db, copy);
    return { safety: safety!, sha256: hash, bytes: bytes.length, tables, rows };
  });
}
