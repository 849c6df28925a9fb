// The job worker's thread: takes one task at a time from the main thread, opens its OWN
// connection to the app's database for it (WAL: it reads a consistent snapshot while the main
// thread keeps serving the screens), runs it, and answers with the result or the error. A
// cancel message stops the task at its next step. Built as its own bundle for Electron
// (dist-electron/jobs-worker.cjs); run from source under tsx otherwise.
import { parentPort } from 'node:worker_threads';
import { AppError } from '../../../../db/errors';
import { useNativeBinding, type Db } from '../../../../db/open';
import { openTaskDatabase } from './connection';
import { cancelledError } from '../jobs';
import type { FromWorker, ToWorker, WireError } from './protocol';
import { runTask, type TaskControl } from './tasks';
import { warmTracker } from '../../exports/tracker';

const port = parentPort;
if (!port) throw new Error('The job worker must run on a worker thread.');

const cancelled = new Set<number>();
const send = (message: FromWorker) => port.postMessage(message);

function toWire(err: unknown): WireError {
  if (err instanceof AppError) return { app: true, code: err.code, messages: err.messages, ...(err.details !== undefined ? { details: err.details } : {}) };
  const e = err as { message?: unknown; code?: unknown; stack?: unknown };
  return {
    app: false,
    message: typeof e?.message === 'string' ? e.message : String(err),
    ...(typeof e?.code === 'string' ? { code: e.code } : {}),
    ...(typeof e?.stack === 'string' ? { stack: e.stack } : {}),
  };
}

async function run(message: Extract<ToWorker, { type: 'run' }>): Promise<void> {
  const { id } = message;
  let db: Db | undefined;
  const control: TaskControl = {
    progress: (stage, fraction) => send({ type: 'progress', id, stage, fraction: Math.max(0, Math.min(1, fraction)) }),
    checkpoint: () => {
      if (cancelled.has(id)) throw cancelledError();
    },
    breathe: async () => {
      await new Promise<void>((resolve) => setImmediate(resolve));
      control.checkpoint();
    },
  };
  try {
    // Every file this task opens (a backup's copy, an increment, the app's database) opens with
    // the desk's build of the addon (Electron's, under Electron).
    useNativeBinding(message.nativeBinding);
    control.checkpoint();
    const result = await runTask(message.task, () => (db ??= openTaskDatabase(message.source, message.nativeBinding, message.task.kind === 'checkpoint' || message.task.kind === 'exchangeRound')), control);
    send({ type: 'done', id, result });
  } catch (err) {
    send({ type: 'failed', id, error: toWire(err) });
  } finally {
    cancelled.delete(id);
    try {
      db?.close();
    } catch {
      // Closing a connection that failed to open; nothing to release.
    }
  }
}

port.on('message', (message: ToWorker) => {
  if (message.type === 'cancel') cancelled.add(message.id);
  // The workbook library loads when a workbook is first written (see tracker.ts); a worker
  // started ahead of the jobs loads it now, in the background, and writes a small workbook into
  // nothing (warmTracker), so that the first tracker waits neither for the library nor for V8
  // to compile it.
  else if (message.type === 'warm') void warmTracker().catch(() => undefined);
  else void run(message);
});
