// The one composition root: builds a running desk (its database, dispatcher, job workers and
// scheduled work) from an environment, and stops it in one order. The Electron main process,
// the browser mode and the tests all build their desk here, so none of them wires the parts by
// hand and all of them stop the same way.
import { systemClock, type Clock } from '../../common/clock';
import { openAppDatabase, type AppDatabase, type OpenStep } from '../../db/bootstrap';
import { createDispatcher, type Dispatch } from '../handlers/dispatch';
import type { DeskServices, HandlerContext } from '../handlers/context';
import { Checkpoints } from '../services/checkpoints';
import { ExchangeService } from '../services/exchange/scheduler';
import type { ExchangeFs } from '../services/exchange/share';
import { exportEnvOf } from '../services/exports/exportJobs';
import type { RetryPolicy } from '../services/files/atomicWrite';
import type { ExportFs } from '../services/files/fs';
import { sweepStaleTempDirs } from '../services/files/localTemp';
import { sweepTempFiles } from '../services/files/tempFiles';
import { recentExportFolders } from '../../db/repo/exports/exportLog';
import { exportFolderOf } from '../handlers/settings';
import { IntegrityCheck } from '../services/integrity';
import { JobRegistry } from '../services/jobs/jobs';
import { WorkerPool } from '../services/jobs/worker/pool';

export interface DeskEnvironment {
  /** The database file (local disk only), or ':memory:' in tests. */
  file: string;
  /** Tests: an in-memory database made from this image of a migrated one (a template). */
  image?: Buffer;
  migrationsFolder: string;
  appVersion: string;
  /** The clock the desk's today follows: the system's unless a test or demo fixes it. */
  clock?: Clock;
  /** The Electron build of better-sqlite3's addon (the main connection and the workers'). */
  nativeBinding?: string;
  /** Where the backup taken before a migration goes (beside the file unless set). */
  backupDir?: string;
  /** The job workers, when the caller shares one pool between desks (the tests); else the desk's own. */
  workers?: WorkerPool;
  /** The exports' file system and retry policy (tests inject faults), and the local temporary folder. */
  fs?: ExportFs;
  retry?: RetryPolicy;
  tempRoot?: string;
  /** How long after the last write a checkpoint starts. */
  checkpointQuietMs?: number;
  /** Where unexpected errors are reported. */
  log?: (message: string, error: unknown) => void;
  /** Told how long each step of the opening took (the bench). */
  onStep?: (step: OpenStep, ms: number) => void;
  /** The exchange's file system (tests make a folder unreachable), this computer's name, and how long the last round at stop may take. */
  exchangeFs?: ExchangeFs;
  exchangeHost?: string;
  exchangeFinalRoundMs?: number;
  exchangeProbeMs?: number;
}

export interface Desk {
  database: AppDatabase;
  ctx: HandlerContext;
  dispatch: Dispatch;
  services: DeskServices;
  /**
   * The work that runs beside the screens once the desk answers: checkpoints on the workers, the
   * integrity check of the file, a worker started ahead of the first document, and the removal of
   * job folders a stopped run left behind.
   */
  startBackground(): void;
  /** Stops the desk: running jobs are cancelled and awaited, the log checkpointed, the database closed. */
  stop(): Promise<void>;
}

export function createDesk(env: DeskEnvironment): Desk {
  const clock = env.clock ?? systemClock;
  const binding = env.nativeBinding ? { nativeBinding: env.nativeBinding } : {};
  const database = openAppDatabase(env.file, {
    migrationsFolder: env.migrationsFolder,
    now: clock,
    ...binding,
    ...(env.backupDir ? { backupDir: env.backupDir } : {}),
    ...(env.image ? { image: env.image } : {}),
    ...(env.onStep ? { onStep: env.onStep } : {}),
  });
  const ownWorkers = !env.workers;
  const workers = env.workers ?? new WorkerPool();
  const services: DeskServices = {
    jobs: new JobRegistry(clock),
    exports: exportEnvOf(workers, {
      migrationsFolder: env.migrationsFolder,
      ...binding,
      ...(env.fs ? { fs: env.fs } : {}),
      ...(env.retry ? { retry: env.retry } : {}),
      ...(env.tempRoot ? { tempRoot: env.tempRoot } : {}),
    }),
    workers,
    checkpoints: new Checkpoints(database.db, workers, { ...binding, ...(env.checkpointQuietMs !== undefined ? { quietMs: env.checkpointQuietMs } : {}) }),
    integrity: new IntegrityCheck(database.db, workers, { now: clock, ...binding }),
    exchange: new ExchangeService({
      db: database.db,
      dbFile: database.file,
      now: clock,
      appVersion: env.appVersion,
      schemaVersion: database.migration.schemaVersion,
      // Rounds run on the job workers (their own connection); an injected file system keeps them on this thread.
      workers,
      ...binding,
      ...(env.exchangeFs ? { fs: env.exchangeFs } : {}),
      ...(env.exchangeHost ? { host: env.exchangeHost } : {}),
      ...(env.exchangeFinalRoundMs !== undefined ? { finalRoundMs: env.exchangeFinalRoundMs } : {}),
      ...(env.exchangeProbeMs !== undefined ? { probeMs: env.exchangeProbeMs } : {}),
      ...(env.log ? { log: env.log } : {}),
    }),
  };
  const ctx: HandlerContext = {
    db: database.db,
    deviceId: database.deviceId,
    dataFile: database.file,
    appVersion: env.appVersion,
    schemaVersion: database.migration.schemaVersion,
    now: clock,
    services,
  };
  const dispatch = createDispatcher(ctx, env.log ? { log: env.log } : {});
  let stopping: Promise<void> | null = null;

  return {
    database,
    ctx,
    dispatch,
    services,
    startBackground() {
      // Saves do not wait for the log's checkpoints: a worker runs them once the desk is quiet.
      services.checkpoints.start();
      // The integrity check of the data file, on a worker (Settings shows it).
      services.integrity.start();
      // The exchange with the shared folder set in Settings: a round now, then every few minutes.
      services.exchange.start();
      // A second worker, ready for the first document (a thread and its libraries take a moment).
      workers.prewarm();
      void sweepStaleTempDirs(env.tempRoot);
      // The temporary files a killed run left in the folders it wrote to, one folder at a time
      // (a share that does not answer holds one of Node's file threads, not all of them). A
      // folder not listed here is swept by the next export to it.
      const exportFolder = exportFolderOf(ctx);
      const folders = new Set([...(exportFolder ? [exportFolder] : []), ...recentExportFolders(database.db)]);
      void (async () => {
        for (const folder of folders) await sweepTempFiles(folder);
      })();
    },
    stop() {
      stopping ??= (async () => {
        // A running export, backup or restore is cancelled (it writes nothing half) and recorded
        // before the database closes. The workers stop next: a cancelled task may still hold its
        // own connection to the file for a moment. Closing the app's connection last, SQLite
        // writes the log into the file and removes it.
        // One last exchange round first (bounded in time), so this laptop's latest changes reach the folder.
        await services.exchange.stop();
        services.integrity.stop();
        services.jobs.cancelAll();
        await services.jobs.idle();
        await services.checkpoints.idle();
        services.checkpoints.stop();
        if (ownWorkers) await workers.close();
        if (database.db.open) database.db.close();
      })();
      return stopping;
    },
  };
}
