import { searchTuning } from '../../db/repo/core/repository';
import { actionItems } from '../../db/repo/actionItems';
import { people } from '../../db/repo/directory';
import { createTestApp, type TestApp } from '../helpers/app';

// The search box of a list (Action items, the people pickers). Words found in many records are
// looked for by reading the list in its own order and checking each row's words, stopping at a
// page; rare words by sorting the records that hold them. Both ways, and the fallback from the
// first to the second, must give the same pages as a plain reading of the FTS matches.
describe('the search box of a list', () => {
  let app: TestApp;
  const tuning = { ...searchTuning };
  beforeAll(() => {
    app = createTestApp({ sample: true });
    const agencies = app.call('agencies.list', { limit: 3 }).items;
    const statuses = ['open', 'in_progress', 'blocked', 'done'] as const;
    const words = ['Báo cáo tiến độ', 'Bảo tồn đa dạng sinh học', 'Gửi báo cáo quốc gia', 'Đóng góp ý kiến', 'Báo-cáo(ASOEN) về khói mù', 'Nghiên cứu nguồn nước'];
    for (let i = 0; i < 90; i++) {
      app.call('actionItems.create', {
        title: `${words[i % words.length]} ${i}`,
        status: statuses[i % 4]!,
        leadAgencyId: agencies[i % 3]!.id,
        dueDate: i % 9 === 0 ? null : `2027-0${(i % 9) + 1}-${String((i % 27) + 1).padStart(2, '0')}`,
        ...(i % 4 === 3 ? { completedOn: '2026-11-20' } : {}),
      });
    }
    for (const fullName of ['Nguyễn Thị Ngân', 'Ngô Văn Nghĩa', 'Đặng Ngọc Anh', 'Lê Văn Long']) app.call('people.create', { fullName });
  });
  afterEach(() => Object.assign(searchTuning, tuning));
  afterAll(() => app.close());

  const db = () => app.ctx.db;
  const fts = (q: string) =>
    q
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/đ/gi, 'd')
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter(Boolean)
      .map((w) => `"${w}"*`)
      .join(' ');
  /** The live items holding the words, in the list's order, read by hand from the FTS matches. */
  const byHand = (q: string, where: string, params: unknown[], order: string) =>
    (
      db()
        .prepare(
          `SELECT t.id FROM action_items t WHERE t.deleted_at IS NULL AND ${where}
             AND t.id IN (SELECT d.entity_id FROM search_fts_action_item f JOIN search_docs d ON d.doc_id = f.rowid WHERE f.search_fts_action_item MATCH ?)
           ORDER BY ${order}`,
        )
        .all(...params, fts(q)) as Array<{ id: string }>
    ).map((r) => r.id);
  /** Every page of the list, followed by its cursors; the same as the pages of its ids only (what an export reads). */
  const allPages = (q: string, filter: Record<string, unknown>, sort: { field: string; dir: 'asc' | 'desc' }, limit: number) => {
    const read = (page: (cursor: string | null) => { items: Array<{ id: string }>; nextCursor: string | null }) => {
      const ids: string[] = [];
      let cursor: string | null = null;
      do {
        const p = page(cursor);
        ids.push(...p.items.map((r) => r.id));
        cursor = p.nextCursor;
      } while (cursor);
      return ids;
    };
    const rows = read((cursor) => actionItems.list(db(), { q, filter, sort, limit, cursor }));
    expect(read((cursor) => actionItems.listIds(db(), { q, filter, sort, limit, cursor }))).toEqual(rows);
    return rows;
  };
  const ways = {
    'sorting the matches': { denseAt: 1_000_000, walkBudget: 4000 },
    'reading the list in its order': { denseAt: 1, walkBudget: 1_000_000 },
    'giving up the list order after 3 rows': { denseAt: 1, walkBudget: 3 },
  };

  it.each(Object.entries(ways))('gives the pages of a plain reading of the matches by %s', (_, way) => {
    Object.assign(searchTuning, way);
    const lead = app.call('agencies.list', { limit: 1 }).items[0]!.id;
    const cases: Array<[string, Record<string, unknown>, string, unknown[]]> = [
      ['báo cáo', {}, '1', []],
      ['bao', { status: ['open', 'blocked'] }, `t.status IN ('open', 'blocked')`, []],
      ['ASOEN khoi', {}, '1', []],
      ['nguon nuoc', { leadAgencyId: lead }, 't.lead_agency_id = ?', [lead]],
      ['d', {}, '1', []],
      ['khong co tu nay', {}, '1', []],
    ];
    for (const limit of [4, 50]) {
      for (const [q, filter, where, params] of cases) {
        expect(allPages(q, filter, { field: 'dueDate', dir: 'asc' }, limit), `${q} ${JSON.stringify(filter)} ${limit}`).toEqual(byHand(q, where, params, 't.due_date, t.id'));
        expect(allPages(q, filter, { field: 'dueDate', dir: 'desc' }, limit), `${q} desc ${limit}`).toEqual(byHand(q, where, params, 't.due_date DESC, t.id DESC'));
        expect(allPages(q, filter, { field: 'title', dir: 'asc' }, limit), `${q} by title ${limit}`).toEqual(byHand(q, where, params, 't.title, t.id'));
      }
    }
    const byName = (q: string) => people.list(db(), { q, limit: 30 }).items.map((p) => p.fullName);
    const names = (db().prepare(`SELECT full_name AS n FROM people WHERE deleted_at IS NULL ORDER BY full_name, id`).all() as Array<{ n: string }>).map((r) => r.n);
    expect(byName('ng')).toEqual(names.filter((n) => /(^|\s)(Ng)/.test(n)).slice(0, 30));
    expect(byName('ng')).toEqual(expect.arrayContaining(['Nguyễn Thị Ngân', 'Ngô Văn Nghĩa', 'Đặng Ngọc Anh']));
    expect(byName('ng')).not.toContain('Lê Văn Long');
  });

  it('counts a search up to a thousand and says when there are more, the same either way', () => {
    const other = createTestApp({ sample: true });
    try {
      const before = other.call('actionItems.count', { q: 'tuyen bo chung' });
      for (let i = 0; i < 1001 - before.count; i++) other.call('actionItems.create', { title: `Dự thảo tuyên bố chung ${i}`, ...(i % 2 ? { status: 'open' } : { status: 'done', completedOn: '2026-01-15' }) });
      for (const way of Object.values(ways)) {
        Object.assign(searchTuning, way);
        expect(other.call('actionItems.count', { q: 'tuyen bo chung' }), JSON.stringify(way)).toEqual({ count: 1000, more: true });
        expect(other.call('actionItems.count', { q: 'tuyên bố chung', filter: { status: ['done'] } })).toEqual({
          count: other.ctx.db
            .prepare(
              `SELECT count(*) FROM action_items t WHERE t.status = 'done' AND t.deleted_at IS NULL
                 AND t.id IN (SELECT d.entity_id FROM search_fts_action_item f JOIN search_docs d ON d.doc_id = f.rowid WHERE f.search_fts_action_item MATCH '"tuyen"* "bo"* "chung"*')`,
            )
            .pluck()
            .get(),
          more: false,
        });
        // Filtered counts read the filtered rows first (while the words are found often enough
        // among them): the same answers, capped alike.
        expect(other.call('actionItems.count', { q: 'tuyen bo chung', filter: { status: ['open', 'done'] } }), JSON.stringify(way)).toEqual({ count: 1000, more: true });
        for (const status of [['open'], ['blocked'], ['open', 'blocked']] as const) {
          const exact = other.ctx.db
            .prepare(
              `SELECT count(*) FROM action_items t WHERE t.status IN (SELECT value FROM json_each(?)) AND t.deleted_at IS NULL
                 AND t.id IN (SELECT d.entity_id FROM search_fts_action_item f JOIN search_docs d ON d.doc_id = f.rowid WHERE f.search_fts_action_item MATCH '"bo"* "chung"*')`,
            )
            .pluck()
            .get(JSON.stringify(status)) as number;
          expect(other.call('actionItems.count', { q: 'bo chung', filter: { status: [...status] } }), `${status.join()} ${JSON.stringify(way)}`).toEqual({
            count: Math.min(exact, 1000),
            more: exact > 1000,
          });
        }
      }
      // The export of the same search counts them all, for its progress.
      Object.assign(searchTuning, tuning);
      expect(actionItems.count(other.ctx.db, { q: 'tuyen bo chung' })).toBe(1001);
    } finally {
      other.close();
    }
  });
});
