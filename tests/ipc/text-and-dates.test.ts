import type { Envelope } from '../../electron/contract';
import { createTestApp, type TestApp } from '../helpers/app';

// What an officer may type: no hidden control characters or broken characters in any text of the
// contract (they would be stored and carried raw into the CSV lists), and dates in sane years.

function asoenId(app: TestApp): string {
  const body = app.call('bodies.list', { filter: {}, q: 'ASOEN', limit: 50 }).items.find((b) => b.code === 'ASOEN');
  if (!body) throw new Error('reference data has no ASOEN body');
  return body.id;
}

function keysOf(r: Envelope<unknown>): Array<{ path: string; key: string | undefined }> {
  if (r.ok) return [];
  return (r.error.issues ?? []).map((i) => ({ path: i.path.join('.'), key: i.key }));
}

function peopleCount(app: TestApp): number {
  return (app.ctx.db.prepare('SELECT count(*) AS n FROM people').get() as { n: number }).n;
}

describe('texts with control characters', () => {
  let app: TestApp;
  beforeAll(() => {
    app = createTestApp();
  });
  afterAll(() => app.close());

  it('refuses NUL, other control characters and broken characters in names, saying which field and why', () => {
    const before = peopleCount(app);
    for (const fullName of ['Nguyễn\u0000Văn An', 'Nguyễn Văn\u0007 An', 'Nguyễn\nVăn An', 'Nguyễn \uD83D Văn An', 'An\u001B[31m']) {
      const r = app.raw('people.create', { fullName });
      expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
      expect(keysOf(r)).toEqual([{ path: 'fullName', key: 'control_chars' }]);
    }
    expect(peopleCount(app)).toBe(before);
    // A whole character outside the basic plane (a pair of surrogates) is text like any other.
    expect(app.call('people.create', { fullName: 'Nguyễn Văn An 😀' }).fullName).toBe('Nguyễn Văn An 😀');
  });

  it('keeps tabs and line breaks in notes, descriptions and objectives, but not other control characters', () => {
    const meeting = app.call('meetings.create', {
      bodyId: asoenId(app),
      titleVi: 'Hội nghị ASOEN lần thứ 36',
      titleEn: 'The 36th ASOEN',
      startDate: '2025-08-18',
      endDate: '2025-08-22',
      notes: 'Dòng 1\r\nDòng 2\n\tmục a',
    });
    expect(meeting.notes).toBe('Dòng 1\r\nDòng 2\n\tmục a');
    const bad = app.raw('meetings.update', { id: meeting.id, version: meeting.version, changes: { notes: 'Dòng 1\u0000', city: 'Hà\tNội' } });
    expect(keysOf(bad)).toEqual(
      expect.arrayContaining([
        { path: 'changes.notes', key: 'control_chars' },
        { path: 'changes.city', key: 'control_chars' },
      ]),
    );
    const item = app.raw('actionItems.create', { sourceMeetingId: meeting.id, title: 'Gửi báo cáo', description: 'Mô tả\u0008' });
    expect(keysOf(item)).toEqual([{ path: 'description', key: 'control_chars' }]);
    const delegation = app.raw('delegations.create', { meetingId: meeting.id, objectives: 'Mục tiêu\n1.\u0000' });
    expect(keysOf(delegation)).toEqual([{ path: 'objectives', key: 'control_chars' }]);
  });

  it('refuses them in searches, codes and paths', () => {
    expect(keysOf(app.raw('search.global', { q: 'ASOEN\u0000' }))).toEqual([{ path: 'q', key: 'control_chars' }]);
    expect(keysOf(app.raw('meetings.list', { q: 'ASOEN\u0000' }))).toEqual([{ path: 'q', key: 'control_chars' }]);
    expect(keysOf(app.raw('bodies.list', { q: '\uDC00' }))).toEqual([{ path: 'q', key: 'control_chars' }]);
    expect(keysOf(app.raw('exports.tracker', { language: 'vi', folder: '/tmp/Xuất\u0000' }))).toEqual([{ path: 'folder', key: 'control_chars' }]);
    expect(keysOf(app.raw('settings.update', { exportFolder: '/tmp/Xuất\u0000' }))).toEqual([{ path: 'exportFolder', key: 'control_chars' }]);
    expect(keysOf(app.raw('backup.restore', { file: '/tmp/backup\u0000.sqlite' }))).toEqual([{ path: 'file', key: 'control_chars' }]);
    expect(keysOf(app.raw('bodies.create', { code: 'AB', nameVi: 'A', nameEn: 'A', kind: 'working_group', formerCodes: ['X\u0000'] }))).toContainEqual({
      path: 'formerCodes.0',
      key: 'control_chars',
    });
    expect(app.call('settings.get', {}).exportFolder).toBeNull();
  });
});

describe('calendar dates', () => {
  let app: TestApp;
  beforeAll(() => {
    app = createTestApp();
  });
  afterAll(() => app.close());

  it('are between 1900 and 2200 and real', () => {
    for (const passportExpiry of ['0000-01-01', '1899-12-31', '2201-01-01', '9999-12-31']) {
      expect(keysOf(app.raw('people.create', { fullName: 'Trần Thị Bình', passportExpiry }))).toEqual([{ path: 'passportExpiry', key: 'date_out_of_range' }]);
    }
    expect(keysOf(app.raw('people.create', { fullName: 'Trần Thị Bình', passportExpiry: '2027-02-29' }))).toEqual([{ path: 'passportExpiry', key: undefined }]);
    expect(app.call('people.create', { fullName: 'Trần Thị Bình', passportExpiry: '1900-01-01' }).passportExpiry).toBe('1900-01-01');
    expect(app.call('people.create', { fullName: 'Trần Thị Bình', passportExpiry: '2200-12-31' }).passportExpiry).toBe('2200-12-31');
    expect(keysOf(app.raw('meetings.list', { filter: { from: '0000-01-01' } }))).toEqual([{ path: 'filter.from', key: 'date_out_of_range' }]);
    expect(keysOf(app.raw('today.summary', { date: '2201-01-01' }))).toEqual([{ path: 'date', key: 'date_out_of_range' }]);
  });
});

describe('a record saved before these rules', () => {
  let app: TestApp;
  beforeAll(() => {
    app = createTestApp();
  });
  afterAll(() => app.close());

  it('can still be listed, opened and corrected', () => {
    const person = app.call('people.create', { fullName: 'Lê Văn Cường', passportExpiry: '2027-05-01' });
    // As an older version of the app let it be saved.
    app.ctx.db.prepare(`UPDATE people SET full_name = ?, passport_expiry = '0000-01-01' WHERE id = ?`).run('Lê Văn\u0000Cường', person.id);
    expect(app.call('people.get', { id: person.id })).toMatchObject({ fullName: 'Lê Văn\u0000Cường', passportExpiry: '0000-01-01' });
    expect(app.call('people.list', { limit: 50 }).items.map((p) => p.id)).toContain(person.id);
    // An edit that leaves the bad values in place names them; one that corrects them saves.
    expect(keysOf(app.raw('people.update', { id: person.id, version: person.version, changes: { position: 'Chuyên viên' } }))).toEqual([
      { path: 'changes.fullName', key: 'control_chars' },
      { path: 'changes.passportExpiry', key: 'date_out_of_range' },
    ]);
    const fixed = app.call('people.update', { id: person.id, version: person.version, changes: { fullName: 'Lê Văn Cường', passportExpiry: '2027-05-01' } });
    expect(fixed).toMatchObject({ fullName: 'Lê Văn Cường', passportExpiry: '2027-05-01' });
  });
});
