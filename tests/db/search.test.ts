import path from 'node:path';
import { writeFileSync } from 'node:fs';
import { migrateDatabase } from '../../db/migrate';
import { openDatabase } from '../../db/open';
import { SEARCH_ENTITIES } from '../../common/enums';
import { toFtsPrefixQuery } from '../../common/fold';
import { removeSearchDoc, searchAll, upsertSearchDoc } from '../../db/repo/search';
import { createTestApp, type TestApp } from '../helpers/app';
import { copyMigrations, readJournalFile } from '../helpers/migrations';
import { MIGRATIONS_DIR } from '../helpers/paths';
import { tempDir } from '../helpers/tmp';

describe('global search', () => {
  let app: TestApp;
  beforeAll(() => {
    app = createTestApp({ sample: true });
  });
  afterAll(() => app.close());

  const titles = (q: string, entities?: Array<'meeting' | 'person' | 'agency' | 'body' | 'action_item'>) =>
    app.call('search.global', { q, limit: 50, ...(entities ? { entities } : {}) }).map((h) => h.title);

  it('finds "Nguyễn Văn Đông" from "nguyen van dong", without diacritics and with đ folded to d', () => {
    expect(titles('nguyen van dong', ['person'])).toEqual(['Nguyễn Văn Đông']);
    expect(titles('Nguyễn Văn Đông', ['person'])).toEqual(['Nguyễn Văn Đông']);
    expect(titles('NGUYEN VAN DONG')).toContain('Nguyễn Văn Đông');
  });

  it('finds "Pù Mát" from "pu mat"', () => {
    expect(titles('pu mat').some((t) => t.includes('Pù Mát'))).toBe(true);
  });

  it('finds "Đại" from "dai", as a prefix while typing', () => {
    expect(titles('dai', ['person'])).toContain('Phạm Quốc Đại');
    expect(titles('pham quoc d', ['person'])).toContain('Phạm Quốc Đại');
  });

  it('searches meetings, people, agencies, bodies and action items in one box', () => {
    const hits = app.call('search.global', { q: 'asoen', limit: 100 });
    expect([...new Set(hits.map((h) => h.entity))]).toEqual(expect.arrayContaining(['meeting', 'body', 'agency']));
    expect(app.call('search.global', { q: 'bao ton', limit: 100 }).some((h) => h.entity === 'agency')).toBe(true);
    expect(app.call('search.global', { q: 'AWGMEA', limit: 10 }).map((h) => h.title)).toEqual([expect.stringContaining('AWGCW')]);
  });

  it('finds a word from every prefix of it while it is typed, from one letter to the whole word, even a very long one', () => {
    // Prefixes of 1 to 20 letters are read from FTS5 prefix indexes, longer ones from the words.
    const title = 'Đề xuất cơ chế liên chính phủ intergovernmentalisation cho vùng Nghiêng Nguyệt';
    app.call('actionItems.create', { title, status: 'open' });
    for (const word of ['intergovernmentalisation', 'Nghiêng', 'Nguyệt', 'Đề']) {
      for (let n = 1; n <= word.length; n++) {
        const typed = word.slice(0, n);
        expect(titles(typed, ['action_item'])[0], `"${typed}"`).toBe(title);
        expect(titles(`${typed} chinh phu`)[0], `"${typed} chinh phu"`).toBe(title);
      }
    }
    expect(titles('intergovernmentalisations')).toEqual([]);
    expect(titles('nghieng nguyetx')).toEqual([]);
  });

  it('lists the best-named then the newest records first, stops at the limit and keeps to the kinds asked for', () => {
    const first = app.call('people.create', { fullName: 'Lò Văn Zelkovă' });
    const second = app.call('actionItems.create', { title: 'Khảo sát rừng zelkova Đắk Lắk', status: 'open' });
    const third = app.call('people.create', { fullName: 'Đinh Thị Zelkova' });
    const hits = (q: string, limit: number, entities?: Array<'person' | 'action_item' | 'meeting'>) =>
      app.call('search.global', { q, limit, ...(entities ? { entities } : {}) }).map((h) => [h.entity, h.id]);
    // People named so first (newest first), then the item whose title holds the word mid-phrase.
    expect(hits('zelkova', 10)).toEqual([['person', third.id], ['person', first.id], ['action_item', second.id]]);
    expect(hits('ZELK', 2)).toEqual([['person', third.id], ['person', first.id]]);
    expect(hits('zelkova', 10, ['person'])).toEqual([['person', third.id], ['person', first.id]]);
    expect(hits('zelkova', 1, ['person'])).toEqual([['person', third.id]]);
    expect(hits('zelkova dak', 10, ['action_item'])).toEqual([['action_item', second.id]]);
    expect(hits('zelkova', 10, ['meeting'])).toEqual([]);
    expect(hits('dinh zelkova', 10, ['person', 'action_item'])).toEqual([['person', third.id]]);
  });

  it('treats punctuation and FTS syntax in the query as plain text', () => {
    for (const q of ['"', 'AND OR NOT', 'a*', '(', 'NEAR(x y)', "'; DROP TABLE meetings; --", '   ']) {
      expect(app.raw('search.global', { q, limit: 10 }).ok).toBe(true);
    }
  });

  it('leaves the index alone when a write does not change the words (a status change), re-indexes when it does', () => {
    const fts = () => app.ctx.db.prepare('SELECT count(*) AS n, max(rowid) AS last FROM search_fts_action_item_data').get();
    const item = app.call('actionItems.create', { title: 'Rà soát danh mục vườn di sản', status: 'open' });
    const before = fts();
    const moved = app.call('actionItems.update', { id: item.id, version: item.version, changes: { status: 'in_progress' } });
    expect(fts()).toEqual(before);
    app.call('actionItems.update', { id: moved.id, version: moved.version, changes: { title: 'Rà soát danh mục vườn quốc gia' } });
    expect(fts()).not.toEqual(before);
    expect(titles('vuon quoc gia', ['action_item'])).toContain('Rà soát danh mục vườn quốc gia');
    expect(titles('vuon di san', ['action_item'])).not.toContain('Rà soát danh mục vườn di sản');
  });

  it('re-indexes when any word a record is found by changes, not only its title: a source reference, the code of a meeting\'s new body', () => {
    const item = app.call('actionItems.create', { title: 'Tổng hợp ý kiến về dự thảo', sourceRef: 'Biên bản Zonguldak', status: 'open' });
    expect(titles('zonguldak', ['action_item'])).toEqual(['Tổng hợp ý kiến về dự thảo']);
    app.call('actionItems.update', { id: item.id, version: item.version, changes: { sourceRef: 'Biên bản Kastamonu' } });
    expect(titles('zonguldak', ['action_item'])).toEqual([]);
    expect(titles('kastamonu', ['action_item'])).toEqual(['Tổng hợp ý kiến về dự thảo']);

    // Two bodies neither of whose codes begins the other's (a typed code is a prefix).
    const bodies = app.call('bodies.list', { limit: 50, sort: { field: 'code', dir: 'asc' } }).items;
    const fold = (c: string) => c.toLowerCase().replace(/[^a-z0-9]+/g, ' ');
    const first = bodies[0];
    const second = bodies.find((b) => !fold(b.code).startsWith(fold(first!.code)) && !fold(first!.code).startsWith(fold(b.code)));
    const meeting = app.call('meetings.create', { bodyId: first!.id, titleVi: 'Họp Quyzwek', titleEn: 'Quyzwek meeting', startDate: '2026-03-02', endDate: '2026-03-03' });
    const byCode = (code: string) => app.call('search.global', { q: `${code} quyzwek`, limit: 10, entities: ['meeting'] }).map((h) => h.id);
    expect(byCode(first!.code)).toEqual([meeting.id]);
    const moved = app.call('meetings.update', { id: meeting.id, version: meeting.version, changes: { bodyId: second!.id } });
    expect(byCode(second!.code)).toEqual([meeting.id]);
    expect(byCode(first!.code)).toEqual([]);
    // A change of nothing it is found by (its status) keeps it findable as it was.
    app.call('meetings.update', { id: moved.id, version: moved.version, changes: { status: 'confirmed' } });
    expect(byCode(second!.code)).toEqual([meeting.id]);
  });

  it('follows edits: a renamed person is found by the new name only, a deleted one not at all', () => {
    const p = app.call('people.create', { fullName: 'Vũ Thị Hằng Nga' });
    expect(titles('vu thi hang nga')).toEqual(['Vũ Thị Hằng Nga']);
    const renamed = app.call('people.update', { id: p.id, version: p.version, changes: { fullName: 'Vũ Thị Hằng Nguyệt' } });
    expect(titles('hang nguyet')).toEqual(['Vũ Thị Hằng Nguyệt']);
    expect(titles('hang nga')).toEqual([]);
    app.call('people.delete', { id: renamed.id, version: renamed.version });
    expect(titles('hang nguyet')).toEqual([]);
  });

  it('filters lists by the same folded text', () => {
    const people = app.call('people.list', { q: 'nguyen', limit: 50 }).items.map((p) => p.fullName);
    expect(people.length).toBeGreaterThan(1);
    expect(people.every((n) => n.startsWith('Nguyễn'))).toBe(true);
  });
});

