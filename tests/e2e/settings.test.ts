import type { Browser, Page } from 'playwright-core';
import { axeViolations, launchBrowser, screenshot, startWebApp, type WebApp, collectPageErrors, openPage } from '../helpers/browser';

// Settings in a real browser: the data file, the export folder, the sample data, about.

describe('the settings, in headless Chromium', () => {
  let web: WebApp;
  let browser: Browser;
  let page: Page;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    web = await startWebApp(['--sample']);
    browser = await launchBrowser();
    page = await openPage(browser, { viewport: { width: 1280, height: 800 }, locale: 'vi-VN' });
    collectPageErrors(page, consoleErrors);
    await page.goto(web.url);
    await page.getByRole('main').getByRole('heading', { level: 1 }).waitFor();
    await page.evaluate(() => (window.location.hash = '#/settings'));
  });

  afterAll(async () => {
    await browser?.close();
    await web?.stop();
  });

  const shot = async (name: string) => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, name);
  };

  it('shows the data file with a copy button, the versions and the device id', async () => {
    const dataFile = page.getByTestId('data-file');
    await expect.poll(() => dataFile.innerText()).toContain(web.dataDir);
    expect(await page.getByRole('button', { name: 'Sao chép đường dẫn' }).count()).toBe(1);
    const about = await page.getByTestId('app-info').innerText();
    expect(about).toContain('Phiên bản ứng dụng');
    expect(about).toContain('Phiên bản cấu trúc dữ liệu');
    expect(about).toContain('Phiên bản dữ liệu tham chiếu');
    expect(about).toMatch(/Mã thiết bị\s+\S+/);
    await shot('settings-vi');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('shows the integrity check that ran on its own after start-up', async () => {
    const region = page.getByRole('region', { name: 'Kiểm tra tính toàn vẹn của dữ liệu' });
    // The check started when the app opened (on a worker); the page asks until it has ended.
    await expect.poll(() => region.getByTestId('integrity-ok').count(), { timeout: 15_000 }).toBe(1);
    expect(await region.getByTestId('integrity-ok').innerText()).toMatch(/Tệp dữ liệu nguyên vẹn\s+Kiểm tra xong lúc \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}, mất [\d,]+ giây: không phát hiện lỗi\./);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('checks and saves the export folder', async () => {
    const input = page.getByRole('textbox', { name: 'Đường dẫn thư mục' });
    await input.fill('Xuat tep');
    await page.getByRole('button', { name: 'Lưu thư mục' }).click();
    await expect.poll(() => page.getByTestId('export-folder-form').innerText()).toContain('Hãy nhập đường dẫn đầy đủ');
    await page.getByTestId('export-folder-form').scrollIntoViewIfNeeded();
    await screenshot(page, 'settings-export-invalid-vi');
    expect(await axeViolations(page)).toEqual([]);
    await input.fill('D:\\ASOEN\\Xuat');
    await page.getByRole('button', { name: 'Lưu thư mục' }).click();
    await expect.poll(() => page.getByTestId('export-folder-form').innerText()).toContain('Đang dùng: D:\\ASOEN\\Xuat');
    // Kept after a reload: it was saved by the application.
    await page.reload();
    await expect.poll(() => page.getByRole('textbox', { name: 'Đường dẫn thư mục' }).inputValue()).toBe('D:\\ASOEN\\Xuat');
  });

  it('removes the sample data after confirming, and loads it back', async () => {
    await page.getByRole('button', { name: 'Gỡ dữ liệu mẫu' }).click();
    const modal = page.getByRole('dialog', { name: 'Gỡ dữ liệu mẫu?' });
    await expect.poll(() => modal.innerText()).toContain('Dữ liệu thật do bạn nhập không bị động đến.');
    await screenshot(page, 'settings-sample-remove-vi');
    expect(await axeViolations(page)).toEqual([]);
    await modal.getByRole('button', { name: 'Gỡ dữ liệu mẫu' }).click();
    await expect.poll(() => page.getByTestId('sample-state').innerText()).toBe('Chưa tải dữ liệu mẫu.');
    await page.getByRole('button', { name: 'Tải dữ liệu mẫu' }).click();
    await expect.poll(() => page.getByTestId('sample-state').innerText()).toContain('Dữ liệu mẫu đang có');
  });

  it('is complete and accessible in English', async () => {
    await page.getByRole('banner').getByText('English', { exact: true }).click();
    await expect.poll(() => page.getByRole('main').getByRole('heading', { level: 1 }).innerText()).toBe('Settings');
    expect(new URL(page.url()).hash).toBe('#/settings');
    await expect.poll(() => page.getByTestId('app-info').innerText()).toContain('App version');
    await shot('settings-en');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Remove sample data' }).click();
    const modal = page.getByRole('dialog', { name: 'Remove the sample data?' });
    await expect.poll(() => modal.innerText()).toContain('Real data you entered is not touched.');
    await screenshot(page, 'settings-sample-remove-en');
    expect(await axeViolations(page)).toEqual([]);
    await modal.getByRole('button', { name: 'Keep it' }).click();
    await page.getByRole('banner').getByText('Tiếng Việt', { exact: true }).click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('vi');
    expect(consoleErrors).toEqual([]);
  });
});
