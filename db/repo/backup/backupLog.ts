// Backups of changes: what the database-level side of an incremental backup needs.
//
// Triggers on every data table (migration 0013, generated from `trackingTriggers` below) append
// the table and the row's primary key to backup_log on each insert, update and delete, whatever
// wrote it: the app's repositories, a trigger, a reorganisation. A folder's first backup is a
// full copy; each later one is a small SQLite file of the rows whose keys were logged since the
// folder's last backup (their current images, or their absence: deleted), read in one snapshot.
// A restore copies the full backup and applies the backups of changes in order, raw: the rows
// go in as they were, with the app's own triggers set aside (derived rows are in the file too);
// the search index's triggers stay, so the index follows the documents.
import { z } from 'zod';
import { AppError } from '../../errors';
import { openDatabase, type Db } from '../../open';
import { statement } from '../core/statements';

/** The backups' own bookkeeping: never logged, never copied row by row, emptied by a restore. */
export const BACKUP_TABLES = ['backup_log', 'backup_chains'] as const;

/** A full backup, then the backups of changes written after it to the same folder. */
export const MAX_CHAIN = 30;

/**
 * Derived tables without a primary key, named by the columns their triggers rewrite them by: a
 * body's focal coverage is all its intervals, rewritten whole on every change (migration 0007).
 */
const GROUP_KEYS: Record<string, string[]> = { focal_coverage: ['body_id'] };

export interface TrackedTable {
  name: string;
  /** The columns that name its rows: the primary key, in key order (or a derived table's group). */
  pk: string[];
  columns: Array<{ name: string; type: string }>;
}

export const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
const literal = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** The tables whose rows are the user's data: every ordinary table except SQLite's, the migration record and FTS shadow tables. */
export function dataTables(db: Db, schema: string): string[] {
  const rows = db.prepare(`SELECT name, sql FROM ${schema}.sqlite_master WHERE type = 'table'`).all() as Array<{ name: string; sql: string | null }>;
  const virtual = rows.filter((r) => /^CREATE VIRTUAL TABLE/i.test(r.sql ?? '')).map((r) => r.name);
  return rows
    .map((r) => r.name)
    .filter((n) => !n.startsWith('sqlite_') && n !== '__drizzle_migrations' && !virtual.includes(n) && !virtual.some((v) => n.startsWith(`${v}_`)))
    .sort();
}

/** The data tables whose rows a backup of changes carries: every data table but the backups' own. */
export function trackedTables(db: Db, schema = 'main'): TrackedTable[] {
  return dataTables(db, schema)
    .filter((t) => !(BACKUP_TABLES as readonly string[]).includes(t))
    .map((name) => {
      const info = db.prepare(`SELECT name, type, pk FROM pragma_table_info(?, ?)`).all(name, schema) as Array<{ name: string; type: string; pk: number }>;
      const primary = info.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk).map((c) => c.name);
      const pk = primary.length > 0 ? primary : (GROUP_KEYS[name] ?? []);
      if (pk.length === 0) throw new Error(`The table ${name} has no primary key: a backup of changes could not name its rows.`);
      return { name, pk, columns: info.map((c) => ({ name: c.name, type: c.type })) };
    });
}

const keyOf = (row: 'NEW' | 'OLD', pk: string[]) => `json_array(${pk.map((c) => `${row}.${quote(c)}`).join(', ')})`;

/** The three triggers that log a table's changed keys (the SQL of migration 0013, and of its test). */
export function trackingTriggers(t: TrackedTable): string[] {
  const name = (op: string) => quote(`backup_log_${t.name}_${op}`);
  const table = quote(t.name);
  const tbl = literal(t.name);
  const moved = t.pk.map((c) => `OLD.${quote(c)} IS NOT NEW.${quote(c)}`).join(' OR ');
  return [
    `CREATE TRIGGER ${name('ai')} AFTER INSERT ON ${table} BEGIN INSERT INTO backup_log (tbl, key) VALUES (${tbl}, ${keyOf('NEW', t.pk)}); END`,
    `CREATE TRIGGER ${name('au')} AFTER UPDATE ON ${table} BEGIN INSERT INTO backup_log (tbl, key) VALUES (${tbl}, ${keyOf('NEW', t.pk)}); INSERT INTO backup_log (tbl, key) SELECT ${tbl}, ${keyOf('OLD', t.pk)} WHERE ${moved}; END`,
    `CREATE TRIGGER ${name('ad')} AFTER DELETE ON ${table} BEGIN INSERT INTO backup_log (tbl, key) VALUES (${tbl}, ${keyOf('OLD', t.pk)}); END`,
  ];
}

