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
// Every copy stops at its next chunk when the job is cancelled or the app stops, and removes
// what it had written.
//
// Restore: the file is first checked without copying it (source.ts: an ordinary file, a SQLite
// header that matches its size, not too large, room on this computer), then copied from the
// folder into a local temporary file (hashed on the way) and its .sha256, if present, verified; a job worker opens the copy read-only and checks it (a
// database? sound? this app's? not newer?) and migrates an older copy; the current database is
// backed up first; then the copy's rows replace the live rows in one transaction on the open
// connection, so the running app (Electron or browser mode, one connection each) keeps working.
// Anything that fails before that last step leaves the current data untouched; the last step is atomic.
import { createHash } from 'node:crypto';
import { open, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BackupFullReason } from '../../../common/enums';
import { AppError } from '../../../db/errors';
import type { Db } from '../../../db/open';
import { logSeq, MAX_CHAIN, readChain, saveChain, type Chain } from '../../../db/repo/backup/backupLog';
import { changeCounter, replaceContentFrom, schemaVersionOf } from '../../../db/repo/backup/files';
import { atomicWrite, DEFAULT_RETRY, type RetryPolicy, type WrittenFile } from '../files/atomicWrite';
import type { ExportFs, FileHandleLike } from '../files/fs';
import { errnoOf, localError, readError, writeError } from '../files/fsErrors';
import { cancelledError, type JobControl } from '../jobs/jobs';
import { withTempDir } from '../files/localTemp';
import type { WorkerPool } from '../jobs/worker/pool';
import { runInWorker } from '../jobs/worker/run';
import { copyChecked, openRestoreSource, type CheckedSource, type RoomNeed, type SourceLimits } from './source';
import type { ApplyResult, IncrementInfoResult, IncrementTaskResult, InspectResult, QuickCheckResult, SnapshotResult } from '../jobs/worker/protocol';

