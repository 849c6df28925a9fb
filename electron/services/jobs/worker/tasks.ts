// The long jobs themselves, as they run on a job worker's thread with its own connection: read
// the data in ONE read transaction (a consistent snapshot, while the main thread keeps serving
// the screens and writing), render, and write the result to a LOCAL temporary file that the
// main thread then copies to the export folder through the safe writer. Lists are read and
// written a page at a time, so their size is bounded by a page, not by the database.
//
// Plain functions over a connection: the worker's entry calls them, and so can a test.
import { createHash } from 'node:crypto';
import { open, stat, writeFile } from 'node:fs/promises';
import { migrateDatabase } from '../../../../db/migrate';
import type { Db } from '../../../../db/open';
import { copyDatabaseTo, finishSnapshot, inspectBackup, upgradeCopy } from '../../../../db/repo/backup/files';
import { annualReportData } from '../../../../db/repo/documents/annualReport';
import { briefingData } from '../../../../db/repo/documents/briefing';
import { postTripData } from '../../../../db/repo/documents/postTrip';
import { actionItemCount, actionItemPages, delegationCount, delegationPages, meetingCount, meetingPages } from '../../../../db/repo/exports/lists';
import { applyIncrement, fileLogSeq, incrementInfo, writeIncrement } from '../../../../db/repo/backup/backupLog';
import { renderAnnualReport } from '../../documents/annualReport';
import { renderBriefing } from '../../documents/briefing';
import { renderPostTrip } from '../../documents/postTrip';
import { CALENDAR_END, calendarEvents, calendarHeader } from '../../exports/calendar';
import { actionItemColumns, delegationColumns, meetingColumns, type Column } from '../../exports/columns';
import { csvHeader, csvLines } from '../../exports/csv';
import { writeTracker, type TrackerSheet } from '../../exports/tracker';
import { exchangeRound } from '../../exchange/round';
import { realExchangeFs, ShareProblem } from '../../exchange/share';
import type { CheckpointResult, InspectResult, QuickCheckResult, RenderResult, RenderTask, SnapshotResult, Task, TaskResult } from './protocol';

export interface TaskControl {
  /** The stage and how far along (0…1) this task is. */
  progress(stage: string, fraction: number): void;
  /** Throws the cancellation error if the job was cancelled. */
  checkpoint(): void;
  /** Lets the thread read its messages (a cancel), then checkpoints. */
  breathe(): Promise<void>;
}

const HASH_CHUNK = 4 * 1024 * 1024;

/** SHA-256 of a rendered local file, read a chunk at a time (a tracker of everything is 200 MB). */
async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.allocUnsafe(HASH_CHUNK);
    let position = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, position);
      if (bytesRead <= 0) break;
      hash.update(buffer.subarray(0, bytesRead));
      position += bytesRead;
    }
    return hash.digest('hex');
  } finally {
    await handle.close();
  }
}

/** Runs `fn` in one read transaction of `db`, awaiting inside it (the worker's connection is its own). */
async function inSnapshot<T>(db: Db, fn: () => Promise<T>): Promise<T> {
  db.exec('BEGIN');
  try {
    return await fn();
  } finally {
    if (db.inTransaction) db.exec('COMMIT');
  }
}

const since = (t: number) => Math.round(performance.now() - t);

/** A text file written a piece at a time: header, pages, footer. */
async function writePieces(file: string, pieces: AsyncIterable<string> | Iterable<string>): Promise<number> {
  const handle = await open(file, 'w');
  let bytes = 0;
  try {
    for await (const piece of pieces) {
      if (!piece) continue;
      const buf = Buffer.from(piece, 'utf8');
      for (let offset = 0; offset < buf.length; ) {
        const { bytesWritten } = await handle.write(buf, offset, buf.length - offset);
        offset += bytesWritten;
      }
      bytes += buf.length;
    }
  } finally {
    await handle.close();
  }
  return bytes;
}

/** Renders the file, then hashes it (on this thread, not the one answering the screens). */
async function renderTask(db: Db, task: RenderTask & { out: string }, control: TaskControl): Promise<RenderResult> {
  const out = await renderFile(db, task, control);
  const t = performance.now();
  const sha256 = await sha256File(task.out);
  return { ...out, sha256, timings: { ...out.timings, hash: since(t) } };
}

