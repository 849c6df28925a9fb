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

  it('counts a body as covered exactly while one of its assignments is in force, as assignments are added, overlap, change, end, move and are deleted', () => {
    const agency = app.call('agencies.list', { limit: 1 }).items[0]!;
    const [body, other] = ['FPX', 'FPY'].map((code) => app.call('bodies.create', { code, nameVi: `Nhóm ${code}`, nameEn: `Group ${code}`, kind: 'task_force' }));
    const gaps = (date: string) => app.call('focalPoints.coverage', { date }).withoutFocalPoint;
    const isGap = (id: string, date: string) => app.call('bodies.list', { filter: { withoutFocalPointOn: date }, limit: 500 }).items.some((b) => b.id === id);
    // Every date checked, the count and the per-body filter agree with "some assignment of the body in force".
    const dates = ['2009-12-31', '2010-01-01', '2010-06-30', '2010-07-01', '2010-12-31', '2011-01-01', '2011-06-01', '2012-01-01', '2030-01-01'];
    const check = () => {
      for (const date of dates) {
        const inForce = new Set(app.call('focalPoints.asOf', { date }).map((f) => f.bodyId));
        const all = app.call('bodies.list', { limit: 500 }).items;
        expect(gaps(date), date).toBe(all.filter((b) => !inForce.has(b.id)).length);
        for (const b of [body!, other!]) expect(isGap(b.id, date), `${b.code} ${date}`).toBe(!inForce.has(b.id));
      }
    };
    const base = { agencyId: agency.id, role: 'coordinating_agency' as const };
    check();
    // Two co-coordinating agencies with overlapping periods, then a gap, then one open-ended period.
    const a = app.call('focalAssignments.create', { ...base, bodyId: body!.id, validFrom: '2010-01-01', validTo: '2010-06-30' });
    const b = app.call('focalAssignments.create', { ...base, bodyId: body!.id, validFrom: '2010-03-01', validTo: '2010-12-31' });
    const c = app.call('focalAssignments.create', { ...base, bodyId: body!.id, validFrom: '2011-06-01', validTo: null });
    expect([isGap(body!.id, '2010-12-31'), isGap(body!.id, '2011-01-01'), isGap(body!.id, '2030-01-01')]).toEqual([false, true, false]);
    check();
    // The later one of the overlapping pair ends earlier: the day after is a gap.
    const b2 = app.call('focalAssignments.update', { id: b.id, version: b.version, changes: { validTo: '2010-07-01' } });
    expect([isGap(body!.id, '2010-07-01'), isGap(body!.id, '2010-07-02')]).toEqual([false, true]);
    check();
    // The first moves to the other body; the open-ended one is deleted, then restored.
    app.call('focalAssignments.update', { id: a.id, version: a.version, changes: { bodyId: other!.id } });
    expect([isGap(body!.id, '2010-01-01'), isGap(other!.id, '2010-01-01')]).toEqual([true, false]);
    check();
    const deleted = app.call('focalAssignments.delete', { id: c.id, version: c.version });
    expect(isGap(body!.id, '2030-01-01')).toBe(true);
    check();
    app.call('focalAssignments.restore', { id: c.id, version: deleted.version });
    expect(isGap(body!.id, '2030-01-01')).toBe(false);
    check();
    app.call('focalAssignments.delete', { id: b2.id, version: b2.version });
    check();
  });

  it('keeps the matrix order when a body is added to a pillar or changes pillar', () => {
    const order = () => app.call('bodies.list', { sort: { field: 'pillar', dir: 'asc' }, limit: 500 }).items.map((x) => x.code);
    const pillars = app.call('pillars.list', { limit: 10 }).items;
    const [first, last] = [...pillars].sort((x, y) => x.code.localeCompare(y.code)).filter((_, i, all) => i === 0 || i === all.length - 1);
    const body = app.call('bodies.create', { code: 'ZZ-ORDER', nameVi: 'Nhóm thứ tự', nameEn: 'Order group', kind: 'task_force', pillarId: first!.id });
    // Last of the first pillar's bodies, before every body of the next pillar.
    const inFirst = app.call('bodies.list', { filter: { pillarId: first!.id }, limit: 500 }).items.length;
    const noPillar = order().length - app.call('bodies.list', { limit: 500 }).items.filter((x) => x.pillarId).length;
    expect(order().indexOf('ZZ-ORDER')).toBe(noPillar + inFirst - 1);
    // Moved to the last pillar: the very last body.
    const moved = app.call('bodies.update', { id: body.id, version: body.version, changes: { pillarId: last!.id } });
    expect(order().at(-1)).toBe('ZZ-ORDER');
    expect(moved.pillarId).toBe(last!.id);
    // Without a pillar: among the first.
    app.call('bodies.update', { id: body.id, version: moved.version, changes: { pillarId: null } });
    expect(order().indexOf('ZZ-ORDER')).toBeLessThan(noPillar + 1);
  });
});
