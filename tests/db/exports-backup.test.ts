// Backup and restore through the contract: the drill (back up, change, restore, equal), the
// refusals (not a database, damaged, another application's, newer schema, altered), the data
// untouched by every refusal, and the app still working on its one connection afterwards.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Input } from '../../electron/contract';
import { SEARCH_ENTITIES } from '../../common/enums';
import { createTestApp, type TestApp } from '../helpers/app';
import { runBackupJob, userData } from '../helpers/backups';
import { damageIndexPage } from '../helpers/damage';
import { databaseAtStep, readJournalFile } from '../helpers/migrations';
import { MIGRATIONS_DIR } from '../helpers/paths';
import { tempDir } from '../helpers/tmp';

/** Migration 0017 undone: the unique keys as they were, without the claimant marks. */
const UNDO_CLAIMANTS = [
  ['pillars', 'pillars_code_live', '(code)'],
  ['countries', 'countries_code_live', '(code)'],
  ['bodies', 'bodies_code_live', '(code)'],
  ['agencies', 'agencies_code_live', '(code)'],
  ['legal_bases', 'legal_bases_identity_live', '(number, issued_on)'],
  ['delegations', 'delegations_meeting_live', '(meeting_id)'],
  ['delegation_members', 'delegation_members_person_live', '(delegation_id, person_id)'],
]
  .map(([table, index, cols]) => `DROP INDEX ${index}; ALTER TABLE ${table} DROP COLUMN claimant; CREATE UNIQUE INDEX ${index} ON ${table} ${cols} WHERE deleted_at IS NULL;`)
  .concat([
    `DROP INDEX delegation_members_one_head; ALTER TABLE delegation_members DROP COLUMN head_claimant;
     CREATE UNIQUE INDEX delegation_members_one_head ON delegation_members (delegation_id) WHERE deleted_at IS NULL AND role = 'head';`,
  ])
  .join('\n');

