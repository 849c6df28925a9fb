import { createTestApp, type TestApp } from '../helpers/app';

// The pickers ask the server's lists with the text typed (renderer/forms/EntitySelect).
describe('the lists behind the pickers find what an officer types', () => {
  let app: TestApp;
  beforeAll(() => {
    app = createTestApp({ sample: true });
  });
  afterAll(() => app.close());

  const countries = (q: string) => app.call('countries.list', { q, limit: 30 }).items.map((c) => c.code);

  it('finds the host country in both languages, with and without diacritics, by code and by name', () => {
    for (const q of ['Lào', 'lao', 'Laos', 'laos', 'Lao PDR', 'LA']) expect(countries(q), q).toContain('LA');
    for (const q of ['Thái', 'thai', 'Thailand', 'TH']) expect(countries(q), q).toContain('TH');
    expect(countries('viet nam')).toEqual(['VN']);
    expect(countries('laos')).toEqual(['LA']);
    expect(countries('zzz')).toEqual([]);
  });

  it('finds a pillar by its code or its name in either language', () => {
    const pillars = (q: string) => app.call('pillars.list', { q, limit: 30 }).items.map((p) => p.code);
    expect(pillars('ascc')).toEqual(['ASCC']);
    expect(pillars('van hoa')).toEqual(['ASCC']);
    expect(pillars('economic')).toEqual(['AEC']);
  });
});
