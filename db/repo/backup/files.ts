// The database-level steps of backup and restore: a consistent copy, checking a backup file,
// replacing the live content with a backup's, and bringing an older backup's schema up to date.
import { AppError } from '../../errors';
import { appliedMigrations, checkMigrationState, readJournal } from '../../migrate';
import { openDatabase, type Db } from '../../open';
import { BACKUP_TABLES, dataTables } from './backupLog';

/**
 * A consistent copy of the database into `file` through SQLite's online backup API. The whole
 * copy runs in ONE read transaction of this connection: a write by another connection meanwhile
 * (the app keeps working) neither tears the copy nor restarts it, and the copy is the database
 * as it was when the transaction began. It goes in steps, so `onStep` can report progress and
 * stop it (by throwing) between them. Must be called outside any transaction of `db`.
 */
export async function copyDatabaseTo(db: Db, file: string, onStep?: (fraction: number) => void): Promise<void> {
  db.exec('BEGIN');
  try {
    // A read makes the transaction real: from here on this connection sees one snapshot.
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    await db.backup(file, {
      progress({ totalPages, remainingPages }) {
        if (totalPages > 0) onStep?.((totalPages - remainingPages) / totalPages);
        return 4096;
      },
    });
  } finally {
    if (db.inTransaction) db.exec('COMMIT');
  }
}

/** A backup file or its local copy: opened as every database is (untrusted schema), never made here, its journal kept. */
function openFile(file: string, readonly: boolean): Db {
  return openDatabase(file, { readonly, mustExist: true, journal: 'keep' });
}

function notADatabase(file: string): AppError {
  return new AppError('VALIDATION', {
    vi: `Tệp ${file} không phải là bản sao lưu dữ liệu của ASOEN Desk. Dữ liệu hiện tại không bị thay đổi.`,
    en: `The file ${file} is not an ASOEN Desk backup. The current data has not been changed.`,
  }, { kind: 'not-a-backup' });
}

function damaged(file: string, detail: string): AppError {
  return new AppError('VALIDATION', {
    vi: `Tệp sao lưu ${file} bị hỏng (${detail}). Dữ liệu hiện tại không bị thay đổi; hãy dùng một bản sao lưu khác.`,
    en: `The backup file ${file} is damaged (${detail}). The current data has not been changed; use another backup.`,
  }, { kind: 'damaged', detail });
}

/** Turns a fresh copy into a self-contained file (rollback journal, not WAL). */
export function finishSnapshot(file: string): void {
  const db = openFile(file, false);
  try {
    db.pragma('journal_mode = DELETE');
  } finally {
    db.close();
  }
}

export interface BackupInspection {
  schemaVersion: number;
  /** The migrations the file still needs to reach this app's schema. */
  pending: number;
}

/**
 * Opens `file` read-only and refuses anything that is not a sound ASOEN Desk database of this
 * or an older schema: not a database, damaged, another application's, newer than this app.
 * `label` is the name the user knows the file by (messages name it, not a temporary copy).
 */
