import { addDays, addMonths } from '../../common/clock';
import { nonEmptyAndAll, axeViolations, screenshot, useBrowserDesk, typeDate, E2E_TODAY } from '../helpers/browser';

// The meetings workflow in a real browser: create a meeting with the proposed number, set up
// its delegation from the directory (with a passport that will not do), capture action items
// by keyboard alone, and look at every screen in both languages.

// Dates are counted from the tests' office day (E2E_TODAY), never from the machine's clock.
const isoIn = (days: number) => addDays(E2E_TODAY, days);
const dmy = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

describe('meetings, in headless Chromium', () => {
  const desk = useBrowserDesk({ viewport: { width: 1366, height: 900 } });
  let token = '';
  let meetingUrl = '';
  const start = isoIn(20);
  const end = isoIn(24);
  // Home the day after the meeting: the passport must outlast that by six months.
  const travelTo = isoIn(25);
  const shortPassport = addMonths(travelTo, 3);
  const nextMonthDay = `${addMonths(E2E_TODAY, 1).slice(0, 8)}15`;

  const api = async <T>(method: string, input: unknown): Promise<T> => {
    const res = await fetch(new URL('/api', desk.web.url), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Asoen-Token': token },
      body: JSON.stringify({ method, input }),
    });
    const envelope = (await res.json()) as { ok: boolean; value: T; error?: unknown };
    if (!envelope.ok) throw new Error(`${method}: ${JSON.stringify(envelope.error)}`);
    return envelope.value;
  };

  const chooseLanguage = (label: 'English' | 'Tiếng Việt') => desk.page.getByRole('banner').getByText(label, { exact: true }).click();
  // Behind a modal's overlay the switch cannot be clicked with the mouse: click it directly.
  const chooseLanguageBehindModal = (label: 'English' | 'Tiếng Việt') => desk.page.getByRole('banner').getByText(label, { exact: true }).dispatchEvent('click');
  const noViolations = async () => expect(await axeViolations(desk.page)).toEqual([]);
  // Toasts of the previous step are gone (they would be in the language of before).
  const quiet = () => expect.poll(() => desk.page.locator('.mantine-Notification-root').count()).toBe(0);
  const shot = async (name: string) => {
    await desk.page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(desk.page, name);
  };

  beforeAll(async () => {
    token = new URL(desk.web.url).searchParams.get('token') ?? '';
    // A person of the directory whose passport runs out three months after the trip.
    await api('people.create', { fullName: 'Đặng Thị Hộ Chiếu', position: 'Chuyên viên', passportExpiry: shortPassport });
    // A meeting next month, whatever day the tests run on: the calendar's "next month" has one.
    const awgcc = (await api<{ items: Array<{ id: string; code: string }> }>('bodies.list', { q: 'AWGCC', limit: 20 })).items.find((b) => b.code === 'AWGCC')!;
    await api('meetings.create', { bodyId: awgcc.id, titleVi: 'Họp trực tuyến tháng sau', titleEn: 'Online meeting next month', startDate: nextMonthDay, endDate: nextMonthDay, format: 'online' });
  });

  it('filters the list by body and year, and shows a month calendar, in both languages', async () => {
    await desk.page.goto(desk.web.url);
    await desk.page.evaluate(() => (window.location.hash = '#/meetings'));
    await desk.page.getByTestId('meeting-row').first().waitFor();
    const before = await desk.page.getByTestId('meeting-row').count();

    const body = desk.page.getByRole('combobox', { name: 'Cơ quan ASEAN' });
    await body.click();
    await body.fill('ASOMM');
    await desk.page.getByRole('option', { name: /^ASOMM — / }).click();
    await expect.poll(async () => nonEmptyAndAll(await desk.page.getByTestId('meeting-row').allInnerTexts(), (t) => /ASOMM|khoáng sản/i.test(t))).toBe(true);
    await desk.page.getByRole('button', { name: 'Xóa bộ lọc' }).first().click();
    await expect.poll(() => desk.page.getByTestId('meeting-row').count()).toBe(before);

    await desk.page.getByRole('combobox', { name: 'Năm' }).click();
    await desk.page.getByRole('option', { name: '2024', exact: true }).click();
    await expect.poll(async () => nonEmptyAndAll(await desk.page.getByTestId('meeting-row').allInnerTexts(), (t) => t.includes('/2024'))).toBe(true);
    await shot('meetings-filtered-vi');
    await noViolations();
    await desk.page.getByRole('button', { name: 'Xóa bộ lọc' }).first().click();
    await shot('meetings-list-vi');

    await desk.page.getByText('Lịch tháng', { exact: true }).click();
    await desk.page.getByTestId('meeting-calendar').waitFor();
    // The calendar opens on the office's month; the next-month button, by keyboard, shows next
    // month's meetings as links on their days (as many as the API counts for that month).
    await expect.poll(() => desk.page.getByTestId('calendar-month').innerText()).toBe(`${E2E_TODAY.slice(5, 7)}/${E2E_TODAY.slice(0, 4)}`);
    await desk.page.getByRole('button', { name: 'Tháng sau' }).focus();
    await desk.page.keyboard.press('Enter');
    await expect.poll(() => desk.page.getByTestId('calendar-month').innerText()).toBe(`${nextMonthDay.slice(5, 7)}/${nextMonthDay.slice(0, 4)}`);
    const monthFirst = `${nextMonthDay.slice(0, 8)}01`;
    const inMonth = await api<{ items: Array<{ id: string }> }>('meetings.list', { limit: 500, filter: { from: monthFirst, to: addDays(addMonths(monthFirst, 1), -1) } });
    expect(inMonth.items.length).toBeGreaterThan(0);
    // A meeting of several days is on each of its days: every one of the month's meetings is there.
    const shownIds = () => desk.page.getByTestId('calendar-meeting').evaluateAll((links) => [...new Set(links.map((a) => a.getAttribute('href')!.split('/').pop()!))].sort());
    await expect.poll(shownIds).toEqual(inMonth.items.map((m) => m.id).sort());
    expect(await desk.page.getByTestId('meeting-calendar').innerText()).toContain('Họp trực tuyến tháng sau');
    expect(await desk.page.getByTestId('meeting-calendar').innerText()).toMatch(/\d{2}\/\d{2}\/\d{4}/);
    await shot('meetings-calendar-vi');
    await noViolations();

    await chooseLanguage('English');
    await expect.poll(() => desk.page.getByTestId('meeting-calendar').innerText()).toContain('Mon');
    await shot('meetings-calendar-en');
    await noViolations();
    await desk.page.getByText('List', { exact: true }).click();
    await desk.page.getByTestId('meeting-row').first().waitFor();
    await shot('meetings-list-en');
    await noViolations();
    await chooseLanguage('Tiếng Việt');
  });

  it('creates a meeting with the proposed sequence number and opens it', async () => {
    await desk.page.getByRole('button', { name: 'Thêm cuộc họp' }).click();
    const dialog = desk.page.getByRole('dialog');
    const body = dialog.getByRole('combobox', { name: /Cơ quan ASEAN/ });
    await body.fill('ASOEN');
    await desk.page.getByRole('option', { name: /^ASOEN — / }).click();
    const last = await api<{ items: Array<{ sequence: number | null }> }>('meetings.list', { filter: { bodyId: await bodyId('ASOEN') }, sort: { field: 'startDate', dir: 'desc' }, limit: 1 });
    const expected = (last.items[0]?.sequence ?? 0) + 1;
    await expect.poll(() => dialog.getByRole('textbox', { name: /Số thứ tự/ }).inputValue()).toBe(String(expected));
    await expect.poll(() => dialog.getByRole('textbox', { name: /Tên cuộc họp \(tiếng Việt\)/ }).inputValue()).toContain(`lần thứ ${expected}`);
    expect(await dialog.getByRole('textbox', { name: /Tên cuộc họp \(tiếng Anh\)/ }).inputValue()).toMatch(new RegExp(`${expected}(st|nd|rd|th)`));
    expect(await dialog.innerText()).toContain(`Đề xuất: lần thứ ${expected} (sau lần thứ ${expected - 1}).`);

    await typeDate(dialog.getByRole('textbox', { name: /Ngày bắt đầu/ }), dmy(start));
    await typeDate(dialog.getByRole('textbox', { name: /Ngày kết thúc/ }), dmy(end));
    await dialog.getByRole('textbox', { name: 'Thành phố' }).fill('Hà Nội');
    await dialog.getByRole('textbox', { name: 'Thành phố' }).press('Escape').catch(() => undefined);
    await shot('new-meeting-vi');
    await noViolations();

    await chooseLanguageBehindModal('English');
    await expect.poll(() => dialog.innerText()).toContain('Proposed: number');
    await shot('new-meeting-en');
    await noViolations();
    await chooseLanguageBehindModal('Tiếng Việt');

    await dialog.getByRole('button', { name: 'Tạo cuộc họp' }).click();
    await expect.poll(() => desk.page.url()).toMatch(/#\/meetings\/[0-9a-f-]{36}$/);
    meetingUrl = desk.page.url();
    await expect.poll(() => desk.page.getByRole('heading', { level: 1 }).innerText()).toContain(`lần thứ ${expected}`);
    await desk.page.getByTestId('meeting-particulars').waitFor();
    expect(await desk.page.getByTestId('meeting-particulars').innerText()).toContain(`${dmy(start)} – ${dmy(end)}`);
    await shot('meeting-overview-vi');
    await noViolations();
  });

  async function bodyId(code: string): Promise<string> {
    const bodies = await api<{ items: Array<{ id: string; code: string }> }>('bodies.list', { q: code, limit: 20 });
    return bodies.items.find((b) => b.code === code)!.id;
  }

  async function addMember(name: string, role: 'Trưởng đoàn' | 'Thành viên') {
    const form = desk.page.getByTestId('add-member-form');
    const person = form.getByRole('combobox', { name: /Người trong danh bạ/ });
    await person.click();
    await person.fill(name);
    await desk.page.getByRole('option', { name, exact: true }).click();
    const roleBox = form.getByRole('combobox', { name: 'Vai trò' });
    await roleBox.click();
    await desk.page.getByRole('option', { name: role, exact: true }).click();
    await typeDate(form.getByRole('textbox', { name: 'Ngày đi' }), dmy(isoIn(19)));
    await typeDate(form.getByRole('textbox', { name: 'Ngày về' }), dmy(travelTo));
    const before = await desk.page.getByTestId('member-row').count();
    await form.getByRole('button', { name: 'Thêm thành viên' }).click();
    await expect.poll(() => desk.page.getByTestId('member-row').count()).toBe(before + 1);
  }

  it('sets up the delegation with three members and warns about the short passport', async () => {
    await desk.page.getByRole('tab', { name: 'Đoàn công tác' }).click();
    await desk.page.getByRole('button', { name: 'Lập đoàn' }).click();
    await desk.page.getByTestId('add-member-form').waitFor();

    const people = await api<{ items: Array<{ fullName: string; passportExpiry: string | null }> }>('people.list', { limit: 100 });
    const longPassports = people.items.filter((p) => p.passportExpiry && p.passportExpiry > addMonths(travelTo, 7)).map((p) => p.fullName);
    await addMember(longPassports[0]!, 'Trưởng đoàn');
    await addMember(longPassports[1]!, 'Thành viên');
    await addMember('Đặng Thị Hộ Chiếu', 'Thành viên');

    const rows = await desk.page.getByTestId('member-row').allInnerTexts();
    expect(rows[0]).toContain('Trưởng đoàn');
    expect(rows[0]).toContain(longPassports[0]);
    const warnings = desk.page.getByTestId('readiness-warnings');
    await expect
      .poll(() => warnings.innerText())
      .toContain(`Đặng Thị Hộ Chiếu: hộ chiếu hết hạn ${dmy(shortPassport)}, phải còn hạn đến sau ${dmy(addMonths(travelTo, 6))}`);
    expect(await warnings.innerText()).toContain('Chưa ghi nhận quyết định cử đoàn');
    expect(await warnings.innerText()).not.toContain('chưa có trưởng đoàn');
    await shot('meeting-delegation-vi');
    await noViolations();

    await quiet();
    await chooseLanguage('English');
    await expect.poll(() => warnings.innerText()).toContain('Đặng Thị Hộ Chiếu: passport expires');
    await shot('meeting-delegation-en');
    await noViolations();
    // A member is corrected in place, in the modal (looked at in both languages).
    await desk.page.getByRole('button', { name: 'Edit Đặng Thị Hộ Chiếu' }).click();
    const editForm = desk.page.getByTestId('edit-member-form');
    await editForm.waitFor();
    await shot('meeting-member-edit-en');
    await noViolations();
    await chooseLanguageBehindModal('Tiếng Việt');
    await expect.poll(() => desk.page.getByRole('dialog').innerText()).toContain('Sửa thông tin Đặng Thị Hộ Chiếu trong đoàn');
    await shot('meeting-member-edit-vi');
    await noViolations();
    await editForm.getByRole('button', { name: 'Hủy' }).click();
    await editForm.waitFor({ state: 'detached' });
    await chooseLanguage('English');
    await desk.page.getByRole('tab', { name: 'Overview' }).click();
    await shot('meeting-overview-en');
    await noViolations();
    await chooseLanguage('Tiếng Việt');
  });

  it('edits the particulars and records the sending decision', async () => {
    await desk.page.getByRole('tab', { name: 'Tổng quan' }).click();
    await desk.page.getByRole('button', { name: 'Sửa thông tin' }).click();
    const particulars = desk.page.getByTestId('meeting-particulars');
    await particulars.getByRole('textbox', { name: 'Thành phố' }).fill('Hạ Long');
    await particulars.getByRole('combobox', { name: 'Trạng thái' }).click();
    await desk.page.getByRole('option', { name: 'Đã xác nhận', exact: true }).click();
    await shot('meeting-overview-edit-vi');
    await noViolations();
    await particulars.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await expect.poll(() => particulars.innerText()).toContain('Hạ Long');
    expect(await particulars.innerText()).toContain('Đã xác nhận');

    await desk.page.getByRole('tab', { name: 'Đoàn công tác' }).click();
    const decision = desk.page.getByTestId('delegation-particulars');
    await decision.getByRole('textbox', { name: 'Số quyết định cử đoàn' }).fill('2468/QĐ-BNNMT');
    await typeDate(decision.getByRole('textbox', { name: 'Ngày quyết định' }), dmy(isoIn(2)));
    await decision.getByRole('textbox', { name: 'Người ký' }).fill('Thứ trưởng Lê Công Thành');
    await decision.getByRole('button', { name: 'Lưu thông tin đoàn' }).click();
    await expect.poll(() => desk.page.getByTestId('readiness-warnings').innerText()).not.toContain('Chưa ghi nhận quyết định cử đoàn');
  });

  it('captures five action items by keyboard alone', async () => {
    await desk.page.getByRole('tab', { name: /Việc phát sinh/ }).click();
    const title = desk.page.getByTestId('capture-title');
    await title.focus();
    const items = [
      { title: 'Gửi góp ý dự thảo tuyên bố về nhựa', owner: 'Lê Hoàng Nam', due: isoIn(30) },
      { title: 'Chuẩn bị hồ sơ đề cử Vườn di sản ASEAN', owner: 'Hoàng Thị Mai', due: isoIn(45) },
      { title: 'Báo cáo kết quả chuyến công tác', owner: null, due: isoIn(40) },
      { title: 'Xác nhận đầu mối nhóm công tác', owner: null, due: null },
      { title: 'Gửi danh sách đại biểu cho nước chủ nhà', owner: null, due: isoIn(10) },
    ];
    for (const item of items) {
      await desk.page.keyboard.type(item.title);
      await desk.page.keyboard.press('Tab');
      if (item.owner) {
        await desk.page.keyboard.type(item.owner.split(' ').slice(-2).join(' '));
        await expect.poll(() => desk.page.getByRole('option').first().innerText()).toBe(item.owner);
        await desk.page.keyboard.press('ArrowDown');
        await desk.page.keyboard.press('Enter');
      }
      await desk.page.keyboard.press('Tab');
      if (item.due) await desk.page.keyboard.type(dmy(item.due));
      await desk.page.keyboard.press('Enter');
      // Saved: the title is empty and focused again, ready for the next item.
      await expect.poll(() => title.inputValue()).toBe('');
      await expect.poll(() => desk.page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('capture-title');
    }
    await expect.poll(() => desk.page.getByTestId('meeting-action-item').count()).toBe(5);
    const listed = await desk.page.getByTestId('meeting-action-item').allInnerTexts();
    for (const item of items) {
      const row = listed.find((r) => r.includes(item.title));
      expect(row).toBeDefined();
      if (item.owner) expect(row).toContain(item.owner);
      if (item.due) expect(row).toContain(dmy(item.due));
    }
    // An empty title is refused inline, by keyboard too.
    await desk.page.keyboard.press('Enter');
    await expect.poll(() => desk.page.getByTestId('quick-capture').innerText()).toContain('Mục này bắt buộc phải có.');
    await shot('meeting-actions-vi');
    await noViolations();
    await quiet();
    await chooseLanguage('English');
    await shot('meeting-actions-en');
    await noViolations();
    await chooseLanguage('Tiếng Việt');
  });

  it('shows the history of the meeting, its delegation and members', async () => {
    await desk.page.getByRole('tab', { name: 'Lịch sử' }).click();
    await expect.poll(() => desk.page.getByTestId('history-entry').count()).toBeGreaterThanOrEqual(5);
    const text = await desk.page.getByTestId('history-timeline').innerText();
    expect(text).toContain('Tạo mới cuộc họp');
    expect(text).toContain('Tạo mới thành viên đoàn');
    expect(text).toContain('Thành phố: Hà Nội → Hạ Long');
    expect(text).toContain('Trạng thái: Dự kiến → Đã xác nhận');
    expect(text).toContain('Số quyết định: (trống) → 2468/QĐ-BNNMT');
    expect(text).toMatch(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
    await shot('meeting-history-vi');
    await noViolations();
    await quiet();
    await chooseLanguage('English');
    await expect.poll(() => desk.page.getByTestId('history-timeline').innerText()).toContain('Created meeting');
    expect(await desk.page.getByTestId('history-timeline').innerText()).toContain('City: Hà Nội → Hạ Long');
    await shot('meeting-history-en');
    await noViolations();
    await chooseLanguage('Tiếng Việt');
    expect(meetingUrl).not.toBe('');
    expect(desk.consoleErrors).toEqual([]);
  });
});
