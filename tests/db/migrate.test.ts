import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../db/errors';
import { appliedMigrations, migrateDatabase, readJournal } from '../../db/migrate';
import { openDatabase, type Db } from '../../db/open';
import { appendMigration, copyMigrations, readJournalFile } from '../helpers/migrations';
import { tempDir } from '../helpers/tmp';

const NOW = () => new Date('2026-11-21T08:00:00Z');

function seedRows(db: Db): void {
  const t = '2026-01-01T00:00:00.000Z';
  db.prepare(`INSERT INTO pillars (id, created_at, updated_at, code, name_vi, name_en) VALUES ('p1', ?, ?, 'ASCC', 'Văn hóa - Xã hội', 'Socio-Cultural')`).run(t, t);
  db.prepare(`INSERT INTO bodies (id, created_at, updated_at, code, name_vi, name_en, pillar_id, kind) VALUES ('b1', ?, ?, 'ASOEN', 'Quan chức cao cấp về môi trường', 'ASOEN', 'p1', 'senior_officials')`).run(t, t);
  const meeting = db.prepare(
    `INSERT INTO meetings (id, created_at, updated_at, body_id, sequence, title_vi, title_en, start_date, end_date) VALUES (?, ?, ?, 'b1', ?, ?, ?, ?, ?)`,
  );
  meeting.run('m34', t, t, 34, 'Hội nghị ASOEN 34', 'ASOEN 34', '2023-07-31', '2023-08-04');
  meeting.run('m35', t, t, 35, 'Hội nghị ASOEN 35', 'ASOEN 35', '2024-07-28', '2024-08-01');
  db.prepare(`INSERT INTO delegations (id, created_at, updated_at, meeting_id, decision_number) VALUES ('d34', ?, ?, 'm34', '1234/QĐ-BTNMT')`).run(t, t);
}

function counts(db: Db): Record<string, number> {
  const out: Record<string, number> = {};
  for (const table of ['pillars', 'bodies', 'meetings', 'delegations']) {
    out[table] = (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  }
  return out;
}

function schemaOf(db: Db): string {
  return (db.prepare(`SELECT group_concat(sql, ';') AS s FROM (SELECT sql FROM sqlite_master ORDER BY name)`).get() as { s: string }).s;
}

function refusal(fn: () => unknown): AppError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    return err as AppError;
  }
  throw new Error('expected a refusal');
}

/** drizzle-kit's way to change a table SQLite cannot ALTER: build a new one, copy, drop, rename. */
function rebuildMeetingsWithVenue(db: Db): string[] {
  const create = (db.prepare(`SELECT sql FROM sqlite_master WHERE name = 'meetings'`).get() as { sql: string }).sql;
  const columns = (db.prepare(`PRAGMA table_info(meetings)`).all() as Array<{ name: string }>).map((c) => `\`${c.name}\``).join(', ');
  return [
    'PRAGMA foreign_keys=OFF;',
    create.replace('CREATE TABLE `meetings` (', 'CREATE TABLE `__new_meetings` (\n\t`venue` text,').replaceAll('"meetings".', '"__new_meetings".') + ';',
    `INSERT INTO \`__new_meetings\`(${columns}) SELECT ${columns} FROM \`meetings\`;`,
    'DROP TABLE `meetings`;',
    'ALTER TABLE `__new_meetings` RENAME TO `meetings`;',
    'PRAGMA foreign_keys=ON;',
  ];
}