export interface BackupEnv extends SourceLimits {
  fs: ExportFs;
  retry?: RetryPolicy;
  /** Local folder for the app's own temporary copies (never the share). */
  tempRoot?: string;
  /** The Electron build of better-sqlite3's addon, for the job worker's connection. */
  nativeBinding?: string;
  /** The desk's job workers. */
  workers: WorkerPool;
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

/** Reads `file` through the export fs a chunk at a time, handing each chunk to `onChunk`; a cancel stops it between chunks. */
async function readChunks(fs: ExportFs, file: string, signal: AbortSignal, onChunk: (chunk: Uint8Array) => Promise<void> | void): Promise<number> {
  let handle: FileHandleLike | undefined = await fs.open(file, 'r');
  try {
    const buffer = Buffer.allocUnsafe(CHUNK);
    let position = 0;
    for (;;) {
      if (signal.aborted) throw cancelledError();
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

export interface BackupOptions {
  /**
   * 'auto': only the changes since the folder's last backup when its chain is sound, else full;
   * 'full': a full backup that starts the folder's chain again; 'standalone' (default): a full
   * copy kept out of any chain (the copy taken before a restore).
   */
  mode?: 'auto' | 'full' | 'standalone';
  /** ISO time recorded with the chain and in a backup of changes. */
  now?: string;
}

export interface BackupOutcome extends WrittenFile {
  sha256: string;
  /** 'changes': the rows changed since the folder's last backup, applied on it at restore. */
  mode: 'full' | 'changes';
  /** Why it is full (null for a backup of changes, and for a standalone copy). */
  reason: BackupFullReason | null;
  /** A backup of changes: the rows it carries, the records changed, and the full backup it follows. */
  rows?: number;
  keys?: number;
  base?: string;
  /** Milliseconds of each step: snapshot or increment (worker), quickCheck (another worker, beside the copy), copy + hash, verify. */
  timings: Record<string, number>;
}

/** The name of a backup of changes, beside the full backup's name. */
export const changesFileName = (fileName: string) => fileName.replace(/\.sqlite$/i, '') + ' changes.sqlite';

/** The key of a folder's chain: its absolute path. */
export const chainKey = (folder: string) => path.resolve(folder);

/** The folder's chain, if the next backup can add to it; else why not. Reads two small files per link. */
async function usableChain(db: Db, folder: string, env: BackupEnv): Promise<{ chain: Chain } | { reason: BackupFullReason }> {
  const chain = readChain(db, chainKey(folder));
  if (!chain) return { reason: 'first' };
  if (chain.schemaVersion !== schemaVersionOf(db)) return { reason: 'schema' };
  if (chain.links.length >= MAX_CHAIN) return { reason: 'long' };
  if (logSeq(db) < chain.links[chain.links.length - 1]!.seq) return { reason: 'behind' };
  for (const link of chain.links) {
    const file = path.join(folder, link.file);
    try {
      const st = await env.fs.stat(file);
      const line = (await env.fs.readFile(`${file}.sha256`)).toString('utf8');
      if (st.size !== link.bytes || line.trim().split(/\s+/)[0]?.toLowerCase() !== link.sha256) return { reason: 'changed' };
    } catch {
      return { reason: 'missing' };
    }
  }
  return { chain };
}

export async function createBackup(db: Db, folder: string, fileName: string, env: BackupEnv, control: JobControl = quiet, options: BackupOptions = {}): Promise<BackupOutcome> {
  const mode = options.mode ?? 'standalone';
  const now = options.now ?? new Date().toISOString();
  const usable = mode === 'auto' ? await usableChain(db, folder, env) : { reason: mode === 'full' ? ('asked' as const) : null };
  return withTempDir(env.tempRoot, async (dir) => {
    control.progress('snapshot', 0.02);
    const t = performance.now();
    let outcome: BackupOutcome;
    if ('chain' in usable) {
      const { links } = usable.chain;
      const local = path.join(dir, 'changes.sqlite');
      const made = await runInWorker<IncrementTaskResult>(
        db,
        { kind: 'increment', out: local, fromSeq: links[links.length - 1]!.seq, schemaVersion: usable.chain.schemaVersion, chain: links, createdAt: now },
        { control, from: 0.02, to: 0.4, localDir: dir, workers: env.workers, nativeBinding: env.nativeBinding },
      );
      const increment = since(t);
      const placed = await placeBackup(db, local, dir, folder, changesFileName(fileName), env, control);
      outcome = { ...placed, mode: 'changes', reason: null, rows: made.rows, keys: made.keys, base: links[0]!.file, timings: { increment, ...placed.timings } };
      const next: Chain = { links: [...links, { file: placed.fileName, sha256: placed.sha256, bytes: placed.bytes, seq: made.toSeq }], schemaVersion: usable.chain.schemaVersion };
      saveChain(db, chainKey(folder), next, now, usable.chain);
    } else {
      const local = path.join(dir, 'snapshot.sqlite');
      const made = await runInWorker<SnapshotResult>(db, { kind: 'snapshot', out: local }, { control, from: 0.02, to: 0.4, localDir: dir, workers: env.workers, nativeBinding: env.nativeBinding });
      const snapshot = since(t);
      const placed = await placeBackup(db, local, dir, folder, fileName, env, control);
      outcome = { ...placed, mode: 'full', reason: usable.reason, timings: { snapshot, ...placed.timings } };
      if (mode !== 'standalone') {
        saveChain(db, chainKey(folder), { links: [{ file: placed.fileName, sha256: placed.sha256, bytes: placed.bytes, seq: made.seq }], schemaVersion: schemaVersionOf(db) }, now, null);
      }
    }
    return outcome;
  });
}

/**
 * The local copy `local` to the folder: checked (quick_check, on another worker) while it is
 * copied and hashed; named only once the check passed; its .sha256 beside it; read back and compared.
 */
async function placeBackup(db: Db, local: string, dir: string, folder: string, fileName: string, env: BackupEnv, control: JobControl): Promise<WrittenFile & { sha256: string; timings: Record<string, number> }> {
  control.checkpoint();
  // The copy's quick_check runs on another worker while this thread copies it to the folder and
  // hashes it in the same read: the backup takes its name only once the check has passed.
  const stopCheck = new AbortController();
  const onCancel = () => stopCheck.abort();
  control.signal.addEventListener('abort', onCancel, { once: true });
  let quickCheck = 0;
  const checkStarted = performance.now();
  const checkControl: JobControl = { signal: stopCheck.signal, progress: () => undefined, checkpoint: () => undefined };
  const checking = runInWorker<QuickCheckResult>(db, { kind: 'quickCheck' }, { control: checkControl, from: 0, to: 0, localDir: dir, workers: env.workers, nativeBinding: env.nativeBinding, source: { file: local } })
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
  let t = performance.now();
  const hash = createHash('sha256');
  let written: WrittenFile;
  try {
    written = await atomicWrite(env.fs, folder, fileName, { file: local }, {
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
    // A cancel now (or the app stopping) removes the backup, as a failed check does: a backup
    // that was not read back is not kept.
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
      read = await readChunks(env.fs, written.file, control.signal, async (chunk) => {
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
  return { ...written, sha256, timings: { quickCheck, copy, verify: since(t) } };
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

/** The size of the live database: its safety copy needs that much room. */
function liveBytes(db: Db): number {
  const pages = db.pragma('page_count', { simple: true }) as number;
  const size = db.pragma('page_size', { simple: true }) as number;
  return pages * size;
}

/**
 * What a restore of a file of `bytes` bytes writes on this computer: in the local temporary
 * folder, its copy and the snapshot of the current data (`live` bytes) that becomes the safety
 * copy; beside the data file, that safety copy and the restored rows (the database and its log
 * grow by up to the file's size). One check for both when they share a disk.
 */
async function roomFor(db: Db, tempRoot: string): Promise<(bytes: number) => RoomNeed[]> {
  const live = liveBytes(db);
  const dataDir = db.memory || !db.name ? null : path.dirname(path.resolve(db.name));
  let shared = true;
  if (dataDir) {
    try {
      shared = (await stat(dataDir)).dev === (await stat(tempRoot)).dev;
    } catch {
      shared = true;
    }
  }
  return (bytes) => {
    if (!dataDir) return [{ dir: tempRoot, kind: 'temp', needed: bytes + live }];
    if (shared) return [{ dir: tempRoot, kind: 'temp', needed: 2 * (bytes + live) }];
    return [
      { dir: tempRoot, kind: 'temp', needed: bytes + live },
      { dir: dataDir, kind: 'data', needed: bytes + live },
    ];
  };
}

/**
 * Copies `file` from the folder to the local path `local`, hashing it on the way, once it has
 * been checked (an ordinary SQLite file of a sound size, with room for it): see source.ts.
 */
async function fetchLocal(env: BackupEnv, file: string, local: string, dir: string, room: (bytes: number) => RoomNeed[], control: JobControl, expect: { bytes: number; otherwise: () => AppError }): Promise<{ sha256: string; bytes: number }> {
  const source = await openRestoreSource(env.fs, file, room, env);
  // A file of the chain is known by its size too: another size is refused before it is copied.
  if (source.bytes !== expect.bytes) {
    await source.handle.close().catch(() => undefined);
    throw expect.otherwise();
  }
  return copyChecked(source, file, local, dir, { signal: control.signal });
}

function chainMissing(file: string, needed: string, folder: string): AppError {
  return new AppError('VALIDATION', {
    vi: `Bản sao lưu ${path.basename(file)} chỉ chứa các thay đổi, và cần tệp ${needed} nằm cùng thư mục ${folder}; không tìm thấy tệp đó. Hãy để các bản sao lưu của thư mục này ở cùng nhau rồi thử lại. Dữ liệu hiện tại không bị thay đổi.`,
    en: `The backup ${path.basename(file)} holds only changes, and needs the file ${needed} in the same folder ${folder}; that file was not found. Keep this folder's backups together and try again. The current data has not been changed.`,
  }, { kind: 'chain-missing', needed });
}

function chainChanged(file: string, needed: string): AppError {
  return new AppError('VALIDATION', {
    vi: `Tệp ${needed}, mà bản sao lưu ${path.basename(file)} dựa vào, không còn là tệp đã được ghi (mã SHA-256 không khớp). Dữ liệu hiện tại không bị thay đổi.`,
    en: `The file ${needed}, which the backup ${path.basename(file)} builds on, is no longer the file that was written (its SHA-256 does not match). The current data has not been changed.`,
  }, { kind: 'chain-changed', needed });
}

export async function restoreBackup(db: Db, options: RestoreOptions, env: BackupEnv, control: JobControl = quiet): Promise<RestoreOutcome> {
  const { file } = options;
  control.progress('reading', 0.01);
  const room = await roomFor(db, env.tempRoot ?? tmpdir());
  // The file is checked before anything is copied or even a local folder made: an ordinary file,
  // a SQLite header that matches its size, not too large, and room for it on this computer.
  const source = await openRestoreSource(env.fs, file, room, env);
  let unread: CheckedSource | undefined = source;
  try {
    return await withTempDir(env.tempRoot, (dir) => {
      unread = undefined;
      return restoreIn(dir, source, db, options, env, control, room);
    });
  } finally {
    await unread?.handle.close().catch(() => undefined);
  }
}

async function restoreIn(dir: string, source: CheckedSource, db: Db, options: RestoreOptions, env: BackupEnv, control: JobControl, room: (bytes: number) => RoomNeed[]): Promise<RestoreOutcome> {
  const { file } = options;
  let copy = path.join(dir, 'restore.sqlite');
  // The backup, from the folder into a local copy, hashed on the way; a cancel stops it between chunks.
  const { sha256: digest, bytes } = await copyChecked(source, file, copy, dir, { signal: control.signal, onProgress: (f) => control.progress('reading', 0.02 + 0.08 * f) });
  let sidecar: string | null = null;
  try {
    sidecar = (await env.fs.readFile(`${file}.sha256`)).toString('utf8');
  } catch (err) {
    if (errnoOf(err) !== 'ENOENT') throw readError(`${file}.sha256`, err);
  }
  if (sidecar !== null) {
    const expected = sidecar.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
    if (expected !== digest) throw checksumMismatch(file);
  }
  control.checkpoint();
  // A backup of changes: the full backup it follows and the backups of changes between them,
  // from the same folder (each must still be the file that was written), then applied in order.
  const { info } = await runInWorker<IncrementInfoResult>(db, { kind: 'incrementInfo', file: copy, label: file }, { control, from: 0.1, to: 0.1, localDir: dir, workers: env.workers, nativeBinding: env.nativeBinding, source: { none: true } });
  if (info) {
    const folder = path.dirname(file);
    const locals: string[] = [];
    for (const [i, link] of info.chain.entries()) {
      control.checkpoint();
      control.progress('reading', 0.1 + (0.05 * i) / info.chain.length);
      const local = path.join(dir, `chain-${i}.sqlite`);
      const source = path.join(folder, link.file);
      let got: { sha256: string };
      try {
        got = await fetchLocal(env, source, local, dir, room, control, { bytes: link.bytes, otherwise: () => chainChanged(file, link.file) });
      } catch (err) {
        if (err instanceof AppError && (err.details as { kind?: string } | undefined)?.kind === 'missing') throw chainMissing(file, link.file, folder);
        throw err;
      }
      if (got.sha256 !== link.sha256) throw chainChanged(file, link.file);
      locals.push(local);
    }
    // The full backup's triggers run while the changes are applied on it: its schema is checked first.
    await runInWorker<InspectResult>(db, { kind: 'inspectBackup', file: locals[0]!, label: path.join(folder, info.chain[0]!.file), migrationsFolder: options.migrationsFolder, schemaOnly: true }, { control, from: 0.15, to: 0.15, localDir: dir, workers: env.workers, nativeBinding: env.nativeBinding });
    control.progress('applying', 0.15);
    const increments = [...locals.slice(1).map((f, i) => ({ file: f, label: info.chain[i + 1]!.file })), { file: copy, label: path.basename(file) }];
    await runInWorker<ApplyResult>(db, { kind: 'applyIncrements', base: locals[0]!, increments }, { control, from: 0.15, to: 0.2, localDir: dir, workers: env.workers, nativeBinding: env.nativeBinding, source: { none: true } });
    copy = locals[0]!;
  }
  control.checkpoint();
  control.progress('checking', 0.2);
  // Opened read-only and checked (and an older copy migrated) off this thread.
  await runInWorker<InspectResult>(db, { kind: 'inspectBackup', file: copy, label: file, migrationsFolder: options.migrationsFolder }, { control, from: 0.2, to: 0.3, localDir: dir, workers: env.workers, nativeBinding: env.nativeBinding });
  control.checkpoint();
  control.progress('safety-copy', 0.35);
  try {
    await env.fs.mkdir(options.safetyFolder, { recursive: true });
  } catch (err) {
    throw writeError(options.safetyFolder, err);
  }
  // Keep the current database first. If the app wrote meanwhile, take it again, so the copy
  // holds everything the replacement below removes.
  // The copy is this job's: a cancel (or the app stopping) stops it too, and nothing is replaced.
  const safetyControl: JobControl = { signal: control.signal, checkpoint: () => control.checkpoint(), progress: (_stage, f) => control.progress('safety-copy', 0.35 + 0.45 * f) };
  let safety: BackupOutcome | undefined;
  for (let attempt = 0; attempt < 3; attempt++) {
    const before = changeCounter(db);
    safety = await createBackup(db, options.safetyFolder, options.safetyFileName, env, safetyControl);
    if (changeCounter(db) === before) break;
  }
  control.checkpoint();
  control.progress('replacing', 0.8);
  const { tables, rows } = replaceContentFrom(db, copy);
  return { safety: safety!, sha256: digest, bytes, tables, rows };
}
