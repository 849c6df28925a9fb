import path from 'node:path';
import Database from 'better-sqlite3';
import type { Db } from '../../db/open';
import { writeIncrement } from '../../db/repo/backup/backupLog';
import { bodies } from '../../db/repo/reference';
import { bodiesCoveredOn } from '../../db/repo/focalPoints';
import { searchAll } from '../../db/repo/search';
import { databaseAtStep, stepOf, type SteppedDatabase } from '../helpers/migrations';
import { tempDir } from '../helpers/tmp';

// The migrations that do something to the data already in a file (rebuild an index from it,
// derive a table from it, start logging its changes), each tested on a database an older
// release left behind: migrated to the step just before, given rows as that schema allows,
// then taken on as the current release would open it.

const AT = '2025-03-01T02:00:00.000Z';
const LATER = '2026-11-21T03:00:00.000Z';

/** Inserts a row with plain SQL; entity tables get their bookkeeping columns. */
function insert(db: Db, table: string, row: Record<string, string | number | null>): number {
  const values = table === 'search_docs' ? row : { created_at: AT, updated_at: AT, ...row };
  const cols = Object.keys(values);
  const result = db.prepare(`INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`).run(values);
  return Number(result.lastInsertRowid);
}

function rowCounts(db: Db, tables: readonly string[]): Record<string, number> {
  return Object.fromEntries(tables.map((t) => [t, (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n]));
}

function expectSound(db: Db): void {
  expect(db.pragma('foreign_key_check')).toEqual([]);
  expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
}

/** FTS5's own check that an index holds exactly the words of its documents (throws if not). */
function ftsIntegrity(db: Db, table: string): void {
  db.prepare(`INSERT INTO ${table}(${table}) VALUES ('integrity-check')`).run();
}

/** The search of the releases with one index of every kind (migrations 0001 to 0010): typed words as prefixes, newest first. */
function oldGlobalSearch(db: Db, typed: string): string[] {
  const match = typed
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => `"${w}"*`)
    .join(' ');
  return (
    db.prepare(`SELECT d.entity_id AS id FROM search_fts f JOIN search_docs d ON d.doc_id = f.rowid WHERE search_fts MATCH ? ORDER BY f.rowid DESC`).all(match) as Array<{ id: string }>
  ).map((r) => r.id);
}

const found = (db: Db, typed: string, entities?: Parameters<typeof searchAll>[2]['entities']) =>
  searchAll(db, typed, { limit: 20, ...(entities ? { entities } : {}) }).map((h) => h.id);

/**
 * A small desk written as the app writes it, search documents included (their `folded` text is
 * what the app indexes: no diacritics, đ as d, lower case). Documents in this order, oldest first.
 */
