// The deterministic generator of realistic data at scale N (issue 5: the scale benchmark).
//
// Scale 1 is a real office over thirty years (1996–2027): ~2,000 meetings of the reference
// bodies at their yearly cadence (related back-to-back meetings hung under ASOEN, COP and
// ASOMM meetings), delegations with members, ~10,000 action items with progress updates,
// ~1,000 people with Vietnamese names (diacritics, đ/Đ), ~100 agencies (reference ministries and
// units, provincial departments, institutes) with reorganisations (validity periods and
// successions), and a few thousand focal-point assignments whose histories follow those
// reorganisations. Scale N multiplies every count by N; above 1 it adds synthetic ASEAN bodies
// (expert groups, task forces…) so that each body keeps a realistic history. They form trees
// under the working groups and other reference bodies, a few levels deep with at most ten
// sub-bodies per body, as the real ASEAN tree (planSyntheticTree).
//
// Same scale + seed → identical data (ids included): every choice comes from one seeded
// mulberry32 stream and every id is made from the notional creation time and a counter.
//
// Two ways to write the same rows (same ids, values, order, change-log entries and search
// documents; tests/db/generator.test.ts compares them table by table):
// - 'repository': the real write path, repository.create/update of db/repo/core.ts for every
//   record (reference checks, row read back, change log, search index with its triggers).
// - 'sql': for large scales. It differs from the repository path in exactly these ways:
//   1. the row is INSERTed directly with all its columns (no reference check by SELECT and no
//      read-back; SQLite's foreign keys stay ON, so every reference is still checked);
//   2. the change-log entry is built from the generated values (the same JSON the repository
//      builds from the row it reads back) and appended with the app's own appendChange();
//   3. the search document is written with the app's own upsertSearchDoc() and the entity's
//      own search() function, but the FTS5 triggers are dropped during the load and the FTS
//      index is rebuilt once at the end ('rebuild'), then the triggers are re-created from
//      their saved DDL; likewise the triggers keeping focal_coverage (FOCAL_COVERAGE_REBUILD
//      at the end);
//   4. the secondary indexes of the big tables are dropped during the load and re-created at
//      the end from their saved DDL (sqlite_master), so the schema is byte-identical;
//   5. a status change of an action item does not call upsertSearchDoc at all (the repository
//      calls it, and it leaves the unchanged document alone: same rows either way);
//   6. the connection runs with journal_mode=OFF and synchronous=OFF during the load (the file
//      is a temporary one, renamed when complete) and is switched back to WAL at the end.
import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { openAppDatabase } from '../../bootstrap';
import { migrateDatabase } from '../../migrate';
import { openDatabase, type Db } from '../../open';
import { pruneBackupLog } from '../../repo/backup/backupLog';
import { setMeta } from '../../repo/core/meta';
import { dateMs, makeId } from './random';
import { endBulk } from './writers';
import { generateAgencies } from './agencies';
import { prepareBodies } from './bodies';
import { createGen } from './context';
import { generateFocalHistories } from './focal';
import { generateMeetings } from './meetings';
import { generatePeople } from './people';
import type { Staff } from './records';

export { mulberry32 } from './random';
export { MAX_CHILDREN, planSyntheticTree, SYNTHETIC_ROOTS, type TreeSlot } from './tree';
export type GeneratorMode = 'repository' | 'sql';

export interface GeneratorOptions {
  scale: number;
  seed?: number;
  mode: GeneratorMode;
  /** The device id written in the change log of generated records. */
  deviceId: string;
  /** "Today" of the generated office: meetings after it are planned, items after it are not due. */
  today?: string;
  progress?: (message: string) => void;
}

export interface GeneratorResult {
  counts: Record<string, number>;
  /** Entity writes (creates and updates) made by the generator. */
  writes: number;
  ms: number;
  writesPerSecond: number;
}

export const GENERATOR_TODAY = '2026-11-21';

export const DEFAULT_SEED = 20260521;

export const FIRST_YEAR = 1996;

export const LAST_YEAR = 2027;