export function inspectBackup(file: string, migrationsFolder: string, label = file, options: { quickCheck?: boolean } = {}): BackupInspection {
  let db: Db;
  try {
    db = openFile(file, true);
  } catch {
    throw notADatabase(label);
  }
  try {
    let check: unknown = 'ok';
    try {
      // Without the quick_check (the schema only, before a backup of changes is applied on it) a
      // file that is no database still fails at its first read below.
      if (options.quickCheck === false) db.prepare('SELECT count(*) FROM sqlite_master').get();
      else check = db.pragma('quick_check', { simple: true });
    } catch (err) {
      const code = (err as { code?: string }).code ?? '';
      if (code === 'SQLITE_NOTADB') throw notADatabase(label);
      throw damaged(label, code || 'quick_check');
    }
    if (check !== 'ok') throw damaged(label, String(check));
    const tables = new Set((db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as Array<{ name: string }>).map((t) => t.name));
    for (const required of ['__drizzle_migrations', 'app_meta', 'meetings', 'action_items', 'change_log']) {
      if (!tables.has(required)) throw notADatabase(label);
    }
    const journal = readJournal(migrationsFolder);
    const applied = appliedMigrations(db);
    try {
      checkMigrationState(applied, journal);
    } catch (err) {
      const kind = (err as AppError).details && ((err as AppError).details as { kind?: string }).kind;
      if (kind === 'database-newer') {
        throw new AppError('VALIDATION', {
          vi: `Tệp sao lưu ${label} được tạo bởi phiên bản ASOEN Desk mới hơn phiên bản đang chạy. Hãy cập nhật ứng dụng trước khi khôi phục; dữ liệu hiện tại không bị thay đổi.`,
          en: `The backup ${label} was made by a newer version of ASOEN Desk than the one running. Update the application before restoring; the current data has not been changed.`,
        }, { kind: 'backup-newer' });
      }
      throw new AppError('VALIDATION', {
        vi: `Lịch sử cấu trúc của tệp sao lưu ${label} không khớp với ứng dụng này (có thể là của ứng dụng khác). Dữ liệu hiện tại không bị thay đổi.`,
        en: `The schema history of the backup ${label} does not match this application (it may belong to another application). The current data has not been changed.`,
      }, { kind: 'schema-mismatch' });
    }
    // Its triggers and views are the ones this app's migrations made at that step, word for
    // word: a trigger added or changed elsewhere would run while the copy is migrated.
    const expected = appSchemaAt(migrationsFolder, journal, applied.length);
    const foreign = [...schemaCode(db)].filter(([key, sql]) => expected.get(key) !== sql).map(([key]) => key);
    if (foreign.length) throw alteredSchema(label, foreign);
    return { schemaVersion: applied.length, pending: journal.length - applied.length };
  } finally {
    db.close();
  }
}

/** The SQL of a database's triggers and views, by 'type name' (spaces evened out). */
function schemaCode(db: Db): Map<string, string> {
  const rows = db.prepare(`SELECT type, name, sql FROM sqlite_master WHERE type IN ('trigger', 'view') AND sql IS NOT NULL`).all() as Array<{ type: string; name: string; sql: string }>;
  return new Map(rows.map((r) => [`${r.type} ${r.name}`, r.sql.replace(/\s+/g, ' ').trim()]));
}

const schemas = new Map<string, Map<string, string>>();

/** The triggers and views of the app's schema after its first `steps` migrations (made once, in memory). */
function appSchemaAt(migrationsFolder: string, journal: ReturnType<typeof readJournal>, steps: number): Map<string, string> {
  const key = `${migrationsFolder}\n${steps}`;
  let code = schemas.get(key);
  if (!code) {
    const db = openDatabase(':memory:', { journal: 'keep' });
    try {
      for (const migration of journal.slice(0, steps)) for (const statement of migration.sql) if (statement.trim()) db.exec(statement);
      code = schemaCode(db);
    } finally {
      db.close();
    }
    schemas.set(key, code);
  }
  return code;
}

