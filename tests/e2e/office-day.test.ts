import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { axeViolations, callApi, screenshot, useBrowserDesk } from '../helpers/browser';

// The office's new year in a real browser: at 23:30 UTC on 31/12/2026 it is 01/01/2027 in Ha Noi,
// while the laptop (an officer in New York) still says 18:30 on 31/12. The desk follows the
// office: Today, a due-date marker, an export's file name and the annual report's year.

const MOMENT = '2026-12-31T23:30:00Z';

describe('the office day, in headless Chromium', () => {
  // The server's clock and the page's both start at MOMENT, whatever ASOEN_TEST_NOW says.
  const desk = useBrowserDesk({ now: MOMENT, viewport: { width: 1366, height: 900 }, timezoneId: 'America/New_York' });
  const folder = mkdtempSync(path.join(tmpdir(), 'asoen-e2e-office-day-'));

  beforeAll(async () => {
    await callApi(desk.web, 'settings.update', { exportFolder: folder });
    // Today shows the twelve oldest overdue items: the sample's own overdue ones are closed first
    // (completed on 30/12/2026), so that the two items below are among them.
    const overdue = await callApi<{ items: Array<{ id: string; version: number }> }>(desk.web, 'actionItems.list', { limit: 500, filter: { status: ['open', 'in_progress', 'blocked'], dueTo: '2026-12-30' } });
    if (overdue.items.length) await callApi(desk.web, 'actionItems.bulkStatus', { items: overdue.items.map(({ id, version }) => ({ id, version })), status: 'done', completedOn: '2026-12-30' });
    const meeting = (await callApi<{ items: Array<{ id: string }> }>(desk.web, 'meetings.list', { limit: 1 })).items[0]!;
    await callApi(desk.web, 'actionItems.create', { title: 'Gửi báo cáo năm cũ', dueDate: '2026-12-31', sourceMeetingId: meeting.id, status: 'open' });
    await callApi(desk.web, 'actionItems.create', { title: 'Gửi kế hoạch năm mới', dueDate: '2027-01-01', sourceMeetingId: meeting.id, status: 'open' });
  });

  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('the laptop says 31/12 but Today says 01/01/2027, with yesterday’s item overdue and today’s due', async () => {
    // The page's own clock (fixed by the fixture) reads the laptop's zone: still 31 December there.
    expect(await desk.page.evaluate(() => Date())).toContain('Dec 31 2026');
    await desk.page.goto(desk.web.url);
    await expect.poll(() => desk.page.getByText(/^Ngày 01\/01\/2027:/).count()).toBe(1);
    const late = desk.page.locator('tr', { hasText: 'Gửi báo cáo năm cũ' });
    await expect.poll(() => late.innerText()).toContain('Quá hạn 1 ngày');
    await expect.poll(() => desk.page.locator('tr', { hasText: 'Gửi kế hoạch năm mới' }).innerText()).toContain('Đến hạn hôm nay');
    await screenshot(desk.page, 'office-day-today-vi');
    expect(await axeViolations(desk.page)).toEqual([]);
  });

  it('exports the tracker named 01/01/2027 and, asked for its year, the annual report of 2027', async () => {
    await desk.page.evaluate(() => (window.location.hash = '#/actions'));
    await desk.page.getByRole('button', { name: 'Xuất bảng theo dõi (Excel)' }).click();
    await desk.page.getByRole('menuitem', { name: 'Bản tiếng Việt' }).click();
    // The sample's delegations include one marked Mật: asked first, then the file carries the marking.
    await desk.page.getByRole('dialog', { name: 'Tệp có nội dung mật' }).getByRole('button', { name: 'Vẫn ghi tệp, mang dấu Mật' }).click();
    await expect.poll(() => desk.page.getByTestId('export-done').innerText()).toContain('MẬT - Theo dõi việc cần làm 2027-01-01.xlsx');
    await screenshot(desk.page, 'office-day-export-vi');

    await desk.page.evaluate(() => (window.location.hash = '#/meetings'));
    await desk.page.getByRole('button', { name: 'Xuất báo cáo tổng kết…' }).click();
    // In January the report proposed is last year's; the officer picks the year.
    const dialog = desk.page.getByRole('dialog', { name: 'Xuất báo cáo tổng kết năm' });
    const year = dialog.getByRole('combobox', { name: 'Năm báo cáo' });
    await expect.poll(() => year.inputValue()).toBe('2026');
    await year.click();
    await desk.page.getByRole('option', { name: '2027', exact: true }).click();
    await dialog.getByRole('button', { name: 'Xuất báo cáo năm 2027' }).click();
    await desk.page.getByRole('dialog', { name: 'Khung văn bản: báo cáo tổng kết' }).getByRole('button', { name: 'Xuất văn bản' }).click();
    await expect.poll(() => desk.page.getByTestId('export-done').innerText()).toContain('2027 Báo cáo tổng kết (vi).docx');
    await expect.poll(() => desk.page.getByText('Đã lưu báo cáo tổng kết năm 2027').count()).toBe(1);
    expect(desk.consoleErrors).toEqual([]);
  });
});
