import { createTestApp, type TestApp } from '../helpers/app';

// Issue 15, item 11: the recent changes are officers' changes, and each change says who made it.
describe('who made a change, and which changes are an officer’s', () => {
  let app: TestApp;
  beforeEach(() => {
    app = createTestApp();
  });
  afterEach(() => app.close());

  it('shows no recent change on a new, empty desk: the reference data the app seeded is nobody’s change', () => {
    expect(app.call('changes.recent', { limit: 50 })).toEqual([]);
    expect(app.call('today.summary', {}).recentChanges).toEqual([]);
    // …but it stays in the change log (the exchange replays the log).
    const country = app.call('countries.list', { q: 'lao', limit: 1 }).items[0]!;
    expect(app.call('history.get', { ids: [country.id], limit: 10 }).map((c) => c.op)).toEqual(['create']);

    const meeting = app.call('meetings.create', {
      bodyId: app.call('bodies.list', { q: 'asoen', limit: 1 }).items[0]!.id,
      titleVi: 'Họp thử',
      titleEn: 'Trial meeting',
      startDate: '2026-12-01',
      endDate: '2026-12-02',
    });
    expect(app.call('changes.recent', { limit: 50 }).map((c) => c.entityId)).toEqual([meeting.id]);
    expect(app.call('today.summary', {}).recentChanges.map((c) => c.entityId)).toEqual([meeting.id]);
  });

  it('leaves the training sample out of the recent changes, and names it in a record’s history', () => {
    const loaded = app.call('sample.load', {});
    expect(loaded.created).toBeGreaterThan(100);
    expect(app.call('changes.recent', { limit: 50 })).toEqual([]);
    expect(app.call('today.summary', {}).recentChanges).toEqual([]);
    const meeting = app.call('meetings.list', { q: 'ASOEN 35', limit: 1 }).items[0]!;
    const history = app.call('history.get', { ids: [meeting.id], limit: 10 });
    expect(history.at(-1)).toMatchObject({ op: 'create', origin: 'sample' });
    expect(history.every((c) => c.origin === 'sample')).toBe(true);
    // The officer's own edit of a sample record is theirs.
    app.call('meetings.update', { id: meeting.id, version: meeting.version, changes: { city: 'Huế' } });
    expect(app.call('changes.recent', { limit: 50 })).toEqual([expect.objectContaining({ entityId: meeting.id, op: 'update', origin: null })]);
    // Taking the sample out again is the sample's too.
    app.call('meetings.update', { id: meeting.id, version: meeting.version + 1, changes: { city: meeting.city } });
    app.call('sample.remove', {});
    expect(app.call('changes.recent', { limit: 50 }).map((c) => c.op)).toEqual(['update', 'update']);
  });

  it('records the officer’s and the laptop’s names, as Settings gave them, with every change', () => {
    expect(app.call('settings.get', {})).toMatchObject({ officerName: null, laptopName: null });
    const person = app.call('people.create', { fullName: 'Trần Văn Một' });
    expect(app.call('settings.update', { officerName: '  Nguyễn Thị   Hồng Nhung ', laptopName: 'Máy ASOEN 1' })).toMatchObject({
      officerName: 'Nguyễn Thị Hồng Nhung',
      laptopName: 'Máy ASOEN 1',
    });
    app.call('people.update', { id: person.id, version: person.version, changes: { position: 'Chuyên viên' } });
    const [update, create] = app.call('history.get', { ids: [person.id], limit: 10 });
    expect(update).toMatchObject({ op: 'update', officerName: 'Nguyễn Thị Hồng Nhung', deviceName: 'Máy ASOEN 1' });
    // A change made before the laptop was named keeps saying so.
    expect(create).toMatchObject({ op: 'create', officerName: null, deviceName: null });
    // Blank clears a name.
    expect(app.call('settings.update', { officerName: ' ', laptopName: null })).toMatchObject({ officerName: null, laptopName: null });
  });

  it('names the records a change refers to by id, in both languages', () => {
    const laos = app.call('countries.list', { q: 'lao', limit: 1 }).items[0]!;
    const body = app.call('bodies.list', { q: 'asoen', limit: 1 }).items[0]!;
    const names = app.call('history.names', { ids: [laos.id, body.id, '019a0000-0000-7000-8000-00000000dead'] });
    expect(names).toEqual(
      expect.arrayContaining([
        { id: laos.id, vi: 'Lào', en: 'Lao PDR' },
        { id: body.id, vi: expect.stringMatching(/^ASOEN — /), en: expect.stringMatching(/Senior Officials/) },
      ]),
    );
    expect(names).toHaveLength(2);
  });
});