/** The last backup_log entry ever written (0 before the first): what a backup made now holds. */
export function logSeq(db: Db, schema = 'main'): number {
  const row = db.prepare(`SELECT seq FROM ${schema}.sqlite_sequence WHERE name = 'backup_log'`).get() as { seq: number } | undefined;
  return row?.seq ?? 0;
}

/** logSeq of a database file (a backup's local copy). */
export function fileLogSeq(file: string): number {
  const db = openDatabase(file, { readonly: true });
  try {
    const has = db.prepare(`SELECT 1 FROM sqlite_master WHERE name = 'sqlite_sequence'`).get();
    return has ? logSeq(db) : 0;
  } finally {
    db.close();
  }
}

// ------------------------------------------------------------------ the folders' chains

export interface ChainLink {
  /** The file's name in the folder. */
  file: string;
  sha256: string;
  bytes: number;
  /** The last backup_log entry the file holds. */
  seq: number;
}

export interface Chain {
  links: ChainLink[];
  schemaVersion: number;
}

export function readChain(db: Db, folder: string): Chain | null {
  const row = statement(db, 'SELECT chain, schema_version AS schemaVersion FROM backup_chains WHERE folder = ?').get(folder) as { chain: string; schemaVersion: number } | undefined;
  if (!row) return null;
  try {
    const links = JSON.parse(row.chain) as ChainLink[];
    const sound = Array.isArray(links) && links.length > 0 && links.every((l) => typeof l?.file === 'string' && typeof l.sha256 === 'string' && Number.isInteger(l.bytes) && Number.isInteger(l.seq));
    return sound ? { links, schemaVersion: row.schemaVersion } : null;
  } catch {
    return null;
  }
}

/**
 * Records the folder's chain after a backup, and drops the log entries every folder already
 * holds. One transaction. A backup of changes is recorded only on the chain it was made from
 * (`previous`): if another backup to the folder recorded first, the next one starts again in full.
 */
export function saveChain(db: Db, folder: string, chain: Chain, now: string, previous: Chain | null): boolean {
  return db.transaction(() => {
    if (previous) {
      const current = readChain(db, folder);
      if (!current || JSON.stringify(current.links) !== JSON.stringify(previous.links)) {
        statement(db, 'DELETE FROM backup_chains WHERE folder = ?').run(folder);
        return false;
      }
    }
    statement(
      db,
      `INSERT INTO backup_chains (folder, chain, schema_version, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT(folder) DO UPDATE SET chain = excluded.chain, schema_version = excluded.schema_version, updated_at = excluded.updated_at`,
    ).run(folder, JSON.stringify(chain.links), chain.schemaVersion, now);
    pruneBackupLog(db);
    return true;
  }).immediate();
}

/** Removes the log entries that every folder's last backup already holds (all of them, when no folder has a backup). */
export function pruneBackupLog(db: Db): number {
  // min() over no chains is NULL: every entry goes. A chain that is not sound JSON keeps them all.
  return statement(
    db,
    `DELETE FROM backup_log WHERE seq <= coalesce((SELECT min(CASE WHEN json_valid(chain) THEN coalesce(json_extract(chain, '$[#-1].seq'), 0) ELSE 0 END) FROM backup_chains), 9e18)`,
  ).run().changes;
}

// ------------------------------------------------------------------ the backup of changes

const INFO_TABLE = 'backup_increment';

export interface IncrementInfo {
  format: 1;
  /** The backup_log entries it holds: after `fromSeq`, up to `toSeq`. */
  fromSeq: number;
  toSeq: number;
  schemaVersion: number;
  /** The files it applies on, in order: the full backup first, then each earlier backup of changes. */
  chain: ChainLink[];
  createdAt: string;
}

export interface IncrementResult {
  toSeq: number;
  /** Rows carried (their images as the snapshot has them), and the keys logged (rows changed, added or deleted). */
  rows: number;
  keys: number;
}

const keyMatch = (t: TrackedTable, keys: string) =>
  t.pk.length === 1
    ? `${quote(t.pk[0]!)} IN (SELECT json_extract(key, '$[0]') FROM ${keys})`
    : `(${t.pk.map(quote).join(', ')}) IN (SELECT ${t.pk.map((_, i) => `json_extract(key, '$[${i}]')`).join(', ')} FROM ${keys})`;

/** The read of a table's logged rows for a backup of changes: through the table's key (tests/db/backup-changes.test.ts checks the plan). */
export const incrementReadSql = (t: TrackedTable) =>
  `SELECT ${t.columns.map((c) => quote(c.name)).join(', ')} FROM main.${quote(t.name)} WHERE ${keyMatch(t, 'backup_log WHERE tbl = @tbl AND seq > @from AND seq <= @to')}`;

