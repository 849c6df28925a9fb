// Marking a meeting held can carry the status down to its related meetings that are still
// planned (or confirmed) and whose last day has come, in the same transaction, each change in the
// change log; anything the rule does not allow refuses the whole save.
import { createTestApp, type TestApp } from '../helpers/app';

describe('carrying "held" down to related meetings', () => {
  let app: TestApp;
  beforeEach(() => {
    app = createTestApp({ sample: true });
  });
  afterEach(() => app.close());

  function family() {
    const body = app.call('bodies.list', { q: 'AMME', limit: 5 }).items.find((b) => b.code === 'AMME')!;
    const parent = app.call('meetings.create', { bodyId: body.id, sequence: 60, titleVi: 'AMME 60', titleEn: 'AMME 60', startDate: '2026-11-10', endDate: '2026-11-13', status: 'planned' });
    const related = (titleVi: string, endDate: string, status: 'planned' | 'confirmed' | 'cancelled') =>
      app.call('meetings.create', { bodyId: body.id, titleVi, titleEn: titleVi, startDate: '2026-11-10', endDate, status, parentId: parent.id });
    return {
      parent,
      ended: related('Họp bên lề ASEAN+3', '2026-11-11', 'planned'),
      confirmed: related('Đối thoại ASEAN - Nhật Bản', '2026-11-21', 'confirmed'),
      later: related('Họp nối tiếp tuần sau', '2026-11-28', 'planned'),
      cancelled: related('Họp đã hủy', '2026-11-11', 'cancelled'),
    };
  }

  it('marks the parent and the listed related meetings held in one save, each in the history', () => {
    const { parent, ended, confirmed, later, cancelled } = family();
    const saved = app.call('meetings.update', {
      id: parent.id,
      version: parent.version,
      changes: { status: 'held' },
      relatedHeld: [ended, confirmed].map(({ id, version }) => ({ id, version })),
    });
    expect(saved.status).toBe('held');
    expect(app.call('meetings.get', { id: ended.id }).status).toBe('held');
    expect(app.call('meetings.get', { id: confirmed.id }).status).toBe('held');
    expect(app.call('meetings.get', { id: later.id }).status).toBe('planned');
    expect(app.call('meetings.get', { id: cancelled.id }).status).toBe('cancelled');
    const history = app.call('history.get', { ids: [ended.id, confirmed.id], limit: 50 });
    expect(history.filter((h) => h.op === 'update').map((h) => h.entityId).sort()).toEqual([ended.id, confirmed.id].sort());
  });

  it('refuses, changing nothing, a related meeting not yet ended, a cancelled one, another meeting, or a parent not held', () => {
    const { parent, ended, later, cancelled } = family();
    const other = app.call('meetings.list', { limit: 1 }).items[0]!;
    for (const wrong of [later, cancelled, other]) {
      const r = app.raw('meetings.update', { id: parent.id, version: parent.version, changes: { status: 'held' }, relatedHeld: [{ id: ended.id, version: ended.version }, { id: wrong.id, version: wrong.version }] });
      expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
    const notHeld = app.raw('meetings.update', { id: parent.id, version: parent.version, changes: { city: 'Hà Nội' }, relatedHeld: [{ id: ended.id, version: ended.version }] });
    expect(notHeld).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(app.call('meetings.get', { id: parent.id }).status).toBe('planned');
    expect(app.call('meetings.get', { id: ended.id }).status).toBe('planned');
  });
});
