// What every phase of the generator shares: the seeded stream, the ids, the write path (the
// repositories or SQL) with its counts, the clock of the notional writes, and the reference rows.
import type { Db } from '../../open';
import type { Repository, WriteContext } from '../../repo/core/repository';
import { dateMs, makeId, mulberry32, Rand } from './random';
import { beginBulk, repositoryWriter, sqlWriter } from './writers';
import { DEFAULT_SEED, GENERATOR_TODAY, type GeneratorOptions } from './index';

export type Gen = ReturnType<typeof createGen>;

export function createGen(db: Db, options: GeneratorOptions) {
  const started = performance.now();
  const seed = options.seed ?? DEFAULT_SEED;
  const scale = options.scale;
  const today = options.today ?? GENERATOR_TODAY;
  const todayMs = dateMs(today);
  const progress = options.progress ?? (() => undefined);
  const rnd = new Rand(seed);
  const salt = Math.floor(mulberry32(seed ^ 0x5bd1e995)() * 2 ** 22);
  const counters = new Array<number>(16).fill(0);
  const newId = (tag: number, ms: number) => makeId(Math.min(ms, todayMs + 20 * 3_600_000), tag, ++counters[tag]!, salt);
  const counts: Record<string, number> = {};
  const bump = (k: string, n = 1) => (counts[k] = (counts[k] ?? 0) + n);
  let writes = 0;

  const writer = options.mode === 'repository' ? repositoryWriter(db) : sqlWriter(db);
  const saved = options.mode === 'sql' ? beginBulk(db) : null;
  db.pragma('cache_size = -262144');

  /** A write context at a notional instant (never after "today" evening). */
  const ctxAt = (ms: number): WriteContext => ({ now: new Date(Math.min(ms, todayMs + 20 * 3_600_000)).toISOString(), deviceId: options.deviceId });
  const atOfficeHours = (day: string) => dateMs(day) + (1 + rnd.int(0, 8)) * 3_600_000 + rnd.int(0, 3_599_999);
  const create = (r: Repository, ctx: WriteContext, id: string, values: Record<string, unknown>) => {
    writer.create(r, ctx, id, values);
    writes++;
    bump(r.tableName);
  };
  /** A later change of a row written above (an action item's status), counted as a write. */
  const update = (r: Repository, ctx: WriteContext, id: string, version: number, values: Record<string, unknown>, changes: Record<string, unknown>) => {
    writer.update(r, ctx, id, version, values, changes);
    writes++;
  };
  const chunk = (fn: () => void) => db.transaction(fn).immediate();

  // --- reference rows the generator builds on
  const refBodies = db.prepare(`SELECT id, code, name_vi AS nameVi, name_en AS nameEn, kind, cadence, parent_id AS parentId FROM bodies WHERE deleted_at IS NULL ORDER BY code`).all() as Array<{
    id: string; code: string; nameVi: string; nameEn: string; kind: string; cadence: string; parentId: string | null;
  }>;
  const codeById = new Map(refBodies.map((b) => [b.id, b.code]));
  const countries = new Map((db.prepare(`SELECT code, id FROM countries`).all() as Array<{ code: string; id: string }>).map((c) => [c.code, c.id]));
  const legal = new Map((db.prepare(`SELECT number, id FROM legal_bases`).all() as Array<{ number: string; id: string }>).map((l) => [l.number, l.id]));
  const refAgencies = db.prepare(`SELECT id, code, kind, valid_from AS validFrom, valid_to AS validTo FROM agencies WHERE deleted_at IS NULL ORDER BY code`).all() as Array<{
    id: string; code: string; kind: string; validFrom: string | null; validTo: string | null;
  }>;
  const successions = db.prepare(`SELECT p.code AS pred, s.code AS succ FROM agency_successions x JOIN agencies p ON p.id = x.predecessor_id JOIN agencies s ON s.id = x.successor_id ORDER BY x.effective_on, p.code, s.code`).all() as Array<{ pred: string; succ: string }>;

  return {
    db, options, started, scale, today, todayMs, progress, rnd, newId, counts, bump, writer, saved, ctxAt, atOfficeHours, create, update, chunk,
    refBodies, codeById, countries, legal, refAgencies, successions,
    /** How many rows were written so far. */
    writes: () => writes,
  };
}