/** FTS5 compares each kind's index with its documents, and throws if they disagree. */
function checkIndexes(db: ReturnType<typeof openDatabase>): void {
  for (const kind of SEARCH_ENTITIES) db.prepare(`INSERT INTO search_fts_${kind}(search_fts_${kind}, rank) VALUES ('integrity-check', 1)`).run();
}

describe.each([
  ['the prefix indexes', '_search_prefixes'],
  ['one index per kind', '_search_by_kind'],
])('the search index of a file written before %s', (_what, tag) => {
  const dir = tempDir();

  it('is made again from the search documents: the same answers, and writes keep it up to date', () => {
    // The migrations as the previous version shipped them: all up to this one.
    const before = copyMigrations(dir);
    const journal = readJournalFile(before);
    const at = journal.entries.findIndex((e) => e.tag.endsWith(tag));
    expect(at).toBeGreaterThan(0);
    journal.entries.splice(at);
    writeFileSync(path.join(before, 'meta', '_journal.json'), JSON.stringify(journal, null, 2));

    const db = openDatabase(path.join(dir, `old${tag}.sqlite`));
    try {
      migrateDatabase(db, { migrationsFolder: before });
      const doc = (title: string) => ({ title, text: title });
      upsertSearchDoc(db, 'person', 'p1', doc('Nguyễn Văn Đức'));
      upsertSearchDoc(db, 'person', 'p2', doc('Nguyễn Thị Nguyệt'));
      upsertSearchDoc(db, 'action_item', 'a1', doc('Tổng hợp ý kiến về tài nguyên nước'));
      upsertSearchDoc(db, 'meeting', 'm1', doc('Hội nghị Bộ trưởng về tài nguyên'));
      upsertSearchDoc(db, 'agency', 'g1', doc('Cục Biến đổi khí hậu'));
      upsertSearchDoc(db, 'body', 'b1', doc('ASOEN Nguyên thủ'));
      const queries = ['n', 'ng', 'nguy', 'nguye', 'nguyen van duc', 'nguyet', 'tai nguyen', 'đức', 'bien doi', 'xyz'];
      const answers = () => queries.map((q) => searchAll(db, q, { limit: 10 }).map((h) => h.id));
      // What the single index of every kind answered, newest first.
      const old = queries.map((q) => {
        const match = toFtsPrefixQuery(q);
        if (match === null) return [];
        return db
          .prepare(`SELECT d.entity_id FROM search_fts JOIN search_docs d ON d.doc_id = search_fts.rowid WHERE search_fts MATCH ? ORDER BY search_fts.rowid DESC LIMIT 10`)
          .pluck()
          .all(match);
      });
      expect(old[3]).toEqual(['b1', 'm1', 'a1', 'p2', 'p1']);

      expect(migrateDatabase(db, { migrationsFolder: MIGRATIONS_DIR }).applied).toBeGreaterThan(0);
      for (const kind of SEARCH_ENTITIES) {
        const definition = (db.prepare(`SELECT sql FROM sqlite_master WHERE name = ?`).get(`search_fts_${kind}`) as { sql: string }).sql;
        expect(definition).toContain(`prefix='1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20'`);
      }
      // The same records (their order is the ranking's now: names first, see search-ranking.test.ts).
      expect(answers().map((a) => [...a].sort())).toEqual(old.map((a) => [...(a as string[])].sort()));
      checkIndexes(db);

      upsertSearchDoc(db, 'person', 'p3', doc('Nguyễn Văn Đông'));
      upsertSearchDoc(db, 'person', 'p2', doc('Nguyễn Thị Hằng'));
      removeSearchDoc(db, 'p1');
      removeSearchDoc(db, 'b1');
      expect(searchAll(db, 'nguye', { limit: 10 }).map((h) => h.id)).toEqual(['p3', 'p2', 'm1', 'a1']);
      expect(searchAll(db, 'nguye', { limit: 10, entities: ['person'] }).map((h) => h.id)).toEqual(['p3', 'p2']);
      expect(searchAll(db, 'nguyet', { limit: 10 })).toEqual([]);
      expect(searchAll(db, 'nguyen van d', { limit: 10 }).map((h) => h.id)).toEqual(['p3']);
      checkIndexes(db);
    } finally {
      db.close();
    }
  });
});

