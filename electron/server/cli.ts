// `npm run web`: the whole app (the same API, the same database code) in a browser, for
// machines without the Electron runtime. Prints one line: the URL to open.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { clockFrom, officeMorning, systemClock, type Clock } from '../../common/clock';
import { AppError } from '../../db/errors';
import { assertLocalPath, DATABASE_FILE, localDataDir } from '../../db/paths';
import { createDesk, type Desk } from '../runtime/desk';
import { startWebServer } from './http';

const root = path.resolve(import.meta.dirname, '../..');

function fail(vi: string, en: string): never {
  process.stderr.write(`${vi}\n${en}\n`);
  process.exit(1);
}

/** The desk's clock: the system's, or one started at a fixed moment (--now) or office day (--today). */
function clockOf(now: string | undefined, today: string | undefined): Clock {
  if (now !== undefined && today !== undefined) fail('Chỉ dùng một trong hai tuỳ chọn --now và --today.', 'Use one of --now and --today, not both.');
  if (today !== undefined) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(today) || Number.isNaN(Date.parse(`${today}T00:00:00Z`)) || new Date(`${today}T00:00:00Z`).toISOString().slice(0, 10) !== today) {
      fail(`Ngày không hợp lệ cho --today: ${today} (cần dạng YYYY-MM-DD).`, `Not a valid date for --today: ${today} (expected YYYY-MM-DD).`);
    }
    return clockFrom(officeMorning(today));
  }
  if (now !== undefined) {
    const at = new Date(now);
    if (!/^\d{4}-\d{2}-\d{2}T/.test(now) || Number.isNaN(at.getTime())) fail(`Thời điểm không hợp lệ cho --now: ${now} (cần dạng ISO, ví dụ 2026-12-31T23:30:00Z).`, `Not a valid moment for --now: ${now} (expected ISO-8601, e.g. 2026-12-31T23:30:00Z).`);
    return clockFrom(at);
  }
  return systemClock;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      data: { type: 'string' },
      sample: { type: 'boolean', default: false },
      port: { type: 'string' },
      // A fixed moment (ISO-8601) or office day (YYYY-MM-DD) for tests and demos; the clock
      // then runs on from there. Without them the desk's today is the real office day.
      now: { type: 'string' },
      today: { type: 'string' },
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

  const clock = clockOf(values.now, values.today);
  let desk: Desk;
  try {
    desk = createDesk({
      file: path.join(dataDir, DATABASE_FILE),
      migrationsFolder: path.join(root, 'migrations'),
      appVersion: (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version,
      clock,
    });
  } catch (err) {
    if (err instanceof AppError) fail(err.messages.vi, err.messages.en);
    throw err;
  }
  if (values.sample) {
    const result = desk.dispatch('sample.load', {});
    if (!result.ok) fail(result.error.message.vi, result.error.message.en);
  }
  const web = await startWebServer({ dispatch: desk.dispatch, staticDir, port });
  process.stdout.write(`ASOEN Desk: ${web.url}\n`);
  // Once the app answers: checkpoints, the integrity check, a worker ready for the first document.
  desk.startBackground();

  const stop = () => {
    // The same stop as the desktop app's: running jobs cancelled and recorded, the log
    // checkpointed, the database closed.
    void Promise.all([web.close(), desk.stop()]).finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