export function generateBenchData(db: Db, options: GeneratorOptions): GeneratorResult {
  const g = createGen(db, options);
  const { progress, saved, counts, started } = g;
  const { agencies, agenciesByYear } = generateAgencies(g);
  const staff: Staff = { agencies, agenciesByYear, ...generatePeople(g, { agencies, agenciesByYear }) };
  const bodies = prepareBodies(g);
  generateFocalHistories(g, bodies, staff);
  generateMeetings(g, bodies, staff);
  if (saved) endBulk(db, saved, progress);
  // A new file has no backup yet: the rows it logged for backups of changes are not needed.
  pruneBackupLog(db);
  db.pragma('cache_size = -2000');
  const ms = performance.now() - started;
  return { counts, writes: g.writes(), ms: Math.round(ms), writesPerSecond: Math.round(g.writes() / (ms / 1000)) };
}

/** The SQL-level content of a generated database: one hash per table, for determinism checks. */
export function contentHashes(db: Db, createHash: (text: string) => string): Record<string, string> {
  const tables = (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_fts%' AND name NOT IN ('app_meta', '__drizzle_migrations', 'backup_log', 'backup_chains') ORDER BY name`).all() as Array<{ name: string }>).map((t) => t.name);
  const out: Record<string, string> = {};
  for (const t of tables) {
    const cols = (db.prepare(`SELECT name FROM pragma_table_info(?)`).all(t) as Array<{ name: string }>).map((c) => c.name);
    const order = cols.includes('id') ? 'id' : cols.includes('seq') ? 'seq' : cols.includes('doc_id') ? 'doc_id' : cols.join(', ');
    const rows = db.prepare(`SELECT * FROM "${t}" ORDER BY ${order}`).raw().iterate() as IterableIterator<unknown[]>;
    const parts: string[] = [];
    for (const r of rows) parts.push(JSON.stringify(r));
    out[t] = createHash(parts.join('\n'));
  }
  return out;
}

export interface GenerateFileOptions {
  scale: number;
  seed?: number;
  /** 'auto': the repository path up to scale 5, the SQL path above (see the header). */
  mode: GeneratorMode | 'auto';
  migrationsFolder: string;
  progress?: (message: string) => void;
}

export interface GenerateFileResult extends GeneratorResult {
  file: string;
  mode: GeneratorMode;
  bytes: number;
}

/** The last scale written through the repositories by default (measured: see tests/bench/README.md). */
export const REPOSITORY_MODE_MAX_SCALE = 5;

/**
 * Writes a generated database to `out`: built under a temporary name beside it (opened by the
 * app's own openAppDatabase: migrations and reference data), renamed when complete.
 */
export function generateDatabaseFile(out: string, options: GenerateFileOptions): GenerateFileResult {
  const seed = options.seed ?? DEFAULT_SEED;
  const mode: GeneratorMode = options.mode === 'auto' ? (options.scale <= REPOSITORY_MODE_MAX_SCALE ? 'repository' : 'sql') : options.mode;
  const tmp = `${out}.partial`;
  const clear = (f: string) => {
    for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${f}${suffix}`, { force: true });
  };
  clear(tmp);
  // The device id is fixed by the seed, so that the change log is reproducible too.
  const deviceId = makeId(dateMs('2009-01-31'), 15, 1, seed & 0x3fffff);
  const pre = openDatabase(tmp);
  try {
    migrateDatabase(pre, { migrationsFolder: options.migrationsFolder });
    setMeta(pre, 'device_id', deviceId);
  } finally {
    pre.close();
  }
  const app = openAppDatabase(tmp, { migrationsFolder: options.migrationsFolder, now: () => new Date('2009-02-01T02:00:00.000Z') });
  let result: GeneratorResult;
  try {
    result = generateBenchData(app.db, {
      scale: options.scale, seed, mode, deviceId: app.deviceId, ...(options.progress ? { progress: options.progress } : {}),
    });
    setMeta(app.db, 'bench_generator', JSON.stringify({ scale: options.scale, seed, mode, today: GENERATOR_TODAY, counts: result.counts }));
    pruneBackupLog(app.db);
    app.db.pragma('wal_checkpoint(TRUNCATE)');
  } catch (err) {
    app.db.close();
    clear(tmp);
    throw err;
  }
  app.db.close();
  clear(out);
  renameSync(tmp, out);
  for (const suffix of ['-wal', '-shm']) if (existsSync(`${tmp}${suffix}`)) rmSync(`${tmp}${suffix}`, { force: true });
  return { ...result, file: out, mode, bytes: statSync(out).size };
}
