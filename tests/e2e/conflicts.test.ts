import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { makeConflictsDesk, type ConflictsDesk } from '../helpers/conflictsDesk';
import { axeViolations, callApi, E2E_NOW, screenshot, typeDate, useBrowserDesk } from '../helpers/browser';

/** When both laptops wrote (the fixture's moment), as the inbox shows it: dd/MM/yyyy HH:mm in Ha Noi. */
const AT = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
  .format(new Date(E2E_NOW))
  .replace(',', '');

// The conflicts inbox in a real browser, on a desk two laptops really exchanged through a shared
// folder before the browser mode started on laptop A's data (tests/helpers/conflictsDesk.ts): a
// city and the meeting dates changed differently, a meeting deleted on A while B edited it, and
// the same person entered on both. Today and the navigation show the count; the officer resolves
// each item on the screen and the desk holds the choices.

describe('the conflicts inbox, in headless Chromium', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'asoen-e2e-conflicts-'));
  let seeded: ConflictsDesk;
  beforeAll(async () => {
    seeded = await makeConflictsDesk(dataDir, E2E_NOW);
  });
  // Registered before the desk's: runs once the desk has stopped.
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  const desk = useBrowserDesk({ args: () => ['--data', dataDir], viewport: { width: 1366, height: 900 }, open: true });
  const chooseLanguage = (label: 'English' | 'Tiếng Việt') => desk.page.getByRole('banner').getByText(label, { exact: true }).click();
  const items = () => desk.page.getByTestId('conflict-item');

  it('counts the conflicts on Today and in the navigation, and resolves each kind on the screen', async () => {
    const page = desk.page;
    const card = page.getByTestId('today-conflicts');
    await card.waitFor();
    expect(await card.innerText()).toContain('Có 4 chỗ các máy đã sửa khác nhau');
    const navLink = page.getByRole('navigation').getByRole('link', { name: /Xung đột/ });
    expect(await navLink.innerText()).toContain('4');
    await card.getByRole('link', { name: 'Xử lý xung đột' }).click();
    await page.getByRole('heading', { level: 1, name: 'Xung đột cần xử lý' }).waitFor();
    await expect.poll(() => items().count()).toBe(4);

    const city = items().filter({ hasText: 'Thành phố' });
    expect(await city.getByTestId('conflict-side-value').allInnerTexts()).toEqual(expect.arrayContaining(['Hà Nội', 'Đà Nẵng']));
    expect(await city.getByTestId('conflict-side-by').allInnerTexts()).toEqual(
      expect.arrayContaining([`Nguyễn Thu Hà, máy VP-01 (máy này), lúc ${AT}`, `Trần Minh Đức, máy Laptop Hội nghị, lúc ${AT}`]),
    );
    const meetingLink = city.getByRole('link', { name: new RegExp(`Cuộc họp: ${seeded.meetingTitleVi.replace(/[()+]/g, '\\$&')}`) });
    expect(await meetingLink.getAttribute('href')).toBe(`#/meetings/${seeded.meetingId}`);
    await screenshot(page, 'conflicts-vi');
    expect(await axeViolations(page)).toEqual([]);
    await chooseLanguage('English');
    await page.getByRole('heading', { level: 1, name: 'Conflicts to resolve' }).waitFor();
    await items().filter({ hasText: 'Meeting dates (start – end)' }).waitFor();
    await screenshot(page, 'conflicts-en');
    expect(await axeViolations(page)).toEqual([]);
    await chooseLanguage('Tiếng Việt');
    await page.getByRole('heading', { level: 1, name: 'Xung đột cần xử lý' }).waitFor();

    // Keep one side.
    await city.getByRole('button', { name: /Giữ giá trị này: giá trị \d \(Hà Nội\)/ }).click();
    await expect.poll(() => items().count()).toBe(3);
    const meeting = () => callApi<{ city: string; startDate: string; endDate: string }>(desk.web, 'meetings.get', { id: seeded.meetingId });
    expect((await meeting()).city).toBe('Hà Nội');

    // Type other dates.
    const dates = items().filter({ hasText: 'Ngày họp (bắt đầu – kết thúc)' });
    expect(await dates.getByTestId('conflict-side-value').allInnerTexts()).toEqual(expect.arrayContaining(['10/03/2027 – 12/03/2027', '17/03/2027 – 19/03/2027']));
    await dates.getByRole('button', { name: 'Nhập giá trị khác' }).click();
    await typeDate(dates.getByRole('textbox', { name: /Từ ngày/ }), '24/03/2027');
    await typeDate(dates.getByRole('textbox', { name: /Đến ngày/ }), '26/03/2027');
    await dates.getByRole('button', { name: 'Lưu giá trị này' }).click();
    await expect.poll(() => items().count()).toBe(2);
    expect(await meeting()).toMatchObject({ startDate: '2027-03-24', endDate: '2027-03-26' });

    // Merge the person entered twice into the first record.
    const person = items().filter({ hasText: 'Nhập trùng' });
    await person.getByRole('button', { name: 'Gộp vào bản ghi này' }).first().click();
    await expect.poll(() => items().count()).toBe(1);
    const people = await callApi<{ items: Array<{ fullName: string }> }>(desk.web, 'people.list', { q: 'phuc', limit: 10 });
    expect(people.items.map((p) => p.fullName)).toEqual(['Lê Văn Phúc']);

    // Restore the meeting deleted while it was edited.
    const deleted = items().filter({ hasText: 'Bị xóa trong khi đang sửa' });
    expect(await deleted.getByTestId('conflict-edit').innerText()).toContain('Ghi chú: Đã gửi công hàm xác nhận tham dự');
    await deleted.getByRole('button', { name: /Khôi phục bản ghi/ }).click();
    await page.getByTestId('conflicts-empty').waitFor();
    await screenshot(page, 'conflicts-empty-vi');
    expect(await axeViolations(page)).toEqual([]);

    // Today no longer shows the card.
    await page.evaluate(() => (window.location.hash = '#/today'));
    await page.getByTestId('today-upcoming').waitFor();
    expect(await page.getByTestId('today-conflicts').count()).toBe(0);
    expect(await page.getByRole('navigation').getByRole('link', { name: /Xung đột/ }).count()).toBe(0);
    expect(desk.consoleErrors).toEqual([]);
  });
});
