import type { Meeting } from '../../electron/contract';
import { handlers } from '../../electron/handlers';
import type { HandlerMap } from '../../electron/handlers/context';
import { createDispatcher } from '../../electron/handlers/dispatch';
import { assembleHandlers } from '../../electron/handlers';
import { createTestApp, type TestApp } from '../helpers/app';

function count(app: TestApp, table: string): number {
  return (app.ctx.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}

function asoenId(app: TestApp): string {
  const page = app.call('bodies.list', { filter: {}, q: 'ASOEN', limit: 50 });
  const body = page.items.find((b) => b.code === 'ASOEN');
  if (!body) throw new Error('reference data has no ASOEN body');
  return body.id;
}

function newMeeting(app: TestApp, overrides: Partial<Meeting> = {}): Meeting {
  return app.call('meetings.create', {
    bodyId: asoenId(app),
    sequence: 36,
    titleVi: 'Hội nghị Quan chức cao cấp ASEAN về môi trường lần thứ 36',
    titleEn: 'The 36th ASEAN Senior Officials on the Environment',
    startDate: '2025-08-18',
    endDate: '2025-08-22',
    city: 'Kuala Lumpur',
    ...overrides,
  });
}

describe('the dispatcher', () => {
  let app: TestApp;
  beforeEach(() => {
    app = createTestApp();
  });
  afterEach(() => app.close());

  it('runs a read method on a read-only connection: a handler that writes by mistake fails and writes nothing', () => {
    const people = count(app, 'people');
    const log = vi.fn();
    const careless: HandlerMap = {
      ...handlers,
      'people.list': ((ctx) => {
        ctx.db.prepare(`INSERT INTO app_meta (key, value) VALUES ('careless', 'x')`).run();
        return { items: [], nextCursor: null };
      }) as HandlerMap['people.list'],
    };
    const dispatch = createDispatcher(app.ctx, { handlers: careless, log });
    const r = dispatch('people.list', {});
    expect(r).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(log).toHaveBeenCalledWith(expect.stringContaining('people.list'), expect.objectContaining({ code: 'SQLITE_READONLY' }));
    expect(app.ctx.db.prepare(`SELECT count(*) AS n FROM app_meta WHERE key = 'careless'`).get()).toEqual({ n: 0 });
    // The connection is writable again for the next write method, and reads still answer.
    app.call('people.create', { fullName: 'Lê Thị Ghi Được' });
    expect(count(app, 'people')).toBe(people + 1);
    expect(app.call('people.list', { limit: 500 }).items.some((p) => p.fullName === 'Lê Thị Ghi Được')).toBe(true);
  });

  it('tells the screens what changed since a change number, whoever changed it', () => {
    const start = app.call('changes.since', { seq: 0 });
    expect(app.call('changes.since', { seq: start.seq })).toEqual({ seq: start.seq, entities: [] });
    app.call('people.create', { fullName: 'Nguyễn Văn Mới' });
    newMeeting(app);
    const after = app.call('changes.since', { seq: start.seq });
    expect(after.seq).toBeGreaterThan(start.seq);
    expect(after.entities).toEqual(['meeting', 'person']);
  });

  it('answers an unknown method with NOT_FOUND in both languages', () => {
    const r = app.raw('meetings.drop', {});
    expect(r).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    if (!r.ok) {
      expect(r.error.message.vi).toContain('meetings.drop');
      expect(r.error.message.en).toContain('meetings.drop');
    }
    expect(app.raw('__proto__', {})).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(app.raw('toString', {})).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('refuses invalid input with VALIDATION naming each field, before any handler runs', () => {
    const r = app.raw('meetings.create', { bodyId: 'not-an-id', titleVi: '', titleEn: 'x', startDate: '2024-02-30', endDate: '2024-03-01', extra: 1 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('VALIDATION');
    const fields = r.error.issues!.map((i) => i.path.join('.'));
    expect(fields).toEqual(expect.arrayContaining(['bodyId', 'titleVi', 'startDate']));
    expect(r.error.message.vi).toMatch(/Dữ liệu chưa hợp lệ/);
    expect(r.error.message.en).toMatch(/not valid/);
  });

  it('refuses an end date before the start date on create and on an update that makes it so', () => {
    const r = app.raw('meetings.create', {
      bodyId: asoenId(app), titleVi: 'A', titleEn: 'A', startDate: '2025-08-22', endDate: '2025-08-18',
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: ['endDate'], key: 'date_before_start' }] } });
    const m = newMeeting(app);
    const u = app.raw('meetings.update', { id: m.id, version: m.version, changes: { startDate: '2025-09-01' } });
    expect(u).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: ['changes', 'endDate'], key: 'date_before_start' }] } });
    expect(app.call('meetings.get', { id: m.id }).startDate).toBe('2025-08-18');
  });

  it('rejects an update based on a stale version with CONFLICT and keeps the newer data', () => {
    const m = newMeeting(app);
    const first = app.call('meetings.update', { id: m.id, version: 1, changes: { city: 'Putrajaya' } });
    expect(first.version).toBe(2);
    const stale = app.raw('meetings.update', { id: m.id, version: 1, changes: { city: 'Langkawi' } });
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { currentVersion: 2 } } });
    if (!stale.ok) {
      expect(stale.error.message.vi).toContain('tải lại');
      expect(stale.error.message.en).toContain('Reload');
    }
    expect(app.call('meetings.get', { id: m.id }).city).toBe('Putrajaya');
    const staleDelete = app.raw('meetings.delete', { id: m.id, version: 1 });
    expect(staleDelete).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('records every write in the change log with the fields before and after, the time and the device', () => {
    const m = newMeeting(app);
    const updated = app.call('meetings.update', { id: m.id, version: m.version, changes: { status: 'confirmed', city: 'Putrajaya' } });
    app.call('meetings.delete', { id: m.id, version: updated.version });
    const history = app.call('history.get', { ids: [m.id] });
    expect(history.map((h) => h.op)).toEqual(['delete', 'update', 'create']);
    const [del, upd, cre] = history;
    expect(cre!.after).toMatchObject({ city: 'Kuala Lumpur', status: 'planned', sequence: 36 });
    expect(cre!.before).toBeNull();
    expect(upd!.before).toEqual({ city: 'Kuala Lumpur', status: 'planned' });
    expect(upd!.after).toEqual({ city: 'Putrajaya', status: 'confirmed' });
    expect(del!.before).toMatchObject({ city: 'Putrajaya' });
    expect(del!.after).toBeNull();
    for (const h of history) {
      expect(h.entity).toBe('meeting');
      expect(h.deviceId).toBe(app.ctx.deviceId);
      expect(h.at).toBe('2026-11-21T03:00:00.000Z');
    }
  });

  it('writes the row and its change-log entry in one transaction: a write that fails leaves neither', () => {
    const failing: HandlerMap = {
      ...handlers,
      'meetings.create': (ctx, input) => {
        handlers['meetings.create'](ctx, input);
        throw new Error('the disk went away after the insert');
      },
    };
    const dispatch = createDispatcher(app.ctx, { handlers: failing, log: () => undefined });
    const meetingsBefore = count(app, 'meetings');
    const logBefore = count(app, 'change_log');
    const searchBefore = count(app, 'search_docs');
    const r = dispatch('meetings.create', { bodyId: asoenId(app), titleVi: 'Hội nghị', titleEn: 'Meeting', startDate: '2025-01-01', endDate: '2025-01-02' });
    expect(r).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(count(app, 'meetings')).toBe(meetingsBefore);
    expect(count(app, 'change_log')).toBe(logBefore);
    expect(count(app, 'search_docs')).toBe(searchBefore);
  });

  it('keeps deleted rows as tombstones: gone from lists and get, still in history', () => {
    const m = newMeeting(app);
    app.call('meetings.delete', { id: m.id, version: m.version });
    expect(app.raw('meetings.get', { id: m.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(app.call('meetings.get', { id: m.id, includeDeleted: true }).deletedAt).toBe('2026-11-21T03:00:00.000Z');
    expect(app.call('meetings.list', { limit: 50 }).items.map((x) => x.id)).not.toContain(m.id);
    expect(app.call('search.global', { q: 'Kuala Lumpur' })).toEqual([]);
  });

  it('refuses to delete a record that live records still refer to, and to refer to a deleted one', () => {
    const m = newMeeting(app);
    const d = app.call('delegations.create', { meetingId: m.id });
    const r = app.raw('meetings.delete', { id: m.id, version: m.version });
    expect(r).toMatchObject({ ok: false, error: { code: 'CONSTRAINT' } });
    app.call('delegations.delete', { id: d.id, version: d.version });
    app.call('meetings.delete', { id: m.id, version: m.version });
    const dangling = app.raw('delegations.create', { meetingId: m.id });
    expect(dangling).toMatchObject({ ok: false, error: { code: 'CONSTRAINT' } });
  });

  it('allows one head of delegation and derives the head from the members', () => {
    const m = newMeeting(app);
    const d = app.call('delegations.create', { meetingId: m.id, decisionNumber: '1234/QĐ-BNNMT' });
    const a = app.call('people.create', { fullName: 'Nguyễn Văn Đông' });
    const b = app.call('people.create', { fullName: 'Trần Thị Hoa' });
    app.call('delegationMembers.create', { delegationId: d.id, personId: a.id, role: 'head' });
    expect(app.call('delegations.get', { id: d.id }).headPersonId).toBe(a.id);
    const second = app.raw('delegationMembers.create', { delegationId: d.id, personId: b.id, role: 'head' });
    expect(second).toMatchObject({ ok: false, error: { code: 'CONSTRAINT' } });
  });

  it('pages with a keyset cursor: every row once, in order, through nulls and ties, both directions', () => {
    const due = ['2026-01-05', null, '2026-01-05', '2025-12-31', null, '2026-03-01'];
    for (let i = 0; i < 57; i++) app.call('actionItems.create', { title: `Việc ${i}`, dueDate: due[i % due.length] ?? null });
    for (const dir of ['asc', 'desc'] as const) {
      const all = app.call('actionItems.list', { limit: 500, sort: { field: 'dueDate', dir } }).items.map((x) => x.id);
      const paged: string[] = [];
      let cursor: string | null = null;
      do {
        const page: { items: Array<{ id: string }>; nextCursor: string | null } = app.call('actionItems.list', { limit: 10, sort: { field: 'dueDate', dir }, cursor });
        paged.push(...page.items.map((x) => x.id));
        cursor = page.nextCursor;
      } while (cursor);
      expect(paged).toEqual(all);
      expect(new Set(paged).size).toBe(57);
    }
  });

  it('refuses a tampered cursor with VALIDATION', () => {
    expect(app.raw('actionItems.list', { limit: 10, cursor: 'bm90LWpzb24' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('will not start with a handler registered twice or a method without a handler', () => {
    const one = { 'app.info': handlers['app.info'] };
    expect(() => assembleHandlers([['a', one], ['b', one]])).toThrow(/registered twice/);
    expect(() => assembleHandlers([['a', one]])).toThrow(/No handler for/);
    expect(() => assembleHandlers([['a', { ...handlers, 'x.y': () => null }]])).toThrow(/no method in the contract/);
  });
});
