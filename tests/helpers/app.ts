import { MIGRATIONS_DIR } from './paths';
import { openAppDatabase } from '../../db/bootstrap';
import { loadSampleData } from '../../db/seed/load';
import type { Envelope, MethodName, Input, Output } from '../../electron/contract';
import type { HandlerContext } from '../../electron/handlers/context';
import { createDispatcher, type Dispatch } from '../../electron/handlers/dispatch';
import { configureExports } from '../../electron/services/exportJobs';

export const MIGRATIONS = MIGRATIONS_DIR;

/**
 * The moment every test's desk lives at unless it says otherwise: 21/11/2026 10:00 in Ha Noi,
 * the sample desk's "today". No test reads the machine's clock.
 */
export const TEST_NOW = '2026-11-21T03:00:00.000Z';
export const testClock = (): Date => new Date(TEST_NOW);

export interface TestApp {
  ctx: HandlerContext;
  dispatch: Dispatch;
  /** Calls a method and returns its value, failing the test on an error envelope. */
  call<M extends MethodName>(method: M, input: Input<M>): Output<M>;
  /** Calls a method and returns the raw envelope. */
  raw(method: string, input: unknown): Envelope<unknown>;
  close(): void;
}

/** A fresh app on an in-memory (or given) database: migrated, reference data seeded. */
export function createTestApp(options: { file?: string; sample?: boolean; now?: () => Date } = {}): TestApp {
  const now = options.now ?? testClock;
  const opened = openAppDatabase(options.file ?? ':memory:', { migrationsFolder: MIGRATIONS, now });
  configureExports(opened.db, { migrationsFolder: MIGRATIONS });
  const ctx: HandlerContext = {
    db: opened.db,
    deviceId: opened.deviceId,
    dataFile: opened.file,
    appVersion: '0.0.0-test',
    schemaVersion: opened.migration.schemaVersion,
    now,
  };
  if (options.sample) {
    opened.db.transaction(() => loadSampleData(opened.db, { now: now().toISOString(), deviceId: opened.deviceId }))();
  }
  const dispatch = createDispatcher(ctx, { log: () => undefined });
  return {
    ctx,
    dispatch,
    raw: (method, input) => JSON.parse(JSON.stringify(dispatch(method, input))) as Envelope<unknown>,
    call(method, input) {
      const envelope = JSON.parse(JSON.stringify(dispatch(method, input))) as Envelope<unknown>;
      if (!envelope.ok) throw new Error(`${method} failed: ${envelope.error.code} ${envelope.error.message.en}`);
      return envelope.value as never;
    },
    close: () => opened.db.close(),
  };
}