/**
 * Writes to `out` (a new local file) the rows logged after `fromSeq`, read from `src` in one
 * snapshot. `src` may be a read-only connection; it must not be inside a transaction.
 */
export function writeIncrement(src: Db, out: string, header: Omit<IncrementInfo, 'format' | 'toSeq' | 'fromSeq'> & { fromSeq: number }): IncrementResult {
  const dest = openDatabase(out, { journal: 'keep' });
  let rows = 0;
  let keyCount = 0;
  let toSeq = header.fromSeq;
  try {
    dest.pragma('journal_mode = OFF');
    dest.pragma('synchronous = OFF');
    src.exec('BEGIN');
    try {
      toSeq = logSeq(src);
      if (toSeq < header.fromSeq) {
        throw new AppError('CONFLICT', {
          vi: 'Nhật ký thay đổi của tệp dữ liệu cũ hơn bản sao lưu trước trong thư mục này; cần một bản sao lưu đầy đủ.',
          en: 'The data file’s change log is older than the previous backup in this folder; a full backup is needed.',
        }, { kind: 'log-behind', fromSeq: header.fromSeq, toSeq });
      }
      const tables = new Map(trackedTables(src).map((t) => [t.name, t]));
      dest.exec(`CREATE TABLE ${INFO_TABLE} (key TEXT PRIMARY KEY, value TEXT NOT NULL)`);
      dest.exec('CREATE TABLE changed_keys (tbl TEXT NOT NULL, key TEXT NOT NULL, PRIMARY KEY (tbl, key)) WITHOUT ROWID');
      dest.exec('CREATE TABLE changed_tables (name TEXT PRIMARY KEY, pk TEXT NOT NULL, columns TEXT NOT NULL)');
      const info: IncrementInfo = { format: 1, fromSeq: header.fromSeq, toSeq, schemaVersion: header.schemaVersion, chain: header.chain, createdAt: header.createdAt };
      const putInfo = dest.prepare(`INSERT INTO ${INFO_TABLE} (key, value) VALUES (?, ?)`);
      const putKey = dest.prepare('INSERT INTO changed_keys (tbl, key) VALUES (?, ?)');
      const putTable = dest.prepare('INSERT INTO changed_tables (name, pk, columns) VALUES (?, ?, ?)');
      dest.transaction(() => {
        for (const [k, v] of Object.entries(info)) putInfo.run(k, JSON.stringify(v));
        const changed = src.prepare('SELECT DISTINCT tbl FROM backup_log WHERE seq > ? AND seq <= ?').pluck().all(header.fromSeq, toSeq) as string[];
        for (const name of changed.sort()) {
          const t = tables.get(name);
          if (!t) continue;
          let keys = 0;
          for (const key of src.prepare('SELECT DISTINCT key FROM backup_log WHERE tbl = ? AND seq > ? AND seq <= ?').pluck().iterate(name, header.fromSeq, toSeq)) {
            putKey.run(name, key as string);
            keys++;
          }
          const cols = t.columns.map((c) => quote(c.name)).join(', ');
          putTable.run(name, JSON.stringify(t.pk), JSON.stringify(t.columns));
          dest.exec(`CREATE TABLE ${quote(`rows_${name}`)} (${t.columns.map((c) => `${quote(c.name)} ${c.type}`).join(', ')})`);
          const put = dest.prepare(`INSERT INTO ${quote(`rows_${name}`)} (${cols}) VALUES (${t.columns.map(() => '?').join(', ')})`).safeIntegers();
          const read = src
            .prepare(incrementReadSql(t))
            .raw()
            .safeIntegers();
          let n = 0;
          for (const row of read.iterate({ tbl: name, from: header.fromSeq, to: toSeq })) {
            put.run(...(row as unknown[]));
            n++;
          }
          rows += n;
          keyCount += keys;
        }
      })();
    } finally {
      if (src.inTransaction) src.exec('COMMIT');
    }
    dest.pragma('journal_mode = DELETE');
  } finally {
    dest.close();
  }
  return { toSeq, rows, keys: keyCount };
}

const count = z.number().int().min(0);
/** A file of the chain: a plain name in the same folder, never a path. */
const linkSchema = z.object({
  file: z.string().min(1).max(255).refine((f) => !/[\\/]/.test(f) && f !== '.' && f !== '..'),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: count,
  seq: count,
});
const infoSchema = z.object({
  format: z.literal(1),
  fromSeq: count,
  toSeq: count,
  schemaVersion: count,
  chain: z.array(linkSchema).min(1).max(MAX_CHAIN),
  createdAt: z.string(),
});

