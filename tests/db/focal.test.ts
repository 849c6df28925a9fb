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
});
