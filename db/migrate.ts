import { closeSync, fsyncSync, mkdirSync, openSync } from 'node:fs';
import path from 'node:path';
import { readMigrationFiles, type MigrationMeta } from 'drizzle-orm/migrator';
import { AppError } from './errors';
import type { Db } from './open';

// drizzle's own migrator runs inside a transaction, where `PRAGMA foreign_keys=OFF` (which
// drizzle-kit emits before table rebuilds) is a no-op, so cascades could silently delete rows;
// it also never compares the hashes it records and skips migrations older than the last
// applied one. This wrapper keeps drizzle's bookkeeping table and SQL files but applies them
// itself: refuse anything that is not a clean prefix of the journal, back the file up, turn
// foreign keys off on the connection, apply every pending migration and check foreign keys in
// one transaction, and turn them back on.

const TABLE = '__drizzle_migrations';

export interface MigrateOptions {
  migrationsFolder: string;
  /** Folder for the safety copy taken before migrating a database that already holds data. */
  backupDir?: string;
  now?: () => Date;
}

export interface MigrateResult {
  applied: number;
  /** Number of migrations applied in total after this run: the database's schema version. */
  schemaVersion: number;
  backupFile: string | null;
}

interface AppliedRow {
  hash: string;
  created_at: number | string;
}

export function readJournal(migrationsFolder: string): MigrationMeta[] {
  return readMigrationFiles({ migrationsFolder });
}

export function appliedMigrations(db: Db): AppliedRow[] {
  const exists = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(TABLE);
  if (!exists) return [];
  return db.prepare(`SELECT hash, created_at FROM "${TABLE}" ORDER BY created_at, id`).all() as AppliedRow[];
}

/** Throws a clear AppError unless the applied migrations are exactly a prefix of the journal. */
export function checkMigrationState(applied: AppliedRow[], journal: MigrationMeta[]): void {
  const lastKnown = journal.at(-1)?.folderMillis ?? 0;
  const newer = () =>
    new AppError('INTERNAL', {
      vi: 'Tệp dữ liệu này được tạo bởi một phiên bản ASOEN Desk mới hơn phiên bản đang chạy. Hãy cập nhật ứng dụng; tệp dữ liệu không bị thay đổi.',
      en: 'This data file was written by a newer version of ASOEN Desk than the one running. Update the application; the data file has not been changed.',
    }, { kind: 'database-newer', applied: applied.length, known: journal.length });
  if (applied.length > journal.length) throw newer();
  applied.forEach((row, i) => {
    const expected = journal[i]!;
    const at = Number(row.created_at);
    if (at !== expected.folderMillis) {
      if (at > lastKnown) throw newer();
      throw new AppError('INTERNAL', {
        vi: `Lịch sử cập nhật cấu trúc của tệp dữ liệu không khớp với ứng dụng (bước ${i + 1}). Tệp không bị thay đổi; hãy liên hệ bộ phận kỹ thuật và gửi kèm tệp.`,
        en: `The data file's schema history does not match this application (step ${i + 1}). The file has not been changed; contact technical support with the file.`,
      }, { kind: 'not-a-prefix', index: i });
    }
    if (row.hash !== expected.hash) {
      throw new AppError('INTERNAL', {
        vi: `Bước cập nhật cấu trúc thứ ${i + 1} của tệp dữ liệu khác với bước cùng tên trong ứng dụng. Tệp không bị thay đổi; hãy liên hệ bộ phận kỹ thuật và gửi kèm tệp.`,
        en: `Schema step ${i + 1} recorded in the data file differs from the same step in this application. The file has not been changed; contact technical support with the file.`,
      }, { kind: 'hash-mismatch', index: i });
    }
  });
}

function hasUserTables(db: Db): boolean {
  return !!db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' LIMIT 1`).get();
}

function stamp(d: Date): string {
  return d.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
}

/** A consistent copy of the live database, flushed to disk before it is trusted. */
export function snapshotTo(db: Db, target: string): void {
  mkdirSync(path.dirname(target), { recursive: true });
  db.prepare('VACUUM INTO ?').run(target);
  // VACUUM INTO does not fsync its output.
  const fd = openSync(target, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

export function migrateDatabase(db: Db, options: MigrateOptions): MigrateResult {
  const journal = readJournal(options.migrationsFolder);
  const applied = appliedMigrations(db);
  checkMigrationState(applied, journal);
  const pending = journal.slice(applied.length);
  if (pending.length === 0) return { applied: 0, schemaVersion: journal.length, backupFile: null };

  let backupFile: string | null = null;
  const file = db.name;
  if (options.backupDir && file !== ':memory:' && !db.memory && hasUserTables(db)) {
    const base = path.basename(file).replace(/\.sqlite$/i, '');
    backupFile = path.join(options.backupDir, `${base}-${stamp((options.now ?? (() => new Date()))())}-before-schema-${journal.length}.sqlite`);
    snapshotTo(db, backupFile);
  }

  db.pragma('foreign_keys = OFF');
  try {
    db.transaction(() => {
      db.exec(`CREATE TABLE IF NOT EXISTS "${TABLE}" (id INTEGER PRIMARY KEY AUTOINCREMENT, hash text NOT NULL, created_at numeric)`);
      const record = db.prepare(`INSERT INTO "${TABLE}" (hash, created_at) VALUES (?, ?)`);
      for (const migration of pending) {
        for (const statement of migration.sql) {
          if (statement.trim()) db.exec(statement);
        }
        record.run(migration.hash, migration.folderMillis);
      }
      const violations = db.pragma('foreign_key_check') as unknown[];
      if (violations.length > 0) {
        throw new AppError('INTERNAL', {
          vi: 'Cập nhật cấu trúc dữ liệu đã bị hủy vì sẽ làm hỏng liên kết giữa các bản ghi. Dữ liệu vẫn như trước khi cập nhật.',
          en: 'The schema update was cancelled because it would break links between records. The data is as it was before the update.',
        }, { kind: 'foreign-key-violations', violations: violations.slice(0, 20) });
      }
    })();
  } finally {
    db.pragma('foreign_keys = ON');
  }
  return { applied: pending.length, schemaVersion: journal.length, backupFile };
}
