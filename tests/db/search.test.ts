import { createTestApp, type TestApp } from '../helpers/app';

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

  it('treats punctuation and FTS syntax in the query as plain text', () => {
    for (const q of ['"', 'AND OR NOT', 'a*', '(', 'NEAR(x y)', "'; DROP TABLE meetings; --", '   ']) {
      expect(app.raw('search.global', { q, limit: 10 }).ok).toBe(true);
    }
  });

  it('leaves the index alone when a write does not change the words (a status change), re-indexes when it does', () => {
    const fts = () => app.ctx.db.prepare('SELECT count(*) AS n, max(rowid) AS last FROM search_fts_data').get();
    const item = app.call('actionItems.create', { title: 'Rà soát danh mục vườn di sản', status: 'open' });
    const before = fts();
    const moved = app.call('actionItems.update', { id: item.id, version: item.version, changes: { status: 'in_progress' } });
    expect(fts()).toEqual(before);
    app.call('actionItems.update', { id: moved.id, version: moved.version, changes: { title: 'Rà soát danh mục vườn quốc gia' } });
    expect(fts()).not.toEqual(before);
    expect(titles('vuon quoc gia', ['action_item'])).toContain('Rà soát danh mục vườn quốc gia');
    expect(titles('vuon di san', ['action_item'])).not.toContain('Rà soát danh mục vườn di sản');
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
