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
/** A stop that has not finished by then (a job stuck in a read that no cancel reaches) is cut short. */
const STOP_DEADLINE_MS = 5_000;
/** How often the server checks that the process that started it (npm, a shell, a test) is still there. */
const PARENT_CHECK_MS = 1_000;

/** Whether the process `pid` still exists (EPERM: it does, but is not ours to signal). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

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
      // The built renderer to serve (dist/ by default). The crash test (scripts/soak-kill.ts)
      // passes a one-page stand-in: it drives the API only and must not need a build.
      static: { type: 'string' },
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
  const staticDir = values.static !== undefined ? path.resolve(values.static) : path.join(root, 'dist');
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

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    setTimeout(() => {
      process.stderr.write(
        `Dừng sau ${STOP_DEADLINE_MS / 1000} giây dù một việc (xuất tệp, sao lưu hoặc khôi phục) chưa kết thúc; việc đó không được hoàn tất.\n` +
          `Stopped after ${STOP_DEADLINE_MS / 1000} s although a job (an export, backup or restore) had not finished; that job was not completed.\n`,
      );
      try {
        if (desk.database.db.open) desk.database.db.close();
      } finally {
        // Not process.exit(): Node's exit joins the threads of its pool, and the stuck one never
        // returns (seen with a restore reading a named pipe). The log is recovered on the next open.
        process.kill(process.pid, 'SIGKILL');
      }
    }, STOP_DEADLINE_MS);
    // The same stop as the desktop app's: running jobs cancelled and recorded, the log
    // checkpointed, the database closed. The HTTP server drops its keep-alive connections at once.
    Promise.all([web.close(), desk.stop()]).then(
      () => process.exit(0),
      (err: unknown) => {
        process.stderr.write(`Lỗi khi dừng ứng dụng.\nThe application failed while stopping.\n${String(err)}\n`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  process.on('SIGHUP', stop);
  // `npm run web` runs this under npm and a shell: killing npm (a terminal, a test) does not
  // reach this process. When the process that started it goes, so does the server.
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent || !alive(parent)) stop();
  }, PARENT_CHECK_MS).unref();
}

void main();
