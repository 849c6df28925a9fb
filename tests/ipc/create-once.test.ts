import type { Envelope } from '../../electron/contract';
import { createTestApp, type TestApp } from '../helpers/app';

// A create whose answer was lost (the app was closed as it saved) is sent again by the client
// with the same id it made: the record is saved once.

const MEETING_ID = '0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b';
const ITEM_ID = '0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2c';
const BODY_ID = '0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2d';

function count(app: TestApp, sql: string, ...params: unknown[]): number {
  return (app.ctx.db.prepare(sql).get(...params) as { n: number }).n;
}

function asoenId(app: TestApp): string {
  const body = app.call('bodies.list', { filter: {}, q: 'ASOEN', limit: 50 }).items.find((b) => b.code === 'ASOEN');
  if (!body) throw new Error('reference data has no ASOEN body');
  return body.id;
}

describe('a create sent again with the id the client made', () => {
  let app: TestApp;
  beforeAll(() => {
    app = createTestApp();
  });
  afterAll(() => app.close());

  it('saves one meeting, logs one change and answers the same both times', () => {
    const input = {
      id: MEETING_ID,
      bodyId: asoenId(app),
      sequence: 36,
      titleVi: 'Hội nghị ASOEN lần thứ 36',
      titleEn: 'The 36th ASOEN',
      startDate: '2025-08-18',
      endDate: '2025-08-22',
      city: 'Hà Nội',
    };
    const first = app.raw('meetings.create', input);
    const again = app.raw('meetings.create', input);
    expect(first).toMatchObject({ ok: true, value: { id: MEETING_ID, titleVi: 'Hội nghị ASOEN lần thứ 36', version: 1 } });
    expect(again).toEqual(first);
    expect(count(app, `SELECT count(*) AS n FROM meetings WHERE title_en = 'The 36th ASOEN'`)).toBe(1);
    expect(count(app, `SELECT count(*) AS n FROM change_log WHERE entity_id = ?`, MEETING_ID)).toBe(1);
    expect(app.call('meetings.list', { q: 'ASOEN lần thứ 36', limit: 50 }).items.map((m) => m.id)).toEqual([MEETING_ID]);
  });

  it('recognises records with lists (supporting agencies, former codes) given in another order', () => {
    const agencies = app.call('agencies.list', { limit: 2 }).items.map((a) => a.id);
    expect(agencies).toHaveLength(2);
    const item = { id: ITEM_ID, title: 'Gửi báo cáo quốc gia', supportingAgencyIds: agencies, dueDate: '2026-12-31' };
    const first = app.call('actionItems.create', item);
    expect(app.call('actionItems.create', { ...item, supportingAgencyIds: [...agencies].reverse() })).toEqual(first);
    expect(count(app, `SELECT count(*) AS n FROM change_log WHERE entity_id = ?`, ITEM_ID)).toBe(1);

    const body = { id: BODY_ID, code: 'AWGX', nameVi: 'Nhóm công tác X', nameEn: 'Working Group X', kind: 'working_group' as const, formerCodes: ['AWG1', 'AWG0'] };
    const saved = app.call('bodies.create', body);
    expect(app.call('bodies.create', body)).toEqual(saved);
    expect(count(app, `SELECT count(*) AS n FROM bodies WHERE code = 'AWGX'`)).toBe(1);
  });

  it('refuses the same id with other content (CONFLICT) and changes nothing', () => {
    const before = count(app, 'SELECT count(*) AS n FROM change_log');
    const other = app.raw('meetings.create', {
      id: MEETING_ID,
      bodyId: asoenId(app),
      titleVi: 'Một hội nghị khác',
      titleEn: 'Another meeting',
      startDate: '2025-09-01',
      endDate: '2025-09-02',
    }) as Envelope<unknown>;
    expect(other).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(count(app, 'SELECT count(*) AS n FROM change_log')).toBe(before);
    expect(app.call('meetings.get', { id: MEETING_ID }).titleVi).toBe('Hội nghị ASOEN lần thứ 36');
    // The id of a record is the kind the app makes (UUIDv7).
    expect(app.raw('people.create', { id: '123e4567-e89b-42d3-a456-426614174000', fullName: 'Phạm Văn Dũng' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: ['id'] }] },
    });
  });

  it('still saves two records for two creates without an id', () => {
    const a = app.call('people.create', { fullName: 'Đỗ Thị Hoa' });
    const b = app.call('people.create', { fullName: 'Đỗ Thị Hoa' });
    expect(a.id).not.toBe(b.id);
    expect(count(app, `SELECT count(*) AS n FROM people WHERE full_name = 'Đỗ Thị Hoa'`)).toBe(2);
  });
});
