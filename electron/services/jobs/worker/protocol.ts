// What the main thread and a job worker say to each other. Everything here crosses the thread
// boundary by structured clone: plain data only (no functions, no class instances).
import type { ErrorCode } from '../../../../common/enums';
import type { Messages } from '../../../../db/errors';
import type { ChainLink, IncrementInfo, IncrementResult } from '../../../../db/repo/backup/backupLog';
import type { RoundReport } from '../../exchange/round';
import type { DocumentFrame } from '../../documents/docxKit';

/** The database a task reads: the app's file (the worker opens its own connection), an in-memory database's bytes, or none. */
export type DbSource = { file: string } | { image: Uint8Array } | { none: true };

export type Language = 'vi' | 'en';
export type ListName = 'actionItems' | 'meetings' | 'delegations';

/** Documents and lists: the worker reads the data in one snapshot and writes the file to `out` (a local temporary path). */
export type RenderTask =
  | { kind: 'briefing'; meetingId: string; language: Language; today: string; frame?: DocumentFrame }
  | { kind: 'postTripReport'; meetingId: string; language: Language; today: string; frame?: DocumentFrame }
  | { kind: 'annualReport'; year: number; language: Language; today: string; frame?: DocumentFrame }
  | {
      kind: 'tracker';
      filter: Record<string, unknown>;
      q: string | null;
      language: Language;
      /** The filters as the screen showed them, for the Filters sheet. */
      filters: Array<[string, string]>;
      exportedAt: string;
    }
  | { kind: 'csv'; list: ListName; filter: Record<string, unknown>; q: string | null; language: Language }
  | { kind: 'calendar'; filter: Record<string, unknown>; language: Language; nowIso: string };

export type Task =
  | (RenderTask & { out: string })
  /** A self-contained copy of the database at `out` (a consistent snapshot; not yet checked). */
  | { kind: 'snapshot'; out: string }
  /** Checks a local copy of a backup (read-only, quick_check, this app's, not newer) and migrates the copy if it is older. */
  /** schemaOnly: the file's schema checked (no quick_check, no migration): a backup of changes' full backup, before they are applied on it. */
  | { kind: 'inspectBackup'; file: string; label: string; migrationsFolder: string; schemaOnly?: boolean }
  /** PRAGMA quick_check of the task's database (the live one, or a backup's local copy). */
  | { kind: 'quickCheck' }
  /** A backup of changes at `out`: the rows logged after `fromSeq`, read in one snapshot. */
  | { kind: 'increment'; out: string; fromSeq: number; schemaVersion: number; chain: ChainLink[]; createdAt: string }
  /** The header of a backup of changes (null: any other file). */
  | { kind: 'incrementInfo'; file: string; label: string }
  /** Applies backups of changes, in order, to `base` (a local copy of the full backup they follow). */
  | { kind: 'applyIncrements'; base: string; increments: Array<{ file: string; label: string }> }
  /** A PASSIVE checkpoint of the app's write-ahead log, on this thread's own (read-write) connection. */
  | { kind: 'checkpoint' }
  /**
   * An exchange round with the shared folder (electron/services/exchange/round.ts) on this thread's
   * own read-write connection: the screens' requests are answered while it applies what it reads.
   * Its clock is this thread's wall time moved by `clockOffsetMs` (the desk's clock may be fixed or moved).
   */
  | {
      kind: 'exchangeRound';
      dbFile: string;
      folder: string;
      host: string;
      clockOffsetMs: number;
      deviceName: string | null;
      officerName: string | null;
      appVersion: string;
    };

export interface RenderResult {
  bytes: number;
  sha256: string;
  /** Rows written, where the file is a list. */
  rows?: number;
  /** Milliseconds spent in each step, for the measurements. */
  timings: Record<string, number>;
}

export interface SnapshotResult {
  bytes: number;
  /** The last backup_log entry the copy holds. */
  seq: number;
  timings: Record<string, number>;
}

export interface InspectResult {
  schemaVersion: number;
  /** Migrations the copy needed (it has been brought up to date). */
  upgraded: number;
}

export interface QuickCheckResult {
  ok: boolean;
  /** The first problems SQLite reported (empty when ok). */
  problems: string[];
  ms: number;
}

export interface IncrementTaskResult extends IncrementResult {
  bytes: number;
  timings: Record<string, number>;
}

export interface IncrementInfoResult {
  info: IncrementInfo | null;
}

export interface ApplyResult {
  /** The last backup_log entry the assembled copy holds. */
  seq: number;
  applied: number;
}

export interface CheckpointResult {
  /** Pages in the log, and how many of them are now in the database file (-1 each if the file is not in WAL mode). */
  log: number;
  checkpointed: number;
  /** Another connection held the checkpoint (SQLITE_BUSY): nothing was done this time. */
  busy: boolean;
  ms: number;
}

/** An exchange round's report (plain data: round.ts's RoundReport). */
export interface ExchangeRoundResult {
  report: RoundReport;
}

export type TaskResult = RenderResult | SnapshotResult | InspectResult | QuickCheckResult | IncrementTaskResult | IncrementInfoResult | ApplyResult | CheckpointResult | ExchangeRoundResult;

/** An error as it crosses the boundary: an AppError's parts, or a plain description of anything else. */
export type WireError = { app: true; code: ErrorCode; messages: Messages; details?: unknown } | { app: false; message: string; code?: string; stack?: string };

export type ToWorker =
  | { type: 'run'; id: number; task: Task; source: DbSource; nativeBinding?: string }
  | { type: 'cancel'; id: number }
  /** A worker started ahead of the jobs: load now what a job would otherwise load when it starts. */
  | { type: 'warm' };

export type FromWorker =
  | { type: 'progress'; id: number; stage: string; fraction: number }
  | { type: 'done'; id: number; result: TaskResult }
  | { type: 'failed'; id: number; error: WireError };
