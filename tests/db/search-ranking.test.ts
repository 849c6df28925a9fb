import { createTestApp, type TestApp } from '../helpers/app';

// The global search on the sample desk, as an officer uses it (issue 15, item 11): names and
// codes first; places, host countries and decision numbers found.
describe('the global search finds what an officer types', () => {
  let app: TestApp;
  beforeAll(() => {
    app = createTestApp({ sample: true });
  });
  afterAll(() => app.close());
  const hits = (q: string, limit = 20) => app.call('search.global', { q, limit });

  it('ranks the people named Nguyễn before the "tài nguyên" ministries and items, however new those are', () => {
    // What the officer entered last mentions "tài nguyên": it is newer than every person.
    app.call('actionItems.create', { title: 'Kiểm kê tài nguyên nước lưu vực sông Mê Công', status: 'open' });
    app.call('agencies.create', { code: 'DWRM', nameVi: 'Cục Quản lý tài nguyên nước', nameEn: 'Department of Water Resources Management', kind: 'department' });
    const found = hits('nguyen');
    expect(found[0]!.entity).toBe('person');
    const firstAgency = found.findIndex((h) => h.entity === 'agency');
    const people = found.map((h, i) => [h, i] as const).filter(([h]) => h.entity === 'person');
    expect(people.map(([h]) => h.title)).toEqual(expect.arrayContaining(['Nguyễn Văn Đông']));
    expect(firstAgency).toBeGreaterThan(-1);
    for (const [, i] of people) expect(i).toBeLessThan(firstAgency);
    // Even when only a few are asked for.
    expect(hits('nguyen', 2).map((h) => h.title).sort()).toEqual(['Nguyễn Thị Thu Hà', 'Nguyễn Văn Đông']);
  });

  it('puts an exact code first', () => {
    expect(hits('asoen')[0]).toMatchObject({ entity: 'body', title: expect.stringMatching(/^ASOEN — /) });
    expect(hits('awgcw')[0]).toMatchObject({ entity: 'body', title: expect.stringMatching(/^AWGCW — /) });
  });

  it('finds the meetings hosted by a country named in either language', () => {
    for (const q of ['lao', 'Lào', 'laos']) {
      const titles = hits(q).filter((h) => h.entity === 'meeting').map((h) => h.title);
      expect(titles, q).toEqual(expect.arrayContaining([expect.stringContaining('(ASOEN 35)')]));
    }
  });

  it('finds a meeting by its venue written the other way ("vientiane" / "Viêng Chăn")', () => {
    const body = app.call('bodies.list', { q: 'asoen', limit: 5 }).items.find((b) => b.code === 'ASOEN')!;
    const m = app.call('meetings.create', {
      bodyId: body.id,
      titleVi: 'Họp tham vấn không chính thức về đa dạng sinh học',
      titleEn: 'Informal consultation on biodiversity',
      startDate: '2024-03-04',
      endDate: '2024-03-05',
      city: 'Viêng Chăn',
    });
    expect(hits('vientiane').map((h) => h.id)).toContain(m.id);
    expect(hits('vieng chan').map((h) => h.id)).toContain(m.id);
  });

  it('finds a meeting by its delegation’s sending decision, and bodies by the decision behind their focal points', () => {
    const meeting = app.call('meetings.list', { q: 'ASOEN 35', limit: 1 }).items[0]!;
    const delegation = app.call('delegations.list', { filter: { meetingId: meeting.id }, limit: 1 }).items[0]!;
    app.call('delegations.update', { id: delegation.id, version: delegation.version, changes: { decisionNumber: '1520/QĐ-BTNMT' } });
    expect(hits('1520').map((h) => h.id)).toContain(meeting.id);
    expect(hits('1520/QĐ-BTNMT')[0]!.id).toBe(meeting.id);
    expect(hits('1521').map((h) => h.id)).not.toContain(meeting.id);
    const bodies = hits('142/QĐ-TTg').filter((h) => h.entity === 'body').map((h) => h.title);
    expect(bodies).toEqual(expect.arrayContaining([expect.stringMatching(/^ASOEN — /)]));
  });

  it('ranks a person whose name holds the typed word before the items that merely begin with it ("hoa": Trần Thị Hoa, not "Hoàn thiện…")', () => {
    // Vietnamese items often begin "Hoàn thiện…", "Hoàn thành…", "Hóa chất…": they came first,
    // and the person named Hoa third, behind them.
    const hoa = app.call('people.create', { fullName: 'Trần Thị Hoa' });
    app.call('actionItems.create', { title: 'Hoàn thiện thủ tục trình Chính phủ thông qua Tuyên bố chung', status: 'open' });
    app.call('actionItems.create', { title: 'Hóa chất và chất thải: góp ý dự thảo kế hoạch', status: 'open' });
    expect(hits('hoa')[0]!.id).toBe(hoa.id);
    expect(hits('tran thi hoa')[0]!.id).toBe(hoa.id);
    // An item beginning with the word still comes before an item holding it further on.
    const titles = hits('hoan').filter((h) => h.entity === 'action_item').map((h) => h.title);
    expect(titles[0]).toMatch(/^Hoàn /);
  });
});

