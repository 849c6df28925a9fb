import { copyFileSync } from 'node:fs';
import path from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { openAppDatabase } from '../../db/bootstrap';
import { migrateDatabase } from '../../db/migrate';
import { openDatabase, PRAGMAS, type Db } from '../../db/open';
import { networkPathReason, localDataDir } from '../../db/paths';
import { AppError } from '../../db/errors';
import { applyIncrement, fileLogSeq, incrementInfo, writeIncrement } from '../../db/repo/backup/backupLog';
import { finishSnapshot, inspectBackup, upgradeCopy } from '../../db/repo/backup/files';
import { TEST_NOW, testClock } from '../helpers/app';
import { databaseAtStep, readJournalFile } from '../helpers/migrations';
import { MIGRATIONS_DIR } from '../helpers/paths';
import { tempDir } from '../helpers/tmp';

// Every connection made anywhere in this file's code is watched: when it closes, its settings
// are noted. A connection the code opens and closes inside a function (a backup being checked,
// a restore's copy being migrated…) is otherwise out of a test's reach.
const closed = vi.hoisted(() => [] as Array<{ file: string; trusted: unknown; busy: unknown }>);
vi.mock('better-sqlite3', async (importOriginal) => {
  const real = (await importOriginal<{ default: typeof BetterSqlite3 }>()).default;
  function Watched(...args: ConstructorParameters<typeof BetterSqlite3>): BetterSqlite3.Database {
    const db = new real(...args);
    const close = db.close.bind(db);
    db.close = () => {
      if (db.open) closed.push({ file: db.name, trusted: db.pragma('trusted_schema', { simple: true }), busy: db.pragma('busy_timeout', { simple: true }) });
      return close();
    };
    return db;
  }
  return { default: Watched };
});

/** A database as an app of the step before this one left it, made into a backup file (no WAL). */
function olderBackup(dir: string): string {
  const total = readJournalFile(MIGRATIONS_DIR).entries.length;
  const older = databaseAtStep(total - 1, { dir });
  older.db.pragma('journal_mode = DELETE');
  older.close();
  return older.file;
}