async function renderFile(db: Db, task: RenderTask & { out: string }, control: TaskControl): Promise<Omit<RenderResult, 'sha256'>> {
  const started = performance.now();
  switch (task.kind) {
    case 'briefing': {
      control.progress('rendering', 0.05);
      const data = db.transaction(() => briefingData(db, task.meetingId, task.today))();
      const read = since(started);
      await control.breathe();
      control.progress('rendering', 0.4);
      const bytes = await renderBriefing(data, task.language, task.today, task.frame);
      await control.breathe();
      await writeFile(task.out, bytes);
      return { bytes: bytes.length, timings: { read, render: since(started) - read } };
    }
    case 'postTripReport': {
      control.progress('rendering', 0.05);
      const data = db.transaction(() => postTripData(db, task.meetingId, task.today))();
      const read = since(started);
      await control.breathe();
      control.progress('rendering', 0.4);
      const bytes = await renderPostTrip(data, task.language, task.today, task.frame);
      await control.breathe();
      await writeFile(task.out, bytes);
      return { bytes: bytes.length, timings: { read, render: since(started) - read } };
    }
    case 'annualReport': {
      control.progress('rendering', 0.05);
      const data = db.transaction(() => annualReportData(db, task.year, task.today))();
      const read = since(started);
      await control.breathe();
      control.progress('rendering', 0.4);
      const bytes = await renderAnnualReport(data, task.language, task.today, task.frame);
      await control.breathe();
      await writeFile(task.out, bytes);
      return { bytes: bytes.length, timings: { read, render: since(started) - read } };
    }
    case 'tracker': {
      return inSnapshot(db, async () => {
        const totals = { actionItems: actionItemCount(db, task.filter, task.q), meetings: meetingCount(db), delegations: delegationCount(db) };
        const all = Math.max(1, totals.actionItems + totals.meetings + totals.delegations);
        const before: Record<TrackerSheet, number> = { actionItems: 0, meetings: totals.actionItems, delegations: totals.actionItems + totals.meetings };
        const counts = await writeTracker(
          task.out,
          {
            actionItems: actionItemPages(db, task.filter, task.q),
            meetings: meetingPages(db),
            delegations: delegationPages(db),
            filters: task.filters,
            exportedAt: task.exportedAt,
          },
          task.language,
          async (sheet, rows) => {
            control.progress('rendering', (before[sheet] + rows) / all);
            await control.breathe();
          },
        );
        const { size } = await stat(task.out);
        return { bytes: size, rows: counts.actionItems + counts.meetings + counts.delegations, timings: { total: since(started) } };
      });
    }
    case 'csv': {
      return inSnapshot(db, async () => {
        const { list, language: lang } = task;
        const total = Math.max(1, list === 'actionItems' ? actionItemCount(db, task.filter, task.q) : list === 'meetings' ? meetingCount(db, task.filter, task.q) : delegationCount(db, task.filter));
        let rows = 0;
        async function* pieces<R>(columns: Column<R>[], pages: Iterable<R[]>): AsyncGenerator<string> {
          yield csvHeader(columns, lang);
          for (const page of pages) {
            yield csvLines(columns, page, lang);
            rows += page.length;
            control.progress('rendering', rows / total);
            await control.breathe();
          }
        }
        const bytes =
          list === 'actionItems'
            ? await writePieces(task.out, pieces(actionItemColumns, actionItemPages(db, task.filter, task.q)))
            : list === 'meetings'
              ? await writePieces(task.out, pieces(meetingColumns, meetingPages(db, task.filter, task.q)))
              : await writePieces(task.out, pieces(delegationColumns, delegationPages(db, task.filter)));
        return { bytes, rows, timings: { total: since(started) } };
      });
    }
    case 'calendar': {
      const { filter, language, nowIso } = task;
      return inSnapshot(db, async () => {
        const total = Math.max(1, meetingCount(db, filter));
        let rows = 0;
        async function* pieces(): AsyncGenerator<string> {
          yield calendarHeader(language);
          for (const page of meetingPages(db, filter)) {
            yield calendarEvents(page, language, nowIso);
            rows += page.length;
            control.progress('rendering', rows / total);
            await control.breathe();
          }
          yield CALENDAR_END;
        }
        const bytes = await writePieces(task.out, pieces());
        return { bytes, rows, timings: { total: since(started) } };
      });
    }
  }
}

