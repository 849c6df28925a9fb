// Runs an export as a job: a job worker (its own thread and connection) reads the data in one
// snapshot and renders the file into a local temporary folder; this thread then copies it to the
// export folder through the safe writer, removes the local copy, and records the outcome (done,
// failed with the user's message, or cancelled) in the export log in its own short transaction
// once the job ends — outside the request, so a failure is never rolled back with it.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { newId } from '../../db/ids';
import type { Db } from '../../db/open';
import { recordExport, type ExportRecord } from '../../db/repo/exports';
import type { ExportKind } from '../../db/enums';
import { atomicWrite, DEFAULT_RETRY, type RetryPolicy } from './atomicWrite';
import { safeFileName } from './fileNames';
import { realFs, type ExportFs } from './fs';
import { noteWrite } from './checkpoints';
import { jobsFor, type JobControl, type JobResult, type JobView } from './jobs';
import { withTempDir } from './localTemp';
import type { RenderResult, RenderTask } from './worker/protocol';
import { runInWorker } from './worker/run';

export interface ExportEnv {
  fs: ExportFs;
  retry: RetryPolicy;
  /** The app's local temporary folder (os.tmpdir() unless set). */
  tempRoot?: string;
  migrationsFolder: string;
  /** The Electron build of better-sqlite3's addon, for the job workers' own connections. */
  nativeBinding?: string;
}

const overrides = new WeakMap<Db, Partial<ExportEnv>>();

/** Sets the file system, retry policy or folders of a running app's exports (tests inject faults here). */
export function configureExports(db: Db, env: Partial<ExportEnv>): void {
  overrides.set(db, { ...overrides.get(db), ...env });
}

function findMigrations(): string {
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

export function exportEnv(db: Db): ExportEnv {
  const o = overrides.get(db) ?? {};
  return {
    fs: o.fs ?? realFs,
    retry: o.retry ?? DEFAULT_RETRY,
    migrationsFolder: o.migrationsFolder ?? findMigrations(),
    ...(o.tempRoot ? { tempRoot: o.tempRoot } : {}),
    ...(o.nativeBinding ? { nativeBinding: o.nativeBinding } : {}),
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

export interface JobHost {
  db: Db;
  now: () => Date;
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
    noteWrite(host.db);
  };
}

export function startExport(host: JobHost, spec: ExportSpec): JobView {
  const exportId = newId();
  const env = exportEnv(host.db);
  const fileName = safeFileName(spec.stem, spec.ext);
  const registry = jobsFor(host.db, host.now);
  const base = {
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
  return registry.start(
    spec.kind,
    exportId,
    (control): Promise<JobResult> =>
      withTempDir(env.tempRoot, async (dir) => {
        control.progress('rendering', 0.05);
        const out = path.join(dir, `export${spec.ext}`);
        const rendered = await runInWorker<RenderResult>(host.db, { ...spec.task, out }, { control, from: 0.05, to: 0.6, localDir: dir, nativeBinding: env.nativeBinding });
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
  const base = {
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
  return jobsFor(host.db, host.now).start(spec.kind, exportId, async (control) => ({ ...(await work(control, exportId)), exportId }), settleInto(host, base, spec.fileName));
}