describe('database connection settings', () => {
  const dir = tempDir();

  it('opens every database with WAL, synchronous FULL, foreign keys, a busy timeout and untrusted schema', () => {
    const db = openDatabase(path.join(dir, 'p.sqlite'));
    try {
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('synchronous', { simple: true })).toBe(2);
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
      expect(db.pragma('trusted_schema', { simple: true })).toBe(0);
      expect(PRAGMAS.synchronous).toBe(2);
    } finally {
      db.close();
    }
  });

  it('refuses a live database on a UNC network path, with a message in Vietnamese and English', () => {
    for (const p of ['\\\\fileserver\\asean\\asoen-desk.sqlite', '//fileserver/asean/asoen-desk.sqlite']) {
      let caught: unknown;
      try {
        openDatabase(p);
      } catch (err) {
        caught = err;
      }
      expect(caught).toBeInstanceOf(AppError);
      expect((caught as AppError).messages.vi).toContain('ổ mạng');
      expect((caught as AppError).messages.en).toContain('network drive');
    }
    expect(networkPathReason('C:\\Users\\an\\AppData\\Local\\ASOEN Desk\\x.sqlite', 'win32')).toBeNull();
  });

  it('keeps the data in the local, not the roaming, profile on Windows', () => {
    const dirWin = localDataDir('win32', { LOCALAPPDATA: 'C:\\Users\\an\\AppData\\Local', APPDATA: 'C:\\Users\\an\\AppData\\Roaming' }, 'C:\\Users\\an');
    expect(dirWin).toBe('C:\\Users\\an\\AppData\\Local\\ASOEN Desk');
    expect(localDataDir('win32', {}, 'C:\\Users\\an')).toBe('C:\\Users\\an\\AppData\\Local\\ASOEN Desk');
    expect(localDataDir('linux', {}, '/home/an')).toBe('/home/an/.local/share/asoen-desk');
    expect(localDataDir('darwin', {}, '/Users/an')).toBe('/Users/an/Library/Application Support/ASOEN Desk');
  });

  it('opens every database file the app touches with an untrusted schema: backups checked, copies migrated, increments, job workers', async () => {
    const live = path.join(dir, 'live.sqlite');
    const app = openAppDatabase(live, { migrationsFolder: MIGRATIONS_DIR, now: testClock });
    const backup = path.join(dir, 'backup.sqlite');
    app.db.prepare('VACUUM INTO ?').run(backup);
    closed.length = 0;
    const copy = path.join(dir, 'copy.sqlite');
    copyFileSync(backup, copy);
    inspectBackup(backup, MIGRATIONS_DIR);
    fileLogSeq(backup);
    incrementInfo(backup);
    finishSnapshot(copy);
    upgradeCopy(copy, MIGRATIONS_DIR, migrateDatabase);
    const inc = path.join(dir, 'changes.sqlite');
    writeIncrement(app.db, inc, { fromSeq: 0, schemaVersion: 1, chain: [{ file: 'backup.sqlite', sha256: '0'.repeat(64), bytes: 1, seq: 0 }], createdAt: TEST_NOW });
    incrementInfo(inc);
    applyIncrement(copy, inc, 'changes.sqlite', 0);
    app.db.close();
    const files = closed.map((c) => path.basename(c.file));
    for (const f of ['backup.sqlite', 'copy.sqlite', 'changes.sqlite', 'live.sqlite']) expect(files).toContain(f);
    expect(closed.length).toBeGreaterThanOrEqual(9);
    for (const c of closed) expect({ file: path.basename(c.file), trusted: c.trusted, busy: c.busy }).toEqual({ file: path.basename(c.file), trusted: 0, busy: PRAGMAS.busy_timeout });

    // A job worker's own connections: to the app's file (read-only, or to checkpoint) and to an in-memory image.
    const { openTaskDatabase } = await import('../../electron/services/jobs/worker/connection');
    const image = openDatabase(':memory:').serialize();
    for (const [source, write] of [[{ file: live }, false], [{ file: live }, true], [{ image }, false]] as const) {
      const db: Db = openTaskDatabase(source, undefined, write);
      try {
        expect(db.pragma('trusted_schema', { simple: true })).toBe(0);
        expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      } finally {
        db.close();
      }
    }
  });

  it("does not let an older backup's own trigger call a function while its copy is migrated", () => {
    const file = olderBackup(path.join(dir, 'crafted'));
    // The crafted backup: a trigger on the table every migration step writes its record into,
    // calling a function with a side effect (here one the connection offers, as an app could).
    const crafted = openDatabase(file, { journal: 'keep' });
    crafted.function('side_effect', () => 1);
    crafted.exec(`CREATE TABLE IF NOT EXISTS loot (x); CREATE TRIGGER grab AFTER INSERT ON __drizzle_migrations BEGIN INSERT INTO loot VALUES (side_effect()); END`);
    crafted.close();
    const calls: string[] = [];
    const migrateOffering = (db: Db, options: { migrationsFolder: string }) => {
      db.function('side_effect', () => {
        calls.push('ran');
        return 1;
      });
      return migrateDatabase(db, options);
    };
    expect(() => upgradeCopy(file, MIGRATIONS_DIR, migrateOffering)).toThrow(/unsafe use of side_effect\(\)/);
    expect(calls).toEqual([]);
    // Nothing of the migration stayed: the copy is as it was, and refused.
    const after = openDatabase(file, { readonly: true });
    try {
      expect(after.prepare('SELECT count(*) AS n FROM loot').get()).toEqual({ n: 0 });
      expect(after.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get()).toEqual({ n: readJournalFile(MIGRATIONS_DIR).entries.length - 1 });
    } finally {
      after.close();
    }
  });
});
