import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { axeViolations, screenshot, useBrowserDesk } from '../helpers/browser';

// Settings in a real browser: the data file, the export folder, the sample data, about.

describe('the settings, in headless Chromium', () => {
  const desk = useBrowserDesk({ open: true });

  beforeAll(async () => {
    await desk.page.evaluate(() => (window.location.hash = '#/settings'));
  });

  const shot = async (name: string) => {
    await desk.page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(desk.page, name);
  };

  it('shows the data file with a copy button, the versions and the device id', async () => {
    const dataFile = desk.page.getByTestId('data-file');
    await expect.poll(() => dataFile.innerText()).toContain(desk.web.dataDir);
    expect(await desk.page.getByRole('button', { name: 'Sao chép đường dẫn' }).count()).toBe(1);
    const about = await desk.page.getByTestId('app-info').innerText();
    expect(about).toContain('Phiên bản ứng dụng');
    expect(about).toContain('Phiên bản cấu trúc dữ liệu');
    expect(about).toContain('Phiên bản dữ liệu tham chiếu');
    expect(about).toMatch(/Mã thiết bị\s+\S+/);
    await shot('settings-vi');
    expect(await axeViolations(desk.page)).toEqual([]);
  });

  it('shows the integrity check that ran on its own after start-up', async () => {
    const region = desk.page.getByRole('region', { name: 'Kiểm tra tính toàn vẹn của dữ liệu' });
    // The check started when the app opened (on a worker); the page asks until it has ended.
    await expect.poll(() => region.getByTestId('integrity-ok').count()).toBe(1);
    expect(await region.getByTestId('integrity-ok').innerText()).toMatch(/Tệp dữ liệu nguyên vẹn\s+Kiểm tra xong lúc \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}, mất [\d,]+ giây: không phát hiện lỗi\./);
    expect(await axeViolations(desk.page)).toEqual([]);
  });

  it('checks and saves the export folder', async () => {
    const input = desk.page.getByRole('textbox', { name: 'Đường dẫn thư mục' });
    await input.fill('Xuat tep');
    await desk.page.getByRole('button', { name: 'Lưu thư mục' }).click();
    await expect.poll(() => desk.page.getByTestId('export-folder-form').innerText()).toContain('Hãy nhập đường dẫn đầy đủ');
    await desk.page.getByTestId('export-folder-form').scrollIntoViewIfNeeded();
    await screenshot(desk.page, 'settings-export-invalid-vi');
    expect(await axeViolations(desk.page)).toEqual([]);
    // A Windows drive on this Linux machine is refused, saying why.
    await input.fill('D:\\ASOEN\\Xuat');
    await desk.page.getByRole('button', { name: 'Lưu thư mục' }).click();
    await expect.poll(() => desk.page.getByTestId('export-folder-form').innerText()).toContain('là đường dẫn của Windows; máy tính này chạy Linux');
    await screenshot(desk.page, 'settings-export-other-system-vi');
    // A folder of this computer is saved.
    const folder = mkdtempSync(path.join(tmpdir(), 'asoen-e2e-export-'));
    await input.fill(folder);
    await desk.page.getByRole('button', { name: 'Lưu thư mục' }).click();
    await expect.poll(() => desk.page.getByTestId('export-folder-form').innerText()).toContain(`Đang dùng: ${folder}`);
    // Kept after a reload: it was saved by the application.
    await desk.page.reload();
    await expect.poll(() => desk.page.getByRole('textbox', { name: 'Đường dẫn thư mục' }).inputValue()).toBe(folder);
  });

  it('removes the sample data after confirming, and loads it back', async () => {
    await desk.page.getByRole('button', { name: 'Gỡ dữ liệu mẫu' }).click();
    const modal = desk.page.getByRole('dialog', { name: 'Gỡ dữ liệu mẫu?' });
    await expect.poll(() => modal.innerText()).toContain('Dữ liệu thật do bạn nhập không bị động đến.');
    await screenshot(desk.page, 'settings-sample-remove-vi');
    expect(await axeViolations(desk.page)).toEqual([]);
    await modal.getByRole('button', { name: 'Gỡ dữ liệu mẫu' }).click();
    await expect.poll(() => desk.page.getByTestId('sample-state').innerText()).toBe('Chưa tải dữ liệu mẫu.');
    await desk.page.getByRole('button', { name: 'Tải dữ liệu mẫu' }).click();
    await expect.poll(() => desk.page.getByTestId('sample-state').innerText()).toContain('Dữ liệu mẫu đang có');
  });

  it('is complete and accessible in English', async () => {
    await desk.page.getByRole('banner').getByText('English', { exact: true }).click();
    await expect.poll(() => desk.page.getByRole('main').getByRole('heading', { level: 1 }).innerText()).toBe('Settings');
    expect(new URL(desk.page.url()).hash).toBe('#/settings');
    await expect.poll(() => desk.page.getByTestId('app-info').innerText()).toContain('App version');
    await shot('settings-en');
    expect(await axeViolations(desk.page)).toEqual([]);
    await desk.page.getByRole('button', { name: 'Remove sample data' }).click();
    const modal = desk.page.getByRole('dialog', { name: 'Remove the sample data?' });
    await expect.poll(() => modal.innerText()).toContain('Real data you entered is not touched.');
    await screenshot(desk.page, 'settings-sample-remove-en');
    expect(await axeViolations(desk.page)).toEqual([]);
    await modal.getByRole('button', { name: 'Keep it' }).click();
    await desk.page.getByRole('banner').getByText('Tiếng Việt', { exact: true }).click();
    await expect.poll(() => desk.page.locator('html').getAttribute('lang')).toBe('vi');
    expect(desk.consoleErrors).toEqual([]);
  });
});
