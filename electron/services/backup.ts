// Backups of the live database to a folder (often the shared drive) and restores from them.
//
// Backup: a job worker (its own thread and connection) copies the database with SQLite's online
// backup API into a LOCAL temporary file, in one read transaction (a consistent snapshot while
// the app keeps working and writing) and switches the copy to a self-contained rollback journal.
// Then two things at once: another job worker quick_checks the copy, while this thread copies it
// to the folder through the same safe writer as every export (temporary name, fsync, rename;
// never over an existing backup), streamed and hashed in the same read. The backup takes its name
// only once the check has passed. Then `<name>.sha256` goes beside it in sha256sum format, and
// the backup is read back from the folder a chunk at a time to compare. Nothing holds the whole
// file in memory. (Each of these steps reads the whole file: at 7 GB, about a minute and a half.)
//
// Restore: the file is copied from the folder into a local temporary file (hashed on the way)
// and its .sha256, if present, verified; a job worker opens the copy read-only and checks it (a
// database? sound? this app's? not newer?) and migrates an older copy; the current database is
// backed up first; then the copy's rows replace the live rows in one transaction on the open
// connection, so the running app (Electron or browser mode, one connection each) keeps working.
// Anything that fails before that last step leaves the current data untouched; the last step is atomic.
import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../db/errors';
import type { Db } from '../../db/open';
import { changeCounter, replaceContentFrom } from '../../db/repo/exports';
import { atomicWrite, DEFAULT_RETRY, type RetryPolicy, type WrittenFile } from './atomicWrite';
import type { ExportFs, FileHandleLike } from './fs';
import { errnoOf, localError, readError, writeError } from './fsErrors';
import type { JobControl } from './jobs';
import { withTempDir } from './localTemp';
import { runInWorker } from './worker/run';
import type { InspectResult, QuickCheckResult, SnapshotResult } from './worker/protocol';

export interface BackupEnv {
  fs: ExportFs;
  retry?: RetryPolicy;
  /** Local folder for the app's own temporary copies (never the share). */
  tempRoot?: string;
  /** The Electron build of better-sqlite3's addon, for the job worker's connection. */
  nativeBinding?: string;
}

export const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

/** The sha256sum line for a file: '<hex>  <name>'. */
export const sidecarLine = (hash: string, fileName: string) => `${hash}  ${fileName}\n`;

const quiet: JobControl = { signal: new AbortController().signal, progress: () => undefined, checkpoint: () => undefined };

// 1 MiB: hashing a chunk on this thread takes a few milliseconds, never long enough to be felt.
const CHUNK = 1024 * 1024;

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

/** Reads `file` through the export fs a chunk at a time, handing each chunk to `onChunk`. */
async function readChunks(fs: ExportFs, file: string, onChunk: (chunk: Uint8Array) => Promise<void> | void): Promise<number> {
  let handle: FileHandleLike | undefined = await fs.open(file, 'r');
  try {
    const buffer = Buffer.allocUnsafe(CHUNK);
    let position = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, position);
      if (bytesRead <= 0) break;
      await onChunk(buffer.subarray(0, bytesRead));
      position += bytesRead;
    }
    const h = handle;
    handle = undefined;
    await h.close();
    return position;
  } finally {
    await handle?.close().catch(() => undefined);
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
  /** Milliseconds of each step: snapshot (worker), quickCheck (another worker, beside the copy), copy + hash, verify. */
  timings: Record<string, number>;
}

const since = (t: number) => Math.round(performance.now() - t);

/** The copy of the live data failed its check: nothing was written to the folder. */
function snapshotDamaged(problems: string[]): AppError {
  // SQLite heads its report with '*** in database main ***': the lines after it say what is wrong.
  const lines = problems.flatMap((p) => p.split('\n')).filter((l) => l.trim() && !/^\*\*\* in database/.test(l));
  const detail = lines.slice(0, 3).join('; ');
  return new AppError('INTERNAL', {
    vi: `Bản sao của dữ liệu không vượt qua kiểm tra tính toàn vẹn (${detail}) nên không có bản sao lưu nào được ghi. Dữ liệu hiện tại không bị thay đổi; hãy vào Cài đặt để kiểm tra tệp dữ liệu, và giữ lại các bản sao lưu trước đó.`,
    en: `The copy of the data failed its integrity check (${detail}), so no backup was written. The current data has not been changed; check the data file in Settings, and keep your earlier backups.`,
  }, { kind: 'snapshot-damaged', problems });
}