describe('migrations', () => {
  const dir = tempDir();

  it('creates the schema on an empty file without a backup, and a second run applies nothing', () => {
    const folder = copyMigrations(path.join(dir, 'fresh'));
    const db = openDatabase(path.join(dir, 'fresh', 'data.sqlite'));
    const first = migrateDatabase(db, { migrationsFolder: folder, backupDir: path.join(dir, 'fresh', 'backups'), now: NOW });
    expect(first).toEqual({ applied: readJournal(folder).length, schemaVersion: readJournal(folder).length, backupFile: null });
    expect(migrateDatabase(db, { migrationsFolder: folder, now: NOW }).applied).toBe(0);
    db.close();
  });

  it('applies a table rebuild to a database holding data: backup first, nothing lost, foreign keys intact', () => {
    const base = path.join(dir, 'rebuild');
    const folder = copyMigrations(base);
    const file = path.join(base, 'data.sqlite');
    const db = openDatabase(file);
    migrateDatabase(db, { migrationsFolder: folder, now: NOW });
    seedRows(db);
    const before = counts(db);
    appendMigration(folder, 'meeting_venue', rebuildMeetingsWithVenue(db));

    const result = migrateDatabase(db, { migrationsFolder: folder, backupDir: path.join(base, 'backups'), now: NOW });

    expect(result.applied).toBe(1);
    expect(counts(db)).toEqual(before);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.prepare(`SELECT d.decision_number, m.title_vi FROM delegations d JOIN meetings m ON m.id = d.meeting_id`).get()).toEqual({
      decision_number: '1234/QĐ-BTNMT',
      title_vi: 'Hội nghị ASOEN 34',
    });
    expect((db.prepare(`PRAGMA table_info(meetings)`).all() as Array<{ name: string }>).some((c) => c.name === 'venue')).toBe(true);
    // The backup is the database as it was before the migration.
    expect(result.backupFile).not.toBeNull();
    expect(path.basename(result.backupFile!)).toBe(`data-20261121-080000-before-schema-${readJournal(folder).length}.sqlite`);
    const backup = new Database(result.backupFile!, { readonly: true });
    expect(counts(backup)).toEqual(before);
    expect((backup.prepare(`PRAGMA table_info(meetings)`).all() as Array<{ name: string }>).some((c) => c.name === 'venue')).toBe(false);
    expect(backup.pragma('quick_check', { simple: true })).toBe('ok');
    backup.close();
    db.close();
  });

  it('rolls back a migration that would break foreign keys, leaving the data and the history as they were', () => {
    const base = path.join(dir, 'fk');
    const folder = copyMigrations(base);
    const db = openDatabase(path.join(base, 'data.sqlite'));
    migrateDatabase(db, { migrationsFolder: folder, now: NOW });
    seedRows(db);
    const before = counts(db);
    const appliedBefore = appliedMigrations(db).length;
    appendMigration(folder, 'drop_bodies_rows', ['DELETE FROM `bodies`;']);

    const err = refusal(() => migrateDatabase(db, { migrationsFolder: folder, backupDir: path.join(base, 'backups'), now: NOW }));

    expect(err.details).toMatchObject({ kind: 'foreign-key-violations' });
    expect(err.messages.vi).toContain('hủy');
    expect(counts(db)).toEqual(before);
    expect(appliedMigrations(db)).toHaveLength(appliedBefore);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });

  describe('refuses, with a clear message and without touching the file,', () => {
    function migratedCopy(name: string): { folder: string; file: string } {
      const base = path.join(dir, name);
      const folder = copyMigrations(base);
      const file = path.join(base, 'data.sqlite');
      const db = openDatabase(file);
      migrateDatabase(db, { migrationsFolder: folder, now: NOW });
      seedRows(db);
      db.close();
      return { folder, file };
    }

    function expectUntouched(file: string, folder: string, kind: string, text: { vi: string; en: string }) {
      const db = openDatabase(file);
      const schema = schemaOf(db);
      const applied = appliedMigrations(db);
      const err = refusal(() => migrateDatabase(db, { migrationsFolder: folder, backupDir: path.join(path.dirname(file), 'backups'), now: NOW }));
      expect(err.details).toMatchObject({ kind });
      expect(err.messages.vi).toContain(text.vi);
      expect(err.messages.en).toContain(text.en);
      expect(schemaOf(db)).toBe(schema);
      expect(appliedMigrations(db)).toEqual(applied);
      expect(existsSync(path.join(path.dirname(file), 'backups'))).toBe(false);
      db.close();
    }

    it('a database whose applied migrations are not a prefix of the journal', () => {
      const { folder, file } = migratedCopy('prefix');
      const journal = readJournalFile(folder);
      // The code's history was rewritten: the first step now carries another timestamp.
      journal.entries[0]!.when -= 5;
      writeFileSync(path.join(folder, 'meta', '_journal.json'), JSON.stringify(journal));
      expectUntouched(file, folder, 'not-a-prefix', { vi: 'không khớp', en: 'does not match' });
    });

    it('a database whose recorded hash differs from the migration file', () => {
      const { folder, file } = migratedCopy('hash');
      const sqlFile = readdirSync(folder).find((f) => f.startsWith('0001_'))!;
      writeFileSync(path.join(folder, sqlFile), readFileSync(path.join(folder, sqlFile), 'utf8') + '\n-- edited after release\n');
      expectUntouched(file, folder, 'hash-mismatch', { vi: 'khác với', en: 'differs' });
    });

    it('a database newer than the code', () => {
      const { folder, file } = migratedCopy('newer');
      const newerFolder = copyMigrations(path.join(dir, 'newer', 'next-version'));
      appendMigration(newerFolder, 'future', ['CREATE TABLE `future_things` (`id` text PRIMARY KEY NOT NULL);']);
      const db = openDatabase(file);
      migrateDatabase(db, { migrationsFolder: newerFolder, now: NOW });
      db.close();
      expectUntouched(file, folder, 'database-newer', { vi: 'mới hơn', en: 'newer version' });
    });
  });
});
