// The benchmark's data generator (db/seed/generator.ts): deterministic, realistic in shape,
// referentially sound, searchable, and its SQL path writes exactly what the repositories write.
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { foldText } from '../../common/fold';
import { SEARCH_ENTITIES } from '../../common/enums';
import { contentHashes, generateDatabaseFile, MAX_CHILDREN, mulberry32, planSyntheticTree, SYNTHETIC_ROOTS } from '../../db/seed/generator';
import { searchAll } from '../../db/repo/search';
import { MIGRATIONS_DIR } from '../helpers/paths';
import { tempDir } from '../helpers/tmp';

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

describe('the scale generator', () => {
  const dir = tempDir();
  const fileA = path.join(dir, 'a.sqlite');
  const fileB = path.join(dir, 'b.sqlite');
  const fileSql = path.join(dir, 'sql.sqlite');
  let a: Database.Database;

  beforeAll(() => {
    generateDatabaseFile(fileA, { scale: 0.05, mode: 'repository', migrationsFolder: MIGRATIONS_DIR });
    generateDatabaseFile(fileB, { scale: 0.05, mode: 'repository', migrationsFolder: MIGRATIONS_DIR });
    generateDatabaseFile(fileSql, { scale: 0.05, mode: 'sql', migrationsFolder: MIGRATIONS_DIR });
    a = new Database(fileA, { readonly: true });
  });
  afterAll(() => a?.close());

  const all = <T>(sql: string, ...params: unknown[]) => a.prepare(sql).all(...params) as T[];
  const one = <T>(sql: string, ...params: unknown[]) => a.prepare(sql).get(...params) as T;

  it('is deterministic: the same scale and seed give the same ids and content', () => {
    const b = new Database(fileB, { readonly: true });
    try {
      expect(contentHashes(b, sha)).toEqual(contentHashes(a, sha));
      expect(b.prepare('SELECT id FROM action_items ORDER BY id').pluck().all()).toEqual(a.prepare('SELECT id FROM action_items ORDER BY id').pluck().all());
    } finally {
      b.close();
    }
  });

  it('writes through SQL exactly what the repositories write (rows, change log, search documents, schema)', () => {
    const s = new Database(fileSql, { readonly: true });
    try {
      expect(contentHashes(s, sha)).toEqual(contentHashes(a, sha));
      const schema = (d: Database.Database) => d.prepare(`SELECT type, name, sql FROM sqlite_master ORDER BY name`).all();
      expect(schema(s)).toEqual(schema(a));
      // The FTS indexes rebuilt at the end answer like those kept up by triggers.
      const hits = (d: Database.Database) =>
        SEARCH_ENTITIES.map((k) => d.prepare(`SELECT rowid FROM search_fts_${k} WHERE search_fts_${k} MATCH '"nguyen"*' ORDER BY rowid`).pluck().all());
      expect(hits(a).flat().length).toBeGreaterThan(0);
      expect(hits(s)).toEqual(hits(a));
      expect(s.pragma('journal_mode', { simple: true })).toBe('wal');
    } finally {
      s.close();
    }
  });

  it('has every reference valid and the schema intact', () => {
    expect(a.pragma('foreign_key_check')).toEqual([]);
    expect(a.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('makes an office of the expected shape at scale 0.05', () => {
    const n = (t: string) => one<{ n: number }>(`SELECT count(*) AS n FROM ${t}`).n;
    expect(n('people')).toBe(50);
    expect(n('meetings')).toBeGreaterThan(50);
    expect(n('action_items')).toBeGreaterThan(250);
    expect(n('action_updates')).toBeGreaterThan(n('action_items'));
    expect(n('delegation_members')).toBeGreaterThan(n('delegations'));
    // Every record written has its change-log entry; status changes are logged as updates.
    expect(one<{ n: number }>(`SELECT count(DISTINCT entity_id) AS n FROM change_log WHERE entity = 'action_item' AND op = 'create'`).n).toBe(n('action_items'));
    expect(one<{ n: number }>(`SELECT count(*) AS n FROM change_log WHERE entity = 'action_item' AND op = 'update'`).n).toBe(
      one<{ n: number }>(`SELECT coalesce(sum(version - 1), 0) AS n FROM action_items`).n,
    );
    // Related back-to-back meetings hang under their main meeting (partner dialogues under ASOEN or ASOMM).
    expect(one<{ n: number }>(`SELECT count(*) AS n FROM meetings c JOIN meetings p ON p.id = c.parent_id JOIN bodies b ON b.id = p.body_id WHERE b.code IN ('ASOEN', 'ASOMM')`).n).toBeGreaterThan(0);
    // Focal-point histories: periods that ended, and the ones in force.
    expect(one<{ n: number }>(`SELECT count(*) AS n FROM focal_assignments WHERE valid_to IS NOT NULL`).n).toBeGreaterThan(0);
    expect(one<{ n: number }>(`SELECT count(*) AS n FROM focal_assignments WHERE valid_to IS NULL`).n).toBeGreaterThan(0);
    // Statuses follow the calendar: held meetings in the past, planned ones ahead.
    expect(one<{ n: number }>(`SELECT count(*) AS n FROM meetings WHERE status IN ('planned', 'confirmed') AND end_date < '2026-11-21'`).n).toBe(0);
    expect(one<{ n: number }>(`SELECT count(*) AS n FROM meetings WHERE status = 'held' AND end_date >= '2026-11-21'`).n).toBe(0);
    // Titles as the office writes them: "Hội nghị Bộ trưởng Môi trường ASEAN lần thứ 18" (the
    // body's name already says it), "Hội nghị Hội đồng Điều phối ASEAN lần thứ 48".
    const titles = (a.prepare(`SELECT title_vi FROM meetings WHERE parent_id IS NULL`).pluck().all() as string[]);
    expect(titles.some((t) => /^Hội nghị Bộ trưởng/.test(t))).toBe(true);
    expect(titles.filter((t) => /^(Hội nghị|Cuộc họp) (Hội nghị|Cuộc họp)/i.test(t))).toEqual([]);
  });

  it('names people in Vietnamese, with diacritics and đ/Đ, and finds them without diacritics', () => {
    const names = all<{ id: string; fullName: string }>(`SELECT id, full_name AS fullName FROM people ORDER BY id`);
    expect(names.every((p) => p.fullName.split(' ').length >= 3)).toBe(true);
    expect(names.filter((p) => p.fullName !== foldText(p.fullName)).length).toBe(names.length);
    expect(names.some((p) => /[đĐ]/.test(p.fullName))).toBe(true);
    expect(names.some((p) => p.fullName.startsWith('Nguyễn '))).toBe(true);
    const withD = names.find((p) => /[đĐ]/.test(p.fullName))!;
    const plain = foldText(withD.fullName); // 'Đặng Văn Đông' → 'dang van dong'
    expect(plain).toMatch(/^[a-z ]+$/);
    const hits = searchAll(a, plain, { limit: 100, entities: ['person'] });
    expect(hits.map((h) => h.id)).toContain(withD.id);
  });

  it('dates the rows and their ids by notional creation time (ids are UUIDv7 that sort by it)', () => {
    const rows = all<{ id: string; createdAt: string }>(`SELECT id, created_at AS createdAt FROM meetings ORDER BY id`);
    for (const r of rows) {
      expect(r.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(parseInt(r.id.replace(/-/g, '').slice(0, 12), 16)).toBe(Date.parse(r.createdAt));
    }
  });
});

describe('the tree of synthetic bodies (above scale 1)', () => {
  // Scale 100 adds 3,366 synthetic bodies to the 34 of the reference data.
  const roots = SYNTHETIC_ROOTS.map((code) => ({ code, children: code === 'ASOMM' ? 1 : 0 }));
  const plan = (seed: number) => {
    const next = mulberry32(seed);
    return planSyntheticTree(3366, roots, () => 4 + Math.floor(next() * 7));
  };

  it('hangs them under the reference working groups and committees, a few levels deep, at most ten sub-bodies each', () => {
    const slots = plan(7);
    expect(slots).toHaveLength(3366);
    const children = new Map<string | number, number>();
    slots.forEach((s, i) => {
      // Parents come first: a synthetic parent is an earlier body, one level up.
      if (typeof s.parent === 'number') {
        expect(s.parent).toBeLessThan(i);
        expect(slots[s.parent]!.depth).toBe(s.depth - 1);
      } else {
        expect(SYNTHETIC_ROOTS).toContain(s.parent);
        expect(s.depth).toBe(1);
      }
      children.set(s.parent, (children.get(s.parent) ?? 0) + 1);
    });
    expect(Math.max(...children.values())).toBeLessThanOrEqual(MAX_CHILDREN);
    expect(children.get('ASOMM')).toBeLessThanOrEqual(MAX_CHILDREN - 1);
    expect(children.has('ASOEN')).toBe(false);
    // Every root has its groups; the deepest level is a few below the roots, not a chain.
    for (const r of SYNTHETIC_ROOTS) expect(children.get(r)).toBeGreaterThan(0);
    expect(Math.max(...slots.map((s) => s.depth))).toBeLessThanOrEqual(4);
  });

  it('is deterministic: the same stream gives the same tree', () => {
    expect(plan(7)).toEqual(plan(7));
    expect(plan(8)).not.toEqual(plan(7));
  });

  it('is what the generator writes (scale 1.3: ten synthetic bodies under the reference roots)', { timeout: 120_000 }, () => {
    const dir = tempDir();
    const file = path.join(dir, 'tree.sqlite');
    generateDatabaseFile(file, { scale: 1.3, mode: 'sql', migrationsFolder: MIGRATIONS_DIR });
    const db = new Database(file, { readonly: true });
    try {
      const synthetic = db
        .prepare(`SELECT b.code, p.code AS parent FROM bodies b JOIN bodies p ON p.id = b.parent_id WHERE b.code LIKE 'X-%' ORDER BY b.id`)
        .all() as Array<{ code: string; parent: string }>;
      expect(synthetic).toHaveLength(10);
      for (const b of synthetic) expect([...SYNTHETIC_ROOTS, ...synthetic.map((x) => x.code)]).toContain(b.parent);
      const widest = db.prepare(`SELECT max(n) FROM (SELECT count(*) AS n FROM bodies WHERE code LIKE 'X-%' GROUP BY parent_id)`).pluck().get() as number;
      expect(widest).toBeLessThanOrEqual(MAX_CHILDREN);
    } finally {
      db.close();
    }
  });
});
