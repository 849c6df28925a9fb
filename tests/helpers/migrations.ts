import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { migrateDatabase, type MigrateResult } from '../../db/migrate';
import { openDatabase, type Db } from '../../db/open';
import { MIGRATIONS_DIR } from './paths';

interface Journal {
  entries: Array<{ idx: number; version: string; when: number; tag: string; breakpoints: boolean }>;
}

/** A private copy of the project's migrations that a test may extend or tamper with. */
export function copyMigrations(dir: string): string {
  const target = path.join(dir, 'migrations');
  cpSync(MIGRATIONS_DIR, target, { recursive: true });
  return target;
}

export function readJournalFile(folder: string): Journal {
  return JSON.parse(readFileSync(path.join(folder, 'meta', '_journal.json'), 'utf8')) as Journal;
}

/** Appends a migration as drizzle-kit would (statements separated by breakpoints). */
export function appendMigration(folder: string, name: string, statements: string[], when?: number): string {
  const journal = readJournalFile(folder);
  const idx = journal.entries.length;
  const tag = `${String(idx).padStart(4, '0')}_${name}`;
  writeFileSync(path.join(folder, `${tag}.sql`), statements.join('\n--> statement-breakpoint\n'));
  journal.entries.push({ idx, version: '6', when: when ?? (journal.entries.at(-1)?.when ?? 0) + 1000, tag, breakpoints: true });
  writeFileSync(path.join(folder, 'meta', '_journal.json'), JSON.stringify(journal, null, 2));
  return tag;
}

// ------------------------------------------------------------------ a database at a past step

/** The step of a migration: how many migrations an older release had applied before it (its place in the journal). */
export function stepOf(tag: string, folder = MIGRATIONS_DIR): number {
  const idx = readJournalFile(folder).entries.findIndex((e) => e.tag === tag);
  if (idx < 0) throw new Error(`No migration ${tag} in ${folder}`);
  return idx;
}

/**
 * The migrations of an older release: the first `steps` entries of `folder`'s journal and their
 * SQL files, copied to `target` (drizzle reads only the journal and the files it names).
 */
export function migrationsUpTo(folder: string, steps: number, target: string): string {
  const journal = readJournalFile(folder);
  if (steps < 0 || steps > journal.entries.length) throw new Error(`Step ${steps} is outside 0..${journal.entries.length}`);
  const entries = journal.entries.slice(0, steps);
  mkdirSync(path.join(target, 'meta'), { recursive: true });
  for (const e of entries) cpSync(path.join(folder, `${e.tag}.sql`), path.join(target, `${e.tag}.sql`));
  writeFileSync(path.join(target, 'meta', '_journal.json'), JSON.stringify({ ...journal, entries }, null, 2));
  return target;
}

/**
 * Removes from a migration of `folder` the statements `drop` picks (a check that a test notices
 * when a migration's data step is lost: the real file is never touched).
 */
export function dropStatements(folder: string, tag: string, drop: (statement: string) => boolean): void {
  const file = path.join(folder, `${tag}.sql`);
  const statements = readFileSync(file, 'utf8').split('--> statement-breakpoint');
  const kept = statements.filter((s) => !drop(s));
  if (kept.length === statements.length) throw new Error(`No statement of ${tag} was dropped`);
  writeFileSync(file, kept.join('--> statement-breakpoint'));
}

export interface SteppedDatabase {
  db: Db;
  /** The database file (':memory:' for an in-memory one). */
  file: string;
  /** The private copy of every migration the database is taken through. */
  folder: string;
  /** How many migrations the database has had so far. */
  readonly step: number;
  /** Applies the migrations up to step `steps` (as the release that had only those would, at its opening). */
  migrateTo(steps: number): MigrateResult;
  /** Applies every migration left, from the full folder: the database as this release opens it. */
  migrateToLatest(): MigrateResult;
  close(): void;
}

export interface SteppedOptions {
  /** A folder of this database's own: its file, its copies of the migrations, its pre-migration backups. */
  dir: string;
  /** An in-memory database instead of a file in `dir` (no WAL, no backup before migrating). */
  inMemory?: boolean;
  /** The moment the backups before migrating are named after. */
  now?: () => Date;
  /** Changes the private copy of the migrations before anything is applied (see dropStatements). */
  edit?: (folder: string) => void;
}

const FIXED_NOW = () => new Date('2026-11-21T03:00:00.000Z');

/**
 * A database as an older release left it: opened with the app's own connection settings
 * (openDatabase, as db/bootstrap.ts does) and migrated with the app's migrator to step `steps`
 * (migrations 0..steps-1) only. The test then writes rows with plain SQL, as that schema allows,
 * and takes the database on with migrateTo / migrateToLatest, as a newer release would.
 */
export function databaseAtStep(steps: number, options: SteppedOptions): SteppedDatabase {
  mkdirSync(options.dir, { recursive: true });
  const folder = copyMigrations(options.dir);
  options.edit?.(folder);
  const total = readJournalFile(folder).entries.length;
  const file = options.inMemory ? ':memory:' : path.join(options.dir, 'data.sqlite');
  const db = openDatabase(file);
  const now = options.now ?? FIXED_NOW;
  let step = 0;
  const run = (migrationsFolder: string, to: number) => {
    if (to < step) throw new Error(`The database is at step ${step}: it cannot go back to ${to}`);
    const result = migrateDatabase(db, { migrationsFolder, backupDir: path.join(options.dir, 'backups'), now });
    step = result.schemaVersion;
    return result;
  };
  const handle: SteppedDatabase = {
    db,
    file,
    folder,
    get step() {
      return step;
    },
    migrateTo: (to) => (to === total ? run(folder, to) : run(migrationsUpTo(folder, to, path.join(options.dir, `migrations-${to}`)), to)),
    migrateToLatest: () => run(folder, total),
    close: () => db.close(),
  };
  try {
    handle.migrateTo(steps);
  } catch (err) {
    db.close();
    throw err;
  }
  return handle;
}
