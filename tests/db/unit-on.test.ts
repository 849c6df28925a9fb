import { createTestApp, type TestApp } from '../helpers/app';

// A delegation member's unit is the one in force on the trip's dates (issue 15, item 10).
describe('a person’s unit on a day', () => {
  let app: TestApp;
  beforeAll(() => {
    app = createTestApp({ sample: true });
  });
  afterAll(() => app.close());
  const agency = (code: string) => app.call('agencies.list', { q: code, limit: 5 }).items.find((a) => a.code === code)!.id;
  const person = (name: string) => app.call('people.list', { q: name, limit: 5 }).items.find((p) => p.fullName === name)!;

  it('is the unit of that day for a past trip, today’s unit for a trip of today', () => {
    const dong = person('Nguyễn Văn Đông');
    expect(dong.agencyId).toBe(agency('MAE-ICD'));
    expect(app.call('people.unitOn', { personId: dong.id, date: '2024-07-27' }).agencyId).toBe(agency('MONRE-ICD'));
    expect(app.call('people.unitOn', { personId: dong.id, date: '2026-08-02' }).agencyId).toBe(agency('MAE-ICD'));
  });

  it('follows the successions back for a person the desk has no earlier record of, to the unit of the same name', () => {
    const p = app.call('people.create', { fullName: 'Trần Thị Mới', agencyId: agency('MAE-ICD') });
    expect(app.call('people.unitOn', { personId: p.id, date: '2024-05-01' }).agencyId).toBe(agency('MONRE-ICD'));
    expect(app.call('people.unitOn', { personId: p.id, date: '2025-03-01' }).agencyId).toBe(agency('MAE-ICD'));
    const none = app.call('people.create', { fullName: 'Không Đơn Vị' });
    expect(app.call('people.unitOn', { personId: none.id, date: '2024-05-01' }).agencyId).toBeNull();
  });
});
