// Closing an action item takes the day it was done, never today silently, and never a day after
// the office's today (21/11/2026 in the tests), through one item's create and update and through
// the bulk change.
import { createTestApp, type TestApp } from '../helpers/app';

type Refusal = { ok: false; error: { code: string; message: { vi: string; en: string }; issues?: Array<{ path: Array<string | number>; key?: string }> } };

describe('the completion date of an action item', () => {
  let app: TestApp;
  beforeEach(() => {
    app = createTestApp({ sample: true });
  });
  afterEach(() => app.close());

  const openItems = (n: number) => app.call('actionItems.list', { filter: { status: ['open', 'in_progress'] }, limit: n }).items;
  const refusal = (envelope: unknown) => envelope as Refusal;

  it('bulk: refuses to close items without the date, or with a day after today; closes them on the day given', () => {
    const items = openItems(3).map(({ id, version }) => ({ id, version }));
    const missing = refusal(app.raw('actionItems.bulkStatus', { items, status: 'done' }));
    expect(missing.ok).toBe(false);
    expect(missing.error.code).toBe('VALIDATION');
    expect(missing.error.issues?.[0]).toMatchObject({ path: ['completedOn'], key: 'completed_on_required' });
    const future = refusal(app.raw('actionItems.bulkStatus', { items, status: 'done', completedOn: '2026-11-22' }));
    expect(future.error.issues?.[0]).toMatchObject({ key: 'completed_in_future' });
    expect(future.error.message.vi).toBe('Ngày hoàn thành không được sau hôm nay (21/11/2026).');
    // Nothing was half-written.
    for (const { id } of items) expect(app.call('actionItems.get', { id }).status).not.toBe('done');

    const done = app.call('actionItems.bulkStatus', { items, status: 'done', completedOn: '2024-12-20' }).items;
    expect(done.map((i) => [i.status, i.completedOn])).toEqual(items.map(() => ['done', '2024-12-20']));
    // Today itself is allowed.
    const more = openItems(1).map(({ id, version }) => ({ id, version }));
    expect(app.call('actionItems.bulkStatus', { items: more, status: 'done', completedOn: '2026-11-21' }).items[0]!.completedOn).toBe('2026-11-21');
  });

  it('one item: a create or an update that closes it must say when; a future day is refused', () => {
    expect(refusal(app.raw('actionItems.create', { title: 'Đã gửi báo cáo', status: 'done' })).error.issues?.[0]).toMatchObject({ key: 'completed_on_required' });
    expect(refusal(app.raw('actionItems.create', { title: 'Đã gửi báo cáo', status: 'done', completedOn: '2027-01-01' })).error.issues?.[0]).toMatchObject({
      key: 'completed_in_future',
    });
    const created = app.call('actionItems.create', { title: 'Đã gửi báo cáo', status: 'done', completedOn: '2024-05-10' });
    expect(created.completedOn).toBe('2024-05-10');

    const item = openItems(1)[0]!;
    const closing = refusal(app.raw('actionItems.update', { id: item.id, version: item.version, changes: { status: 'done' } }));
    expect(closing.error.issues?.[0]).toMatchObject({ path: ['changes', 'completedOn'], key: 'completed_on_required' });
    const later = refusal(app.raw('actionItems.update', { id: item.id, version: item.version, changes: { status: 'done', completedOn: '2026-12-01' } }));
    expect(later.error.issues?.[0]).toMatchObject({ key: 'completed_in_future' });
    const closed = app.call('actionItems.update', { id: item.id, version: item.version, changes: { status: 'done', completedOn: '2024-11-30' } });
    expect(closed).toMatchObject({ status: 'done', completedOn: '2024-11-30' });
    // Editing another field of a done item does not ask again.
    expect(app.call('actionItems.update', { id: closed.id, version: closed.version, changes: { priority: 'high' } }).priority).toBe('high');
  });
});