describe('backup and restore', () => {
  const root = tempDir('asoen-backup-');
  let app: TestApp;
  let n = 0;
  let folder: string;
  beforeEach(() => {
    app = createTestApp({ sample: true });
    folder = path.join(root, `case-${++n}`);
    mkdirSync(folder, { recursive: true });
    app.call('settings.update', { exportFolder: folder });
  });
  afterEach(async () => {
    await app.ctx.services.jobs.idle();
    app.close();
  });

  const run = <M extends 'backup.create' | 'backup.restore'>(method: M, input: Input<M>) => runBackupJob(app, method, input);

  it('drill: back up, change data, restore — the data equals the backup, the app keeps working', async () => {
    const backup = await run('backup.create', { classifiedConfirmed: true });
    expect(backup.state).toBe('done');
    const r = backup.result!;
    // Named in the office's time: 03:00 UTC is 10:00 in Ha Noi.
    expect(r.fileName).toBe('MẬT - ASOEN Desk backup 20261121 100000.sqlite');
    const bytes = readFileSync(r.file);
    const hash = createHash('sha256').update(bytes).digest('hex');
    expect(r.sha256).toBe(hash);
    expect(readFileSync(`${r.file}.sha256`, 'utf8')).toBe(`${hash}  ${r.fileName}\n`); // sha256sum format
    const copy = new Database(r.file, { readonly: true });
    expect(copy.pragma('quick_check', { simple: true })).toBe('ok');
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    copy.close();
    const before = userData(app);

    // Change data: a new meeting, an edit, a deletion.
    const body = app.call('bodies.list', { q: 'ASOEN', limit: 5 }).items.find((b) => b.code === 'ASOEN')!;
    app.call('meetings.create', { bodyId: body.id, titleVi: 'Họp Pù Mát sau sao lưu', titleEn: 'After the backup', startDate: '2026-12-15', endDate: '2026-12-15' });
    const item = app.call('actionItems.list', { limit: 1 }).items[0]!;
    app.call('actionItems.update', { id: item.id, version: item.version, changes: { title: 'Đã sửa sau sao lưu' } });
    expect(userData(app)).not.toEqual(before);

    const restored = await run('backup.restore', { file: r.file });
    expect(restored.state).toBe('done');
    expect(userData(app)).toEqual(before);
    // The current data was kept first: the safety copy holds the changed meeting.
    const safety = new Database(restored.result!.file, { readonly: true });
    expect((safety.prepare(`SELECT count(*) AS n FROM meetings WHERE title_vi = 'Họp Pù Mát sau sao lưu'`).get() as { n: number }).n).toBe(1);
    safety.close();
    expect(existsSync(`${restored.result!.file}.sha256`)).toBe(true);
    // The app works on: search (the FTS index was rebuilt), writes, the append-only log's guard.
    expect(app.call('search.global', { q: 'Pu Mat', limit: 5 }).some((h) => h.title.includes('Pù Mát'))).toBe(true);
    expect(app.call('search.global', { q: 'sau sao luu', limit: 5 })).toEqual([]);
    app.call('meetings.create', { bodyId: body.id, titleVi: 'Họp mới', titleEn: 'New', startDate: '2026-12-20', endDate: '2026-12-20' });
    expect(() => app.ctx.db.prepare('DELETE FROM change_log').run()).toThrow(/append-only/);
    expect(app.call('settings.get', {}).exportFolder).toBe(folder); // this laptop's settings are kept
    const log = app.call('exports.list', { limit: 5 }).items;
    expect(log[0]).toMatchObject({ kind: 'backup', status: 'done', params: { operation: 'restore', source: r.file } });
  });

  async function expectRefused(file: string, pattern: RegExp): Promise<void> {
    const before = userData(app);
    const job = await run('backup.restore', { file });
    expect(job.state).toBe('failed');
    expect(job.error!.code).toBe('VALIDATION');
    expect(job.error!.message.en).toMatch(pattern);
    expect(job.error!.message.en).toContain('has not been changed');
    expect(job.error!.message.vi).toContain('không bị thay đổi');
    expect(userData(app)).toEqual(before);
    expect(app.call('exports.list', { limit: 1 }).items[0]).toMatchObject({ status: 'failed', error: job.error!.message.vi });
  }

  it('writes no backup of a damaged data file, and says so in the user\'s words', async () => {
    app.close();
    const file = path.join(root, `live-${n}.sqlite`);
    app = createTestApp({ file, sample: true });
    app.call('settings.update', { exportFolder: folder });
    // One leaf page of an index damaged on disk: the online backup copies it as it is.
    damageIndexPage(app.ctx.db, file);
    const job = await run('backup.create', { classifiedConfirmed: true });
    expect(job.state).toBe('failed');
    expect(job.error?.message.en).toMatch(/^The copy of the data failed its integrity check \(.+\), so no backup was written\. The current data has not been changed/);
    expect(job.error?.message.vi).toMatch(/^Bản sao của dữ liệu không vượt qua kiểm tra tính toàn vẹn/);
    // Nothing in the folder: neither a backup, nor its .sha256, nor a temporary file.
    expect(readdirSync(folder)).toEqual([]);
  });

  it('refuses a file that is not a database', async () => {
    const file = path.join(folder, 'notes.sqlite');
    writeFileSync(file, 'Đây không phải cơ sở dữ liệu. '.repeat(200));
    await expectRefused(file, /not an ASOEN Desk backup/);
  });

  it('refuses a damaged database', async () => {
    const backup = await run('backup.create', { classifiedConfirmed: true });
    const bytes = readFileSync(backup.result!.file);
    for (let i = 4096 * 3; i < 4096 * 6; i++) bytes[i] = 0xa5; // pages 4–6 overwritten
    const file = path.join(folder, 'damaged.sqlite');
    writeFileSync(file, bytes);
    await expectRefused(file, /damaged|not an ASOEN Desk backup/);
  });

  it("refuses another application's database", async () => {
    const file = path.join(folder, 'other.sqlite');
    const other = new Database(file);
    other.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT); INSERT INTO notes (text) VALUES (\'x\');');
    other.close();
    await expectRefused(file, /not an ASOEN Desk backup/);
  });

  it('refuses a backup made by a newer version of the app', async () => {
    const backup = await run('backup.create', { classifiedConfirmed: true });
    const file = path.join(folder, 'newer.sqlite');
    writeFileSync(file, readFileSync(backup.result!.file));
    const db = new Database(file);
    db.prepare(`INSERT INTO __drizzle_migrations (hash, created_at) VALUES ('future', ?)`).run(Date.parse('2099-01-01T00:00:00Z'));
    db.close();
    await expectRefused(file, /newer version/);
  });

  it('refuses a backup whose SHA-256 does not match its .sha256 file', async () => {
    const backup = await run('backup.create', { classifiedConfirmed: true });
    const file = backup.result!.file;
    writeFileSync(`${file}.sha256`, `${'0'.repeat(64)}  ${path.basename(file)}\n`);
    await expectRefused(file, /SHA-256/);
  });

  it('restores an older-schema backup by migrating the copy, never the file', async () => {
    // An older schema cannot hold the trip's data (0016): the desk holds none, so the restored one equals it.
    app.ctx.db.exec(
      `DELETE FROM agenda_item_documents; DELETE FROM agenda_items; DELETE FROM asean_documents; DELETE FROM meeting_contacts;
       UPDATE meetings SET previous_id = NULL, outcomes = NULL, outcomes_en = NULL, timeline_days = NULL;
       UPDATE delegations SET objectives_en = NULL, positions_en = NULL;
       UPDATE delegation_members SET flight_out = NULL, flight_back = NULL, hotel = NULL, visa_status = NULL, per_diem_basis = NULL;`,
    );
    const backup = await run('backup.create', { classifiedConfirmed: true });
    const file = path.join(folder, 'older.sqlite');
    writeFileSync(file, readFileSync(backup.result!.file));
    // Make it look like schema 2 (before the export log of 0002, the indexes of 0003, 0004 and
    // 0005, the focal coverage and pillar order of 0007, the index of 0008 and the annual
    // report's indexes of 0009, the people-by-name index of 0010, the search index per kind of
    // 0011: back to 0001's one index of every kind, which 0006 and 0011 make again; the backup
    // log of 0012 and its triggers of 0013; the change log's authors and origin of 0014; the exchange's tables and change-log columns of 0015;
    // the trip's tables and columns of 0016; the claimant marks in the unique keys of 0017).
    const db = new Database(file);
    for (const { name } of db.prepare(`SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'backup_log_%'`).all() as Array<{ name: string }>) {
      db.exec(`DROP TRIGGER "${name}"`);
    }
    db.exec('DROP TABLE backup_log; DROP TABLE backup_chains;');
    db.exec('DROP TRIGGER search_docs_ai; DROP TRIGGER search_docs_ad; DROP TRIGGER search_docs_au;');
    for (const kind of SEARCH_ENTITIES) db.exec(`DROP TABLE search_fts_${kind}; DROP VIEW search_docs_${kind};`);
    db.exec(
      readFileSync(path.join(MIGRATIONS_DIR, '0001_search_index_and_append_only_log.sql'), 'utf8')
        .split('--> statement-breakpoint')
        .filter((statement) => statement.includes('search_fts'))
        .join('\n'),
    );
    for (const { name } of db.prepare(`SELECT name FROM sqlite_master WHERE type = 'trigger' AND (name LIKE 'focal_coverage_%' OR name LIKE '%pillar%code%')`).all() as Array<{ name: string }>) {
      db.exec(`DROP TRIGGER "${name}"`);
    }
    db.exec(
      `DROP INDEX meetings_upcoming; DROP INDEX focal_assignments_body_in_force; DROP TABLE exports;
       DROP INDEX action_items_live_status_due; CREATE INDEX action_items_status_due ON action_items (status, due_date);
       DROP TABLE focal_coverage; DROP INDEX bodies_pillar_order; ALTER TABLE bodies DROP COLUMN pillar_code;
       DROP INDEX action_items_live_status_done;
       DROP INDEX action_items_live_open_agency; DROP INDEX action_items_live_unsourced_due; DROP INDEX bodies_code;
       DROP INDEX focal_assignments_live_from; DROP INDEX focal_assignments_live_to; DROP INDEX people_full_name;
       ALTER TABLE change_log DROP COLUMN officer_name; ALTER TABLE change_log DROP COLUMN device_name; ALTER TABLE change_log DROP COLUMN origin;
       DROP TABLE exchange_applied; DROP TABLE exchange_conflicts; DROP TABLE exchange_heads; DROP TABLE exchange_outbox;
       ALTER TABLE change_log DROP COLUMN hlc; ALTER TABLE change_log DROP COLUMN replica; ALTER TABLE change_log DROP COLUMN tx;
       DROP TABLE agenda_item_documents; DROP TABLE agenda_items; DROP TABLE asean_documents; DROP TABLE meeting_contacts; DROP INDEX meetings_previous;
       ALTER TABLE meetings DROP COLUMN previous_id; ALTER TABLE meetings DROP COLUMN outcomes; ALTER TABLE meetings DROP COLUMN outcomes_en;
       ALTER TABLE meetings DROP COLUMN timeline_days; ALTER TABLE delegations DROP COLUMN objectives_en; ALTER TABLE delegations DROP COLUMN positions_en;
       ALTER TABLE delegation_members DROP COLUMN flight_out; ALTER TABLE delegation_members DROP COLUMN flight_back; ALTER TABLE delegation_members DROP COLUMN hotel;
       ALTER TABLE delegation_members DROP COLUMN visa_status; ALTER TABLE delegation_members DROP COLUMN per_diem_basis;
       ${UNDO_CLAIMANTS}
       DELETE FROM __drizzle_migrations WHERE id NOT IN (SELECT id FROM __drizzle_migrations ORDER BY id LIMIT 2);`,
    );
    db.close();
    const original = readFileSync(file);
    const before = userData(app);
    const found = (q: string) => app.call('search.global', { q, limit: 50 }).map((h) => h.id);
    const searches = ['asoen', 'nguyen', 'bao cao'].map(found);
    expect(searches.every((ids) => ids.length > 0)).toBe(true);
    const job = await run('backup.restore', { file });
    expect(job.error ?? null, JSON.stringify(job)).toBeNull();
    expect(job.state).toBe('done');
    // Schema 2 had no origin of a change, and 0014 marks only the app's own seeding in the log it
    // takes up: the training sample's changes read as an officer's again (nothing else differs).
    const asOlder = (rows: string[]) => rows.map((r) => JSON.stringify({ ...(JSON.parse(r) as Record<string, unknown>), origin: (JSON.parse(r) as { origin: string | null }).origin === 'sample' ? null : (JSON.parse(r) as { origin: string | null }).origin })).sort();
    expect(userData(app)).toEqual({ ...before, change_log: asOlder(before.change_log!) });
    // The search indexes were made again from the documents: the same answers.
    expect(['asoen', 'nguyen', 'bao cao'].map(found)).toEqual(searches);
    expect(readFileSync(file).equals(original)).toBe(true);
    expect(readdirSync(folder).some((f) => f.startsWith('.~asoen-'))).toBe(false);
  });

  it("refuses a backup whose schema holds a trigger the app does not make, before its copy is migrated and the trigger could run", async () => {
    // An older backup (the step before this release), with a trigger added outside the app: it
    // would write into a table of its own each time a migration step is recorded.
    const total = readJournalFile(MIGRATIONS_DIR).entries.length;
    const older = databaseAtStep(total - 1, { dir: path.join(root, `crafted-${n}`) });
    older.db.pragma('journal_mode = DELETE');
    older.db.exec(`CREATE TABLE loot (x TEXT); CREATE TRIGGER grab AFTER INSERT ON __drizzle_migrations BEGIN INSERT INTO loot VALUES (NEW.hash); END`);
    older.close();
    const file = path.join(folder, 'crafted.sqlite');
    writeFileSync(file, readFileSync(older.file));
    const original = readFileSync(file);
    await expectRefused(file, /holds triggers or views that ASOEN Desk does not make \(trigger grab\): it was changed outside the application/);
    expect(readFileSync(file).equals(original)).toBe(true);
  });

  it('refuses a relative path and a missing file clearly', async () => {
    expect(app.raw('backup.restore', { file: 'backup.sqlite' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const job = await run('backup.restore', { file: path.join(folder, 'missing.sqlite') });
    expect(job.state).toBe('failed');
    expect(job.error).toMatchObject({ code: 'NOT_FOUND' });
  });
});