/**
 * The backup's first step: a consistent copy, made self-contained. Its check (quick_check, on
 * another worker) and its SHA-256 (taken while it is copied to the folder) run beside the copy.
 */
async function snapshotTask(db: Db, out: string, control: TaskControl): Promise<SnapshotResult> {
  const t = performance.now();
  control.progress('snapshot', 0);
  let last = 0;
  await copyDatabaseTo(db, out, (fraction) => {
    control.checkpoint();
    // Steps are not awaited by SQLite's loop; progress is enough (the loop turns between steps).
    if (fraction - last >= 0.01) control.progress('snapshot', fraction);
    last = fraction;
  });
  await control.breathe();
  finishSnapshot(out);
  const { size } = await stat(out);
  return { bytes: size, seq: fileLogSeq(out), timings: { snapshot: since(t) } };
}

function inspectTask(task: Extract<Task, { kind: 'inspectBackup' }>): InspectResult {
  const inspection = inspectBackup(task.file, task.migrationsFolder, task.label, { quickCheck: !task.schemaOnly });
  if (task.schemaOnly) return { schemaVersion: inspection.schemaVersion, upgraded: 0 };
  if (inspection.pending > 0) upgradeCopy(task.file, task.migrationsFolder, migrateDatabase);
  return { schemaVersion: inspection.schemaVersion + inspection.pending, upgraded: inspection.pending };
}

function quickCheckTask(db: Db): QuickCheckResult {
  const t = performance.now();
  const rows = db.pragma('quick_check(20)') as Array<{ quick_check: string }>;
  const problems = rows.map((r) => r.quick_check).filter((r) => r !== 'ok');
  return { ok: problems.length === 0, problems, ms: since(t) };
}

/** Copies the log's pages into the database file without waiting for, or blocking, the app's connection (checkpoints.ts). */
function checkpointTask(db: Db): CheckpointResult {
  const t = performance.now();
  const [r] = db.pragma('wal_checkpoint(PASSIVE)') as Array<{ busy: number; log: number; checkpointed: number }>;
  return { log: r?.log ?? -1, checkpointed: r?.checkpointed ?? -1, busy: (r?.busy ?? 0) !== 0, ms: since(t) };
}

/** Runs one task. `db` opens the app's database (on this thread's own connection) when the task needs it. */
export async function runTask(task: Task, db: () => Db, control: TaskControl): Promise<TaskResult> {
  switch (task.kind) {
    case 'snapshot':
      return snapshotTask(db(), task.out, control);
    case 'inspectBackup':
      return inspectTask(task);
    case 'quickCheck':
      return quickCheckTask(db());
    case 'checkpoint':
      return checkpointTask(db());
    case 'increment': {
      const t = performance.now();
      control.progress('snapshot', 0);
      const r = writeIncrement(db(), task.out, { fromSeq: task.fromSeq, schemaVersion: task.schemaVersion, chain: task.chain, createdAt: task.createdAt });
      const { size } = await stat(task.out);
      return { ...r, bytes: size, timings: { increment: since(t) } };
    }
    case 'incrementInfo':
      return { info: incrementInfo(task.file, task.label) };
    case 'applyIncrements': {
      let seq = fileLogSeq(task.base);
      for (const [i, inc] of task.increments.entries()) {
        control.checkpoint();
        control.progress('applying', i / task.increments.length);
        seq = applyIncrement(task.base, inc.file, inc.label, seq).toSeq;
      }
      finishSnapshot(task.base);
      return { seq, applied: task.increments.length };
    }
    case 'exchangeRound': {
      const { clockOffsetMs, dbFile, folder, host, deviceName, officerName, appVersion } = task;
      try {
        const report = await exchangeRound(
          { db: db(), dbFile, folder, fs: realExchangeFs, host, now: () => Date.now() + clockOffsetMs, deviceName, officerName, appVersion },
          // Between batches, the thread reads its messages (a cancel at the desk's stop).
          { betweenBatches: () => control.breathe() },
        );
        return { report };
      } catch (err) {
        // A folder not ready yet (its exchange.json being written) crosses the thread as the errno the desk reads as "offline".
        if (err instanceof ShareProblem && err.kind === 'unreachable') throw Object.assign(new Error(err.messages.en), { code: 'EAGAIN' });
        throw err;
      }
    }
    default:
      return renderTask(db(), task, control);
  }
}
