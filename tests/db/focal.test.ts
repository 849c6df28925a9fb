import { createTestApp, type TestApp } from '../helpers/app';

describe('focal points as of a date, across the 2025 merger', () => {
  let app: TestApp;
  beforeAll(() => {
    app = createTestApp();
  });
  afterAll(() => app.close());

  const bodyId = (code: string) => app.call('bodies.list', { q: code, limit: 20 }).items.find((b) => b.code === code)!.id;
  const agenciesFor = (code: string, date: string) =>
    app.call('focalPoints.asOf', { date, bodyId: bodyId(code) }).filter((f) => f.role === 'focal_point').map((f) => f.agencyCode);

  it('names MONRE for ASOEN and AMME until 28/02/2025 and the Ministry of Agriculture and Environment from 01/03/2025', () => {
    for (const code of ['ASOEN', 'AMME']) {
      expect(agenciesFor(code, '2009-01-31')).toEqual(['MONRE']);
      expect(agenciesFor(code, '2025-02-28')).toEqual(['MONRE']);
      expect(agenciesFor(code, '2025-03-01')).toEqual(['MAE']);
      expect(agenciesFor(code, '2026-11-21')).toEqual(['MAE']);
    }
  });

  it('names nobody before the regulation existed, and cites the legal basis of each assignment', () => {
    expect(app.call('focalPoints.asOf', { date: '2008-12-31', bodyId: bodyId('ASOEN') })).toEqual([]);
    const [before] = app.call('focalPoints.asOf', { date: '2020-06-01', bodyId: bodyId('ASOEN') }).filter((f) => f.role === 'focal_point');
    expect(before).toMatchObject({ legalBasisNumber: '142/QĐ-TTg', legalBasisIssuedOn: '2009-01-31', validTo: '2025-02-28' });
  });

  it('keeps the old assignments when the new ones start: the history is complete', () => {
    const all = app.call('focalAssignments.list', { filter: { bodyId: bodyId('ASOEN') }, limit: 100 }).items;
    expect(all.some((a) => a.validTo === '2025-02-28')).toBe(true);
    expect(all.some((a) => a.validFrom === '2025-03-01' && a.validTo === null)).toBe(true);
  });

  it('answers for every body at once, ordered by body code', () => {
    const rows = app.call('focalPoints.asOf', { date: '2025-03-01' });
    const codes = rows.map((r) => r.bodyCode);
    expect(codes).toEqual([...codes].sort());
    expect(codes).toEqual(expect.arrayContaining(['ACB', 'ASMC', 'ASOEN', 'AMME']));
    expect(rows.every((r) => r.validFrom <= '2025-03-01' && (r.validTo === null || r.validTo >= '2025-03-01'))).toBe(true);
  });

  it('answers for a page of bodies exactly what it answers for those bodies among all', () => {
    for (const date of ['2015-06-01', '2025-02-28', '2025-03-01', '2026-11-21']) {
      const all = app.call('focalPoints.asOf', { date });
      const page = app.call('bodies.list', { sort: { field: 'pillar', dir: 'asc' }, limit: 12 }).items.map((b) => b.id);
      const wanted = new Set(page);
      expect(app.call('focalPoints.asOf', { date, bodyIds: page })).toEqual(all.filter((f) => wanted.has(f.bodyId)));
    }
    expect(app.call('focalPoints.asOf', { date: '2025-03-01', bodyIds: [] })).toEqual([]);
  });

  it('pages the bodies of the matrix by pillar then code (no pillar first), with the gaps of a date and their count', () => {
    const seen: Array<{ code: string; pillarId: string | null }> = [];
    let cursor: string | null = null;
    do {
      const page: { items: Array<{ code: string; pillarId: string | null }>; nextCursor: string | null } = app.call('bodies.list', { sort: { field: 'pillar', dir: 'asc' }, limit: 7, cursor });
      seen.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    const pillarCode = new Map(app.call('pillars.list', { limit: 10 }).items.map((p) => [p.id, p.code]));
    const key = (b: { code: string; pillarId: string | null }) => `${b.pillarId ? pillarCode.get(b.pillarId) : ''} ${b.code}`;
    expect(seen.map(key)).toEqual(seen.map(key).sort());
    expect(new Set(seen.map((b) => b.code)).size).toBe(app.call('bodies.list', { limit: 500 }).items.length);
    expect(seen[0]!.pillarId).toBeNull();

    for (const date of ['2008-12-31', '2025-03-01']) {
      const covered = new Set(app.call('focalPoints.asOf', { date }).map((f) => f.bodyId));
      const gaps = app.call('bodies.list', { filter: { withoutFocalPointOn: date }, limit: 500 }).items;
      expect(gaps.map((b) => b.code).sort()).toEqual(seen.filter((b) => !covered.has(app.call('bodies.list', { q: b.code, limit: 50 }).items.find((x) => x.code === b.code)!.id)).map((b) => b.code).sort());
      expect(app.call('focalPoints.coverage', { date })).toEqual({ bodies: seen.length, withoutFocalPoint: gaps.length });
    }
    // Nobody answered for anything before the 2009 regulation; ASOEN has its focal point in 2025.
    expect(app.call('focalPoints.coverage', { date: '2008-12-31' }).withoutFocalPoint).toBe(seen.length);
    expect(app.call('focalPoints.coverage', { date: '2025-03-01', q: 'ASOEN' })).toMatchObject({ withoutFocalPoint: 0 });
  });
});
