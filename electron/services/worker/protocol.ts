// What the main thread and a job worker say to each other. Everything here crosses the thread
// boundary by structured clone: plain data only (no functions, no class instances).
import type { ErrorCode } from '../../../db/enums';
import type { Messages } from '../../../db/errors';

/** The database a task reads: the app's file (the worker opens its own connection), an in-memory database's bytes, or none. */
export type DbSource = { file: string } | { image: Uint8Array } | { none: true };

export type Language = 'vi' | 'en';
export type ListName = 'actionItems' | 'meetings' | 'delegations';

/** Documents and lists: the worker reads the data in one snapshot and writes the file to `out` (a local temporary path). */
export type RenderTask =
  | { kind: 'briefing'; meetingId: string; language: Language; today: string }
  | { kind: 'annualReport'; year: number; language: Language; today: string }
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
  | { kind: 'inspectBackup'; file: string; label: string; migrationsFolder: string }
  /** PRAGMA quick_check of the task's database (the live one, or a backup's local copy). */
  | { kind: 'quickCheck' };

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

export type TaskResult = RenderResult | SnapshotResult | InspectResult | QuickCheckResult;

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
