// What the backup tests compare and how they run a backup or restore job to its end.
import type { ExportJob, Input } from '../../electron/contract';
import type { TestApp } from './app';

/**
 * The user's data, table by table, each table's rows sorted (a restore copies rows, not SQLite's
 * rowids): not the export log, this laptop's meta or the backups' own bookkeeping, which a
 * restore keeps, adds to or empties.
 */
export function userData(app: TestApp): Record<string, string[]> {
  const db = app.ctx.db;
  const out: Record<string, string[]> = {};
  const tables = db
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_fts%' AND name NOT IN ('exports', 'app_meta', 'backup_log', 'backup_chains') ORDER BY name`)
    .all() as Array<{ name: string }>;
  for (const { name } of tables) out[name] = (db.prepare(`SELECT * FROM "${name}"`).all() as unknown[]).map((r) => JSON.stringify(r)).sort();
  return out;
}

/** Starts a backup or a restore and waits for its job to end: the job as jobs.status reports it. */
export async function runBackupJob<M extends 'backup.create' | 'backup.restore'>(app: TestApp, method: M, input: Input<M>): Promise<ExportJob> {
  const started = app.call(method, input) as ExportJob;
  await app.ctx.services.jobs.wait(started.jobId);
  return app.call('jobs.status', { jobId: started.jobId });
}