function writeDesk(db: Db): void {
  insert(db, 'pillars', { id: 'pl-ascc', code: 'ASCC', name_vi: 'Cộng đồng Văn hóa - Xã hội ASEAN', name_en: 'ASEAN Socio-Cultural Community' });
  insert(db, 'agencies', { id: 'ag-monre', code: 'MONRE', name_vi: 'Bộ Tài nguyên và Môi trường', name_en: 'Ministry of Natural Resources and Environment', kind: 'ministry' });
  insert(db, 'search_docs', {
    entity: 'agency', entity_id: 'ag-monre', title: 'Bộ Tài nguyên và Môi trường', subtitle: 'Ministry of Natural Resources and Environment',
    folded: 'monre bo tai nguyen va moi truong ministry of natural resources and environment',
  });
  insert(db, 'bodies', { id: 'bd-asoen', code: 'ASOEN', name_vi: 'Hội nghị Quan chức cao cấp ASEAN về môi trường', name_en: 'ASEAN Senior Officials on the Environment', pillar_id: 'pl-ascc', kind: 'senior_officials' });
  insert(db, 'search_docs', {
    entity: 'body', entity_id: 'bd-asoen', title: 'ASOEN — Hội nghị Quan chức cao cấp ASEAN về môi trường', subtitle: 'ASEAN Senior Officials on the Environment',
    folded: 'asoen hoi nghi quan chuc cao cap asean ve moi truong asean senior officials on the environment',
  });
  insert(db, 'people', { id: 'pp-dong', full_name: 'Nguyễn Văn Đông', position: 'Phó Vụ trưởng Vụ Hợp tác quốc tế', agency_id: 'ag-monre' });
  insert(db, 'search_docs', {
    entity: 'person', entity_id: 'pp-dong', title: 'Nguyễn Văn Đông', subtitle: 'Phó Vụ trưởng Vụ Hợp tác quốc tế',
    folded: 'nguyen van dong pho vu truong vu hop tac quoc te',
  });
  insert(db, 'meetings', {
    id: 'mt-pumat', body_id: 'bd-asoen', title_vi: 'Hội thảo về vườn di sản ASEAN tại Vườn quốc gia Pù Mát', title_en: 'ASEAN Heritage Parks workshop, Pu Mat National Park',
    start_date: '2025-09-15', end_date: '2025-09-17', city: 'Nghệ An',
  });
  insert(db, 'search_docs', {
    entity: 'meeting', entity_id: 'mt-pumat', title: 'Hội thảo về vườn di sản ASEAN tại Vườn quốc gia Pù Mát', subtitle: '2025-09-15 · Nghệ An',
    folded: 'hoi thao ve vuon di san asean tai vuon quoc gia pu mat asean heritage parks workshop pu mat national park nghe an',
  });
  insert(db, 'action_items', { id: 'ai-water', title: 'Rà soát tài nguyên nước theo công văn số 125/BTNMT', lead_agency_id: 'ag-monre', due_date: '2025-10-31' });
  insert(db, 'search_docs', {
    entity: 'action_item', entity_id: 'ai-water', title: 'Rà soát tài nguyên nước theo công văn số 125/BTNMT', subtitle: 'MONRE · 2025-10-31',
    folded: 'ra soat tai nguyen nuoc theo cong van so 125 btnmt',
  });
}

const DESK_TABLES = ['pillars', 'agencies', 'bodies', 'people', 'meetings', 'action_items', 'search_docs'] as const;

