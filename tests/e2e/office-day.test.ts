import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, callApi, collectPageErrors, launchBrowser, screenshot, startWebApp, type WebApp } from '../helpers/browser';

// The office's new year in a real browser: at 23:30 UTC on 31/12/2026 it is 01/01/2027 in Ha Noi,
// while the laptop (an officer in New York) still says 18:30 on 31/12. The desk follows the
// office: Today, a due-date marker, an export's file name and the annual report's year.

const MOMENT = '2026-12-31T23:30:00Z';

describe('the office day, in headless Chromium', () => {
  let web: WebApp;
  let browser: Browser;
  let page: Page;
  const consoleErrors: string[] = [];
  const folder = mkdtempSync(path.join(tmpdir(), 'asoen-e2e-office-day-'));

  beforeAll(async () => {
    web = await startWebApp(['--sample', '--now', MOMENT]);
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'vi-VN', timezoneId: 'America/New_York' });
    await page.clock.install({ time: new Date(MOMENT) });
    collectPageErrors(page, consoleErrors);
    await callApi(web, 'settings.update', { exportFolder: folder });
    const meeting = (await callApi<{ items: Array<{ id: string }> }>(web, 'meetings.list', { limit: 1 })).items[0]!;
    await callApi(web, 'actionItems.create', { title: 'Gửi báo cáo năm cũ', dueDate: '2026-12-31', sourceMeetingId: meeting.id, status: 'open' });
    await callApi(web, 'actionItems.create', { title: 'Gửi kế hoạch năm mới', dueDate: '2027-01-01', sourceMeetingId: meeting.id, status: 'open' });
  });

  afterAll(async () => {
    await browser?.close();
    await web?.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('the laptop says 31/12 but Today says 01/01/2027, with yesterday’s item overdue and today’s due', async () => {
    expect(await page.evaluate(() => new Date().getDate())).toBe(31);
    await page.goto(web.url);
    await expect.poll(() => page.getByText(/^Ngày 01\/01\/2027:/).count()).toBe(1);
    const late = page.locator('tr', { hasText: 'Gửi báo cáo năm cũ' });
    await expect.poll(() => late.innerText()).toContain('Quá hạn 1 ngày');
    await expect.poll(() => page.locator('tr', { hasText: 'Gửi kế hoạch năm mới' }).innerText()).toContain('Đến hạn hôm nay');
    await screenshot(page, 'office-day-today-vi');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('exports the tracker named 01/01/2027 and the annual report of 2027', async () => {
    await page.evaluate(() => (window.location.hash = '#/actions'));
    await page.getByRole('button', { name: 'Xuất bảng theo dõi (Excel)' }).click();
    await page.getByRole('menuitem', { name: 'Bản tiếng Việt' }).click();
    await expect.poll(() => page.getByTestId('export-done').innerText()).toContain('Theo dõi việc cần làm 2027-01-01.xlsx');
    await screenshot(page, 'office-day-export-vi');

    await page.evaluate(() => (window.location.hash = '#/meetings'));
    await page.getByRole('button', { name: 'Xuất báo cáo tổng kết' }).click();
    await page.getByRole('menuitem', { name: 'Bản tiếng Việt' }).click();
    await expect.poll(() => page.getByTestId('export-done').innerText()).toContain('2027 Báo cáo tổng kết (vi).docx');
    expect(consoleErrors).toEqual([]);
  });
});
