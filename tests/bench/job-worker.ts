// A long job on its own thread and its own connection (WAL lets it read while the main thread
// serves the screens). With `method`, it dispatches that export through the app's dispatcher
// and polls jobs.status until the file is written; otherwise it runs the stand-in: every action
// item read through the repository in keyset pages of 500 and formatted as CSV lines.
import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase } from '../../db/open';
import { actionItems } from '../../db/repo/entities';
import type { HandlerContext } from '../../electron/handlers/context';
import { createDispatcher } from '../../electron/handlers/dispatch';

interface Job {
  file: string;
  method?: string;
  input?: unknown;
  /** Repeat the job until this many ms have passed (at least once). */
  minMs: number;
}

interface JobView {
  jobId: string;
  state: string;
  result: { bytes: number } | null;
  error: { message: { en: string } } | null;
}

const job = workerData as Job;
const db = openDatabase(job.file);

async function exportOnce(): Promise<number> {
  const ctx: HandlerContext = { db, deviceId: 'bench-worker', dataFile: job.file, appVersion: 'bench', schemaVersion: 0, now: () => new Date('2026-11-21T03:00:00.000Z') };
  const dispatch = createDispatcher(ctx, { log: () => undefined });
  const envelope = dispatch(job.method!, job.input);
  if (!envelope.ok) throw new Error(`${job.method} failed: ${envelope.error.message.en}`);
  let view = envelope.value as JobView;
  while (view.state === 'running') {
    await new Promise((r) => setTimeout(r, 5));
    const polled = dispatch('jobs.status', { jobId: view.jobId });
    if (!polled.ok) throw new Error(`jobs.status failed: ${polled.error.message.en}`);
    view = polled.value as JobView;
  }
  if (view.state !== 'done') throw new Error(`${job.method} ended ${view.state}: ${view.error?.message.en ?? ''}`);
  return view.result?.bytes ?? 0;
}

function standInOnce(): { rows: number; bytes: number } {
  let cursor: string | null = null;
  let rows = 0;
  let bytes = 0;
  do {
    const page = db.transaction(() => actionItems.list(db, { sort: { field: 'createdAt', dir: 'asc' }, limit: 500, cursor }))();
    for (const r of page.items) {
      const line = [r.id, r.title, r.status, r.dueDate ?? '', r.leadAgencyId ?? ''].map((v) => `"${String(v).replace(/"/g, '""')}"`).join(',');
      bytes += line.length + 1;
    }
    rows += page.items.length;
    cursor = page.nextCursor;
  } while (cursor);
  return { rows, bytes };
}

async function main(): Promise<void> {
  const started = performance.now();
  let runs = 0;
  let rows = 0;
  let bytes = 0;
  do {
    if (job.method) bytes += await exportOnce();
    else {
      const r = standInOnce();
      rows += r.rows;
      bytes += r.bytes;
    }
    runs++;
  } while (performance.now() - started < job.minMs);
  db.close();
  parentPort?.postMessage({ runs, rows, bytes, ms: performance.now() - started });
}

main().catch((err: unknown) => parentPort?.postMessage({ error: String(err) }));