describe('one search index per kind', () => {
  const dir = tempDir();

  it('moves a document between indexes when its kind changes, and keeps every index equal to its documents', () => {
    const db = openDatabase(path.join(dir, 'kinds.sqlite'));
    try {
      migrateDatabase(db, { migrationsFolder: MIGRATIONS_DIR });
      const doc = (title: string) => ({ title, text: title });
      upsertSearchDoc(db, 'person', 'x1', doc('Lê Thị Quỳnh Zyx'));
      upsertSearchDoc(db, 'agency', 'x2', doc('Viện Zyx'));
      // A person named so before an agency whose name holds the word mid-phrase.
      expect(searchAll(db, 'zyx', { limit: 10 }).map((h) => [h.entity, h.id])).toEqual([['person', 'x1'], ['agency', 'x2']]);
      // The same record written again as another kind (no screen does this, the store allows it).
      upsertSearchDoc(db, 'meeting', 'x1', doc('Họp Zyx lần thứ nhất'));
      expect(searchAll(db, 'zyx', { limit: 10, entities: ['person'] })).toEqual([]);
      expect(searchAll(db, 'zyx lan', { limit: 10, entities: ['meeting'] }).map((h) => h.id)).toEqual(['x1']);
      checkIndexes(db);
      // A limit reads the newest of every kind before merging, then ranks them together: the
      // people (names first), then the newest item.
      for (let i = 0; i < 5; i++) upsertSearchDoc(db, i % 2 ? 'person' : 'action_item', `y${i}`, doc(`Zyx số ${i}`));
      expect(searchAll(db, 'zyx', { limit: 3 }).map((h) => h.id)).toEqual(['y3', 'y1', 'y4']);
      expect(searchAll(db, 'zyx', { limit: 3, entities: ['agency', 'meeting'] }).map((h) => h.id)).toEqual(['x2', 'x1']);
      checkIndexes(db);
    } finally {
      db.close();
    }
  });
});