export async function createBackup(db: Db, folder: string, fileName: string, env: BackupEnv, control: JobControl = quiet): Promise<BackupOutcome> {
  return withTempDir(env.tempRoot, async (dir) => {
    control.progress('snapshot', 0.02);
    const local = path.join(dir, 'snapshot.sqlite');
    let t = performance.now();
    await runInWorker<SnapshotResult>(db, { kind: 'snapshot', out: local }, { control, from: 0.02, to: 0.4, localDir: dir, nativeBinding: env.nativeBinding });
    const snapshot = since(t);
    control.checkpoint();
    // The copy's quick_check runs on another worker while this thread copies it to the folder and
    // hashes it in the same read: the backup takes its name only once the check has passed.
    const stopCheck = new AbortController();
    const onCancel = () => stopCheck.abort();
    control.signal.addEventListener('abort', onCancel, { once: true });
    let quickCheck = 0;
    const checkStarted = performance.now();
    const checkControl: JobControl = { signal: stopCheck.signal, progress: () => undefined, checkpoint: () => undefined };
    const checking = runInWorker<QuickCheckResult>(db, { kind: 'quickCheck' }, { control: checkControl, from: 0, to: 0, localDir: dir, nativeBinding: env.nativeBinding, source: { file: local } })
      .then((r) => {
        quickCheck = since(checkStarted);
        return r;
      });
    // Settled before the temporary folder goes, whatever happens to the copy.
    const checked = checking.then(
      () => undefined,
      () => undefined,
    );
    control.progress('writing', 0.4);
    t = performance.now();
    const hash = createHash('sha256');
    let written: WrittenFile;
    try {
      written = await atomicWrite(env.fs, folder, fileName, { file: local }, {
        overwrite: false,
        retry: env.retry ?? DEFAULT_RETRY,
        signal: control.signal,
        onChunk: (chunk) => hash.update(chunk),
        onProgress: (f) => control.progress('writing', 0.4 + 0.35 * f),
        beforePlace: async () => {
          control.progress('checking', 0.75);
          const r = await checking;
          if (!r.ok) throw snapshotDamaged(r.problems);
        },
      });
    } catch (err) {
      stopCheck.abort();
      await checked;
      throw err;
    } finally {
      control.signal.removeEventListener('abort', onCancel);
    }
    const copy = since(t);
    const sha256 = hash.digest('hex');
    t = performance.now();
    try {
      // Once the backup is in place the job finishes: a cancel now would only leave it unchecked.
      await atomicWrite(env.fs, folder, `${written.fileName}.sha256`, Buffer.from(sidecarLine(sha256, written.fileName), 'utf8'), { retry: env.retry ?? DEFAULT_RETRY });
      let sofar = 0;
      control.progress('verifying', 0.8);
      // The backup read back from the folder, compared byte for byte with the local copy it was
      // written from (whose SHA-256 is in the .sha256): as strict as hashing it again, and far
      // cheaper on a large file.
      const original = await open(local, 'r').catch((err: unknown) => {
        throw localError(dir, err);
      });
      const mine = Buffer.allocUnsafe(CHUNK);
      let read: number;
      let same = true;
      try {
        read = await readChunks(env.fs, written.file, async (chunk) => {
          if (!same) return;
          let got: number;
          try {
            ({ bytesRead: got } = await original.read(mine, 0, chunk.length, sofar));
          } catch (err) {
            throw localError(dir, err);
          }
          if (got !== chunk.length || !mine.subarray(0, got).equals(chunk)) same = false;
          sofar += chunk.length;
          control.progress('verifying', 0.8 + 0.2 * Math.min(1, sofar / Math.max(1, written.bytes)));
        });
      } catch (err) {
        throw err instanceof AppError ? err : writeError(folder, err);
      } finally {
        await original.close().catch(() => undefined);
      }
      if (!same || read !== written.bytes) throw verifyFailed(folder);
    } catch (err) {
      // A backup that is not checked is not a backup: remove what this call wrote (new names only).
      await removeQuietly(env.fs, written.file);
      await removeQuietly(env.fs, `${written.file}.sha256`);
      throw writeError(folder, err);
    }
    return { ...written, sha256, timings: { snapshot, quickCheck, copy, verify: since(t) } };
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
  return withTempDir(env.tempRoot, async (dir) => {
    const copy = path.join(dir, 'restore.sqlite');
    // The backup, from the folder into a local copy, hashed on the way.
    const hash = createHash('sha256');
    let bytes: number;
    const local = await open(copy, 'wx').catch((err: unknown) => {
      throw localError(dir, err);
    });
    try {
      bytes = await readChunks(env.fs, file, async (chunk) => {
        hash.update(chunk);
        try {
          await local.write(chunk);
        } catch (err) {
          throw localError(dir, err);
        }
      });
    } catch (err) {
      throw readError(file, err);
    } finally {
      await local.close();
    }
    let sidecar: string | null = null;
    try {
      sidecar = (await env.fs.readFile(`${file}.sha256`)).toString('utf8');
    } catch (err) {
      if (errnoOf(err) !== 'ENOENT') throw readError(`${file}.sha256`, err);
    }
    const digest = hash.digest('hex');
    if (sidecar !== null) {
      const expected = sidecar.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
      if (expected !== digest) throw checksumMismatch(file);
    }
    control.checkpoint();
    control.progress('checking', 0.2);
    // Opened read-only and checked (and an older copy migrated) off this thread.
    await runInWorker<InspectResult>(db, { kind: 'inspectBackup', file: copy, label: file, migrationsFolder: options.migrationsFolder }, { control, from: 0.2, to: 0.3, localDir: dir, nativeBinding: env.nativeBinding });
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
    return { safety: safety!, sha256: digest, bytes, tables, rows };
  });
}