describe('data migrations, on a database an older release left behind', () => {
  const dir = tempDir();
  let open: SteppedDatabase | undefined;
  afterEach(() => {
    open?.close();
    open = undefined;
  });
  const at = (tag: string, name: string) => (open = databaseAtStep(stepOf(tag), { dir: path.join(dir, name) }));

  it('0006 search_prefixes: the search index made again still finds every record, diacritics or not', () => {
    const { db, migrateTo, migrateToLatest } = at('0006_search_prefixes', 'prefixes');
    writeDesk(db);
    const before = rowCounts(db, DESK_TABLES);

    migrateTo(stepOf('0006_search_prefixes') + 1);

    // The release that brought the migration: its one index, rebuilt from the documents.
    expect(oldGlobalSearch(db, 'nguyen van dong')).toEqual(['pp-dong']);
    expect(oldGlobalSearch(db, 'pu mat')).toEqual(['mt-pumat']);
    expect(oldGlobalSearch(db, 'vuon quoc gia')).toEqual(['mt-pumat']);
    // Prefixes longer than 3 letters, now read from their own prefix index.
    expect(oldGlobalSearch(db, 'nguye')).toEqual(['ai-water', 'pp-dong', 'ag-monre']);
    expect(oldGlobalSearch(db, 'cong va')).toEqual(['ai-water']);
    ftsIntegrity(db, 'search_fts');

    migrateToLatest();

    expect(searchAll(db, 'nguyen van dong', { limit: 20 })).toEqual([{ entity: 'person', id: 'pp-dong', title: 'Nguyễn Văn Đông', subtitle: 'Phó Vụ trưởng Vụ Hợp tác quốc tế' }]);
    expect(found(db, 'pu mat')).toEqual(['mt-pumat']);
    // (Ranked since 0014's release: the person named so before the titles holding the word.)
    expect(found(db, 'nguye')).toEqual(['pp-dong', 'ai-water', 'ag-monre']);
    expect(rowCounts(db, DESK_TABLES)).toEqual(before);
    expectSound(db);
  });

  it('0011 search_by_kind: each kind gets an index of its own documents, and the global search finds what it found before', () => {
    const { db, migrateToLatest } = at('0011_search_by_kind', 'by-kind');
    writeDesk(db);
    const before = rowCounts(db, DESK_TABLES);
    const globalBefore = ['nguyen van', 'moi truong', 'pu mat', 'asean', 'nguye'].map((q) => oldGlobalSearch(db, q));
    expect(globalBefore[0]).toEqual(['ai-water', 'pp-dong']);

    migrateToLatest();

    // The same records (in the ranking's order since: names and codes first).
    const sorted = (lists: string[][]) => lists.map((l) => [...l].sort());
    expect(sorted(['nguyen van', 'moi truong', 'pu mat', 'asean', 'nguye'].map((q) => found(db, q)))).toEqual(sorted(globalBefore as string[][]));
    // A list's search box reads its own kind: the people list's 'nguyen van' no longer brings
    // the action item about "tài nguyên" and "công văn", which its own list still finds.
    expect(found(db, 'nguyen van', ['person'])).toEqual(['pp-dong']);
    expect(found(db, 'nguyen van dong', ['person'])).toEqual(['pp-dong']);
    expect(found(db, 'nguyen van', ['action_item'])).toEqual(['ai-water']);
    expect(found(db, 'tai nguyen', ['agency'])).toEqual(['ag-monre']);
    expect(found(db, 'moi truong', ['body'])).toEqual(['bd-asoen']);
    expect(found(db, 'pu mat', ['meeting'])).toEqual(['mt-pumat']);
    expect(found(db, 'pu mat', ['person', 'agency', 'body', 'action_item'])).toEqual([]);
    for (const kind of ['meeting', 'person', 'agency', 'body', 'action_item']) ftsIntegrity(db, `search_fts_${kind}`);
    expect(rowCounts(db, DESK_TABLES)).toEqual(before);
    expectSound(db);
  });

  it('0007 focal_indexes: the focal-point coverage is derived from the assignments already made, and the matrix is in pillar order', () => {
    const { db, migrateToLatest } = at('0007_focal_indexes', 'focal');
    insert(db, 'pillars', { id: 'pl-apsc', code: 'APSC', name_vi: 'Cộng đồng Chính trị - An ninh ASEAN', name_en: 'ASEAN Political-Security Community' });
    insert(db, 'pillars', { id: 'pl-aec', code: 'AEC', name_vi: 'Cộng đồng Kinh tế ASEAN', name_en: 'ASEAN Economic Community' });
    insert(db, 'pillars', { id: 'pl-ascc', code: 'ASCC', name_vi: 'Cộng đồng Văn hóa - Xã hội ASEAN', name_en: 'ASEAN Socio-Cultural Community' });
    const body = (id: string, code: string, name: string, pillar: string | null, deleted: string | null = null) =>
      insert(db, 'bodies', { id, code, name_vi: name, name_en: code, pillar_id: pillar, kind: 'working_group', deleted_at: deleted });
    body('bd-acb', 'ACB', 'Trung tâm Đa dạng sinh học ASEAN', null);
    body('bd-admm', 'ADMM', 'Hội nghị Bộ trưởng Quốc phòng ASEAN', 'pl-apsc');
    body('bd-amaf', 'AMAF', 'Hội nghị Bộ trưởng Nông Lâm nghiệp ASEAN', 'pl-aec');
    body('bd-asoen', 'ASOEN', 'Hội nghị Quan chức cao cấp ASEAN về môi trường', 'pl-ascc');
    body('bd-awgcc', 'AWGCC', 'Nhóm công tác ASEAN về biến đổi khí hậu', 'pl-ascc');
    body('bd-awgwrm', 'AWGWRM', 'Nhóm công tác ASEAN về quản lý tài nguyên nước', 'pl-ascc', '2024-05-01T00:00:00.000Z');
    insert(db, 'agencies', { id: 'ag-monre', code: 'MONRE', name_vi: 'Bộ Tài nguyên và Môi trường', name_en: 'Ministry of Natural Resources and Environment', kind: 'ministry' });
    insert(db, 'agencies', { id: 'ag-dcc', code: 'DCC', name_vi: 'Cục Biến đổi khí hậu', name_en: 'Department of Climate Change', kind: 'department', parent_id: 'ag-monre' });
    insert(db, 'people', { id: 'pp-dong', full_name: 'Nguyễn Văn Đông', agency_id: 'ag-monre' });
    const assign = (id: string, bodyId: string, agency: string, from: string, to: string | null, deleted: string | null = null) =>
      insert(db, 'focal_assignments', { id, body_id: bodyId, agency_id: agency, person_id: agency === 'ag-monre' ? 'pp-dong' : null, role: 'focal_point', valid_from: from, valid_to: to, deleted_at: deleted });
    // ASOEN: handed over from one agency to the next without a day's gap, then open-ended.
    assign('fa-asoen-1', 'bd-asoen', 'ag-monre', '2019-01-01', '2020-12-31');
    assign('fa-asoen-2', 'bd-asoen', 'ag-dcc', '2021-01-01', null);
    // AWGCC: two overlapping periods, a gap (its assignment deleted), then one more period.
    assign('fa-awgcc-1', 'bd-awgcc', 'ag-dcc', '2018-03-01', '2019-06-30');
    assign('fa-awgcc-2', 'bd-awgcc', 'ag-monre', '2019-05-01', '2020-02-29');
    assign('fa-awgcc-gone', 'bd-awgcc', 'ag-monre', '2020-03-01', '2021-12-31', '2022-01-05T08:00:00.000Z');
    assign('fa-awgcc-3', 'bd-awgcc', 'ag-dcc', '2022-01-01', '2023-12-31');
    assign('fa-admm', 'bd-admm', 'ag-monre', '2024-01-01', null);
    // A body deleted since: its assignment covers nothing.
    assign('fa-awgwrm', 'bd-awgwrm', 'ag-monre', '2015-01-01', null);
    const tables = ['pillars', 'bodies', 'agencies', 'people', 'focal_assignments'];
    const before = rowCounts(db, tables);

    migrateToLatest();

    // The matrix's gaps on a date (the bodies without a focal point in force), in its order:
    // by pillar code (bodies of no pillar first), then by code.
    const gaps = (date: string) => bodies.list(db, { filter: { withoutFocalPointOn: date }, sort: { field: 'pillar', dir: 'asc' }, limit: 50 }).items.map((b) => b.code);
    expect(gaps('2018-02-28')).toEqual(['ACB', 'AMAF', 'ADMM', 'ASOEN', 'AWGCC']);
    expect(gaps('2019-06-01')).toEqual(['ACB', 'AMAF', 'ADMM']);
    expect(gaps('2020-02-29')).toEqual(['ACB', 'AMAF', 'ADMM']);
    expect(gaps('2020-06-15')).toEqual(['ACB', 'AMAF', 'ADMM', 'AWGCC']);
    expect(gaps('2021-01-01')).toEqual(['ACB', 'AMAF', 'ADMM', 'AWGCC']);
    expect(gaps('2023-12-31')).toEqual(['ACB', 'AMAF', 'ADMM']);
    expect(gaps('2024-01-01')).toEqual(['ACB', 'AMAF', 'AWGCC']);
    // The coverage screen's count: live bodies with a focal point in force on the date.
    expect(['2018-02-28', '2019-06-01', '2020-06-15', '2021-01-01', '2023-12-31', '2024-01-01'].map((d) => bodiesCoveredOn(db, d))).toEqual([0, 2, 1, 1, 2, 2]);
    expect(bodies.list(db, { sort: { field: 'pillar', dir: 'asc' }, limit: 50 }).items.map((b) => b.code)).toEqual(['ACB', 'AMAF', 'ADMM', 'ASOEN', 'AWGCC']);
    expect(rowCounts(db, tables)).toEqual(before);
    expectSound(db);
  });

  it('0013 backup_tracking: after the upgrade, a change to a row written before it goes into the next backup of changes', () => {
    const { db, migrateToLatest } = at('0013_backup_tracking', 'tracking');
    writeDesk(db);
    insert(db, 'meetings', { id: 'mt-asoen35', body_id: 'bd-asoen', sequence: 35, title_vi: 'Hội nghị ASOEN lần thứ 35', title_en: 'ASOEN 35', start_date: '2024-07-28', end_date: '2024-08-01' });
    insert(db, 'focal_assignments', { id: 'fa-asoen', body_id: 'bd-asoen', agency_id: 'ag-monre', person_id: 'pp-dong', role: 'focal_point', valid_from: '2021-01-01' });
    const tables = [...DESK_TABLES, 'focal_assignments', 'focal_coverage'];
    const before = rowCounts(db, tables);

    migrateToLatest();
    expect(rowCounts(db, tables)).toEqual(before);

    // Later, in the app: the workshop is renamed, the focal-point assignment ended, Mr Đông's record deleted.
    const docId = (db.prepare(`SELECT doc_id FROM search_docs WHERE entity_id = 'mt-pumat'`).get() as { doc_id: number }).doc_id;
    db.transaction(() => {
      db.prepare(`UPDATE meetings SET title_vi = 'Hội thảo vườn di sản ASEAN lần thứ 7, Vườn quốc gia Pù Mát', version = version + 1, updated_at = ? WHERE id = 'mt-pumat'`).run(LATER);
      db.prepare(`UPDATE search_docs SET title = 'Hội thảo vườn di sản ASEAN lần thứ 7, Vườn quốc gia Pù Mát', folded = 'hoi thao vuon di san asean lan thu 7 vuon quoc gia pu mat' WHERE doc_id = ?`).run(docId);
      db.prepare(`UPDATE focal_assignments SET valid_to = '2026-06-30', version = version + 1, updated_at = ? WHERE id = 'fa-asoen'`).run(LATER);
      db.prepare(`UPDATE people SET deleted_at = ?, version = version + 1, updated_at = ? WHERE id = 'pp-dong'`).run(LATER, LATER);
    })();

    const logged = db.prepare(`SELECT DISTINCT tbl, key FROM backup_log ORDER BY tbl, key`).all();
    expect(logged).toEqual([
      { tbl: 'focal_assignments', key: '["fa-asoen"]' },
      { tbl: 'focal_coverage', key: '["bd-asoen"]' },
      { tbl: 'meetings', key: '["mt-pumat"]' },
      { tbl: 'people', key: '["pp-dong"]' },
      { tbl: 'search_docs', key: `[${docId}]` },
    ]);

    // The backup of changes made after the folder's full backup carries those rows, and only those.
    const out = path.join(dir, 'tracking', 'changes-1.sqlite');
    const result = writeIncrement(db, out, { fromSeq: 0, schemaVersion: 14, chain: [{ file: 'full.sqlite', sha256: '0'.repeat(64), bytes: 1, seq: 0 }], createdAt: LATER });
    expect(result).toMatchObject({ rows: 5, keys: 5 });
    const inc = new Database(out, { readonly: true });
    try {
      expect(inc.prepare(`SELECT id, title_vi, version FROM rows_meetings`).all()).toEqual([{ id: 'mt-pumat', title_vi: 'Hội thảo vườn di sản ASEAN lần thứ 7, Vườn quốc gia Pù Mát', version: 2 }]);
      expect(inc.prepare(`SELECT body_id, valid_from, valid_to FROM rows_focal_coverage`).all()).toEqual([{ body_id: 'bd-asoen', valid_from: '2021-01-01', valid_to: '2026-06-30' }]);
      expect(inc.prepare(`SELECT id, deleted_at FROM rows_people`).all()).toEqual([{ id: 'pp-dong', deleted_at: LATER }]);
    } finally {
      inc.close();
    }
    expectSound(db);
  });

  it('0014 change_log_authors: the reference data the app seeded is marked so, officers’ changes are not, and the log stays append-only', () => {
    const { db, migrateToLatest } = at('0014_change_log_authors', 'authors');
    const log = db.prepare(`INSERT INTO change_log (entity, entity_id, op, before, after, at, device_id) VALUES (?, ?, 'create', NULL, '{}', ?, 'dev-1')`);
    // Seeded by the app: ids of the reference epoch (db/seed/load.ts).
    log.run('country', '011f29fc-1400-7aaa-8bbb-000000000001', AT);
    log.run('agency', '011f29fc-1400-7aaa-8bbb-000000000002', AT);
    // The officer's own records, and a change of a reference record (an update).
    log.run('meeting', '019a0000-0000-7000-8000-000000000003', LATER);
    db.prepare(`INSERT INTO change_log (entity, entity_id, op, before, after, at, device_id) VALUES ('country', '011f29fc-1400-7aaa-8bbb-000000000001', 'update', '{}', '{}', ?, 'dev-1')`).run(LATER);

    migrateToLatest();

    expect(db.prepare(`SELECT entity_id, op, origin, officer_name, device_name FROM change_log ORDER BY seq`).all()).toEqual([
      { entity_id: '011f29fc-1400-7aaa-8bbb-000000000001', op: 'create', origin: 'reference', officer_name: null, device_name: null },
      { entity_id: '011f29fc-1400-7aaa-8bbb-000000000002', op: 'create', origin: 'reference', officer_name: null, device_name: null },
      { entity_id: '019a0000-0000-7000-8000-000000000003', op: 'create', origin: null, officer_name: null, device_name: null },
      { entity_id: '011f29fc-1400-7aaa-8bbb-000000000001', op: 'update', origin: null, officer_name: null, device_name: null },
    ]);
    expect(() => db.prepare(`UPDATE change_log SET origin = NULL`).run()).toThrow(/append-only/);
    expect(() => db.prepare(`DELETE FROM change_log`).run()).toThrow(/append-only/);
    expectSound(db);
  });

  it('0015 exchange_engine: the changes already logged stay this laptop\'s own (no clock value or replica), ready to be taken up; the exchange starts empty and its tables go into backups of changes', () => {
    const { db, migrateToLatest } = at('0015_exchange_engine', 'exchange');
    db.prepare(`INSERT INTO change_log (entity, entity_id, op, before, after, at, device_id, officer_name) VALUES ('meeting', 'mt-1', 'create', NULL, '{"titleEn":"ASOEN 35"}', ?, 'dev-1', 'Lan')`).run(AT);

    migrateToLatest();

    expect(db.prepare(`SELECT entity_id, origin, officer_name, hlc, replica, tx FROM change_log`).all()).toEqual([
      { entity_id: 'mt-1', origin: null, officer_name: 'Lan', hlc: null, replica: null, tx: null },
    ]);
    for (const t of ['exchange_heads', 'exchange_conflicts', 'exchange_outbox', 'exchange_applied']) {
      expect(db.prepare(`SELECT count(*) FROM ${t}`).pluck().get(), t).toBe(0);
    }
    db.prepare(`INSERT INTO exchange_applied (replica, seq, sha256) VALUES ('r-1', 1, 'x')`).run();
    expect(db.prepare(`SELECT tbl, key FROM backup_log ORDER BY seq DESC LIMIT 1`).get()).toEqual({ tbl: 'exchange_applied', key: '["r-1"]' });
    expect(() => db.prepare(`UPDATE change_log SET hlc = 'x'`).run()).toThrow(/append-only/);
    expectSound(db);
  });

  it('0016 trip_domain: meetings, delegations and members written before keep every value and get the new fields empty; the new tables take rows and go into backups of changes', () => {
    const { db, migrateToLatest } = at('0016_trip_domain', 'trip');
    writeDesk(db);
    insert(db, 'meetings', { id: 'mt-34', body_id: 'bd-asoen', sequence: 34, title_vi: 'ASOEN 34', title_en: 'ASOEN 34', start_date: '2023-07-31', end_date: '2023-08-04' });
    insert(db, 'delegations', { id: 'dl-34', meeting_id: 'mt-34', decision_number: '1234/QĐ-BTNMT', objectives: 'Tham dự ASOEN 34', classification: 'confidential' });
    insert(db, 'delegation_members', { id: 'dm-34', delegation_id: 'dl-34', person_id: 'pp-dong', role: 'head', travel_from: '2023-07-30', travel_to: '2023-08-05' });
    const before = rowCounts(db, [...DESK_TABLES, 'delegations', 'delegation_members']);

    migrateToLatest();

    expect(rowCounts(db, [...DESK_TABLES, 'delegations', 'delegation_members'])).toEqual(before);
    expect(db.prepare(`SELECT sequence, previous_id, outcomes, outcomes_en, timeline_days FROM meetings WHERE id = 'mt-34'`).get()).toEqual({
      sequence: 34, previous_id: null, outcomes: null, outcomes_en: null, timeline_days: null,
    });
    expect(db.prepare(`SELECT decision_number, objectives, objectives_en, positions_en, classification FROM delegations`).get()).toEqual({
      decision_number: '1234/QĐ-BTNMT', objectives: 'Tham dự ASOEN 34', objectives_en: null, positions_en: null, classification: 'confidential',
    });
    expect(db.prepare(`SELECT role, travel_to, flight_out, hotel, visa_status, per_diem_basis FROM delegation_members`).get()).toEqual({
      role: 'head', travel_to: '2023-08-05', flight_out: null, hotel: null, visa_status: null, per_diem_basis: null,
    });
    // The CHECKs hold on the columns added in place.
    expect(() => db.prepare(`UPDATE delegation_members SET visa_status = 'maybe'`).run()).toThrow(/CHECK/);
    expect(() => db.prepare(`UPDATE meetings SET previous_id = id WHERE id = 'mt-34'`).run()).toThrow(/CHECK/);
    expect(() => db.prepare(`UPDATE meetings SET timeline_days = '[1]' WHERE id = 'mt-34'`).run()).toThrow(/CHECK/);
    insert(db, 'asean_documents', { id: 'doc-1', kind: 'declaration', title_vi: 'Tuyên bố ASEAN về tuần hoàn nhựa', body_id: 'bd-asoen', meeting_id: 'mt-34' });
    insert(db, 'agenda_items', { id: 'ag-1', meeting_id: 'mt-34', number: 1, title_vi: 'Tuyên bố về nhựa', position: 'Ủng hộ' });
    db.prepare(`INSERT INTO agenda_item_documents (agenda_item_id, document_id) VALUES ('ag-1', 'doc-1')`).run();
    expect(db.prepare(`SELECT tbl FROM backup_log ORDER BY seq DESC LIMIT 3`).pluck().all()).toEqual(['agenda_item_documents', 'agenda_items', 'asean_documents']);
    // Members and meetings kept their backup triggers (the columns were added in place, not by a rebuild).
    db.prepare(`UPDATE delegation_members SET hotel = 'Khách sạn A'`).run();
    expect(db.prepare(`SELECT tbl FROM backup_log ORDER BY seq DESC LIMIT 1`).pluck().get()).toBe('delegation_members');
    expectSound(db);
  });

  it('0017 unique_key_claimants: every record written before holds its key (claimant empty); two holders of one key are still refused, a claimant beside its holder is let in, and the key indexes are still used', () => {
    const { db, migrateToLatest } = at('0017_unique_key_claimants', 'claims');
    writeDesk(db);
    insert(db, 'meetings', { id: 'mt-35', body_id: 'bd-asoen', sequence: 35, title_vi: 'ASOEN 35', title_en: 'ASOEN 35', start_date: '2024-07-31', end_date: '2024-08-02' });
    insert(db, 'delegations', { id: 'dl-35', meeting_id: 'mt-35' });
    insert(db, 'delegation_members', { id: 'dm-35', delegation_id: 'dl-35', person_id: 'pp-dong', role: 'head' });
    const before = rowCounts(db, [...DESK_TABLES, 'delegations', 'delegation_members']);

    migrateToLatest();

    expect(rowCounts(db, [...DESK_TABLES, 'delegations', 'delegation_members'])).toEqual(before);
    for (const t of ['pillars', 'countries', 'bodies', 'agencies', 'legal_bases', 'delegations']) {
      expect(db.prepare(`SELECT count(*) FROM ${t} WHERE claimant <> ''`).pluck().get()).toBe(0);
    }
    expect(db.prepare(`SELECT claimant, head_claimant FROM delegation_members`).get()).toEqual({ claimant: '', head_claimant: '' });
    // A second holder is refused as before; a claimant (its own id as the mark) stands beside the holder.
    expect(() => insert(db, 'delegations', { id: 'dl-35b', meeting_id: 'mt-35' })).toThrow(/UNIQUE/);
    insert(db, 'delegations', { id: 'dl-35b', meeting_id: 'mt-35', claimant: 'dl-35b' });
    expect(() => insert(db, 'delegation_members', { id: 'dm-35b', delegation_id: 'dl-35', person_id: 'pp-dong' })).toThrow(/UNIQUE/);
    expect(() => insert(db, 'bodies', { id: 'bd-asoen-2', code: 'ASOEN', name_vi: 'Lần hai', name_en: 'Again', pillar_id: 'pl-ascc', kind: 'senior_officials' })).toThrow(/UNIQUE/);
    const plan = (sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as Array<{ detail: string }>).map((r) => r.detail).join(' | ');
    expect(plan(`SELECT id FROM delegations WHERE meeting_id = 'mt-35' AND deleted_at IS NULL`)).toMatch(/USING (COVERING )?INDEX delegations_meeting_live/);
    expect(plan(`SELECT id FROM bodies WHERE code = 'ASOEN' AND deleted_at IS NULL`)).toMatch(/USING (COVERING )?INDEX bodies_code_live/);
    expectSound(db);
  });

  it('0018 post_trip_export_kind: a post-trip report logged before as a report of its meeting becomes one, the others keep their kind, and the log still goes into backups of changes', () => {
    const { db, migrateToLatest } = at('0018_post_trip_export_kind', 'post-trip-kind');
    writeDesk(db);
    insert(db, 'meetings', { id: 'mt-34', body_id: 'bd-asoen', sequence: 34, title_vi: 'ASOEN 34', title_en: 'ASOEN 34', start_date: '2023-07-31', end_date: '2023-08-04' });
    const logged = (id: string, kind: string, params: Record<string, unknown>, extra: Record<string, string | number | null> = {}) =>
      insert(db, 'exports', { id, kind, format: 'docx', language: 'vi', params: JSON.stringify(params), folder: '/srv/share', status: 'done', started_at: AT, ...extra });
    logged('ex-post', 'annual_report', { document: 'post_trip_report', meetingId: 'mt-34' }, { meeting_id: 'mt-34' });
    logged('ex-annual', 'annual_report', {}, { year: 2025 });
    logged('ex-brief', 'briefing', { meetingId: 'mt-34' }, { meeting_id: 'mt-34' });

    migrateToLatest();

    expect(db.prepare(`SELECT id, kind FROM exports ORDER BY id`).all()).toEqual([
      { id: 'ex-annual', kind: 'annual_report' },
      { id: 'ex-brief', kind: 'briefing' },
      { id: 'ex-post', kind: 'post_trip_report' },
    ]);
    expect(() => logged('ex-bad', 'minutes', {})).toThrow(/CHECK/);
    // The rebuilt table keeps its backup triggers: a change to it goes into the next backup of changes.
    db.prepare(`DELETE FROM backup_log`).run();
    db.prepare(`UPDATE exports SET version = version + 1 WHERE id = 'ex-post'`).run();
    expect(db.prepare(`SELECT DISTINCT tbl, key FROM backup_log`).all()).toEqual([{ tbl: 'exports', key: '["ex-post"]' }]);
    expectSound(db);
  });
});
