// Backups of changes: the first backup to a folder is full, each later one holds only the rows
// changed since, and restoring any of them gives back exactly the data as it was when it was
// made. What breaks a chain (a file gone or altered, a restore, "full" asked) gives a full
// backup, and a restore that lacks a file of its chain says which one, changing nothing.
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Input } from '../../electron/contract';
import { migrateDatabase } from '../../db/migrate';
import { BACKUP_TABLES, incrementReadSql, trackedTables, trackingTriggers } from '../../db/repo/backup/backupLog';
import { createTestApp, type TestApp } from '../helpers/app';
import { runBackupJob, userData } from '../helpers/backups';
import { MIGRATIONS_DIR } from '../helpers/paths';
import { tempDir } from '../helpers/tmp';

/** A small deterministic generator (mulberry32). */
function prng(seed: number) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, pick: <T>(xs: T[]) => xs[Math.floor(next() * xs.length)]! };
}

describe('the change log of backups', () => {
  it('every data table logs the key of each row it inserts, updates or deletes (migration 0013)', () => {
    const db = new Database(':memory:');
    migrateDatabase(db, { migrationsFolder: MIGRATIONS_DIR });
    const tables = trackedTables(db);
    expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining(['action_items', 'action_item_supporters', 'change_log', 'focal_coverage', 'meetings', 'search_docs']));
    const triggers = new Map((db.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'backup_log_%'`).all() as Array<{ name: string; sql: string }>).map((t) => [t.name, t.sql]));
    for (const t of tables) {
      for (const [i, op] of ['ai', 'au', 'ad'].entries()) expect(triggers.get(`backup_log_${t.name}_${op}`), `${t.name} ${op}`).toBe(trackingTriggers(t)[i]);
    }
    expect(triggers.size).toBe(tables.length * 3);
    for (const own of BACKUP_TABLES) expect(tables.some((t) => t.name === own)).toBe(false);
    // A backup of changes reads each table's logged rows through its key, never scanning it.
    for (const t of tables) {
      const plan = (db.prepare(`EXPLAIN QUERY PLAN ${incrementReadSql(t)}`).all({ tbl: t.name, from: 0, to: 10 }) as Array<{ detail: string }>).map((r) => r.detail);
      expect(plan.join(' | '), t.name).not.toMatch(/\bSCAN\b/);
      expect(plan.join(' | '), t.name).toMatch(/SEARCH backup_log USING INTEGER PRIMARY KEY \(rowid>\? AND rowid<\?\)/);
    }
    // A key that moves.
    db.exec(`INSERT INTO app_meta (key, value) VALUES ('a', '1'); UPDATE app_meta SET key = 'b' WHERE key = 'a'; DELETE FROM app_meta WHERE key = 'b';`);
    expect(db.prepare(`SELECT key FROM backup_log WHERE tbl = 'app_meta' ORDER BY seq`).pluck().all()).toEqual(['["a"]', '["b"]', '["a"]', '["b"]']);
    db.close();
  });
});

describe('backups of changes', () => {
  const root = tempDir('asoen-changes-');
  let app: TestApp;
  let folder: string;
  let n = 0;
  let clock = Date.parse('2026-11-21T03:00:00.000Z');
  beforeEach(() => {
    app = createTestApp({ sample: true, now: () => new Date(clock) });
    folder = path.join(root, `case-${++n}`);
    mkdirSync(folder, { recursive: true });
    app.call('settings.update', { exportFolder: folder });
  });
  afterEach(async () => {
    await app.ctx.services.jobs.idle();
    app.close();
  });

  const run = <M extends 'backup.create' | 'backup.restore'>(method: M, input: Input<M>) => {
    clock += 60_000; // a minute between jobs: each backup gets its own name
    return runBackupJob(app, method, input);
  };

  /** Edits of every kind the screens make: new, changed and deleted records, supporters, focal points, progress updates. */
  function edit(seed: number, count: number): void {
    const r = prng(seed);
    const bodies = app.call('bodies.list', { limit: 50 }).items;
    const agencies = app.call('agencies.list', { limit: 50 }).items;
    for (let i = 0; i < count; i++) {
      const items = app.call('actionItems.list', { limit: 50 }).items;
      const meetings = app.call('meetings.list', { limit: 50 }).items;
      const focal = app.call('focalAssignments.list', { limit: 50 }).items;
      switch (Math.floor(r.next() * 7)) {
        case 0:
          app.call('meetings.create', { bodyId: r.pick(bodies).id, titleVi: `Họp thử ${seed}-${i}`, titleEn: `Test meeting ${seed}-${i}`, startDate: '2027-03-02', endDate: '2027-03-03' });
          break;
        case 1: {
          const m = r.pick(meetings);
          app.call('meetings.update', { id: m.id, version: m.version, changes: { city: `Phòng ${seed}-${i}` } });
          break;
        }
        case 2:
          app.call('actionItems.create', { title: `Việc ${seed}-${i}`, leadAgencyId: r.pick(agencies).id, supportingAgencyIds: [r.pick(agencies).id], dueDate: '2027-01-15' });
          break;
        case 3: {
          const it = r.pick(items);
          app.call('actionItems.update', { id: it.id, version: it.version, changes: { status: r.pick(['open', 'in_progress', 'blocked'] as const), supportingAgencyIds: [r.pick(agencies).id, r.pick(agencies).id].filter((x, k, a) => a.indexOf(x) === k) } });
          break;
        }
        case 4:
          app.call('actionUpdates.create', { actionItemId: r.pick(items).id, date: '2026-11-20', note: `Tiến độ ${seed}-${i}` });
          break;
        case 5: {
          const f = r.pick(focal);
          if (f.deletedAt) app.call('focalAssignments.restore', { id: f.id, version: f.version });
          else app.call('focalAssignments.update', { id: f.id, version: f.version, changes: { validTo: r.next() < 0.5 ? '2030-12-31' : null } });
          break;
        }
        default: {
          const it = r.pick(items);
          app.call('actionItems.delete', { id: it.id, version: it.version });
        }
      }
    }
  }

  it('writes the changes only, and each backup restores exactly the data it was made from', async () => {
    const states: Array<{ file: string; data: Record<string, string[]> }> = [];
    const first = await run('backup.create', { classifiedConfirmed: true });
    expect(first.result?.backup).toMatchObject({ mode: 'full', reason: 'first' });
    states.push({ file: first.result!.file, data: userData(app) });
    for (const seed of [1, 2, 3]) {
      edit(seed, 25);
      const job = await run('backup.create', { classifiedConfirmed: true });
      expect(job.error).toBeNull();
      expect(job.result?.backup).toMatchObject({ mode: 'changes', reason: null, base: first.result!.fileName });
      expect(job.result!.fileName).toMatch(/ changes\.sqlite$/);
      expect(job.result!.backup!.rows).toBeGreaterThan(0);
      // The changes of 25 edits, against the whole file.
      expect(job.result!.bytes).toBeLessThan(first.result!.bytes / 4);
      states.push({ file: job.result!.file, data: userData(app) });
    }
    // The log keeps only what a later backup may need: nothing the folder's last backup holds
    // (what is left is the export log's own record of that backup, written after it).
    const chain = JSON.parse((app.ctx.db.prepare('SELECT chain FROM backup_chains').get() as { chain: string }).chain) as Array<{ seq: number }>;
    expect(chain).toHaveLength(4);
    expect(app.ctx.db.prepare('SELECT count(*) AS n FROM backup_log WHERE seq <= ?').get(chain[3]!.seq)).toEqual({ n: 0 });
    expect(app.ctx.db.prepare(`SELECT DISTINCT tbl FROM backup_log`).pluck().all()).toEqual(['exports']);
    // The export log tells the two kinds apart (newest first).
    const log = app.call('exports.list', { kind: 'backup', limit: 20 }).items;
    expect(log.map((e) => (e.params as { backup?: { mode: string } }).backup?.mode)).toEqual(['changes', 'changes', 'changes', 'full']);
    // Restoring any of them, in any order, gives the data as it was then; each restore leaves its copy of the current data.
    for (const k of [2, 0, 3, 1]) {
      edit(10 + k, 5);
      const job = await run('backup.restore', { file: states[k]!.file });
      expect(job.error, states[k]!.file).toBeNull();
      expect(userData(app)).toEqual(states[k]!.data);
      // A restore ends every chain: the next backup to the folder is full.
      expect(app.ctx.db.prepare('SELECT count(*) AS n FROM backup_chains').get()).toEqual({ n: 0 });
    }
    // The app works on after restoring changes: search, writes.
    expect(app.call('search.global', { q: 'viec 2-', limit: 50 }).length).toBeGreaterThan(0);
    const next = await run('backup.create', { classifiedConfirmed: true });
    expect(next.result?.backup).toMatchObject({ mode: 'full', reason: 'first' });
  });

  it('starts again in full when a file of the chain is gone or altered, or when asked', async () => {
    const first = await run('backup.create', { classifiedConfirmed: true });
    edit(4, 3);
    const second = await run('backup.create', { classifiedConfirmed: true });
    expect(second.result?.backup?.mode).toBe('changes');
    renameSync(second.result!.file, `${second.result!.file}.moved`);
    edit(5, 3);
    const third = await run('backup.create', { classifiedConfirmed: true });
    expect(third.result?.backup).toMatchObject({ mode: 'full', reason: 'missing' });
    edit(6, 3);
    writeFileSync(`${third.result!.file}.sha256`, `${'0'.repeat(64)}  ${third.result!.fileName}\n`);
    const fourth = await run('backup.create', { classifiedConfirmed: true });
    expect(fourth.result?.backup).toMatchObject({ mode: 'full', reason: 'changed' });
    const fifth = await run('backup.create', { full: true, classifiedConfirmed: true });
    expect(fifth.result?.backup).toMatchObject({ mode: 'full', reason: 'asked' });
    const sixth = await run('backup.create', { classifiedConfirmed: true });
    expect(sixth.result?.backup).toMatchObject({ mode: 'changes', base: fifth.result!.fileName });
    expect(statSync(first.result!.file).size).toBeGreaterThan(sixth.result!.bytes);
  });

  it('refuses to restore changes whose full backup is not beside them, naming it, and changes nothing', async () => {
    const first = await run('backup.create', { classifiedConfirmed: true });
    edit(7, 5);
    const changes = await run('backup.create', { classifiedConfirmed: true });
    expect(changes.result?.backup?.mode).toBe('changes');
    edit(8, 5);
    const before = userData(app);
    const away = path.join(root, `away-${n}`);
    mkdirSync(away);
    renameSync(first.result!.file, path.join(away, first.result!.fileName));
    const job = await run('backup.restore', { file: changes.result!.file });
    expect(job.state).toBe('failed');
    expect(job.error!.message.en).toContain(`needs the file ${first.result!.fileName} in the same folder`);
    expect(job.error!.message.vi).toContain(`cần tệp ${first.result!.fileName}`);
    expect(userData(app)).toEqual(before);
    // Put back, but altered: refused too.
    const altered = path.join(folder, first.result!.fileName);
    renameSync(path.join(away, first.result!.fileName), altered);
    const db = new Database(altered);
    db.exec(`UPDATE meetings SET city = 'altered'`);
    db.close();
    const again = await run('backup.restore', { file: changes.result!.file });
    expect(again.state).toBe('failed');
    expect(again.error!.message.en).toContain('is no longer the file that was written');
    expect(userData(app)).toEqual(before);
    expect(readdirSync(folder).some((f) => f.startsWith('.~asoen-'))).toBe(false);
  });

  it('refuses a backup of changes whose header is damaged or names a file outside its folder, and changes nothing', async () => {
    await run('backup.create', { classifiedConfirmed: true });
    edit(9, 3);
    const changes = await run('backup.create', { classifiedConfirmed: true });
    expect(changes.result?.backup?.mode).toBe('changes');
    const before = userData(app);
    for (const [key, value] of [
      ['chain', '"not a list"'],
      ['chain', JSON.stringify([{ file: '../elsewhere.sqlite', sha256: 'a'.repeat(64), bytes: 1, seq: 1 }])],
      ['toSeq', '"many"'],
    ] as const) {
      const file = path.join(folder, `tampered ${key}.sqlite`);
      writeFileSync(file, readFileSync(changes.result!.file));
      const db = new Database(file);
      db.prepare('UPDATE backup_increment SET value = ? WHERE key = ?').run(value, key);
      db.close();
      const job = await run('backup.restore', { file });
      expect(job.state, `${key} = ${value}`).toBe('failed');
      expect(job.error!.code).toBe('VALIDATION');
      expect(job.error!.message.en).toMatch(/^The backup of changes tampered .+ is damaged: its description of the backups it builds on cannot be read\. The current data has not been changed\.$/);
      expect(job.error!.message.vi).toContain('không bị thay đổi');
      expect(userData(app)).toEqual(before);
    }
  });
});
