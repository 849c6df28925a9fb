// Runs an export as a job: a job worker (its own thread and connection) reads the data in one
// snapshot and renders the file into a local temporary folder; this thread then copies it to the
// export folder through the safe writer, removes the local copy, and records the outcome (done,
// failed with the user's message, or cancelled) in the export log in its own short transaction
// once the job ends — outside the request, so a failure is never rolled back with it.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { newId } from '../../../db/ids';
import type { Db } from '../../../db/open';
import { recordExport, type ExportRecord } from '../../../db/repo/exports/exportLog';
import type { ExportKind } from '../../../common/enums';
import { atomicWrite, DEFAULT_RETRY, type RetryPolicy } from '../files/atomicWrite';
import { safeFileName } from './fileNames';
import { realFs, type ExportFs } from '../files/fs';
import type { JobControl, JobRegistry, JobResult, JobView } from '../jobs/jobs';
import { withTempDir } from '../files/localTemp';
import type { RenderResult, RenderTask } from '../jobs/worker/protocol';
import type { WorkerPool } from '../jobs/worker/pool';
import { runInWorker } from '../jobs/worker/run';
import type { SourceLimits } from '../backup/source';

export interface ExportEnv extends SourceLimits {
  fs: ExportFs;
  retry: RetryPolicy;
  /** The app's local temporary folder (os.tmpdir() unless set). */
  tempRoot?: string;
  migrationsFolder: string;
  /** The Electron build of better-sqlite3's addon, for the job workers' own connections. */
  nativeBinding?: string;
  /** The desk's job workers. */
  workers: WorkerPool;
}

/** Where the migrations are, looked for from the working folder and from this file's. */
export function findMigrations(): string {
  const starts = [process.cwd(), typeof __dirname === 'string' ? __dirname : null].filter((s): s is string => !!s);
  for (const start of starts) {
    let dir = start;
    for (let i = 0; i < 5; i++) {
      const candidate = path.join(dir, 'migrations');
      if (existsSync(path.join(candidate, 'meta', '_journal.json'))) return candidate;
      dir = path.dirname(dir);
    }
  }
  return path.join(process.cwd(), 'migrations');
}

/** The exports' environment with its defaults: the real file system and retry policy. */
export function exportEnvOf(workers: WorkerPool, given: Partial<Omit<ExportEnv, 'workers'>> = {}): ExportEnv {
  return {
    fs: given.fs ?? realFs,
    retry: given.retry ?? DEFAULT_RETRY,
    migrationsFolder: given.migrationsFolder ?? findMigrations(),
    workers,
    ...(given.tempRoot ? { tempRoot: given.tempRoot } : {}),
    ...(given.nativeBinding ? { nativeBinding: given.nativeBinding } : {}),
    ...(given.maxRestoreBytes ? { maxRestoreBytes: given.maxRestoreBytes } : {}),
    ...(given.freeSpace ? { freeSpace: given.freeSpace } : {}),
  };
}

export interface ExportSpec {
  kind: ExportKind;
  format: string;
  language: string | null;
  meetingId?: string | null;
  year?: number | null;
  params?: Record<string, unknown> | null;
  folder: string;
  /** The file name's stem and extension; made safe for Windows here. */
  stem: string;
  ext: string;
  /** What the job worker reads and renders. */
  task: RenderTask;
}

/** What a job needs of the desk: the database, the clock, its jobs, its exports' environment and checkpoints. */
export interface JobHost {
  db: Db;
  now: () => Date;
  jobs: JobRegistry;
  env: ExportEnv;
  checkpoints: { noteWrite(): void };
}

/** Records the job's outcome; the message stored is the one the user saw, in the export's language. */
function settleInto(host: JobHost, base: Omit<ExportRecord, 'status' | 'error' | 'fileName' | 'bytes' | 'sha256' | 'finishedAt'>, fallbackName: string | null) {
  return (view: JobView) => {
    const lang = base.language === 'en' ? 'en' : 'vi';
    const record: ExportRecord = {
      ...base,
      // A backup says in the log whether it was full or only the changes.
      params: view.result?.backup ? { ...(base.params ?? {}), backup: view.result.backup } : base.params,
      fileName: view.result?.fileName ?? fallbackName,
      bytes: view.result?.bytes ?? null,
      sha256: view.result?.sha256 ?? null,
      status: view.state === 'done' ? 'done' : view.state === 'cancelled' ? 'cancelled' : 'failed',
      error: view.error ? view.error.message[lang] : null,
      finishedAt: view.finishedAt,
    };
    host.db.transaction(() => recordExport(host.db, record, host.now().toISOString())).immediate();
    // The job's writes (this record, a backup's chain, a restore) are checkpointed like a save's.
    host.checkpoints.noteWrite();
  };
}

/** What the export log records of a job when it starts (its outcome is added when it ends). */
function recordBase(host: JobHost, spec: Omit<ExportSpec, 'task' | 'stem' | 'ext'>, exportId: string) {
  return {
    id: exportId,
    kind: spec.kind,
    format: spec.format,
    language: spec.language,
    meetingId: spec.meetingId ?? null,
    year: spec.year ?? null,
    params: spec.params ?? null,
    folder: spec.folder,
    startedAt: host.now().toISOString(),
  };
}

export function startExport(host: JobHost, spec: ExportSpec): JobView {
  const exportId = newId();
  const env = host.env;
  const fileName = safeFileName(spec.stem, spec.ext);
  const registry = host.jobs;
  const base = recordBase(host, spec, exportId);
  return registry.start(
    spec.kind,
    exportId,
    (control): Promise<JobResult> =>
      withTempDir(env.tempRoot, async (dir) => {
        control.progress('rendering', 0.05);
        const out = path.join(dir, `export${spec.ext}`);
        const rendered = await runInWorker<RenderResult>(host.db, { ...spec.task, out }, { control, from: 0.05, to: 0.6, localDir: dir, workers: env.workers, nativeBinding: env.nativeBinding });
        control.checkpoint();
        control.progress('writing', 0.6);
        const written = await atomicWrite(env.fs, spec.folder, fileName, { file: out }, { retry: env.retry, signal: control.signal, onProgress: (f) => control.progress('writing', 0.6 + 0.35 * f) });
        return { ...written, folder: spec.folder, sha256: rendered.sha256, exportId };
      }),
    settleInto(host, base, fileName),
  );
}

/** A job whose whole work is custom (backup, restore): it returns the file it produced. */
export function startCustomJob(
  host: JobHost,
  spec: Omit<ExportSpec, 'task' | 'stem' | 'ext'> & { fileName: string | null },
  work: (control: JobControl, exportId: string) => Promise<Omit<JobResult, 'exportId'>>,
): JobView {
  const exportId = newId();
  const base = recordBase(host, spec, exportId);
  return host.jobs.start(spec.kind, exportId, async (control) => ({ ...(await work(control, exportId)), exportId }), settleInto(host, base, spec.fileName));
}
