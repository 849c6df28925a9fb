// `npm run web`: the whole app (the same API, the same database code) in a browser, for
// machines without the Electron runtime. Prints one line: the URL to open.
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openAppDatabase } from '../../db/bootstrap';
import { AppError } from '../../db/errors';
import { assertLocalPath, DATABASE_FILE, localDataDir } from '../../db/paths';
import { createDispatcher } from '../handlers/dispatch';
import { configureExports } from '../services/exportJobs';
import { startIntegrityCheck } from '../services/integrity';
import { checkpointsIdle, startCheckpoints, stopCheckpoints } from '../services/checkpoints';
import { workerPool } from '../services/worker/pool';
import { sweepStaleTempDirs } from '../services/localTemp';
import { jobsFor } from '../services/jobs';
import { startWebServer } from './http';

const root = path.resolve(import.meta.dirname, '../..');

function fail(vi: string, en: string): never {
  process.stderr.write(`${vi}\n${en}\n`);
  process.exit(1);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      data: { type: 'string' },
      sample: { type: 'boolean', default: false },
      port: { type: 'string' },
    },
    allowPositionals: false,
  });
  try {
    // Checked as typed: resolving would turn //server/share into a local-looking path.
    if (values.data !== undefined) assertLocalPath(values.data);
  } catch (err) {
    if (err instanceof AppError) fail(err.messages.vi, err.messages.en);
    throw err;
  }
  const dataDir = path.resolve(values.data ?? localDataDir());
  const staticDir = path.join(root, 'dist');
  if (!existsSync(path.join(staticDir, 'index.html'))) {
    fail('Chưa có giao diện đã dựng: hãy chạy `npm run web` (lệnh này dựng giao diện trước).', 'The renderer is not built: run `npm run web` (it builds the renderer first).');
  }
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`Cổng không hợp lệ: ${values.port}.`, `Not a valid port: ${values.port}.`);

  let opened;
  try {
    opened = openAppDatabase(path.join(dataDir, DATABASE_FILE), { migrationsFolder: path.join(root, 'migrations') });
  } catch (err) {
    if (err instanceof AppError) fail(err.messages.vi, err.messages.en);
    throw err;
  }
  configureExports(opened.db, { migrationsFolder: path.join(root, 'migrations') });
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
  const dispatch = createDispatcher({
    db: opened.db,
    deviceId: opened.deviceId,
    dataFile: opened.file,
    appVersion: pkg.version,
    schemaVersion: opened.migration.schemaVersion,
    now: () => new Date(),
  });
  if (values.sample) {
    const result = dispatch('sample.load', {});
    if (!result.ok) fail(result.error.message.vi, result.error.message.en);
  }
  const web = await startWebServer({ dispatch, staticDir, port });
  process.stdout.write(`ASOEN Desk: ${web.url}\n`);
  // Once the app answers: the integrity check of the data file, on a worker (Settings shows it),
  // and the local folders of jobs that an earlier run left behind when it was stopped mid-job.
  startIntegrityCheck(opened.db);
  // Saves do not wait for the log's checkpoints: a worker runs them once the desk is quiet.
  startCheckpoints(opened.db);
  // A second worker, ready for the first document (a thread and its libraries take a moment).
  workerPool().prewarm();
  void sweepStaleTempDirs();

  const stop = () => {
    // Let an export in progress finish and record itself before the database closes.
    void Promise.all([web.close(), jobsFor(opened.db).idle(), checkpointsIdle(opened.db)]).finally(() => {
      stopCheckpoints(opened.db);
      opened.db.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