function headerDamaged(label: string): AppError {
  const name = label.split(/[\\/]/).pop() ?? label;
  return new AppError('VALIDATION', {
    vi: `Bản sao lưu các thay đổi ${name} bị hỏng: không đọc được phần mô tả các bản sao lưu mà nó dựa vào. Dữ liệu hiện tại không bị thay đổi.`,
    en: `The backup of changes ${name} is damaged: its description of the backups it builds on cannot be read. The current data has not been changed.`,
  }, { kind: 'increment-damaged' });
}

/**
 * The header of a backup of changes, or null for any other file (a full backup, or not a
 * database at all). A header that is not sound (damaged, or naming a file outside its folder)
 * is refused: `label` is the name the user knows the file by.
 */
export function incrementInfo(file: string, label = file): IncrementInfo | null {
  let db: Db;
  try {
    db = openDatabase(file, { readonly: true });
  } catch {
    return null;
  }
  try {
    const has = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(INFO_TABLE);
    if (!has) return null;
    let header: unknown;
    try {
      header = Object.fromEntries((db.prepare(`SELECT key, value FROM ${INFO_TABLE}`).all() as Array<{ key: string; value: string }>).map((r) => [r.key, JSON.parse(r.value) as unknown]));
    } catch {
      throw headerDamaged(label);
    }
    const parsed = infoSchema.safeParse(header);
    if (!parsed.success || parsed.data.toSeq < parsed.data.fromSeq) throw headerDamaged(label);
    return parsed.data;
  } catch (err) {
    if (err instanceof AppError) throw err;
    return null;
  } finally {
    db.close();
  }
}

function chainBroken(label: string, detail: string): AppError {
  return new AppError('VALIDATION', {
    vi: `Không áp dụng được bản sao lưu các thay đổi ${label} lên bản sao lưu trước nó (${detail}). Dữ liệu hiện tại không bị thay đổi.`,
    en: `The backup of changes ${label} could not be applied on the backup before it (${detail}). The current data has not been changed.`,
  }, { kind: 'chain-broken', detail });
}

/**
 * Applies the backup of changes `incFile` to `target` (a local copy of the backup before it), in
 * one transaction: each changed row is deleted and put back as the file has it. The app's
 * triggers are set aside meanwhile (the derived rows are in the file); the search index's stay.
 */
export function applyIncrement(target: string, incFile: string, label: string, expectFromSeq: number): IncrementInfo {
  const info = incrementInfo(incFile, label);
  if (!info) throw chainBroken(label, 'not a backup of changes');
  if (info.fromSeq !== expectFromSeq) throw chainBroken(label, `holds changes after ${info.fromSeq}, the backup before it ends at ${expectFromSeq}`);
  const db = openDatabase(target, { mustExist: true, journal: 'keep' });
  try {
    db.pragma('foreign_keys = OFF');
    db.prepare('ATTACH DATABASE ? AS inc').run(incFile);
    const tables = (db.prepare('SELECT name, pk, columns FROM inc.changed_tables').all() as Array<{ name: string; pk: string; columns: string }>).map(
      (r): TrackedTable => ({ name: r.name, pk: JSON.parse(r.pk) as string[], columns: JSON.parse(r.columns) as TrackedTable['columns'] }),
    );
    const here = new Map(trackedTables(db).map((t) => [t.name, t]));
    db.transaction(() => {
      const triggers = db.prepare(`SELECT name, sql FROM main.sqlite_master WHERE type = 'trigger' AND sql IS NOT NULL AND name NOT LIKE 'search\\_docs\\_%' ESCAPE '\\'`).all() as Array<{ name: string; sql: string }>;
      for (const t of triggers) db.exec(`DROP TRIGGER main.${quote(t.name)}`);
      for (const t of tables) {
        const mine = here.get(t.name);
        if (!mine || mine.columns.map((c) => c.name).join(',') !== t.columns.map((c) => c.name).join(',')) throw chainBroken(label, `table ${t.name} differs`);
        db.prepare(`DELETE FROM main.${quote(t.name)} WHERE ${keyMatch(t, `inc.changed_keys WHERE tbl = ${literal(t.name)}`)}`).run();
        const cols = t.columns.map((c) => quote(c.name)).join(', ');
        db.prepare(`INSERT INTO main.${quote(t.name)} (${cols}) SELECT ${cols} FROM inc.${quote(`rows_${t.name}`)}`).run();
      }
      for (const t of triggers) db.exec(t.sql);
      const violations = db.pragma('foreign_key_check') as unknown[];
      if (violations.length) throw chainBroken(label, 'links between records');
    })();
    db.exec('DETACH DATABASE inc');
  } finally {
    db.close();
  }
  return info;
}
