import { MIGRATIONS_DIR } from './paths';
import type { Clock } from '../../common/clock';
import { openAppDatabase } from '../../db/bootstrap';
import { loadSampleData } from '../../db/seed/load';
import type { Envelope, MethodName, Input, Output } from '../../electron/contract';
import type { HandlerContext } from '../../electron/handlers/context';
import type { Dispatch } from '../../electron/handlers/dispatch';
import { createDesk, type Desk, type DeskEnvironment } from '../../electron/runtime/desk';
import type { ExportEnv } from '../../electron/services/exports/exportJobs';
import { WorkerPool } from '../../electron/services/jobs/worker/pool';

export const MIGRATIONS = MIGRATIONS_DIR;

/**
 * The moment every test's desk lives at unless it says otherwise: 21/11/2026 10:00 in Ha Noi,
 * the sample desk's "today". No test reads the machine's clock.
 */
export const TEST_NOW = '2026-11-21T03:00:00.000Z';
export const testClock = (): Date => new Date(TEST_NOW);

/**
 * The job workers of this test process: one pool that every test app shares (passed to each
 * desk, not found through a global), so a test file starts its worker threads once.
 */
export const testWorkers = new WorkerPool();

export interface TestApp {
  desk: Desk;
  ctx: HandlerContext;
  dispatch: Dispatch;
  /** Calls a method and returns its value, failing the test on an error envelope. */
  call<M extends MethodName>(method: M, input: Input<M>): Output<M>;
  /** Calls a method and returns the raw envelope. */
  raw(method: string, input: unknown): Envelope<unknown>;
  close(): void;
}

// Migrating and seeding a database takes a while; an in-memory test app starts from an image of
// one made once per test process (with the sample desk, made at the tests' fixed moment, or
// without), so a test pays only for the copy.
const templates = new Map<'plain' | 'sample', Buffer>();
function template(kind: 'plain' | 'sample'): Buffer {
  let image = templates.get(kind);
  if (!image) {
    const opened = openAppDatabase(':memory:', { migrationsFolder: MIGRATIONS, now: testClock });
    if (kind === 'sample') opened.db.transaction(() => loadSampleData(opened.db, { now: TEST_NOW, deviceId: opened.deviceId }))();
    // Each app made from the image is a laptop of its own: it makes its own device id.
    opened.db.prepare(`DELETE FROM app_meta WHERE key = 'device_id'`).run();
    image = opened.db.serialize();
    opened.db.close();
    templates.set(kind, image);
  }
  return image;
}

export interface TestAppOptions extends Partial<Omit<DeskEnvironment, 'file' | 'clock'>> {
  file?: string;
  sample?: boolean;
  now?: Clock;
}

/** A fresh app built by the app's own composition root on an in-memory (or given) database: migrated, reference data seeded. */
export function createTestApp(options: TestAppOptions = {}): TestApp {
  const { file, sample, now: given, ...rest } = options;
  const now = given ?? testClock;
  // The templates were made at the fixed moment: a test with a clock of its own, or a file, builds its own.
  const image = file === undefined && given === undefined ? template(sample ? 'sample' : 'plain') : undefined;
  const desk = createDesk({
    file: file ?? ':memory:',
    migrationsFolder: MIGRATIONS,
    appVersion: '0.0.0-test',
    clock: now,
    workers: testWorkers,
    log: () => undefined,
    ...(image ? { image } : {}),
    ...rest,
  });
  if (sample && !image) desk.database.db.transaction(() => loadSampleData(desk.database.db, { now: now().toISOString(), deviceId: desk.database.deviceId }))();
  const dispatch = desk.dispatch;
  return {
    desk,
    ctx: desk.ctx,
    dispatch,
    raw: (method, input) => JSON.parse(JSON.stringify(dispatch(method, input))) as Envelope<unknown>,
    call(method, input) {
      const envelope = JSON.parse(JSON.stringify(dispatch(method, input))) as Envelope<unknown>;
      if (!envelope.ok) throw new Error(`${method} failed: ${envelope.error.code} ${envelope.error.message.en}`);
      return envelope.value as never;
    },
    close: () => {
      desk.services.checkpoints.stop();
      if (desk.database.db.open) desk.database.db.close();
    },
  };
}

/** Sets the file system, retry policy or folders of a test app's exports (tests inject faults here). */
export function configureExports(app: TestApp, env: Partial<Omit<ExportEnv, 'workers'>>): void {
  Object.assign(app.ctx.services.exports, env);
}