function alteredSchema(file: string, objects: string[]): AppError {
  const names = objects.slice(0, 3).join(', ');
  return new AppError('VALIDATION', {
    vi: `Tệp sao lưu ${file} có trigger hoặc view mà ASOEN Desk không tạo ra (${names}): tệp đã bị sửa bên ngoài ứng dụng nên không được khôi phục. Dữ liệu hiện tại không bị thay đổi.`,
    en: `The backup ${file} holds triggers or views that ASOEN Desk does not make (${names}): it was changed outside the application, so it was not restored. The current data has not been changed.`,
  }, { kind: 'schema-altered', objects });
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Keys of app_meta that describe this laptop, not the data: they survive a restore. */
const LOCAL_META = `key = 'device_id' OR key LIKE 'setting.%'`;

/**
 * Replaces every row of the live database with the rows of `sourceFile` (a checked copy at this
 * app's schema version), in ONE transaction on the open connection: either all of it or none.
 * The connection stays open, so every transport of the running app keeps working. This laptop's
 * device id and settings are kept. Must be called outside any transaction (ATTACH needs that).
 */
export function replaceContentFrom(db: Db, sourceFile: string): { tables: number; rows: number } {
  db.prepare(`ATTACH DATABASE ? AS src`).run(sourceFile);
  try {
    // The backups' bookkeeping describes the data this replaces: emptied below, never copied.
    const own = (t: string) => !(BACKUP_TABLES as readonly string[]).includes(t);
    const tables = dataTables(db, 'main').filter(own);
    const srcTables = new Set(dataTables(db, 'src').filter(own));
    const missing = tables.filter((t) => !srcTables.has(t));
    if (missing.length) throw new AppError('VALIDATION', { vi: 'Tệp sao lưu thiếu bảng dữ liệu; dữ liệu hiện tại không bị thay đổi.', en: 'The backup lacks data tables; the current data has not been changed.' }, { missing });
    let rows = 0;
    db.transaction(() => {
      // Foreign keys are checked once, at commit, over the finished copy.
      db.pragma('defer_foreign_keys = ON');
      // The append-only log's own triggers (and the FTS triggers) would refuse or duplicate the copy: set them aside, put them back before commit.
      const triggers = db.prepare(`SELECT name, sql FROM main.sqlite_master WHERE type = 'trigger' AND sql IS NOT NULL`).all() as Array<{ name: string; sql: string }>;
      for (const t of triggers) db.exec(`DROP TRIGGER main.${quote(t.name)}`);
      const keep = db.prepare(`SELECT key, value FROM main.app_meta WHERE ${LOCAL_META}`).all() as Array<{ key: string; value: string }>;
      for (const table of tables) {
        const cols = (db.prepare(`SELECT name FROM pragma_table_info(?, 'main')`).all(table) as Array<{ name: string }>).map((c) => c.name);
        const srcCols = new Set((db.prepare(`SELECT name FROM pragma_table_info(?, 'src')`).all(table) as Array<{ name: string }>).map((c) => c.name));
        const shared = cols.filter((c) => srcCols.has(c)).map(quote).join(', ');
        db.exec(`DELETE FROM main.${quote(table)}`);
        rows += db.prepare(`INSERT INTO main.${quote(table)} (${shared}) SELECT ${shared} FROM src.${quote(table)}`).run().changes;
      }
      db.prepare(`DELETE FROM main.app_meta WHERE ${LOCAL_META}`).run();
      // Every folder's chain of backups ends with data this restore replaced: the next backup to any folder is a full one.
      for (const t of BACKUP_TABLES) db.exec(`DELETE FROM main.${quote(t)}`);
      const put = db.prepare(`INSERT INTO main.app_meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`);
      for (const k of keep) put.run(k.key, k.value);
      const virtual = db.prepare(`SELECT name FROM main.sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%fts5%'`).all() as Array<{ name: string }>;
      for (const v of virtual) db.prepare(`INSERT INTO main.${quote(v.name)} (${quote(v.name)}) VALUES ('rebuild')`).run();
      for (const t of triggers) db.exec(t.sql);
      const violations = db.pragma('foreign_key_check') as unknown[];
      if (violations.length) throw damaged(sourceFile, 'foreign keys');
    }).immediate();
    return { tables: tables.length, rows };
  } finally {
    db.prepare(`DETACH DATABASE src`).run();
  }
}

/** The schema version of the live database (the number of migrations applied). */
export function schemaVersionOf(db: Db): number {
  return appliedMigrations(db).length;
}

/** Counts the rows this connection has changed since it opened: a write between two readings shows. */
export function changeCounter(db: Db): number {
  return (db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
}

/** Brings a checked copy of an older backup up to this app's schema (on the copy, never the live file). */
export function upgradeCopy(file: string, migrationsFolder: string, migrate: (db: Db, options: { migrationsFolder: string }) => unknown): void {
  // Untrusted schema: the copy's own triggers and views cannot call a function with side effects
  // while the migrations change its tables.
  const db = openFile(file, false);
  try {
    migrate(db, { migrationsFolder });
    db.pragma('journal_mode = DELETE');
  } finally {
    db.close();
  }
}
