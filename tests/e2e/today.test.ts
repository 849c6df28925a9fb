import { addDays, addMonths } from '../../common/clock';
import { axeViolations, callApi, screenshot, useBrowserDesk, E2E_TODAY } from '../helpers/browser';

const MEETING_VI = 'Hội nghị ASOMM đang thử';

// The start screen in a real browser, on the sample desk: upcoming meetings with their
// preparation, overdue and soon-due work by lead agency, bodies without a focal point, changes.
// What must be upcoming, overdue or due soon is made here, counted from the tests' office day
// (E2E_TODAY), so the screen has the same things to show on whatever day the tests run.

describe('Today, in headless Chromium', () => {
  const desk = useBrowserDesk({ viewport: { width: 1366, height: 900 } });

  beforeAll(async () => {
    // An ASOMM meeting in three weeks: a delegation with its head, no sending decision yet, and
    // the head's passport running out two months after the trip.
    const bodies = await callApi<{ items: Array<{ id: string; code: string }> }>(desk.web, 'bodies.list', { q: 'ASOMM', limit: 50 });
    const asomm = bodies.items.find((b) => b.code === 'ASOMM')!;
    const start = addDays(E2E_TODAY, 21);
    const end = addDays(E2E_TODAY, 22);
    const meeting = await callApi<{ id: string }>(desk.web, 'meetings.create', { bodyId: asomm.id, titleVi: MEETING_VI, titleEn: 'ASOMM meeting under test', startDate: start, endDate: end });
    const head = await callApi<{ id: string }>(desk.web, 'people.create', { fullName: 'Trần Văn Trưởng Đoàn', passportExpiry: addMonths(end, 2) });
    const delegation = await callApi<{ id: string }>(desk.web, 'delegations.create', { meetingId: meeting.id });
    await callApi(desk.web, 'delegationMembers.create', { delegationId: delegation.id, personId: head.id, role: 'head' });
    // Work overdue by ten days and work due in five.
    await callApi(desk.web, 'actionItems.create', { title: 'Gửi góp ý dự thảo (quá hạn)', dueDate: addDays(E2E_TODAY, -10), status: 'open' });
    await callApi(desk.web, 'actionItems.create', { title: 'Chuẩn bị hồ sơ (sắp đến hạn)', dueDate: addDays(E2E_TODAY, 5), status: 'open' });
  });

  const chooseLanguage = (label: 'English' | 'Tiếng Việt') => desk.page.getByRole('banner').getByText(label, { exact: true }).click();

  it('is the home screen and shows upcoming meetings with their readiness', async () => {
    await desk.page.goto(desk.web.url);
    await desk.page.getByTestId('upcoming-meeting').first().waitFor();
    expect(await desk.page.getByRole('heading', { level: 1 }).innerText()).toBe('Hôm nay');
    const cards = await desk.page.getByTestId('upcoming-meeting').allInnerTexts();
    expect(cards.length).toBeGreaterThan(0);
    for (const card of cards) {
      expect(card).toMatch(/\d{2}\/\d{2}\/\d{4}/);
      expect(card).toMatch(/Đã sẵn sàng: \d\/5/);
      // Each of the five steps says in words whether it is done.
      expect(card).toMatch(/Đã lập đoàn|Chưa lập đoàn/);
      expect(card).toMatch(/quyết định cử đoàn/);
      expect(card).toMatch(/Hộ chiếu/);
      expect(card).toMatch(/đề cương tham dự/);
    }
    // The minerals meeting has a delegation with a head but no decision yet.
    const asomm = cards.find((c) => c.includes(MEETING_VI));
    expect(asomm).toContain('Đã lập đoàn');
    expect(asomm).toContain('Đã có trưởng đoàn');
    expect(asomm).toContain('Chưa có quyết định cử đoàn');
    expect(asomm).toContain('Hộ chiếu chưa đủ hạn');
    const marks = desk.page.getByTestId('upcoming-meeting').first().locator('[data-state]');
    expect(await marks.count()).toBe(5);
  });

  it('shows overdue work apart from work due soon, by lead agency, and the other lists', async () => {
    const overdue = desk.page.getByTestId('overdue-item');
    expect(await overdue.count()).toBeGreaterThan(0);
    expect(await overdue.first().innerText()).toMatch(/Quá hạn \d+ ngày/);
    expect(await desk.page.getByTestId('due-soon-item').first().innerText()).toMatch(/Còn \d+ ngày|Đến hạn hôm nay/);
    expect(await desk.page.getByTestId('action-group').count()).toBeGreaterThan(0);
    expect(await desk.page.getByTestId('body-without-focal').count()).toBeGreaterThan(0);
    const changes = await desk.page.getByTestId('recent-change').allInnerTexts();
    // The six records made above, newest first: the training sample's own records are nobody's change.
    expect(changes).toHaveLength(6);
    expect(changes[0]).toMatch(/^Tạo mới việc cần làm: Chuẩn bị hồ sơ \(sắp đến hạn\)/);
    expect(changes[0]).toMatch(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2} · Máy /);
    await screenshot(desk.page, 'today-vi');
    expect(await axeViolations(desk.page)).toEqual([]);
  });

  it('in English too, and a meeting opens its page', async () => {
    await chooseLanguage('English');
    await expect.poll(() => desk.page.getByRole('heading', { level: 1 }).innerText()).toBe('Today');
    const cards = await desk.page.getByTestId('upcoming-meeting').allInnerTexts();
    expect(cards.join('\n')).toContain('Head of delegation named');
    expect(await desk.page.getByTestId('overdue-item').first().innerText()).toMatch(/Overdue by \d+ days/);
    await screenshot(desk.page, 'today-en');
    expect(await axeViolations(desk.page)).toEqual([]);

    await desk.page.getByTestId('upcoming-meeting').first().getByRole('link').first().click();
    await expect.poll(() => desk.page.url()).toMatch(/#\/meetings\/[0-9a-f-]{36}$/);
    await desk.page.getByTestId('meeting-particulars').waitFor();
    await chooseLanguage('Tiếng Việt');
    expect(desk.consoleErrors).toEqual([]);
  });

  it('shows twelve overdue items and links to all of them; the list opens at its top', async () => {
    for (let i = 0; i < 14; i++)
      await callApi(desk.web, 'actionItems.create', { title: `Việc quá hạn ${i}`, dueDate: addDays(E2E_TODAY, -80), status: 'open', priority: 'normal', supportingAgencyIds: [] });
    const summary = await callApi<{ date: string; overdueTotal: number }>(desk.web, 'today.summary', {});
    await desk.page.goto(desk.web.url);
    await desk.page.getByTestId('overdue-item').first().waitFor();
    expect(await desk.page.getByTestId('overdue-item').count()).toBe(12);
    const more = desk.page.getByTestId('more-overdue');
    expect(await more.innerText()).toBe(`Đang hiện 12 việc quá hạn lâu nhất. Xem tất cả việc quá hạn (${summary.overdueTotal})`);
    await more.scrollIntoViewIfNeeded();
    expect(await desk.page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await more.getByRole('link').click();
    await expect.poll(() => desk.page.url()).toMatch(/#\/actions\?status=open%2Cin_progress%2Cblocked&to=\d{4}-\d{2}-\d{2}$/);
    await expect.poll(() => desk.page.getByTestId('action-total').innerText()).toContain(String(summary.overdueTotal));
    expect(await desk.page.evaluate(() => window.scrollY)).toBe(0);
    expect(desk.consoleErrors).toEqual([]);
  });
});
